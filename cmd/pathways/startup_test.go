package main

import (
	"bytes"
	"runtime/debug"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// withStartGC runs f with a memory limit set (as main does) and the
// collector at 100%, and puts both back after.
func withStartGC(t *testing.T, f func()) {
	t.Helper()
	limit := debug.SetMemoryLimit(64 << 20)
	percent := debug.SetGCPercent(100)
	defer func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
		startGC.off = false
	}()
	f()
}

// gcPercent reads the collector's setting.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestStartGCOffThenBack: off from gcOffForStart, back at the usual setting
// after gcStartDone, whatever a catalogue load in between does, and in
// either order (the first frame can come before a slow load has finished
// its clean-up).
func TestStartGCOffThenBack(t *testing.T) {
	for _, order := range []string{"load then frame", "frame during load"} {
		withStartGC(t, func() {
			gcOffForStart()
			if p := gcPercent(); p != -1 {
				t.Fatalf("%s: GC percent %d after gcOffForStart, want -1 (off)", order, p)
			}
			undo := gcForLoad()
			if p := gcPercent(); p != -1 {
				t.Errorf("%s: loading turned the collector on (%d) during start-up", order, p)
			}
			if order == "load then frame" {
				undo()
				gcStartDone()
			} else {
				gcStartDone()
				undo()
			}
			if p := gcPercent(); p != 100 {
				t.Errorf("%s: GC percent %d at the end, want 100: start-up's 'off' was kept", order, p)
			}
		})
	}
}

// TestLoadAfterStartCollectsLess: after start-up a load uses GOGC 400 and
// puts back what was there.
func TestLoadAfterStartCollectsLess(t *testing.T) {
	withStartGC(t, func() {
		gcOffForStart()
		gcStartDone()
		undo := gcForLoad()
		if p := gcPercent(); p != 400 {
			t.Errorf("during a later load GC percent is %d, want 400", p)
		}
		undo()
		if p := gcPercent(); p != 100 {
			t.Errorf("after a later load GC percent is %d, want 100", p)
		}
	})
}

// TestNoMemoryLimitKeepsGC: with no memory limit nothing would bound the
// heap, so start-up leaves the collector on.
func TestNoMemoryLimitKeepsGC(t *testing.T) {
	limit := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(limit)
	debug.SetMemoryLimit(1<<63 - 1)
	gcOffForStart()
	defer gcStartDone()
	if p := gcPercent(); p == -1 {
		t.Error("collector turned off with no memory limit")
	}
}

// TestBuiltinMetaIsTheLoadedOne: `pathways version` names the built-in
// catalogue from its [catalogue] table alone; that must be what a full
// load gives.
func TestBuiltinMetaIsTheLoadedOne(t *testing.T) {
	m, err := builtinMeta()
	if err != nil {
		t.Fatal(err)
	}
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Snapshot: data.Snapshot})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	if m != cat.Meta || m.Name == "" || m.Version == "" {
		t.Errorf("builtinMeta %+v, loaded %+v", m, cat.Meta)
	}
}

// TestColourProfileDetectedOnce: the profile is worked out on first use
// and the same one serves every later use (the command-line writer and
// the explorer), so detection (terminfo, `tmux info`) runs once.
func TestColourProfileDetectedOnce(t *testing.T) {
	var out bytes.Buffer
	e := &env{stdout: &out, stdoutTTY: true, environ: []string{"TTY_FORCE=1", "TERM=xterm-256color"}}
	first := e.colorProfile()
	if first != colorprofile.ANSI256 {
		t.Fatalf("profile %v for a forced xterm-256color, want ANSI256", first)
	}
	e.environ = []string{"TTY_FORCE=1", "TERM=dumb"}
	if again := e.colorProfile(); again != first {
		t.Errorf("profile detected again: %v then %v", first, again)
	}
	if w, ok := colourWriter(e).(*colorprofile.Writer); !ok || w.Profile != first {
		t.Errorf("the command-line writer does not use the detected profile: %#v", colourWriter(e))
	}
	if p := (&env{stdout: &out}).colorProfile(); p != colorprofile.NoTTY {
		t.Errorf("not a terminal: profile %v, want NoTTY", p)
	}
}
