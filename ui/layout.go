package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
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

// clean makes catalogue text safe to print and puts it on one line, with
// the characters whose width terminals disagree on left out (steady).
func clean(s string) string {
	return strings.Join(strings.Fields(steady(catalogue.Clean(s))), " ")
}

// steady leaves out the characters that join or change the character
// before them, so that every character left has the width terminals draw
// it with: a variation selector (🎙️ is one cell in tmux, two in a
// grapheme-aware measure), a skin-tone modifier (💅🏻 is four cells in
// tmux, two in the measure), the zero-width joiner of an emoji sequence,
// the keycap mark, the tag characters of subdivision flags and the
// regional indicators of flags. Counted wrongly, they move the two-pane
// divider. "💅🏻 Nail care" becomes "💅 Nail care"; ASCII text is returned
// as it is.
func steady(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return strings.Map(func(r rune) rune {
				if unsteady(r) {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}

func unsteady(r rune) bool {
	switch {
	case r == 0x200D, r == 0x20E3: // zero-width joiner, keycap
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF: // variation selectors
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin-tone modifiers
	case r >= 0xE0000 && r <= 0xE007F: // tags
	case r >= 0x1F1E6 && r <= 0x1F1FF: // regional indicators
	default:
		return false
	}
	return true
}

// wrap breaks plain text into lines of at most w cells, at spaces. Words
// longer than w are broken; so is a web address, on lines of its own (see
// wrapLinks), so that every character of it can be read.
// Never give it styled text: style each line afterwards (st.wrap does).
func wrap(s string, w int) []string {
	lines, _ := wrapLinks(s, w)
	return lines
}

// wrapLinks is wrap that also gives, for each line, the whole web address
// when the line is one piece of an address too wide for w (else "").
func wrapLinks(s string, w int) (lines, targets []string) {
	w = max(w, 1)
	for _, para := range strings.Split(s, "\n") {
		cur, cw := "", 0
		flush := func() {
			if cur != "" {
				lines, targets = append(lines, cur), append(targets, "")
			}
			cur, cw = "", 0
		}
		for _, word := range strings.Fields(para) {
			ww := ansi.StringWidth(word)
			switch {
			case cw > 0 && cw+1+ww <= w:
				cur, cw = cur+" "+word, cw+1+ww
				continue
			case ww <= w:
				flush()
				cur, cw = word, ww
				continue
			}
			flush()
			parts := strings.Split(ansi.Hardwrap(word, w, false), "\n")
			if isURL(word) {
				target := strings.TrimRight(word, ".,;:)")
				for _, p := range parts {
					lines, targets = append(lines, p), append(targets, target)
				}
				continue
			}
			for _, p := range parts[:len(parts)-1] {
				lines, targets = append(lines, p), append(targets, "")
			}
			cur = parts[len(parts)-1]
			cw = ansi.StringWidth(cur)
		}
		flush()
	}
	return lines, targets
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "www.")
}

// wrap wraps plain text, then styles each line on its own, so that a style
// never runs past a line break; web addresses become hyperlinks.
func (st *styles) wrap(s lipgloss.Style, text string, w int) []string {
	lines, targets := wrapLinks(text, w)
	for i, l := range lines {
		if targets[i] != "" && st.theme != themeNoColour {
			// One piece of a long address: each piece links to the whole.
			lines[i] = ansi.SetHyperlink(targets[i]) + s.Render(l) + ansi.ResetHyperlink()
			continue
		}
		lines[i] = st.links(s.Render(l))
	}
	return lines
}

// links makes every web address in a line an OSC 8 hyperlink whose target
// is the whole address, on terminals with colour (not with NO_COLOR).
func (st *styles) links(line string) string {
	if st.theme == themeNoColour || !strings.Contains(line, "://") {
		return line
	}
	var b strings.Builder
	for i, word := range strings.Split(line, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		plain := ansi.Strip(word)
		if !isURL(plain) {
			b.WriteString(word)
			continue
		}
		at := strings.Index(word, plain)
		if at < 0 {
			b.WriteString(word)
			continue
		}
		target := strings.TrimRight(plain, ".,;:)")
		b.WriteString(word[:at] + ansi.SetHyperlink(target) + plain + ansi.ResetHyperlink() + word[at+len(plain):])
	}
	return b.String()
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

// pay is a band's pay range without its year, in the catalogue's words,
// for the ladder's headings; the ladder says the year once (PayNote).
func pay(b *catalogue.Band) string {
	if b == nil || b.PayFrom == 0 {
		return ""
	}
	return clean(catalogue.PayRangeText(b.PayFrom, b.PayTo, "", time.Now()))
}

// bandLabel describes where a role sits, for lists: "Band 6–7", its
// medical grade, or "Band varies or not stated", with the certainty mark
// of catalogue.CertaintyMark ("~" typical, "?" varies) explained by
// catalogue.CertaintyLegend where the list is shown.
func bandLabel(cat *catalogue.Catalogue, r *catalogue.Role) string {
	s := clean(cat.BandLabel(r, false))
	if m := catalogue.CertaintyMark(r); m != "" && len(r.Bands) > 0 {
		s += " " + m
	}
	return s
}

// rolePay is the pay range across a role's bands, in the catalogue's words.
func rolePay(cat *catalogue.Catalogue, r *catalogue.Role) string {
	return clean(cat.PayText(r, time.Now()))
}

// roleTitle is a role's title by id, or the id when the role is unknown.
func roleTitle(cat *catalogue.Catalogue, id string) string {
	if r := cat.Role(id); r != nil {
		return clean(r.Title)
	}
	return clean(id)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string { return fmt.Sprint(n) }

// lineWidth is the width of a line in cells, escape sequences left out.
func lineWidth(s string) int { return ansi.StringWidth(s) }
