package ui

import (
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// The command line, its JSON, plain mode and this explorer each show a
// route's total and a step's typical time; each package has a test like
// this one that checks its view against the catalogue's words
// (catalogue.Path.TotalText, Path.TimeText, StepTimeText) for the same
// routes, so that together they prove all four agree.

// agreeCatalogue is the embedded catalogue.
func agreeCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "(built-in) data/", Snapshot: data.Snapshot})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	return c
}

// agreePairs are 20 pairs of roles with a route between them, the same in
// every view's test: from every 7th role in catalogue order to the role 11,
// 22, 33, ... places after it (wrapping round), the first 20 that have a
// route.
func agreePairs(c *catalogue.Catalogue) [][2]string {
	var out [][2]string
	n := len(c.Roles)
	for m := 1; m < n && len(out) < 20; m++ {
		for i := 0; i < n && len(out) < 20; i += 7 {
			a, b := c.Roles[i].ID, c.Roles[(i+11*m)%n].ID
			if _, ok := c.Graph().Shortest(a, b, false); a != b && ok {
				out = append(out, [2]string{a, b})
			}
		}
	}
	return out
}

// flat is text with every run of spaces and line breaks made one space, so
// that wrapped text can be searched for a sentence.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestExplorerAgreesOnTotals: the stepper shows a route's total as
// TotalText, for every curated route and for the route a deep link opens;
// the finder lists the same route with its TimeText.
func TestExplorerAgreesOnTotals(t *testing.T) {
	c := agreeCatalogue(t)
	for _, r := range c.Routes {
		d := newDriver(t, c, Options{NoColor: true}, 80, 200)
		d.m.route(openCurated{id: r.ID})
		if want := c.RoutePath(r).TotalText(); !strings.Contains(flat(d.screen()), flat(want)) {
			t.Errorf("route %s: the stepper does not show %q:\n%s", r.ID, want, d.screen())
		}
	}
	pairs := agreePairs(c)
	if len(pairs) < 20 {
		t.Fatalf("only %d pairs", len(pairs))
	}
	for _, p := range pairs {
		path, _ := c.Graph().Shortest(p[0], p[1], false)
		d := newDriver(t, c, Options{NoColor: true, RouteFrom: p[0], RouteTo: p[1]}, 80, 200)
		if want := path.TotalText(); !strings.Contains(flat(d.screen()), flat(want)) {
			t.Errorf("%s → %s: the stepper does not show %q:\n%s", p[0], p[1], want, d.screen())
		}
		d.keys("esc")
		if want := path.TimeText(); !strings.Contains(flat(d.screen()), flat(want)) {
			t.Errorf("%s → %s: the finder does not show %q:\n%s", p[0], p[1], want, d.screen())
		}
	}
}

// TestExplorerAgreesOnStepTimes: every role card gives each next step's
// typical time as StepTimeText.
func TestExplorerAgreesOnStepTimes(t *testing.T) {
	c := agreeCatalogue(t)
	checked := 0
	for _, r := range c.Roles {
		d := newDriver(t, c, Options{NoColor: true, Role: r.ID}, 80, 400)
		screen := flat(d.screen())
		for _, e := range c.Graph().Next(r.ID) {
			want := "Typical time: " + strings.TrimRight(clean(catalogue.StepTimeText(*e.Step)), ". ")
			if !strings.Contains(screen, flat(want)) {
				t.Errorf("role %s, step to %s: the card does not say %q:\n%s", r.ID, e.To, want, d.screen())
			}
			checked++
		}
	}
	if checked < 50 {
		t.Errorf("only %d steps checked", checked)
	}
}
