package catalogue_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
)

// graphOf builds a catalogue from steps written "from>to=years", where
// years is TOML ("2", "[1, 2]") or empty for a step with no time.
func graphOf(t *testing.T, steps ...string) *catalogue.Catalogue {
	t.Helper()
	next := map[string][]string{}
	var ids []string
	seen := map[string]bool{}
	for _, s := range steps {
		ft, years, _ := strings.Cut(s, "=")
		from, to, _ := strings.Cut(ft, ">")
		for _, id := range []string{from, to} {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		n := fmt.Sprintf("[[role.next]]\nto = %q\n", to)
		if years != "" {
			n += "years = " + years + "\n"
		}
		next[from] = append(next[from], n)
	}
	var b strings.Builder
	b.WriteString("[[band]]\nid = \"5\"\nlabel = \"Band 5\"\n[[family]]\nid = \"f\"\nname = \"F\"\n")
	for _, id := range ids {
		fmt.Fprintf(&b, "[[role]]\nid = %q\ntitle = \"Role %s\"\nfamily = \"f\"\nbands = [\"5\"]\nsummary = \"s\"\nsources = [\"https://example.org\"]\n[[role.entry]]\nkind = \"degree\"\nname = \"x\"\n", id, id)
		for _, n := range next[id] {
			b.WriteString(n)
		}
	}
	c, probs := catalogue.Load(catalogue.Layer{FS: fstest.MapFS{"g.toml": {Data: []byte(b.String())}}})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	return c
}

func TestYearsDecode(t *testing.T) {
	c := graphOf(t, "a>b=2", "b>c=[1.25, 2]", "c>d=")
	for _, tt := range []struct {
		from, to string
		want     catalogue.Years
	}{{"a", "b", catalogue.Years{Min: 2, Max: 2}}, {"b", "c", catalogue.Years{Min: 1.25, Max: 2}}, {"c", "d", catalogue.Years{}}} {
		if got := c.Graph().Step(tt.from, tt.to).Years; got != tt.want {
			t.Errorf("%s>%s years = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
	p := c.PathThrough([]string{"a", "b", "c", "d"})
	if p.YearsMin != 3.25 || p.YearsMax != 4 || p.Unknown != 1 {
		t.Errorf("path %v unknown %d", p.Years(), p.Unknown)
	}
	if got, want := p.TotalText(), "3 steps; about 3 to 4 years typically, plus 1 step with no typical time in the sources."; got != want {
		t.Errorf("TotalText = %q, want %q", got, want)
	}
}

func TestYearsCheckTOML(t *testing.T) {
	for _, v := range []any{int64(2), 1.5, []any{1.25, int64(2)}} {
		if want, ok := (catalogue.Years{}).CheckTOML(v); !ok {
			t.Errorf("CheckTOML(%v) refused: %s", v, want)
		}
	}
	for _, v := range []any{"two", []any{}, []any{1.0, 2.0, 3.0}, []any{"a", 1.0}, true} {
		if want, ok := (catalogue.Years{}).CheckTOML(v); ok || want != "a number of years, or [lowest, highest]" {
			t.Errorf("CheckTOML(%v) = %q, %v", v, want, ok)
		}
	}
}

func TestYearsValidate(t *testing.T) {
	src := "[[band]]\nid = \"5\"\nlabel = \"Band 5\"\n[[family]]\nid = \"f\"\nname = \"F\"\n" +
		"[[role]]\nid = \"a\"\ntitle = \"A\"\nfamily = \"f\"\nbands = [\"5\"]\nsummary = \"s\"\nsources = [\"https://example.org\"]\n[[role.entry]]\nkind = \"degree\"\nname = \"x\"\n" +
		"[[role.next]]\nto = \"b\"\nyears = [3, 2]\n" +
		"[[role.next]]\nto = \"c\"\nduration = \"about two years\"\n" +
		"[[role]]\nid = \"b\"\ntitle = \"B\"\nfamily = \"f\"\nbands = [\"5\"]\nsummary = \"s\"\nsources = [\"https://example.org\"]\n" +
		"[[role]]\nid = \"c\"\ntitle = \"C\"\nfamily = \"f\"\nbands = [\"5\"]\nsummary = \"s\"\nsources = [\"https://example.org\"]\n"
	_, probs := catalogue.Load(catalogue.Layer{FS: fstest.MapFS{"g.toml": {Data: []byte(src)}}})
	text := probs.Error()
	if !strings.Contains(text, "out of order") {
		t.Errorf("no error for years [3, 2]:\n%s", text)
	}
	if !strings.Contains(text, `"about two years" gives a time but the step has no years`) {
		t.Errorf("no warning for a duration in words without years:\n%s", text)
	}
}

// Least time never counts an unknown step as a figure, and on equal known
// years prefers the route with fewer unknown steps.
func TestLeastTimePrefersKnown(t *testing.T) {
	// a>b>d: 2 known + 1 unknown; a>c>d: 2 known, all known.
	c := graphOf(t, "a>b=2", "b>d=", "a>c=1", "c>d=1")
	p, _ := c.Graph().Shortest("a", "d", true)
	if strings.Join(p.Roles, ">") != "a>c>d" || p.Unknown != 0 {
		t.Errorf("least time: %v (%d unknown), want a>c>d with none unknown", p.Roles, p.Unknown)
	}
	alts := c.Graph().Alternatives("a", "d", 3, true)
	if len(alts) != 2 || strings.Join(alts[0].Roles, ">") != "a>c>d" || strings.Join(alts[1].Roles, ">") != "a>b>d" {
		t.Errorf("alternatives by years: %v", alts)
	}
	// Ranges rank on the lowest figure, then the highest.
	c = graphOf(t, "a>b=[1, 4]", "b>d=1", "a>c=[1, 2]", "c>d=1")
	p, _ = c.Graph().Shortest("a", "d", true)
	if strings.Join(p.Roles, ">") != "a>c>d" {
		t.Errorf("least time with ranges: %v, want a>c>d (same lowest, smaller highest)", p.Roles)
	}
	// An unknown step adds no years: the old code counted it as one year
	// and chose a>c>d here.
	c = graphOf(t, "a>b=", "b>d=1.5", "a>c=1", "c>d=1")
	p, _ = c.Graph().Shortest("a", "d", true)
	if strings.Join(p.Roles, ">") != "a>b>d" || !strings.Contains(p.TotalText(), "plus 1 step with no typical time") {
		t.Errorf("least time: %v %q, want a>b>d saying one step is unknown", p.Roles, p.TotalText())
	}
}

func TestYearsWords(t *testing.T) {
	for _, tt := range []struct {
		y    catalogue.Years
		want string
	}{
		{catalogue.Years{}, ""},
		{catalogue.Years{Min: 1.25, Max: 2}, "15 to 24 months"},
		{catalogue.Years{Min: 0.6, Max: 0.6}, "7 months"},
		{catalogue.Years{Min: 2, Max: 2}, "2 years"},
		{catalogue.Years{Min: 1, Max: 1}, "1 year"},
		{catalogue.Years{Min: 3, Max: 5}, "3 to 5 years"},
		{catalogue.Years{Min: 2, Max: 3.5}, "24 to 42 months"},
		{catalogue.Years{Min: 4.5, Max: 6}, "4.5 to 6 years"},
		{catalogue.Years{Min: 6.25, Max: 7.2}, "6 to 7.5 years"},
		{catalogue.Years{Min: 4.1, Max: 4.2}, "4 to 4.5 years"},
		{catalogue.Years{Min: 4.2, Max: 4.2}, "4 years"},
	} {
		if got := catalogue.YearsRangeText(tt.y); got != tt.want {
			t.Errorf("YearsRangeText(%v) = %q, want %q", tt.y, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    catalogue.Step
		want string
	}{
		{catalogue.Step{Duration: "typically 12 months", Years: catalogue.Years{Min: 1, Max: 1}}, "12 months"},
		{catalogue.Step{Duration: "varies"}, "not given in the sources"},
		{catalogue.Step{Years: catalogue.Years{Min: 1.5, Max: 2}}, "18 to 24 months"},
		{catalogue.Step{}, "not given in the sources"},
	} {
		if got := catalogue.StepTimeText(tt.s); got != tt.want {
			t.Errorf("StepTimeText(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
