// Package handout makes printable handouts for careers advisers from the
// catalogue: a role, a route between two roles, a case study, or two roles
// compared. Role, Route, Case and Compare build a Doc; Markdown and HTML
// write it out (the HTML is one self-contained page with a print
// stylesheet, no script and no outside assets); WriteFile saves one safely.
//
// All figures and wording come from package catalogue's words functions
// (BandDetail, PayText, StepTimeText, TotalText, Entry.Text), so a handout
// says what every other view says. Catalogue text is untrusted: it is
// passed through catalogue.Clean here, and escaped by each writer.
package handout

import (
	"strings"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Options are what a handout needs besides the catalogue.
type Options struct {
	// Now is the date printed on the handout and the date pay figures are
	// judged against (catalogue PayText); the zero time means time.Now().
	Now time.Time
	// ByYears notes that a route was found by least typical time rather
	// than fewest steps (pathways route --by years), for the reopen command.
	ByYears bool
}

func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

// Doc is a handout, ready for Markdown or HTML. Every string in it is
// catalogue.Clean; the writers escape it for their format.
type Doc struct {
	Kind      string // "role", "route", "case" or "compare"
	Title     string
	Lead      string  // one line under the title, or ""
	Facts     []Field // key facts under the lead
	Sections  []Section
	Sources   []Source
	Date      string // the day it was made: "30 November 2026"
	Catalogue string // the catalogue's name, version and date
	Reopen    string // the pathways command that opens the same screen
}

// Field is a labelled fact: Text, or a List of items, or both.
type Field struct {
	Label string
	Text  string
	List  []string
}

// Section is a headed part of a handout: paragraphs, fields, steps of a
// route, a list, or the two sides of a comparison (Pair).
type Section struct {
	Heading string
	Paras   []string
	Fields  []Field
	Steps   []Step
	List    []string
	Pair    *Pair
}

// Step is one step of a route or one next step from a role.
type Step struct {
	Number   int    // 1-based on a route; 0 for a role's next steps
	From, To string // role titles
	Band     string // the band of the role stepped to (BandText)
	Fields   []Field
}

// Pair is one compared field: each role's title and words.
type Pair struct {
	ATitle, BTitle string
	A, B           []string
}

// Source is a cited document: its title and web address (either may be
// empty).
type Source struct {
	Title, URL string
}

// footer fills the fields every handout has.
func footer(cat *catalogue.Catalogue, d *Doc, o Options) {
	d.Date = o.now().Format("2 January 2006")
	m := cat.Meta
	s := strings.TrimSpace(m.Name)
	if s == "" {
		s = "catalogue"
	}
	if m.Version != "" {
		s += " version " + m.Version
	}
	if m.Date != "" {
		s += " of " + m.Date
	}
	d.Catalogue = catalogue.Clean(s)
}

// sources turns the ids (or addresses) an entry cites into Sources, each
// once, in order, added to what seen already holds.
func sources(cat *catalogue.Catalogue, list []Source, seen map[string]bool, ids ...[]string) []Source {
	for _, group := range ids {
		for _, id := range group {
			if seen[id] {
				continue
			}
			seen[id] = true
			src := cat.Source(id)
			switch {
			case src != nil && web(src.URL):
				list = append(list, Source{Title: catalogue.Clean(src.Title), URL: catalogue.Clean(src.URL)})
			case src != nil:
				list = append(list, Source{Title: catalogue.Clean(strings.TrimSpace(src.Title + " " + src.URL))})
			case web(id):
				list = append(list, Source{URL: catalogue.Clean(id)})
			default:
				list = append(list, Source{Title: catalogue.Clean(id)})
			}
		}
	}
	return list
}

// quote writes a name for a shell command line: in double quotes, or in
// single quotes when it holds a character the shell would read inside
// double quotes.
func quote(s string) string {
	s = strings.ToLower(catalogue.Clean(s))
	if !strings.ContainsAny(s, "\"$`\\!") {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func cleanAll(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s = strings.TrimSpace(catalogue.Clean(s)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// field is a Field of cleaned text, or nil when text is empty.
func field(label, text string) []Field {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return []Field{{Label: label, Text: catalogue.Clean(text)}}
}

// web reports whether an address is a web page (http or https); only those
// become links.
func web(u string) bool {
	u = strings.ToLower(strings.TrimSpace(u))
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}
