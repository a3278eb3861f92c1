package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Layout limits.
const (
	minWidth   = 40  // below this, ask for a larger window
	minHeight  = 12  //
	twoPanes   = 98  // two panes from this body width: a 100-column terminal
	maxReading = 100 // cap on the width of running text
)

// clean makes catalogue text safe to print and puts it on one line.
func clean(s string) string {
	return strings.Join(strings.Fields(catalogue.Clean(s)), " ")
}

// wrap breaks text into lines of at most w cells.
func wrap(s string, w int) []string {
	if w < 1 {
		w = 1
	}
	if s == "" {
		return nil
	}
	return strings.Split(ansi.Wrap(s, w, ""), "\n")
}

// fit truncates a line to w cells and pads it to exactly w.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n := ansi.StringWidth(s)
	if n > w {
		return ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-n)
}

// box lays lines into a w×h block: each line fitted, missing lines blank.
func box(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", max(w, 0))
		}
	}
	return out
}

// panes puts two blocks side by side with a rule between them.
func panes(st *styles, left, right []string, lw, rw, h int) string {
	l, r := box(left, lw, h), box(right, rw, h)
	sep := st.Border.Render(" │ ")
	var b strings.Builder
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l[i])
		b.WriteString(sep)
		b.WriteString(r[i])
	}
	return b.String()
}

// split gives the widths of two panes in w cells (3 go to the rule).
func split(w, leftMin, leftMax int) (int, int) {
	lw := min(max(w*2/5, leftMin), leftMax)
	return lw, w - lw - 3
}

// trimRight removes trailing spaces from every line, so that goldens and
// copied text have no invisible tails.
func trimRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// pay formats a band's pay range.
func pay(b *catalogue.Band) string {
	switch {
	case b == nil || b.PayFrom == 0:
		return ""
	case b.PayTo == 0 || b.PayTo == b.PayFrom:
		return catalogue.Pounds(b.PayFrom)
	}
	return catalogue.Pounds(b.PayFrom) + "–" + catalogue.Pounds(b.PayTo)
}

// bandLabel describes where a role sits: "Band 6–7", or its medical grade.
func bandLabel(cat *catalogue.Catalogue, r *catalogue.Role) string {
	return clean(cat.BandLabel(r, false))
}

// rolePay is the pay range across a role's bands.
func rolePay(cat *catalogue.Catalogue, r *catalogue.Role) string {
	ids := cat.RoleBands(r)
	if len(ids) == 0 {
		return ""
	}
	lo, hi := cat.Band(ids[0]), cat.Band(ids[len(ids)-1])
	if lo == nil || hi == nil || lo.PayFrom == 0 {
		return ""
	}
	top := hi.PayTo
	if top == 0 {
		top = hi.PayFrom
	}
	if top == lo.PayFrom {
		return catalogue.Pounds(top) + " (" + clean(lo.PayYear) + ")"
	}
	return catalogue.Pounds(lo.PayFrom) + "–" + catalogue.Pounds(top) + " (" + clean(lo.PayYear) + ")"
}

// roleTitle is a role's title by id, or the id when the role is unknown.
func roleTitle(cat *catalogue.Catalogue, id string) string {
	if r := cat.Role(id); r != nil {
		return clean(r.Title)
	}
	return clean(id)
}

// years says a typical time in words.
func years(y float64, unknown int) string {
	var s string
	switch {
	case y == 0:
		s = "not known"
	case y == float64(int(y)):
		s = fmt.Sprintf("about %d year%s", int(y), plural(int(y)))
	default:
		s = fmt.Sprintf("about %.1f years", y)
	}
	if unknown > 0 && y > 0 {
		s += fmt.Sprintf(" (and %d step%s with no typical time)", unknown, plural(unknown))
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string { return fmt.Sprint(n) }
