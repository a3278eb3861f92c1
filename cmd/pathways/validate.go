package main

import (
	"fmt"
	"io"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// validateJSON is 'pathways validate PATH --json' for a valid catalogue;
// an invalid one is {"error", "exit": 1, "problems"} on stderr.
type validateJSON struct {
	Path        string   `json:"path"`
	Valid       bool     `json:"valid"`
	WithBuiltIn bool     `json:"with_built_in"`
	Roles       int      `json:"roles"`
	Routes      int      `json:"routes"`
	Cases       int      `json:"cases"`
	Programmes  int      `json:"programmes"`
	Warnings    []string `json:"warnings"`
}

// cmdValidate checks a catalogue: layered over the built-in one (so it may
// refer to built-in roles), or alone with --catalogue-only.
func cmdValidate(a *app, args []string) error {
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
	if probs.Errors() > 0 {
		return problemsError{probs: probs}
	}
	if a.json {
		warnings := problemsError{probs: probs}.lines()
		return writeJSON(a.env.stdout, validateJSON{Path: args[0], Valid: true, WithBuiltIn: !a.opts.catalogueOnly,
			Roles: len(cat.Roles), Routes: len(cat.Routes), Cases: len(cat.Cases), Programmes: len(cat.Programmes), Warnings: warnings})
	}
	reportProblems(a.env.stderr, probs)
	fmt.Fprintf(a.env.stdout, "%s is valid: %s, %s, %s, %s", clean(args[0]), catalogue.Plural(len(cat.Roles), "role"), catalogue.Plural(len(cat.Routes), "route"), catalogue.Plural(len(cat.Cases), "case study"), catalogue.Plural(len(cat.Programmes), "programme"))
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
