package catalogue

import (
	"fmt"
	"math"
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

// YearsRangeText writes a typical time: "15 to 24 months", "7 months",
// "2 years", "3 to 5 years", "4.5 years", "2 weeks". Times under a
// quarter of a year are written in weeks; other times under four years
// that are not whole years in months; others in years. The zero
// Years gives "".
func YearsRangeText(y Years) string {
	if !y.Known() {
		return ""
	}
	whole := func(f float64) bool { return f == math.Trunc(f) }
	if y.Max < 0.25 {
		lo, hi := int(math.Round(y.Min*52)), int(math.Round(y.Max*52))
		if lo == hi {
			return Plural(hi, "week")
		}
		return fmt.Sprintf("%d to %s", lo, Plural(hi, "week"))
	}
	if y.Max < 4 && (!whole(y.Min) || !whole(y.Max)) {
		lo, hi := int(math.Round(y.Min*12)), int(math.Round(y.Max*12))
		if lo == hi {
			return Plural(hi, "month")
		}
		return fmt.Sprintf("%d to %s", lo, Plural(hi, "month"))
	}
	lo, hi := math.Round(y.Min*2)/2, math.Round(y.Max*2)/2
	if y.Min != y.Max { // widen, never narrow, a range
		lo, hi = math.Floor(y.Min*2+1e-9)/2, math.Ceil(y.Max*2-1e-9)/2
	}
	if lo == hi {
		return YearsText(hi)
	}
	n, _, _ := strings.Cut(YearsText(lo), " ")
	return n + " to " + YearsText(hi)
}

// StepTimeText is how long a step typically takes, as every view shows it
// after "Typical time: ": the step's duration in the sources' words (a
// leading "typically" dropped, as the label says it), else its years as
// words, else "not given in the sources". A duration of "varies" counts as
// not given, so no view says "varies" where another says "not given".
func StepTimeText(s Step) string {
	d := strings.TrimSpace(s.Duration)
	for _, p := range []string{"typically ", "Typically "} {
		d = strings.TrimPrefix(d, p)
	}
	switch {
	case d != "" && !unknownTime(d):
		return d
	case s.Years.Known():
		return YearsRangeText(s.Years)
	}
	return NotGiven
}

// NotGiven is what every view says of a time the sources do not give.
const NotGiven = "not given in the sources"

func unknownTime(d string) bool {
	switch strings.ToLower(strings.TrimSuffix(d, ".")) {
	case "varies", "not known", "unknown", "not given", NotGiven:
		return true
	}
	return false
}

// TotalText says how long a route typically takes, as a range, and how
// many of its steps have no typical time, so that a total is never shown
// as more certain than it is: "5 steps; about 4 to 6 years typically,
// plus 2 steps with no typical time in the sources." Every view (command
// line, explorer, plain mode) shows a route's total with it.
func (p Path) TotalText() string {
	n := len(p.Steps)
	known := YearsRangeText(p.Years())
	switch {
	case n == 0:
		return "You are already there."
	case known == "" && n == 1:
		return "1 step; the sources give no typical time for it."
	case known == "":
		return fmt.Sprintf("%d steps; the sources give no typical time for any of them.", n)
	case p.Unknown > 0:
		return fmt.Sprintf("%s; about %s typically, plus %s with no typical time in the sources.",
			Plural(n, "step"), known, Plural(p.Unknown, "step"))
	}
	return fmt.Sprintf("%s; about %s typically.", Plural(n, "step"), known)
}

// TimeText is a route's typical time in short, for a line in a list:
// "about 4 to 6 years", "about 4 years + 2 steps not known", or "time not
// given in the sources".
func (p Path) TimeText() string {
	known := YearsRangeText(p.Years())
	switch {
	case known == "":
		return "time " + NotGiven
	case p.Unknown > 0:
		return "about " + known + " + " + Plural(p.Unknown, "step") + " not known"
	}
	return "about " + known
}

// BandLabel says where a role sits, without certainty: "Band 6–7", or
// spoken for plain mode "Bands 6 to 7"; a medical grade's label; or "Band
// varies or not stated". Lists pair it with CertaintyMark.
func (c *Catalogue) BandLabel(r *Role, spoken bool) string {
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
	return NoBand
}

// NoBand is the label of a role with no band and no grade, and the name of
// its group in RolesByBand.
const NoBand = "Band varies or not stated"

// BandText says where a role sits and how sure the sources are, for the
// role card and plain mode: "Band 5", "Band 8a–8c (typical nationally;
// varies by trust)", "Band 4–5 (varies by trust)", "Band varies or not
// stated", or a medical grade's label. spoken, for plain mode and lists
// read aloud, writes "Bands 8a to 8c, typical nationally; varies by
// trust" (no brackets, so it can sit inside a list item's own). Lists
// that show many roles use BandLabel with CertaintyMark instead.
func (c *Catalogue) BandText(r *Role, spoken bool) string {
	s := c.BandLabel(r, spoken)
	if r.Grade != "" || len(r.Bands) == 0 {
		return s
	}
	words := ""
	switch r.BandCertainty {
	case BandTypical:
		words = "typical nationally; varies by trust"
	case BandVaries:
		words = "varies by trust"
	}
	switch {
	case words == "":
		return s
	case spoken:
		return s + ", " + words
	}
	return s + " (" + words + ")"
}

// CertaintyMark is a one-character mark of a role's band certainty for
// lists: "" when stated (or a medical grade), "~" when typical, "?" when it
// varies or is not stated. Show CertaintyLegend with any list that has one.
func CertaintyMark(r *Role) string {
	switch {
	case r.Grade != "":
		return ""
	case r.BandCertainty == BandVaries || len(r.Bands) == 0:
		return "?"
	case r.BandCertainty == BandTypical:
		return "~"
	}
	return ""
}

// CertaintyLegend explains the marks of CertaintyMark.
const CertaintyLegend = "~ band typical nationally, varies by trust · ? band varies by trust or not stated"

// BandDetail is BandText followed by the role's band note as a sentence,
// for a role card: "Band 3–4 (typical nationally; varies by trust).
// Support workers at band 3 and assistant practitioners at band 4."
func (c *Catalogue) BandDetail(r *Role, spoken bool) string {
	s := c.BandText(r, spoken)
	if n := strings.TrimSpace(r.BandNote); n != "" {
		s = Sentence(s) + " " + Sentence(capital(n))
	}
	return s
}

// capital starts s with a capital letter.
func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
