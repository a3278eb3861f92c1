package catalogue_test

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// hostile are bodies that hung or crashed the renderer (issue 9), each with
// the line the pre-scan must name and words its message must hold.
var hostile = []struct {
	name, body string
	line       int
	want       string
}{
	{"underscores", "Intro.\n\n" + strings.Repeat("_", 85000) + "a" + strings.Repeat("_", 85000), 3, "a run of 85000"},
	{"quotes", strings.Repeat("> ", 150) + "x", 1, "nested 150 deep"},
	{"bullets", strings.Repeat("- ", 1000) + "x", 1, "nested 1000 deep"},
	{"numbers", "1. a\n" + nestedList(20), 12, "nested 11 deep"},
	{"quotes over lines", quotesOverLines(30), 11, "nested 11 deep"},
	{"mixed", strings.Repeat("* > ", 8) + "x", 1, "nested 16 deep"},
	{"wide table", table(2, 60), 1, "60 columns"},
	{"long table", "Text.\n\n" + table(20000, 6), 3, "over 2000 cells"},
	{"e-mail scan", "x\n\n " + strings.Repeat("a_", 80000), 3, "a word of 160000"},
	{"mixed emphasis", strings.Repeat("*a_b*c_d**e_f*g**h*i_j** ", 16000), 1, "over 1000 runs"},
	{"unclosed links", strings.Repeat("[a](", 50000), 1, "links"},
	{"unclosed images over lines", "x\n\n" + strings.Repeat("![a](\n", 20000), 3, "links"},
}

func nestedList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("   ", i) + "1. item\n")
	}
	return b.String()
}

func quotesOverLines(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(strings.Repeat(">", i) + " line\n")
	}
	return b.String()
}

func table(rows, cols int) string {
	var b strings.Builder
	b.WriteString("|" + strings.Repeat(" h |", cols) + "\n|" + strings.Repeat("---|", cols) + "\n")
	for range rows {
		b.WriteString("|" + strings.Repeat(" c |", cols) + "\n")
	}
	return b.String()
}

func TestCheckMarkdownRefusesHostile(t *testing.T) {
	for _, tc := range hostile {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			is := catalogue.CheckMarkdown(tc.body)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("scan took %v", d)
			}
			if len(is) == 0 {
				t.Fatal("not refused")
			}
			found := false
			for _, i := range is {
				found = found || i.Line == tc.line && strings.Contains(i.Message, tc.want)
				if i.Hint == "" {
					t.Errorf("no hint: %+v", i)
				}
			}
			if !found {
				t.Errorf("got %+v, want line %d saying %q", is, tc.line, tc.want)
			}
		})
	}
}

// ordinary Markdown near the limits is accepted.
var ordinary = []string{
	strings.Repeat("> ", catalogue.MaxMarkdownNesting) + "deep but allowed",
	nestedList(catalogue.MaxMarkdownNesting),
	"***bold italic*** and __bold__ and _a_ and `***************` in code",
	"Name: ________________________\n\n---\n\n* * * * * * * * * * * * * * * *\n\n________________________________",
	"```\n" + strings.Repeat("> ", 50) + "\n" + strings.Repeat("- ", 50) + "\n| a |\n" + "|" + strings.Repeat("-|", 40) + "\n```",
	table(catalogue.MaxTableCells/catalogue.MaxTableColumns-1, catalogue.MaxTableColumns),
	"[one](https://example.org/a) [two](https://example.org/b)\n\n" + strings.Repeat("A sentence with a [link](https://example.org). ", 100),
	strings.Repeat("A long paragraph about a service that grew. ", 1<<20/44),
	"- a\n\n  - b\n\n    - c\n\n      > quote\n      > more\n\n- d\n",
	"a | b\n--|--\n1 | 2\n",
}

func TestCheckMarkdownAcceptsOrdinary(t *testing.T) {
	for i, md := range ordinary {
		if is := catalogue.CheckMarkdown(md); len(is) > 0 {
			t.Errorf("%d: refused: line %d: %s", i, is[0].Line, is[0].Message)
		}
	}
}

// Every case study in the embedded catalogue is within the limits.
func TestCheckMarkdownAcceptsShippedCases(t *testing.T) {
	fsys := os.DirFS("../data/cases")
	names, err := fs.Glob(fsys, "*.md")
	if err != nil || len(names) == 0 {
		t.Fatalf("no case studies: %v", err)
	}
	for _, n := range names {
		b, _ := fs.ReadFile(fsys, n)
		_, body, _, _ := catalogue.SplitFrontMatter(string(b))
		if is := catalogue.CheckMarkdown(body); len(is) > 0 {
			t.Errorf("%s: line %d: %s", n, is[0].Line, is[0].Message)
		}
	}
}

// A hostile body is refused when the catalogue is loaded, with FILE:LINE
// counted in the file, not the body.
func TestLoadRefusesHostileBody(t *testing.T) {
	front := "+++\nid = \"deep\"\ntitle = \"Deep\"\norganisation = \"A trust\"\nroles = [\"staff-nurse\"]\nsources = [\"s1\"]\n+++\n"
	fsys := fstest.MapFS{"deep.md": {Data: []byte(front + "Intro.\n\n" + strings.Repeat("> ", 150) + "x\n")}}
	_, probs := catalogue.Load(base(), catalogue.Layer{FS: fsys})
	onlyProblem(t, probs, "deep.md:10: deep: quotes and lists are nested 150 deep")
}
