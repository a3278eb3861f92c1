package ui

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Overview writes the plain-text overview of a catalogue: its size, roles
// by band and grade, and the curated routes, wrapped at width cells (80 if
// width < 20), with no colour and no closing hint (the caller adds its
// own). It is the text `pathways` prints when piped, and what
// pathways-serve sends to a session without a terminal. Catalogue text is
// cleaned of control sequences.
func Overview(w io.Writer, c *catalogue.Catalogue, width int) error {
	if width < 20 {
		width = 80
	}
	var b strings.Builder
	para := func(indent, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		pad := strings.Repeat(" ", ansi.StringWidth(indent))
		for i, l := range WrapWords(catalogue.Clean(text), width-len(pad)) {
			if i > 0 {
				indent = pad
			}
			b.WriteString(strings.TrimRight(indent+l, " ") + "\n")
		}
	}
	heading := func(s string) { b.WriteString(strings.TrimRight(catalogue.Clean(s), " ") + "\n") }
	heading("pathways: careers in the NHS cancer and diagnostics workforce")
	para("", fmt.Sprintf("%s, %s, %s and %s, from %s (version %s).",
		catalogue.Plural(len(c.Roles), "role"), catalogue.Plural(len(c.Routes), "curated route"), catalogue.Plural(len(c.Cases), "case study"),
		catalogue.Plural(len(c.Programmes), "programme"), c.Meta.Name, c.Meta.Version))
	b.WriteString("\n")
	heading("Roles by band")
	for _, band := range c.Bands {
		if rs := c.RolesInBand(band.ID); len(rs) > 0 {
			para("  ", band.Label+": "+roleTitles(rs))
		}
	}
	for _, g := range c.Grades {
		if rs := c.RolesInGrade(g.ID); len(rs) > 0 {
			para("  ", g.Label+": "+roleTitles(rs))
		}
	}
	if rs := c.RolesWithNoBand(); len(rs) > 0 { // so that no role is left out
		para("  ", catalogue.NoBand+": "+roleTitles(rs))
	}
	b.WriteString("\n")
	heading("Curated routes")
	for _, r := range c.Routes {
		para("  • ", r.Title+" ("+r.ID+")")
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func roleTitles(rs []*catalogue.Role) string {
	ts := make([]string, len(rs))
	for i, r := range rs {
		ts[i] = r.Title
	}
	return strings.Join(ts, ", ")
}

// WrapWords breaks plain text into lines of at most width cells at spaces
// (never at hyphens, so ids stay whole); a word longer than a line is cut,
// except a web address, which is never split: it goes on a line of its
// own, wider than width if it must be. The overview and the command line
// wrap with it, so they read the same.
func WrapWords(text string, width int) []string {
	width = max(width, 10)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if webAddress(w) && ansi.StringWidth(w) > width {
				if line != "" {
					out = append(out, line)
				}
				line = w // too wide for any word to join it
				continue
			}
			for ansi.StringWidth(w) > width {
				if line != "" {
					out, line = append(out, line), ""
				}
				cut := ansi.Truncate(w, width, "")
				out = append(out, cut)
				w = w[len(cut):]
			}
			switch {
			case line == "":
				line = w
			case ansi.StringWidth(line)+1+ansi.StringWidth(w) <= width:
				line += " " + w
			default:
				out, line = append(out, line), w
			}
		}
		out = append(out, line)
	}
	return out
}

// webAddress reports whether a word is a web address ("://" or "www.").
func webAddress(word string) bool {
	return strings.Contains(word, "://") || strings.HasPrefix(strings.ToLower(word), "www.")
}
