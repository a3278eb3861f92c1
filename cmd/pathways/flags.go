package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// globalOpts are the options that may stand anywhere on the command line.
type globalOpts struct {
	catalogue     string
	catalogueOnly bool
	help          bool
	plain         bool
	mouse         bool
	theme         string
	role          string
	routeFrom     string
	routeTo       string
	caseName      string
}

// parseGlobal takes the global options out of args, wherever they stand,
// and leaves the rest (the command and its own flags) in order.
func parseGlobal(args []string, getenv func(string) string) (globalOpts, []string, error) {
	o := globalOpts{catalogue: getenv("PATHWAYS_CATALOGUE"), plain: getenv("PATHWAYS_PLAIN") == "1"}
	var rest []string
	value := func(i *int, name string) (string, error) {
		arg := args[*i]
		if k, v, ok := strings.Cut(arg, "="); ok && strings.TrimLeft(k, "-") == name {
			return v, nil
		}
		if *i+1 >= len(args) {
			return "", usagef("%s needs a value", arg)
		}
		*i++
		return args[*i], nil
	}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name := strings.TrimLeft(arg, "-")
		if !strings.HasPrefix(arg, "-") {
			rest = append(rest, arg)
			continue
		}
		key, _, _ := strings.Cut(name, "=")
		var err error
		switch key {
		case "catalogue", "catalog":
			o.catalogue, err = value(&i, key)
		case "catalogue-only", "catalog-only":
			o.catalogueOnly = true
		case "h", "help":
			o.help = true
		case "plain":
			o.plain = true
		case "mouse":
			o.mouse = true
		case "theme":
			o.theme, err = value(&i, key)
			if err == nil && o.theme != "dark" && o.theme != "light" && o.theme != "high-contrast" {
				err = usagef("--theme is dark, light or high-contrast, not %q", o.theme)
			}
		case "role":
			o.role, err = value(&i, key)
		case "case":
			o.caseName, err = value(&i, key)
		case "route":
			if i+2 >= len(args) {
				return o, nil, usagef("--route needs two names: --route FROM TO")
			}
			o.routeFrom, o.routeTo = args[i+1], args[i+2]
			i += 2
		default:
			rest = append(rest, arg)
		}
		if err != nil {
			return o, nil, err
		}
	}
	return o, rest, nil
}

// parseFlags parses a command's own flags, which may come before or after
// its arguments, and returns the arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, flagError(fs, err)
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// loadCatalogue loads the embedded catalogue with the user's layered over
// it, and explains every problem on stderr.
func loadCatalogue(o globalOpts, e *env) (*catalogue.Catalogue, error) {
	if o.catalogueOnly && o.catalogue == "" {
		return nil, usagef("--catalogue-only needs --catalogue PATH")
	}
	var layers []catalogue.Layer
	if !o.catalogueOnly {
		layers = append(layers, catalogue.Layer{FS: data.FS, Prefix: "(built-in) data/", Snapshot: data.Snapshot})
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
		reportProblems(e.stderr, probs)
		return nil, exitError{exitFail}
	}
	return cat, nil
}

// userLayer makes a layer from a path on disk: a folder, or one file.
func userLayer(path string) (catalogue.Layer, error) {
	info, err := os.Stat(path)
	if err != nil {
		return catalogue.Layer{}, failf("cannot read catalogue %s: %v", path, unwrapPathErr(err))
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

// flagError says what was wrong with a command's flags, and which it has.
func flagError(fs *flag.FlagSet, err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, "--"+f.Name) })
	have := "it takes no options"
	if len(names) > 0 {
		have = "its options are " + strings.Join(names, ", ")
	}
	msg := err.Error()
	if bad, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		msg = fmt.Sprintf("unknown option --%s for '%s'", strings.TrimPrefix(bad, "-"), fs.Name())
	}
	return usagef("%s; %s", msg, have)
}
