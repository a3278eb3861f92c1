package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Set at build time by the release script with -ldflags "-X main.version=…".
var (
	version = "dev"
	commit  = "unknown"
	date    = "unknown"
)

// buildInfo is the version, commit and commit date: those stamped by the
// release script, else what the Go toolchain recorded (the module version
// for 'go install …@v1.2.3'; the VCS revision, commit time and "-dirty"
// for a 'go build' in a git checkout).
func buildInfo() (v, c, d string) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return stamp(version, commit, date, info)
}

// stamp fills in what -ldflags left at "dev" or "unknown" from info.
func stamp(v, c, d string, info *debug.BuildInfo) (string, string, string) {
	if info == nil {
		return v, c, d
	}
	if v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if c == "unknown" && settings["vcs.revision"] != "" {
		c = settings["vcs.revision"]
		if len(c) > 12 {
			c = c[:12]
		}
		if settings["vcs.modified"] == "true" {
			c += "-dirty"
		}
	}
	if d == "unknown" && settings["vcs.time"] != "" {
		d = settings["vcs.time"]
	}
	return v, c, d
}

// versionJSON is 'pathways version --json'.
type versionJSON struct {
	Version   string     `json:"version"`
	Commit    string     `json:"commit"`
	Date      string     `json:"date"`
	Go        string     `json:"go"`
	OS        string     `json:"os"`
	Arch      string     `json:"arch"`
	Catalogue metaJSON   `json:"catalogue"`
	Overlays  []metaJSON `json:"overlays"`
}

// metaJSON names a catalogue: the built-in one or one layered over it.
type metaJSON struct {
	Title   string `json:"title"`
	Version string `json:"version"`
	Date    string `json:"date"`
}

func cmdVersion(a *app, args []string) error {
	if len(args) > 0 {
		return usagef("version takes no arguments")
	}
	v, c, d := buildInfo()
	m, overlays, err := versionCatalogues(a)
	var u usageError
	if err != nil && errors.As(err, &u) {
		return err
	}
	if err != nil {
		// The version is still said when the user's catalogue does not
		// load; the problems follow on stderr and the exit status is 1.
		m, overlays = catalogue.Meta{}, nil
		if !a.opts.catalogueOnly {
			m, _ = builtinMeta()
		}
	}
	if a.json {
		j := versionJSON{Version: v, Commit: c, Date: d, Go: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH,
			Catalogue: metaJSON{m.Name, m.Version, m.Date}, Overlays: []metaJSON{}}
		for _, o := range overlays {
			j.Overlays = append(j.Overlays, metaJSON{o.Name, o.Version, o.Date})
		}
		if werr := writeJSON(a.env.stdout, j); werr != nil {
			return werr
		}
		return err
	}
	w := a.env.stdout
	fmt.Fprintf(w, "pathways %s (commit %s of %s, %s %s/%s)\n", v, c, d, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if m.Name != "" {
		fmt.Fprintf(w, "catalogue: %s, version %s, %s\n", clean(m.Name), clean(m.Version), clean(m.Date))
	}
	for _, o := range overlays {
		fmt.Fprintf(w, "your catalogue: %s, version %s, %s\n", clean(o.Name), clean(o.Version), clean(o.Date))
	}
	if err != nil {
		fmt.Fprintf(w, "your catalogue: could not be loaded: %s\n", firstProblem(err))
	}
	return err
}

// firstProblem is the first error of a catalogue that did not load, as
// "FILE:LINE: message", or the error itself (a file that cannot be read).
func firstProblem(err error) string {
	var p problemsError
	if errors.As(err, &p) {
		for _, x := range p.probs {
			if !x.Warning {
				first, _, _ := strings.Cut(x.String(), "\n")
				return clean(first)
			}
		}
	}
	return clean(err.Error())
}

// versionCatalogues names the built-in catalogue and any layered over it.
// With no catalogue of the user's, only the built-in one's name is read:
// version need not load a whole catalogue.
func versionCatalogues(a *app) (catalogue.Meta, []catalogue.Meta, error) {
	if a.opts.catalogue == "" && !a.opts.catalogueOnly {
		m, err := builtinMeta()
		return m, nil, err
	}
	cat, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		return catalogue.Meta{}, nil, err
	}
	return cat.Meta, cat.Overlays, nil
}
