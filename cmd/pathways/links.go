package main

import (
	"regexp"
	"strings"
	"sync"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
)

// urlPattern finds a web address in a line of output: from its scheme to
// the next space or escape sequence.
var urlPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?:https?|ftp)://[^\s\x1b]+`) })

// isURL says whether a word is a web address, which wrap never splits.
func isURL(word string) bool {
	return strings.Contains(word, "://") || strings.HasPrefix(strings.ToLower(word), "www.")
}

// urlEnd trims the punctuation that ends a sentence or a list item from a
// found address: "https://a.b/c)." is the address "https://a.b/c" when its
// brackets do not balance.
func urlEnd(u string) string {
	for u != "" {
		last := u[len(u)-1]
		switch {
		case strings.IndexByte(".,;:!?'\"", last) >= 0:
			u = u[:len(u)-1]
		case last == ')' && strings.Count(u, "(") < strings.Count(u, ")"):
			u = u[:len(u)-1]
		default:
			return u
		}
	}
	return u
}

// hyperlink makes every web address in a line an OSC 8 hyperlink whose
// target is the whole address, for terminals that show them; the text
// shown is unchanged.
func hyperlink(line string) string {
	return urlPattern().ReplaceAllStringFunc(line, func(m string) string {
		u := urlEnd(m)
		return ansi.SetHyperlink(u) + u + ansi.ResetHyperlink() + m[len(u):]
	})
}

// wantLinks says whether output to stdout may carry hyperlinks: only on a
// terminal with colour, so never when piped or with NO_COLOR.
func wantLinks(e *env, out any) bool {
	w, ok := out.(*colorprofile.Writer)
	return e.stdoutTTY && ok && w.Profile >= colorprofile.ANSI && e.getenv("NO_COLOR") == ""
}

// printSources prints a "Sources" section: one source a line, as its
// title and its address; an address that does not fit goes on a line of
// its own, never broken.
func printSources(p *printer, c *catalogue.Catalogue, ids []string) {
	if len(ids) == 0 {
		return
	}
	p.line("")
	p.heading("Sources")
	for _, s := range sourceLines(c, ids) {
		p.para("  • ", s)
	}
}

// sourceLines names each source as "Title: address", its title alone
// when it has no address, or its address alone when it has no title (a
// document's file name is working material, never shown).
func sourceLines(c *catalogue.Catalogue, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		s := c.Source(id)
		switch {
		case s == nil:
			out = append(out, id)
		case s.URL != "" && s.Title != "":
			out = append(out, s.Title+": "+s.URL)
		case s.URL != "":
			out = append(out, s.URL)
		default:
			out = append(out, s.Title)
		}
	}
	return out
}
