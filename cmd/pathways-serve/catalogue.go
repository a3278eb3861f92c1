package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// loadCatalogue loads the built-in catalogue with path (a folder or one
// .toml file; "" for none) layered over it, as `pathways --catalogue` does.
// Every problem is written to stderr as FILE:LINE: message; with any error
// it returns exitError{exitFail}.
func loadCatalogue(path string, stderr io.Writer) (*catalogue.Catalogue, error) {
	layers := []catalogue.Layer{{FS: data.FS, Prefix: "(built-in) data/", Snapshot: data.Snapshot, Checked: true}}
	if path != "" {
		l, err := userLayer(path)
		if err != nil {
			return nil, err
		}
		layers = append(layers, l)
	}
	cat, probs := catalogue.Load(layers...)
	for _, p := range probs {
		fmt.Fprintln(stderr, catalogue.Clean(p.String()))
	}
	if probs.Errors() > 0 {
		hint := ""
		if path != "" {
			hint = fmt.Sprintf(" ('pathways validate %s' checks it)", path)
		}
		fmt.Fprintf(stderr, "%s, %s: pathways-serve has not started. Fix the catalogue%s and start it again.\n",
			catalogue.Plural(probs.Errors(), "error"), catalogue.Plural(probs.Warnings(), "warning"), hint)
		return nil, exitError{exitFail}
	}
	return cat, nil
}

// userLayer makes a layer from a path on disk: a folder, or one file.
func userLayer(path string) (catalogue.Layer, error) {
	info, err := os.Stat(path)
	if err != nil {
		return catalogue.Layer{}, fmt.Errorf("cannot read catalogue %s: %v", path, unwrapPathErr(err))
	}
	if info.IsDir() {
		return catalogue.Layer{FS: os.DirFS(path), Prefix: filepath.ToSlash(filepath.Clean(path)) + "/"}, nil
	}
	dir, file := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	prefix := filepath.ToSlash(dir)
	if prefix == "./" || prefix == "." {
		prefix = ""
	}
	return catalogue.Layer{FS: os.DirFS(dir), Prefix: prefix, Files: []string{file}}, nil
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
