package catalogue

import (
	"fmt"
	"strings"
)

// Words shared by every way of showing the catalogue (command line,
// explorer, plain mode), so that a figure reads the same everywhere.

// Pounds writes whole pounds with thousands separators: £31,049.
func Pounds(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return "£" + s
}

// YearsText writes a number of years: "1 year", "3 years", "1.5 years".
func YearsText(y float64) string {
	switch {
	case y == 1:
		return "1 year"
	case y == float64(int(y)):
		return fmt.Sprintf("%d years", int(y))
	}
	return fmt.Sprintf("%.1f years", y)
}

// Plural writes a count with its noun: "1 step", "3 steps", "2 case studies".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ey") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// TitleOf is a role's title, or the id when no role has it.
func (c *Catalogue) TitleOf(id string) string {
	if r := c.Role(id); r != nil {
		return r.Title
	}
	return id
}

// PayText gives the pay range of a role's bands, such as "£38,682 to
// £54,710 a year (2025/26, England)", or "" when the bands have no pay.
func (c *Catalogue) PayText(r *Role) string {
	if len(r.Bands) == 0 {
		return ""
	}
	lo, hi := c.Band(r.Bands[0]), c.Band(r.Bands[len(r.Bands)-1])
	if lo == nil || hi == nil || lo.PayFrom == 0 || hi.PayTo == 0 {
		return ""
	}
	return PayRangeText(lo.PayFrom, hi.PayTo, hi.PayYear)
}

// PayRangeText writes annual pay from one figure to another in a pay year.
func PayRangeText(from, to int, year string) string {
	s := Pounds(from)
	if to != from && to != 0 {
		s += " to " + Pounds(to)
	}
	s += " a year"
	if year != "" {
		s += " (" + year + ", England)"
	}
	return s
}

// TotalText says how long a route typically takes, and how many of its
// steps have no typical time, so that a total is never shown as more
// certain than it is.
func (p Path) TotalText() string {
	n := len(p.Steps)
	switch {
	case n == 0:
		return "You are already there."
	case p.Unknown == n && n == 1:
		return "1 step; the sources give no typical time for it."
	case p.Unknown == n:
		return fmt.Sprintf("%d steps; the sources give no typical time for any of them.", n)
	case p.Unknown > 0:
		return fmt.Sprintf("%s; at least %s typically, plus %s with no typical time in the sources.",
			Plural(n, "step"), YearsText(p.Years), Plural(p.Unknown, "step"))
	}
	return fmt.Sprintf("%s; about %s typically.", Plural(n, "step"), YearsText(p.Years))
}

// Text describes a way in on one line: its name, kind, level, duration
// and standard, then who funds it and any note.
func (e Entry) Text() string {
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
		s = Sentence(s) + " Funding: " + e.Funding
	}
	if e.Note != "" {
		s = Sentence(s) + " Note: " + e.Note
	}
	return s
}

// Sentence ends s with a full stop, unless it ends a sentence already.
func Sentence(s string) string {
	s = strings.TrimRight(s, " ")
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// BandText says where a role sits: "Band 6–7", or spoken for plain mode
// "Bands 6 to 7"; a medical grade's label; or "Band not stated".
func (c *Catalogue) BandText(r *Role, spoken bool) string {
	switch {
	case r.Grade != "":
		if g := c.Grade(r.Grade); g != nil {
			return g.Label
		}
		return r.Grade
	case len(r.Bands) == 1:
		return "Band " + r.Bands[0]
	case len(r.Bands) > 1 && spoken:
		return "Bands " + r.Bands[0] + " to " + r.Bands[len(r.Bands)-1]
	case len(r.Bands) > 1:
		return "Band " + r.Bands[0] + "–" + r.Bands[len(r.Bands)-1]
	}
	return "Band not stated"
}

// DomainsText names domains as "Cancer: Treatment; Diagnostics: Imaging".
func (c *Catalogue) DomainsText(ids []string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if d := c.Domain(id); d != nil {
			out = append(out, d.Area+": "+d.Name)
		}
	}
	return strings.Join(out, "; ")
}
