package handout

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

var day = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/"})
	if len(probs) > 0 {
		t.Fatalf("the embedded catalogue has problems:\n%s", probs.Error())
	}
	return c
}

var (
	attrRef = regexp.MustCompile(`(?i)\b(src|href|srcset|action|poster|data)\s*=\s*"([^"]*)"`)
	cssURL  = regexp.MustCompile(`(?i)url\(|@import|@font-face`)
)

// selfContained checks an HTML handout loads nothing: no script, no
// attribute that fetches, no CSS url() or @import, and every link one of
// the sources' own addresses.
func selfContained(t *testing.T, name, page string, d Doc) {
	t.Helper()
	urls := map[string]bool{}
	for _, s := range d.Sources {
		urls[html.EscapeString(s.URL)] = true
	}
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Fatalf("%s: has a script", name)
	}
	if cssURL.MatchString(page) {
		t.Fatalf("%s: CSS loads something", name)
	}
	for _, m := range attrRef.FindAllStringSubmatch(page, -1) {
		if strings.ToLower(m[1]) != "href" || !urls[m[2]] {
			t.Fatalf("%s: %s=%q is not a source's address", name, m[1], m[2])
		}
	}
	for _, want := range []string{"@media print", "@page", "size:A4", d.Date, html.EscapeString(d.Catalogue), html.EscapeString(d.Reopen)} {
		if !strings.Contains(page, want) {
			t.Fatalf("%s: lacks %q", name, want)
		}
	}
	for u := range urls {
		if u != "" && !strings.Contains(page, ">"+u+"<") {
			t.Fatalf("%s: source address %s is not shown", name, u)
		}
	}
}

// has checks that every step's title, what it takes, typical time,
// funding and programmes are in the page, escaped.
func hasSteps(t *testing.T, name, page string, cat *catalogue.Catalogue, steps []catalogue.Step) {
	t.Helper()
	for _, s := range steps {
		want := []string{cat.TitleOf(s.To), s.Takes, catalogue.StepTimeText(s), s.Funding}
		for _, id := range s.Programmes {
			if p := cat.Programme(id); p != nil {
				want = append(want, p.Name)
			}
		}
		for _, w := range want {
			if w = strings.Join(strings.Fields(catalogue.Clean(w)), " "); w != "" && !strings.Contains(page, html.EscapeString(w)) {
				t.Fatalf("%s: step to %s lacks %q", name, s.To, w)
			}
		}
	}
}

// TestRouteHTML: every curated route's shortest path, as HTML.
func TestRouteHTML(t *testing.T) {
	cat := embedded(t)
	for _, rt := range cat.Routes {
		p, ok := cat.Graph().Shortest(rt.Roles[0], rt.Roles[len(rt.Roles)-1], false)
		if !ok {
			t.Fatalf("%s: no route", rt.ID)
		}
		d := Route(cat, p, Options{Now: day})
		page := HTML(d)
		selfContained(t, rt.ID, page, d)
		var steps []catalogue.Step
		for _, e := range p.Steps {
			steps = append(steps, *e.Step)
		}
		hasSteps(t, rt.ID, page, cat, steps)
		if !strings.Contains(page, html.EscapeString(p.TotalText())) || !strings.Contains(page, "30 November 2026") {
			t.Fatalf("%s: lacks the total or the date", rt.ID)
		}
	}
}

// TestEveryRoleAndCaseHTML: every role's and case study's handout is
// self-contained and has every next step whole.
func TestEveryRoleAndCaseHTML(t *testing.T) {
	cat := embedded(t)
	for _, r := range cat.Roles {
		d := Role(cat, r, Options{Now: day})
		page := HTML(d)
		selfContained(t, r.ID, page, d)
		hasSteps(t, r.ID, page, cat, r.Next)
		for _, s := range r.Sources {
			if src := cat.Source(s); src != nil && src.URL != "" && !strings.Contains(page, html.EscapeString(src.URL)) {
				t.Fatalf("%s: lacks source %s", r.ID, src.URL)
			}
		}
	}
	for _, cs := range cat.Cases {
		d := Case(cat, cs, Options{Now: day})
		selfContained(t, cs.ID, HTML(d), d)
	}
}

