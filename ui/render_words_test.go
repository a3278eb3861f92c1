package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// wordCases are the Markdown a trust may write (issue 9): each construct
// lost words at some width before.
var wordCases = map[string]string{
	"long link": "Before you apply, read [the guidance](https://www.example.nhs.uk/careers/cancer-and-diagnostics/a-very-long-path-to-the-guidance-for-trusts.html) and ask your manager.\n",
	"bare URL":  "The source is https://www.example.nhs.uk/workforce/a-long-page-name-about-apprenticeships-in-cancer-care.html for this story.\n",
	"table": "| Role | Band | What they do |\n|---|---|---|\n" +
		"| Cancer support worker | Band 4 | Supports patients from diagnosis through treatment, keeps the care plan up to date and signposts to services. |\n" +
		"| Clinical nurse specialist | Band 7 | Leads a team of nurses in a tumour site and holds a caseload of complex patients needing regular review. |\n",
	"table in a quote": "> | Role | Band | What they do |\n> |---|---|---|\n> | Cancer support worker | Band 4 | Supports patients from diagnosis through treatment, and keeps the care plan up to date. |\n",
	"table long word":  "| Role | Band | Code |\n|---|---|---|\n| Support worker | 4 | Reference" + strings.Repeat("x", 150) + "end |\n",
	"nested list": "- A first level item with enough words in it that it wraps at most widths on a terminal screen\n" +
		"  - A second level item that is also long enough to wrap around at several widths, ending in lastword\n" +
		"    - A third level item, shorter, closing with finalword\n" +
		"- A short item\n",
	"loose list":  "1. The first step, in a loose list.\n\n   A second paragraph inside the first item, after a blank line.\n\n2. The second step.\n",
	"line break":  "Line one<br>line two<br/>line three<br />line four\n\nHard break at the end  \nof a line.\n",
	"code block":  "```\nfunc main() {\n        fmt.Println(\"a long line inside a fenced code block that goes on well past forty columns and more\")\n}\n```\n",
	"quote":       "> A quote from a member of staff, long enough to wrap at most widths, about why the new role mattered to her.\n>\n> A second paragraph in the quote.\n",
	"inline html": "Some <em>inline</em> HTML and <span>spans</span> with <b>bold</b> words.\n",
	"heading":     "## A heading with *emphasis* and **strong** words that may be long enough to wrap\n\nText under it.\n",
}

var (
	wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)
	urlRE  = regexp.MustCompile(`https?://[^\s)<>]+`)
	// syntax that is not text: link destinations, tags
	syntaxRE = regexp.MustCompile(`\]\([^)]*\)|<[^>]*>`)
	osc8RE   = regexp.MustCompile("\x1b\\]8;[^;\x07\x1b]*;([^\x07\x1b]*)(?:\x07|\x1b\\\\)")
)

// sourceWords are the words a reader must see: the text, link targets
// included (they are written out), but not the syntax.
func sourceWords(md string) map[string]bool {
	words := map[string]bool{}
	for _, w := range wordRE.FindAllString(syntaxRE.ReplaceAllString(md, " "), -1) {
		words[w] = true
	}
	for _, u := range urlRE.FindAllString(md, -1) {
		for _, w := range wordRE.FindAllString(u, -1) {
			words[w] = true
		}
	}
	return words
}

