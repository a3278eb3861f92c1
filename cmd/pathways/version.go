package main

import (
	"fmt"
	"runtime"
)

// Set at build time by the release script with -ldflags "-X main.version=…".
var (
	version = "dev"
	commit  = "unknown"
	date    = "unknown"
)

func cmdVersion(a *app, args []string) error {
	if len(args) > 0 {
		return usagef("version takes no arguments")
	}
	w := a.env.stdout
	fmt.Fprintf(w, "pathways %s (commit %s, built %s, %s %s/%s)\n", version, commit, date, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if a.opts.catalogue == "" && !a.opts.catalogueOnly {
		m, err := builtinMeta() // the built-in catalogue alone: no need to load it
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "catalogue: %s, version %s, %s\n", clean(m.Name), clean(m.Version), clean(m.Date))
		return nil
	}
	cat, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		return err
	}
	m := cat.Meta
	fmt.Fprintf(w, "catalogue: %s, version %s, %s\n", clean(m.Name), clean(m.Version), clean(m.Date))
	for _, o := range cat.Overlays {
		fmt.Fprintf(w, "your catalogue: %s, version %s, %s\n", clean(o.Name), clean(o.Version), clean(o.Date))
	}
	return nil
}
