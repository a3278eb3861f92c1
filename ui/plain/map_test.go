package plain

import (
	"regexp"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
	"github.com/nhs-pathways/pathways/ui/diagram"
)

// mapChoiceNumber finds the number of the map option on a page.
func mapChoiceNumber(t *testing.T, page string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^(\d+)\. Map: `).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no map option on the page:\n%s", page)
	}
	return m[1]
}

// TestTreePage opens the map from every role page of the built-in
// catalogue: each role within two steps is named, under its indent, and
// no box-drawing character is written.
func TestTreePage(t *testing.T) {
	if testing.Short() {
		t.Skip("every role")
	}
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/", Snapshot: data.Snapshot})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	for _, r := range cat.Roles {
		first := runScript(t, cat, Start{Role: r.ID}, "")
		n := mapChoiceNumber(t, first)
		a := answers(runScript(t, cat, Start{Role: r.ID}, n+"\n"))
		tree := a[1]
		if !strings.HasPrefix(tree, "Map of where "+catalogue.Clean(r.Title)) {
			t.Fatalf("%s: not the map page:\n%s", r.ID, tree)
		}
		for _, id := range diagram.MapIDs(cat, r.ID, 2) {
			if !strings.Contains(tree, catalogue.Clean(cat.TitleOf(id))+" (") {
				t.Errorf("%s: the map leaves out %s:\n%s", r.ID, id, tree)
			}
		}
		if strings.ContainsAny(tree, "│├└─▶╌┌┐┘") {
			t.Errorf("%s: box drawing in plain mode:\n%s", r.ID, tree)
		}
	}
}

// TestRouteTreePage opens the map of a found route: its roles numbered in
// order, each a level further in.
func TestRouteTreePage(t *testing.T) {
	cat := fixture(t)
	a := answers(runScript(t, cat, Start{RouteFrom: "hca", RouteTo: "cns"}, "7\n"))
	has(t, "route map", a[1], "Map of the route from Healthcare assistant to Clinical nurse specialist\n",
		"1. ", "2. ", "3. ", "4. ", "The roles of the route are numbered in order.")
	lines := strings.Split(a[1], "\n")
	var indents []int
	for _, l := range lines {
		if m := regexp.MustCompile(`^( *)(\d)\. `).FindStringSubmatch(l); m != nil {
			indents = append(indents, len(m[1]))
		}
	}
	for i := 1; i < len(indents); i++ {
		if indents[i] != indents[i-1]+3 {
			t.Errorf("route step %d is not one level under the one before: %v\n%s", i+1, indents, a[1])
		}
	}
}

// TestTreeLine: a branch and an "also" line under the same role are one
// level in.
func TestTreeLine(t *testing.T) {
	for _, c := range []struct{ in, indent, text string }{
		{"★ Root (Band 3)", "", "★ Root (Band 3)"},
		{"├─▶ A (Band 4)", "   ", "A (Band 4)"},
		{"│   └╌ also → B", "      ", "also: B"},
		{"    └─▶ 2. ★ C (Band 5)", "      ", "2. ★ C (Band 5)"},
	} {
		indent, text := treeLine(c.in)
		if indent != c.indent || text != c.text {
			t.Errorf("treeLine(%q) = %q, %q; want %q, %q", c.in, indent, text, c.indent, c.text)
		}
	}
}
