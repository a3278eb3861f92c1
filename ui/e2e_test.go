package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// startProgram runs the explorer as a real Bubble Tea program with a pinned
// colour profile and environment, and waits for its first frame.
func startProgram(t *testing.T, opts Options) *teatest.TestModel {
	t.Helper()
	tm := teatest.NewTestModel(t, New(testCatalogue(t), opts),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.Ascii),
			tea.WithEnvironment([]string{"TERM=xterm-256color", "LANG=en_GB.UTF-8"}),
		))
	waitFor(t, tm, "pathways")
	return tm
}

// waitFor waits until the output shows s, ignoring styling and cursor moves.
func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(ansi.Strip(string(b)), s) || bytes.Contains(b, []byte(s))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

func press(tm *teatest.TestModel, names ...string) {
	for _, n := range names {
		for _, k := range keyMsgs(n) {
			tm.Send(k)
		}
	}
}

// finish quits and returns the last screen as plain text.
func finish(t *testing.T, tm *teatest.TestModel) (*model, string) {
	t.Helper()
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	return m, trimRight(ansi.Strip(m.render())) + "\n"
}

// TestFlowLadderRoleBack opens a role from the ladder, follows a next step,
// goes back twice and lands where it started, selection kept. The theme is
// left to the terminal, which never answers: nothing may wait for it.
func TestFlowLadderRoleBack(t *testing.T) {
	tm := startProgram(t, Options{})
	press(tm, "b", "j", "j") // band 3: Healthcare support worker
	start := "Healthcare support worker"
	press(tm, "enter")
	waitFor(t, tm, "Ways in")
	press(tm, "enter") // the first next step: Cancer support worker
	waitFor(t, tm, "Supports people with cancer")
	press(tm, "esc", "backspace")
	m, screen := finish(t, tm)
	if len(m.stack) != 2 || m.top().title() != "Bands" {
		t.Fatalf("expected to be back on the ladder, stack %d, top %q", len(m.stack), m.top().title())
	}
	it := m.top().(*ladder).list.selected()
	if it == nil || it.value != (rung{"3", "healthcare-support-worker"}) {
		t.Fatalf("selection not kept: %+v\n%s", it, screen)
	}
	if !strings.Contains(screen, "▸ "+start) {
		t.Fatalf("the selected row is not shown:\n%s", screen)
	}
	golden.RequireEqual(t, screen)
}

// TestFlowFindRoute finds a route by typing in the finder and steps along it.
func TestFlowFindRoute(t *testing.T) {
	tm := startProgram(t, Options{Theme: "light"})
	press(tm, "f", "support w", "down", "enter") // Healthcare support worker
	press(tm, "nurse spec", "enter")
	waitFor(t, tm, "Routes, fewest steps first")
	press(tm, "down", "enter") // the alternative: 4 steps
	waitFor(t, tm, "Role 1 of 5")
	press(tm, "right", "right", "l")
	m, screen := finish(t, tm)
	s, ok := m.top().(*stepper)
	if !ok || s.cur != 3 || len(s.roles) != 5 {
		t.Fatalf("expected step 4 of a 5-role route:\n%s", screen)
	}
	golden.RequireEqual(t, screen)
}

// TestFlowCaseStudy opens a case study, scrolls and searches it.
func TestFlowCaseStudy(t *testing.T) {
	tm := startProgram(t, Options{Theme: "dark"})
	press(tm, "c", "j", "enter")
	waitFor(t, tm, "What changed") // rendered in a command
	press(tm, "j", "j", "pgdown", "/", "tumour", "enter")
	m, screen := finish(t, tm)
	r := m.top().(*reader)
	if r.query != "tumour" || len(r.matches) != 1 || r.one.off() == 0 {
		t.Fatalf("search: query %q, %d matches, offset %d\n%s", r.query, len(r.matches), r.one.off(), screen)
	}
	golden.RequireEqual(t, screen)
}
