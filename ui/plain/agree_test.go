package plain

import (
	"io"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// The command line, its JSON, the explorer and plain mode each show a
// route's total and a step's typical time; each package has a test like
// this one that checks its view against the catalogue's words
// (catalogue.Path.TotalText, StepTimeText) for the same routes, so that
// together they prove all four agree.

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

// hasLine reports whether some line of out is want, spaces aside: plain
// mode never wraps, so a sentence is whole on its line.
func hasLine(out []string, want string) bool {
	want = strings.Join(strings.Fields(want), " ")
	for _, l := range out {
		if strings.Join(strings.Fields(l), " ") == want {
			return true
		}
	}
	return false
}

// TestPlainAgreesOnTotals: a curated route's page and the route a deep link
// opens give the total as TotalText, on a line of its own.
func TestPlainAgreesOnTotals(t *testing.T) {
	c := agreeCatalogue(t)
	s := &session{cat: c, p: newPrinter(io.Discard)}
	for _, r := range c.Routes {
		out := render(s.curatedPage(r))
		if want := "Total: " + c.RoutePath(r).TotalText(); !hasLine(out, want) {
			t.Errorf("route %s: no line %q in:\n%s", r.ID, want, strings.Join(out, "\n"))
		}
	}
	pairs := agreePairs(c)
	if len(pairs) < 20 {
		t.Fatalf("only %d pairs", len(pairs))
	}
	for _, p := range pairs {
		path, _ := c.Graph().Shortest(p[0], p[1], false)
		out := strings.Split(runScript(t, c, Start{RouteFrom: p[0], RouteTo: p[1]}, ""), "\n")
		if want := "Total: " + path.TotalText(); !hasLine(out, want) {
			t.Errorf("%s → %s: no line %q in:\n%s", p[0], p[1], want, strings.Join(out, "\n"))
		}
	}
}

// TestPlainAgreesOnStepTimes: every role page gives each next step's
// typical time as StepTimeText.
func TestPlainAgreesOnStepTimes(t *testing.T) {
	c := agreeCatalogue(t)
	s := &session{cat: c, p: newPrinter(io.Discard)}
	checked := 0
	for _, r := range c.Roles {
		out := render(s.rolePage(r))
		for _, e := range c.Graph().Next(r.ID) {
			want := "Typical time: " + catalogue.StepTimeText(*e.Step)
			found := false
			for _, l := range out {
				if strings.Contains(strings.Join(strings.Fields(l), " "), strings.Join(strings.Fields(want), " ")) {
					found = true
				}
			}
			if !found {
				t.Errorf("role %s, step to %s: no %q in:\n%s", r.ID, e.To, want, strings.Join(out, "\n"))
			}
			checked++
		}
	}
	if checked < 50 {
		t.Errorf("only %d steps checked", checked)
	}
}
