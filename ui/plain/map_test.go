package plain

import (
	"regexp"
	"strings"
	"testing"
	"time"

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

// TestComparePage: "Compare with another role" on a role page asks for a
// name, then sets the two side by side with every field of catalogue Rows;
// --compare A B opens the same page.
func TestComparePage(t *testing.T) {
	cat := fixture(t)
	first := runScript(t, cat, Start{Role: "cns"}, "")
	m := regexp.MustCompile(`(?m)^(\d+)\. Compare with another role$`).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("no compare option on the role page:\n%s", first)
	}
	a := answers(runScript(t, cat, Start{Role: "cns"}, m[1]+"\nhealthcare assistant\n"))
	has(t, "ask", a[1], "Which role? Type a name")
	page := a[2]
	has(t, "compare", page, "Comparing Clinical nurse specialist with Healthcare assistant\n", "Clinical nurse specialist: ", "Healthcare assistant: ")
	cs, hca := cat.Role("cns"), cat.Role("hca")
	if cs == nil || hca == nil {
		t.Fatal("fixture roles missing")
	}
	for _, row := range cat.Rows(cat.Compare(cs, hca), time.Now()) {
		has(t, "compare", page, "\n"+row.Label+"\n")
	}
	deep := answers(runScript(t, cat, Start{CompareA: "cns", CompareB: "hca"}, ""))[0]
	if !strings.Contains(deep, page[:strings.Index(page, "1. Open")]) {
		t.Errorf("--compare does not open the same page:\n%s", deep)
	}
}
