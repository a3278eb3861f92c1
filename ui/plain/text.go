package plain

import (
	"fmt"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// bandText describes a role's band range or medical grade.
func bandText(c *catalogue.Catalogue, r *catalogue.Role) string {
	switch {
	case r.Grade != "":
		if g := c.Grade(r.Grade); g != nil {
			return g.Label
		}
		return r.Grade
	case len(r.Bands) == 1:
		return "Band " + r.Bands[0]
	case len(r.Bands) == 2:
		return "Bands " + r.Bands[0] + " to " + r.Bands[1]
	}
	return "band not stated"
}

// roleLabel is a role as a line of a list: its title and band.
func roleLabel(c *catalogue.Catalogue, r *catalogue.Role) string {
	return r.Title + " (" + bandText(c, r) + ")"
}

// titleOf is a role's title, or its id when the catalogue lacks it.
func titleOf(c *catalogue.Catalogue, id string) string {
	if r := c.Role(id); r != nil {
		return r.Title
	}
	return id
}

// payText gives the pay range of a role's bands.
func payText(c *catalogue.Catalogue, r *catalogue.Role) string {
	if len(r.Bands) == 0 {
		return ""
	}
	lo, hi := c.Band(r.Bands[0]), c.Band(r.Bands[len(r.Bands)-1])
	if lo == nil || hi == nil || lo.PayFrom == 0 || hi.PayTo == 0 {
		return ""
	}
	return bandPay(lo.PayFrom, hi.PayTo, hi.PayYear)
}

func bandPay(from, to int, year string) string {
	s := pounds(from)
	if to != from {
		s += " to " + pounds(to)
	}
	s += " a year"
	if year != "" {
		s += " (" + year + ", England)"
	}
	return s
}

func pounds(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return "£" + b.String()
}

// sentence ends s with a full stop, unless it ends with one already.
func sentence(s string) string {
	s = strings.TrimRight(s, " ")
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

func notePart(note string) string {
	if strings.TrimSpace(note) == "" {
		return ""
	}
	return " (" + note + ")"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") && !strings.HasSuffix(word, "ey") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func years(y float64) string {
	if y == 1 {
		return "1 year"
	}
	if y == float64(int(y)) {
		return fmt.Sprintf("%d years", int(y))
	}
	return fmt.Sprintf("%.1f years", y)
}

// totalText says how long a route typically takes, and how many of its
// steps have no typical time, so a total is never more certain than it is.
func totalText(path catalogue.Path) string {
	n := len(path.Steps)
	switch {
	case n == 0:
		return "You are already there."
	case path.Unknown == n && n == 1:
		return "1 step; the sources give no typical time for it."
	case path.Unknown == n:
		return fmt.Sprintf("%d steps; the sources give no typical time for any of them.", n)
	case path.Unknown > 0:
		return fmt.Sprintf("%s; at least %s typically, plus %s with no typical time in the sources.",
			plural(n, "step"), years(path.Years), plural(path.Unknown, "step"))
	}
	return fmt.Sprintf("%s; about %s typically.", plural(n, "step"), years(path.Years))
}

// entryText describes a way into a role.
func entryText(e catalogue.Entry) string {
	var parts []string
	if e.Kind != "" {
		parts = append(parts, strings.ReplaceAll(e.Kind, "-", " "))
	}
	if e.Level > 0 {
		parts = append(parts, fmt.Sprintf("level %d", e.Level))
	}
	if e.Duration != "" {
		parts = append(parts, e.Duration)
	}
	if e.Standard != "" {
		parts = append(parts, "standard "+e.Standard)
	}
	s := e.Name
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	if e.Funding != "" {
		s = sentence(s) + " Funding: " + e.Funding
	}
	if e.Note != "" {
		s = sentence(s) + " Note: " + e.Note
	}
	return s
}

// stepLines adds what a step takes, one idea to a line, under a choice.
func stepLines(pg *page, st *catalogue.Step) {
	if st == nil {
		return
	}
	if st.Takes != "" {
		pg.item("What it takes: " + st.Takes)
	}
	switch {
	case st.Duration != "":
		pg.item("Typical time: " + st.Duration)
	case st.Years > 0:
		pg.item("Typical time: about " + years(st.Years))
	default:
		pg.item("Typical time: not given in the sources")
	}
	if st.Funding != "" {
		pg.item("Funding: " + st.Funding)
	}
	if st.Note != "" {
		pg.item("Note: " + st.Note)
	}
}

// sources adds the sources an entry cites, one to a line: a seed's file
// name, else the source's address or title.
func (s *session) sources(pg *page, ids []string) {
	if len(ids) == 0 {
		return
	}
	pg.heading("Sources")
	for _, id := range ids {
		src := s.cat.Source(id)
		switch {
		case src == nil:
			pg.bullet(id)
		case src.URL != "":
			pg.bullet(src.ID + ": " + src.URL)
		case src.File != "":
			pg.bullet(src.ID + ": " + src.File)
		default:
			pg.bullet(src.ID + ": " + src.Title)
		}
	}
}

func domainsText(c *catalogue.Catalogue, ids []string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if d := c.Domain(id); d != nil {
			out = append(out, d.Area+": "+d.Name)
		}
	}
	return strings.Join(out, "; ")
}
