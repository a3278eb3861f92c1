package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// cmdValidate checks a catalogue: layered over the built-in one (so it may
// refer to built-in roles), or alone with --catalogue-only.
func cmdValidate(a *app, args []string) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("validate needs one PATH: a catalogue .toml file or a folder")
	}
	user, err := userLayer(args[0])
	if err != nil {
		return err
	}
	layers := []catalogue.Layer{user}
	if !a.opts.catalogueOnly {
		layers = []catalogue.Layer{{FS: data.FS, Prefix: "(built-in) data/", Snapshot: data.Snapshot}, user}
	}
	cat, probs := catalogue.Load(layers...)
	reportProblems(a.env.stderr, probs)
	if probs.Errors() > 0 {
		return exitError{exitFail}
	}
	fmt.Fprintf(a.env.stdout, "%s is valid: %s, %s, %s, %s", args[0], catalogue.Plural(len(cat.Roles), "role"), catalogue.Plural(len(cat.Routes), "route"), catalogue.Plural(len(cat.Cases), "case study"), catalogue.Plural(len(cat.Programmes), "programme"))
	if !a.opts.catalogueOnly {
		fmt.Fprint(a.env.stdout, " (with the built-in catalogue)")
	}
	fmt.Fprintln(a.env.stdout)
	return nil
}

// reportProblems writes every problem, then a count.
func reportProblems(w io.Writer, probs catalogue.Problems) {
	if len(probs) == 0 {
		return
	}
	for _, p := range probs {
		fmt.Fprintln(w, catalogue.Clean(p.String()))
	}
	errs, warns := probs.Errors(), probs.Warnings()
	fmt.Fprintf(w, "%s, %s\n", catalogue.Plural(errs, "error"), catalogue.Plural(warns, "warning"))
}

func failf(format string, a ...any) error { return fmt.Errorf(format, a...) }