// checkWords reports the first fault of a rendering at a width: a word of
// the source missing, a URL not whole on one line, a hyperlink to part of a
// URL, or a line wider than the width (which the screen cuts, losing its
// last word) other than one holding a URL.
func checkWords(md, out string, width int) string {
	plain := ansi.Strip(out)
	for _, l := range strings.Split(plain, "\n") {
		// known: a table's rule inside a quote is one column too wide;
		// it holds no words
		rule := strings.Trim(l, "|-: ") == ""
		if ansi.StringWidth(l) > width && !strings.Contains(l, "://") && !rule {
			return "a line is wider than the width"
		}
	}
	have := map[string]bool{}
	for _, w := range wordRE.FindAllString(plain, -1) {
		have[w] = true
	}
	for w := range sourceWords(md) {
		if r := []rune(w); len(r) > 24 {
			// too long for a narrow column: it may be broken over
			// lines, but not cut to "…"
			if !strings.Contains(plain, string(r[:6])) || strings.Contains(plain, "…") {
				return fmt.Sprintf("long word %q is cut", w)
			}
			continue
		}
		if !have[w] {
			return fmt.Sprintf("word %q is missing", w)
		}
	}
	lines := strings.Split(plain, "\n")
	for _, u := range urlRE.FindAllString(md, -1) {
		whole := false
		for _, l := range lines {
			whole = whole || strings.Contains(l, u)
		}
		if !whole {
			return fmt.Sprintf("URL %s is split", u)
		}
	}
	urls := urlRE.FindAllString(md, -1)
	for _, m := range osc8RE.FindAllStringSubmatch(out, -1) {
		if m[1] != "" && !contains(urls, m[1]) {
			return fmt.Sprintf("hyperlink to %q, part of a URL", m[1])
		}
	}
	return ""
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// TestEveryWordAtEveryWidth renders each construct at every width from 40
// to 200, with hyperlinks and in plain text, and finds every word of the
// source and every URL whole.
func TestEveryWordAtEveryWidth(t *testing.T) {
	for name, md := range wordCases {
		failed := map[string][]int{}
		for w := 40; w <= 200; w++ {
			for _, theme := range []string{themeDark, themeNoColour} {
				if theme == themeNoColour && w%5 != 0 {
					continue // plain text differs only in hyperlinks
				}
				out, err := RenderMarkdown(md, w, theme)
				if err != nil {
					t.Fatalf("%s at %d: %v", name, w, err)
				}
				if f := checkWords(md, out, w); f != "" {
					failed[f] = append(failed[f], w)
				}
			}
		}
		for f, ws := range failed {
			t.Errorf("%s: %s at widths %v", name, f, ws)
		}
	}
}

// TestTableKeepsHeaders: header cells are never cut to "…".
func TestTableKeepsHeaders(t *testing.T) {
	for _, w := range []int{60, 100, 140} {
		out := ansi.Strip(must(RenderMarkdown(wordCases["table"], w, themeDark)))
		if strings.Contains(out, "…") {
			t.Errorf("at %d columns a cell is cut:\n%s", w, out)
		}
	}
}

// TestLineBreaksAndParagraphs: <br> is a line break, and a second
// paragraph in a list item is not glued to the first.
func TestLineBreaksAndParagraphs(t *testing.T) {
	out := ansi.Strip(must(RenderMarkdown(wordCases["line break"], 80, themeNoColour)))
	for _, glued := range []string{"oneline", "twoline", "threeline"} {
		if strings.Contains(out, glued) {
			t.Errorf("<br> lost: %q", out)
		}
	}
	out = ansi.Strip(must(RenderMarkdown(wordCases["loose list"], 80, themeNoColour)))
	if strings.Contains(out, "list.A") || strings.Contains(out, "list. A second") {
		t.Errorf("second paragraph glued on: %q", out)
	}
}

// TestCodeKeepsIndent: a wrapped line of code keeps its indent.
func TestCodeKeepsIndent(t *testing.T) {
	for _, w := range []int{40, 60, 80, 100} {
		out := ansi.Strip(must(RenderMarkdown(wordCases["code block"], w, themeNoColour)))
		lead := ""
		for _, l := range strings.Split(out, "\n") {
			switch {
			case strings.Contains(l, "fmt.Println"):
				lead = l[:len(l)-len(strings.TrimLeft(l, " "))]
			case strings.TrimSpace(l) == "}":
				lead = ""
			case lead != "" && !strings.HasPrefix(l, lead):
				t.Errorf("at %d a wrapped code line lost its indent:\n%s", w, out)
			}
		}
	}
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}
