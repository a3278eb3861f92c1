package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// globalOpts are the options that may stand anywhere on the command line.
type globalOpts struct {
	catalogue        string
	catalogueOnly    bool
	catalogueFromEnv bool // catalogue came from PATHWAYS_CATALOGUE
	plain            bool
	mouse            bool
	theme            string
	role             string
	routeFrom        string
	routeTo          string
	caseName         string
	version          bool
}

// explorerFlags open or shape the explorer; they are accepted anywhere but
// left out of a command's own help.
var explorerFlags = []string{"role", "route", "case", "mouse", "plain"}

// addGlobalFlags binds the global options to o, on every command.
func addGlobalFlags(fs *pflag.FlagSet, o *globalOpts) {
	fs.Var(nameValue{&o.catalogue, "a path"}, "catalogue", "layer your own catalogue PATH (a .toml file or a folder) over the built-in one;\nalso PATHWAYS_CATALOGUE, e.g. --catalogue mytrust.toml")
	fs.BoolVar(&o.catalogueOnly, "catalogue-only", false, "use your catalogue alone, without the built-in one")
	fs.StringVar(&o.theme, "theme", "", "colours for THEME dark, light or high-contrast (the explorer asks the terminal otherwise)")
	fs.Var(nameValue{&o.role, "a name"}, "role", "open the explorer on the role NAME, e.g. --role CNS (piped: print its card)")
	fs.Var(nameValue{&o.routeFrom, "a name"}, "route", "open the explorer on the route between two roles: --route FROM TO")
	fs.Var(nameValue{&o.caseName, "a name"}, "case", "open the explorer on the case study NAME (piped: print it)")
	fs.BoolVar(&o.mouse, "mouse", false, "turn on mouse wheel and clicks in the explorer")
	fs.BoolVar(&o.plain, "plain", false, "plain mode, line by line, for screen readers and simple terminals (also PATHWAYS_PLAIN=1)")
}

// nameValue is a string option that must name something: an empty value
// ("--role ”") is a usage error rather than the option left out. String
// and Type are those of a plain string option, so help is unchanged.
type nameValue struct {
	p    *string
	what string // "a name", "a path": for the message
}

func (v nameValue) String() string {
	if v.p == nil {
		return ""
	}
	return *v.p
}

func (v nameValue) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("empty")
	}
	*v.p = s
	return nil
}

func (v nameValue) Type() string { return "string" }

// flagAliases lets --catalog stand for --catalogue.
func flagAliases(_ *pflag.FlagSet, name string) pflag.NormalizedName {
	switch name {
	case "catalog":
		name = "catalogue"
	case "catalog-only":
		name = "catalogue-only"
	}
	return pflag.NormalizedName(name)
}

// fromEnvironment fills in what the environment gives and the command line
// did not: PATHWAYS_CATALOGUE and PATHWAYS_PLAIN=1.
func fromEnvironment(fs *pflag.FlagSet, o *globalOpts, getenv func(string) string) error {
	if f := fs.Lookup("catalogue"); f != nil && !f.Changed {
		o.catalogue = getenv("PATHWAYS_CATALOGUE")
		o.catalogueFromEnv = o.catalogue != ""
	}
	if f := fs.Lookup("plain"); f != nil && !f.Changed {
		o.plain = getenv("PATHWAYS_PLAIN") == "1"
	}
	switch o.theme {
	case "", "dark", "light", "high-contrast":
		return nil
	}
	return usagef("--theme is dark, light or high-contrast, not %q", clean(o.theme))
}

// loadCatalogue loads the embedded catalogue with the user's layered over
// it. A catalogue with errors is a problemsError listing every problem.
func loadCatalogue(o globalOpts, e *env) (*catalogue.Catalogue, error) {
	if o.catalogueOnly && o.catalogue == "" {
		return nil, usagef("--catalogue-only needs --catalogue PATH")
	}
	var layers []catalogue.Layer
	if !o.catalogueOnly {
		layers = append(layers, catalogue.Layer{FS: data.FS, Prefix: "(built-in) data/", Snapshot: data.Snapshot, Checked: true})
	}
	if o.catalogue != "" {
		l, err := userLayer(o.catalogue)
		if err != nil {
			return nil, err
		}
		layers = append(layers, l)
	}
	// Loading makes short-lived garbage; collecting less often while it runs
	// saves several milliseconds of start-up (the memory limit set in main
	// still bounds the heap). See gcForLoad.
	defer gcForLoad()()
	cat, probs := catalogue.Load(layers...)
	if probs.Errors() > 0 {
		return nil, problemsError{probs: probs, path: o.catalogue, fromEnv: o.catalogueFromEnv, alone: o.catalogueOnly}
	}
	return cat, nil
}

// userLayer makes a layer from a path on disk: a folder, or one file.
func userLayer(path string) (catalogue.Layer, error) {
	info, err := os.Stat(path)
	if err != nil {
		return catalogue.Layer{}, failf("cannot read catalogue %s: %v", clean(path), unwrapPathErr(err))
	}
	// Root keeps the path as typed, so messages name files the user's way
	// (C:\Users\me\trust\a.toml on Windows).
	if info.IsDir() {
		return catalogue.Layer{FS: os.DirFS(path), Root: path}, nil
	}
	dir, file := filepath.Split(path)
	fsDir := dir
	if fsDir == "" {
		fsDir = "."
	}
	return catalogue.Layer{FS: os.DirFS(fsDir), Root: dir, Files: []string{file}}, nil
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
