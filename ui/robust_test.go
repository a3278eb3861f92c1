package ui

import (
	"os"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// journeys reach every screen from a fresh start.
var journeys = [][]string{
	nil, {"b"}, {"b", "enter"}, {"b", "enter", "j", "j", "j", "enter"}, {"a"}, {"a", "enter"}, {"r"}, {"r", "enter", "j"},
	{"f"}, {"f", "evil", "enter", "cns", "enter"}, {"f", "evil", "enter", "cns", "enter", "enter"}, {"c"}, {"c", "enter"},
	{"c", "enter", "/", "clip", "enter", "n"}, {"p"}, {"p", "enter"}, {"s", "evil"}, {"s", "evil", "enter"}, {"b", "?"},
	{"l"}, {"l", "/", "evil"}, {"n", "leeds"}, {"n", "leeds", "enter"},
}

// TestHostileCatalogueInTheExplorer: on every screen, the only escape
// sequences in a frame are our own colours; nothing from catalogue text.
func TestHostileCatalogueInTheExplorer(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS}, catalogue.Layer{FS: os.DirFS("../cmd/pathways/testdata/hostile")})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	sgr := regexp.MustCompile(`\x1b\[[0-9;:]*m|\x1b\]8;;[^\x1b\x07]*\x1b\\`) // our colours and hyperlinks
	for _, opts := range []Options{{}, {Role: "evil"}, {Case: "evil-case"}, {RouteFrom: "evil", RouteTo: "cancer-cns"}} {
		for _, j := range journeys {
			d := newDriver(t, cat, opts, 100, 30).keys(j...)
			frame := sgr.ReplaceAllString(d.m.View().Content, "")
			for _, bad := range []string{"\x1b", "\x07", "\u009b", "\r"} {
				if strings.Contains(frame, bad) {
					t.Fatalf("%+v %q: %q reached the screen:\n%q", opts, j, bad, frame)
				}
			}
		}
	}
}

// TestEverySizeAndRapidResizes: from 1×1 to 300×100, on every screen, with
// the window resized many times in a row, the explorer never panics and
// always draws something, and lands where it was.
func TestEverySizeAndRapidResizes(t *testing.T) {
	cat := testCatalogue(t)
	sizes := [][2]int{{1, 1}, {2, 1}, {1, 3}, {10, 5}, {39, 11}, {40, 12}, {41, 13}, {60, 20}, {80, 24}, {99, 30}, {100, 30}, {120, 40}, {200, 60}, {300, 100}}
	for _, j := range [][]string{nil, {"b", "j"}, {"b", "enter"}, {"r", "enter", "j"}, {"f", "supp", "enter", "cns", "enter"}, {"c", "enter"}, {"p", "enter"}, {"s", "nurse"}, {"b", "?"}} {
		d := newDriver(t, cat, Options{}, 80, 24).keys(j...)
		before := d.screen()
		for round := 0; round < 3; round++ {
			for _, s := range sizes {
				d.send(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
				if d.m.View().Content == "" {
					t.Fatalf("%q at %dx%d: empty frame", j, s[0], s[1])
				}
				d.keys("down", "up")
			}
		}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		if after := d.screen(); after != before {
			t.Errorf("%q: after the resizes the screen changed:\nbefore:\n%s\nafter:\n%s", j, before, after)
		}
	}
}

// TestFramesFitTheWindow: on every screen of the built-in catalogue, at
// sizes from the minimum up, no line is wider than the window and there are
// no more lines than it has rows.
func TestFramesFitTheWindow(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	starts := []Options{{}, {Role: "cancer-cns"}, {RouteFrom: "healthcare-support-worker", RouteTo: "clinical-endoscopist"}, {Case: "esht-endoscopy-assistant"}}
	for _, size := range [][2]int{{40, 12}, {60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 50}} {
		for _, opts := range starts {
			for _, j := range journeys {
				d := newDriver(t, cat, opts, size[0], size[1]).keys(j...)
				lines := strings.Split(d.m.View().Content, "\n")
				if len(lines) > size[1] {
					t.Errorf("%dx%d %+v %q: %d lines", size[0], size[1], opts, j, len(lines))
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > size[0] {
						t.Errorf("%dx%d %+v %q: line %d is %d wide: %q", size[0], size[1], opts, j, i, w, ansi.Strip(l))
						break
					}
				}
			}
		}
	}
}

// TestTwoPanesStayAligned: with two panes, the divider stands in the same
// column on every line, even when the left pane's text wraps (the stepper's
// total once broke it).
func TestTwoPanesStayAligned(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	for _, opts := range []Options{{RouteFrom: "healthcare-support-worker", RouteTo: "clinical-endoscopist"}, {}} {
		for _, j := range [][]string{nil, {"b"}, {"r", "enter"}, {"c"}, {"p"}, {"n"}, {"l"}, {"n", "leeds"}} {
			d := newDriver(t, cat, opts, 100, 30).keys(j...)
			col := -1
			for i, l := range strings.Split(ansi.Strip(d.m.View().Content), "\n")[1:] {
				at := strings.LastIndex(l, "│")
				if at < 0 {
					continue
				}
				c := ansi.StringWidth(l[:at])
				if col < 0 {
					col = c
				} else if c != col {
					t.Errorf("%+v %q: the divider moved on line %d:\n%s", opts, j, i+2, ansi.Strip(d.m.View().Content))
					break
				}
			}
		}
	}
}