// TestHostileText: catalogue text cannot add markup, script or links.
func TestHostileText(t *testing.T) {
	cat := embedded(t)
	r := cat.Role("imaging-support-worker")
	r.Title = `<script>alert(1)</script>`
	r.Summary = "\x1b[31m<img src=x onerror=alert(1)>"
	r.Next[0].Takes = `</dd><a href="https://evil.example">x</a>`
	src := cat.Source(r.Sources[0])
	src.URL = "javascript:alert(1)"
	d := Role(cat, r, Options{Now: day})
	page := HTML(d)
	for _, bad := range []string{"<script>", "<img", `<a href="https://evil`, `href="javascript:`, "\x1b"} {
		if strings.Contains(page, bad) {
			t.Errorf("HTML holds %q", bad)
		}
	}
	// The reopen command sits in a code span, which Markdown shows as it is.
	md := strings.Replace(Markdown(d), "`"+d.Reopen+"`", "", 1)
	if m := regexp.MustCompile(`(^|[^\\])<(script|img|/dd)|\x1b|\(javascript:`).FindString(md); m != "" {
		t.Errorf("Markdown holds %q:\n%s", m, md)
	}
}

// TestMarkdown: the same facts as the HTML, in Markdown.
func TestMarkdown(t *testing.T) {
	cat := embedded(t)
	p, _ := cat.Graph().Shortest("imaging-support-worker", "consultant-radiographer", false)
	d := Route(cat, p, Options{Now: day})
	md := Markdown(d)
	for _, want := range []string{"# From Imaging support worker to Consultant radiographer\n", "### Step 1: Imaging support worker → ",
		"## Sources\n", "30 November 2026", `pathways --route "imaging support worker" "consultant radiographer"`, "**Typical time:**"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	for _, s := range d.Sources {
		if s.URL != "" && !strings.Contains(md, "<"+s.URL+">") {
			t.Errorf("Markdown lacks source %s", s.URL)
		}
	}
}

// TestCompareHandout: both roles' words and the routes between them.
func TestCompareHandout(t *testing.T) {
	cat := embedded(t)
	cmp := cat.Compare(cat.Role("imaging-support-worker"), cat.Role("consultant-radiographer"))
	d := Compare(cat, cmp, Options{Now: day})
	page := HTML(d)
	selfContained(t, "compare", page, d)
	for _, row := range cat.Rows(cmp, day) {
		for _, s := range append(append(row.A, row.B...), row.Both...) {
			if !strings.Contains(page, html.EscapeString(s)) {
				t.Errorf("compare lacks %q", s)
			}
		}
	}
}

// TestStory: a case study's headings, lists and paragraphs keep their
// order and kind.
func TestStory(t *testing.T) {
	got := story("Intro line\none.\n\n## What they did\n- **First** thing\n- Second\nAfter the list.\n\n# Numbers\nSome.")
	want := []Section{
		{Heading: "The story", Paras: []string{"Intro line one."}},
		{Heading: "What they did", List: []string{"First thing", "Second"}},
		{Paras: []string{"After the list."}},
		{Heading: "Numbers", Paras: []string{"Some."}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

// TestRouteEdges: no route, and a route of no steps, still make a page.
func TestRouteEdges(t *testing.T) {
	cat := embedded(t)
	if d := Route(cat, catalogue.Path{}, Options{Now: day}); !strings.Contains(HTML(d), "No route in the catalogue.") {
		t.Error("the zero path has no words")
	}
	p, _ := cat.Graph().Shortest("imaging-support-worker", "imaging-support-worker", false)
	if md := Markdown(Route(cat, p, Options{Now: day})); !strings.Contains(md, p.TotalText()) {
		t.Errorf("a route of no steps lacks %q:\n%s", p.TotalText(), md)
	}
}
