package main

import (
	"io/fs"
	"math"
	"runtime/debug"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/charmbracelet/colorprofile"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// builtinMeta reads the built-in catalogue's [catalogue] table alone
// (data/catalogue.toml, 0.5 KB), for `pathways version` with no catalogue
// of the user's: the built-in catalogue is checked whole when its snapshot
// is made (go generate) and by the tests, so naming it need not load it
// (loading is most of the command's time).
func builtinMeta() (catalogue.Meta, error) {
	src, err := fs.ReadFile(data.FS, "catalogue.toml")
	if err != nil {
		return catalogue.Meta{}, err
	}
	var d struct {
		Catalogue catalogue.Meta `toml:"catalogue"`
	}
	_, err = toml.Decode(string(src), &d)
	return d.Catalogue, err
}

// Start-up garbage collection. The collector is off from the start of main
// until the explorer's first frame is on the screen (or a command's catalogue
// is loaded): start-up makes a few megabytes of short-lived garbage, and a
// collection in the middle of it costs more than the memory it frees. The
// soft memory limit set in main still bounds the heap; with no limit
// (GOMEMLIMIT=off) the collector is left alone.
var startGC struct {
	sync.Mutex
	off     bool // the collector is off for start-up
	percent int  // the setting to go back to (GOGC; 100 by default)
}

// gcOffForStart turns the collector off for start-up. Call it once, after
// the memory limit is set.
func gcOffForStart() {
	if debug.SetMemoryLimit(-1) == math.MaxInt64 {
		return
	}
	startGC.Lock()
	defer startGC.Unlock()
	startGC.percent = debug.SetGCPercent(-1)
	startGC.off = startGC.percent >= 0
}

// gcStartDone turns the collector back on at its usual setting. It is safe
// to call more than once and from any goroutine.
func gcStartDone() {
	startGC.Lock()
	defer startGC.Unlock()
	if startGC.off {
		debug.SetGCPercent(startGC.percent)
		startGC.off = false
	}
}

// gcForLoad sets the collector for loading a catalogue, and returns what
// undoes it. While start-up keeps the collector off it leaves it off (the
// memory limit bounds a large catalogue); otherwise it collects less often
// (GOGC 400) until the returned function runs. Loading therefore never
// captures the start-up "off" and puts it back after start-up has ended.
func gcForLoad() (restore func()) {
	startGC.Lock()
	defer startGC.Unlock()
	if startGC.off {
		return func() {}
	}
	prev := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(prev) }
}

// colorProfile is the terminal's colour profile for stdout, detected once a
// process: detection reads terminfo and, inside tmux, runs `tmux info`. The
// command-line writer and the explorer both use it. Not a terminal: NoTTY.
// NO_COLOR, CLICOLOR and CLICOLOR_FORCE are respected (colorprofile.Detect).
func (e *env) colorProfile() colorprofile.Profile {
	if e.profile == nil {
		e.profile = &profileCache{}
	}
	e.profile.once.Do(func() {
		e.profile.p = colorprofile.NoTTY
		out := e.term
		if out == nil {
			out = e.stdout
		}
		if e.stdoutTTY {
			e.profile.p = colorprofile.Detect(out, e.environ)
		}
	})
	return e.profile.p
}
