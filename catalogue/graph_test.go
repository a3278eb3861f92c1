package catalogue_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
)

// diamond builds a small graph:
//
//	a → b → d (1 + 1 years), a → c → d (3 + 3 years), a → d (10 years), d → e
func diamond(t *testing.T) *catalogue.Catalogue { return diamondFor(t) }

func diamondFor(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	roles := []struct{ id, title, alias, next string }{
		{"a", "Alpha worker", "AW", "b:1,c:3,d:10"},
		{"b", "Beta nurse", "", "d:"},
		{"c", "Gamma nurse", "", "d:3"},
		{"d", "Delta specialist", "DS", "e:2"},
		{"e", "Epsilon consultant", "", ""},
	}
	var b strings.Builder
	b.WriteString("[[band]]\nid = \"5\"\nlabel = \"Band 5\"\n[[family]]\nid = \"f\"\nname = \"F\"\n")
	for _, r := range roles {
		fmt.Fprintf(&b, "[[role]]\nid = %q\ntitle = %q\nfamily = \"f\"\nbands = [\"5\"]\nsummary = \"s\"\nsources = [\"https://example.org\"]\n", r.id, r.title)
		if r.alias != "" {
			fmt.Fprintf(&b, "aliases = [%q]\n", r.alias)
		}
		b.WriteString("[[role.entry]]\nkind = \"degree\"\nname = \"x\"\n")
		for _, n := range strings.Split(r.next, ",") {
			if n == "" {
				continue
			}
			to, years, _ := strings.Cut(n, ":")
			fmt.Fprintf(&b, "[[role.next]]\nto = %q\n", to)
			if years != "" {
				fmt.Fprintf(&b, "years = %s\n", years)
			}
		}
	}
	c, probs := catalogue.Load(catalogue.Layer{FS: fstest.MapFS{"g.toml": {Data: []byte(b.String())}}})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	return c
}

func TestShortestBySteps(t *testing.T) {
	g := diamond(t).Graph()
	p, ok := g.Shortest("a", "e", false)
	if !ok || strings.Join(p.Roles, ">") != "a>d>e" {
		t.Fatalf("by steps: %v %v, want a>d>e", p.Roles, ok)
	}
	if p.YearsMin != 12 || p.YearsMax != 12 || p.Unknown != 0 {
		t.Errorf("years %v unknown %d, want 12 and 0", p.Years(), p.Unknown)
	}
}

func TestShortestByYears(t *testing.T) {
	g := diamond(t).Graph()
	p, ok := g.Shortest("a", "e", true)
	// a>b>d>e has 1 + 2 known years and one step (b→d) with no time, which
	// counts as no years, never as a made-up figure.
	if !ok || strings.Join(p.Roles, ">") != "a>b>d>e" {
		t.Fatalf("by years: %v, want a>b>d>e", p.Roles)
	}
	if p.YearsMin != 3 || p.YearsMax != 3 || p.Unknown != 1 {
		t.Errorf("years %v unknown %d, want 3 known and 1 unknown step", p.Years(), p.Unknown)
	}
}

func TestAlternatives(t *testing.T) {
	g := diamond(t).Graph()
	var got []string
	for _, p := range g.Alternatives("a", "e", 4, false) {
		got = append(got, strings.Join(p.Roles, ">"))
	}
	want := "a>d>e a>b>d>e a>c>d>e"
	if strings.Join(got, " ") != want {
		t.Errorf("alternatives %v, want %s", got, want)
	}
}

func TestNoRoute(t *testing.T) {
	g := diamond(t).Graph()
	if _, ok := g.Shortest("e", "a", false); ok {
		t.Error("found a route backwards along the steps")
	}
	if alts := g.Alternatives("e", "a", 3, false); len(alts) != 0 {
		t.Errorf("alternatives backwards: %v", alts)
	}
}

func TestWithin(t *testing.T) {
	g := diamond(t).Graph()
	var got []string
	for _, r := range g.Within("a", 1) {
		got = append(got, r.ID)
	}
	if strings.Join(got, ",") != "b,c,d" {
		t.Errorf("within 1: %v, want b,c,d", got)
	}
	got = got[:0]
	for _, r := range g.Within("a", 2) {
		got = append(got, fmt.Sprintf("%s(%d)", r.ID, len(r.Path.Steps)))
	}
	if strings.Join(got, ",") != "b(1),c(1),d(1),e(2)" {
		t.Errorf("within 2: %v", got)
	}
	if prev := g.Prev("d"); len(prev) != 3 {
		t.Errorf("d has %d previous steps, want 3", len(prev))
	}
}

func TestFindRole(t *testing.T) {
	c := diamond(t)
	for query, want := range map[string]string{
		"a":                  "a",
		"Delta Specialist":   "d",
		"ds":                 "d",
		"eps":                "e",
		"  GAMMA   nurse ":   "c",
		"alpha-worker":       "a",
		"epsilon consultant": "e",
	} {
		r, err := c.FindRole(query)
		if err != nil || r.ID != want {
			t.Errorf("FindRole(%q) = %v, %v; want %s", query, r, err, want)
		}
	}
}

func TestFindRoleAmbiguousAndUnknown(t *testing.T) {
	c := diamond(t)
	_, err := c.FindRole("nurse")
	var ne *catalogue.NameError
	if !errors.As(err, &ne) || !ne.Ambiguous || len(ne.Candidates) != 2 {
		t.Fatalf("nurse: %v, want ambiguous between the two nurses", err)
	}
	if !strings.Contains(err.Error(), "Beta nurse") || !strings.Contains(err.Error(), "Gamma nurse") {
		t.Errorf("message does not list candidates: %s", err)
	}
	_, err = c.FindRole("delta specalist")
	if !errors.As(err, &ne) || ne.Ambiguous || len(ne.Candidates) == 0 || ne.Candidates[0].ID != "d" {
		t.Fatalf("misspelt name: %v, want a suggestion of d", err)
	}
	if !strings.Contains(err.Error(), "did you mean") {
		t.Errorf("no suggestion in %q", err)
	}
}
