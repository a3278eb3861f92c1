package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// screens are the golden cases: how to reach each screen from a fresh
// explorer.
var screens = []struct {
	name string
	opts Options
	keys []string
}{
	{"home", Options{}, nil},
	{"ladder", Options{}, []string{"b"}},
	{"ladder-next-band", Options{}, []string{"b", "l", "l", "j"}},
	{"ladder-filter", Options{}, []string{"b", "/", "nurse"}},
	{"medical-scale", Options{}, []string{"b", "G"}},
	{"areas", Options{}, []string{"a"}},
	{"area-roles", Options{}, []string{"a", "j", "j", "enter"}},
	{"role", Options{Role: "cancer-support-worker"}, nil},
	{"role-scrolled", Options{Role: "healthcare-support-worker"}, []string{"j", "j"}},
	{"routes", Options{}, []string{"r"}},
	{"stepper", Options{}, []string{"r", "enter", "j"}},
	{"stepper-end", Options{}, []string{"r", "enter", "G"}},
	{"finder-empty", Options{}, []string{"f"}},
	{"finder-typed", Options{}, []string{"f", "supp"}},
	{"finder-result", Options{}, []string{"f", "healthcare", "enter", "cns", "enter"}},
	{"finder-deeplink", Options{RouteFrom: "healthcare-support-worker", RouteTo: "cancer-cns"}, []string{"esc"}},
	{"cases", Options{}, []string{"c"}},
	{"reader", Options{Case: "surrey-cancer-support-worker"}, nil},
	{"reader-search", Options{Case: "surrey-cancer-support-worker"}, []string{"/", "support", "enter", "n"}},
	{"programmes", Options{}, []string{"p"}},
	{"programme", Options{}, []string{"p", "enter"}},
	{"alliances", Options{}, []string{"n"}},
	{"alliance", Options{}, []string{"n", "enter"}},
	{"search-empty", Options{}, []string{"s"}},
	{"search", Options{}, []string{"s", "nurse"}},
	{"search-alias", Options{}, []string{"s", "CNS"}},
	{"help", Options{}, []string{"b", "?"}},
	{"no-colour", Options{NoColor: true}, []string{"b", "j"}},
}

// TestScreens compares every screen, as plain text, with its golden file at
// 80×24, a narrow 60×20 and a wide 120×30. Run with -update to rewrite them.
func TestScreens(t *testing.T) {
	cat := testCatalogue(t)
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 30}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				d := newDriver(t, cat, sc.opts, size[0], size[1])
				d.keys(sc.keys...)
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}

// TestTooSmall asks for a larger window instead of drawing a broken screen,
// and lays out again, in the same place, when the window grows.
func TestTooSmall(t *testing.T) {
	d := newDriver(t, testCatalogue(t), Options{}, 80, 24).keys("b", "j", "j")
	before := d.screen()
	d.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	golden.RequireEqual(t, d.screen())
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if after := d.screen(); after != before {
		t.Fatalf("resizing lost the place:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}
