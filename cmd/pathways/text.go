package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
)

// Styles for human output. The colour writer strips them when stdout is not
// a terminal or NO_COLOR is set.
var (
	headStyle  = lipgloss.NewStyle().Bold(true)
	labelStyle = lipgloss.NewStyle().Bold(true)
	dimStyle   = lipgloss.NewStyle().Faint(true)
	idStyle    = lipgloss.NewStyle().Foreground(lipgloss.Color("6"))
)

// clean makes catalogue text safe for the terminal.
func clean(s string) string { return catalogue.Clean(s) }

// printer writes aligned, wrapped human output.
type printer struct {
	w          io.Writer
	width      int
	wrapTables bool
	links      bool // web addresses are OSC 8 hyperlinks (a terminal with colour)
	marked     bool // a band certainty mark was shown: legend says what it means
}

func (a *app) printer() *printer {
	w := a.env.width
	if w <= 0 || !a.env.stdoutTTY {
		w = 80
	}
	return &printer{w: a.out, width: min(w, 100), wrapTables: a.env.stdoutTTY, links: wantLinks(a.env, a.out)}
}

func (p *printer) line(format string, args ...any) {
	s := strings.TrimRight(fmt.Sprintf(format, args...), " ")
	if p.links {
		s = hyperlink(s)
	}
	fmt.Fprintln(p.w, s)
}

// indented prints the lines of wrapped text after first (the first line)
// and pad (the rest); a web address that wrap put on a line of its own
// because it is wider than the room beside the indent starts at the left
// edge instead, so that it is never broken.
func (p *printer) indented(first, pad string, lines []string) {
	room := p.width - ansi.StringWidth(pad)
	for i, l := range lines {
		lead := pad
		if i == 0 {
			lead = first
		}
		if isURL(l) && !strings.Contains(l, " ") && ansi.StringWidth(l) > room {
			if i == 0 && strings.TrimSpace(first) != "" {
				p.line("%s", strings.TrimRight(first, " "))
			}
			p.line("%s", l)
			continue
		}
		p.line("%s%s", lead, l)
	}
}

// heading prints a heading, wrapped.
func (p *printer) heading(s string) {
	for _, l := range strings.Split(wrap(clean(s), p.width), "\n") {
		p.line("%s", headStyle.Render(l))
	}
}

// field prints "Label: value", wrapping the value under itself.
func (p *printer) field(label, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	const col = 14
	lbl := labelStyle.Render(fmt.Sprintf("%-*s", col, label+":"))
	body := wrap(clean(value), p.width-col-1)
	p.indented(lbl+" ", strings.Repeat(" ", col+1), strings.Split(body, "\n"))
}

// para prints wrapped text with an indent.
func (p *printer) para(indent, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	pad := strings.Repeat(" ", ansi.StringWidth(indent))
	p.indented(indent, pad, strings.Split(wrap(clean(text), p.width-len(pad)), "\n"))
}

// table prints rows with aligned columns; the last column wraps.
func (p *printer) table(header []string, rows [][]string) {
	widths := make([]int, len(header))
	for _, r := range append([][]string{header}, rows...) {
		for i, c := range r[:len(r)-1] {
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	lead := 0
	for _, w := range widths[:len(widths)-1] {
		lead += w + 2
	}
	// Piped, each row stays on one line, so that rows can be searched
	// with grep. On a terminal the last column wraps under itself when
	// there is room for it; when there is not, each row is stacked: its
	// other columns on one line, its last below, indented, so that the
	// terminal never breaks a row mid-word.
	lastWidth := p.width - lead
	switch {
	case !p.wrapTables:
		lastWidth = 1 << 20
	case lastWidth < 20:
		p.stacked(header, rows, widths)
		return
	}
	write := func(r []string, style lipgloss.Style) {
		var b strings.Builder
		for i, c := range r[:len(r)-1] {
			b.WriteString(style.Render(c + strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2)))
		}
		for i, l := range strings.Split(wrap(r[len(r)-1], lastWidth), "\n") {
			if i > 0 {
				b.WriteString("\n" + strings.Repeat(" ", lead))
			}
			b.WriteString(style.Render(l))
		}
		p.line("%s", b.String())
	}
	write(header, labelStyle)
	for _, r := range rows {
		for i := range r {
			r[i] = clean(r[i])
		}
		write(r, lipgloss.NewStyle())
	}
}

// stacked prints a table too wide for the terminal: for each row its
// other columns aligned on one line, then its last column below, indented
// by four; when even the other columns do not fit, the first alone, then
// each of the rest below it.
func (p *printer) stacked(header []string, rows [][]string, widths []int) {
	lead := 0
	for _, w := range widths[:len(widths)-1] {
		lead += w + 2
	}
	write := func(r []string, style lipgloss.Style) {
		below := r[len(r)-1:]
		if lead-2 <= p.width {
			var b strings.Builder
			for i, c := range r[:len(r)-1] {
				b.WriteString(c)
				if i < len(r)-2 {
					b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
				}
			}
			p.line("%s", style.Render(b.String()))
		} else {
			p.line("%s", style.Render(r[0]))
			below = r[1:]
		}
		for _, c := range below {
			for _, l := range strings.Split(wrap(c, p.width-4), "\n") {
				p.line("    %s", style.Render(l))
			}
		}
	}
	write(header, labelStyle)
	for _, r := range rows {
		for i := range r {
			r[i] = clean(r[i])
		}
		write(r, lipgloss.NewStyle())
	}
}

// shortBands is where a role sits, for tables: "6", "8a–8c", "medical",
// or "—" for no band, followed by the role's band certainty mark
// (catalogue.CertaintyMark: "~" typical nationally, "?" varies by trust
// or not stated), which legend explains.
func (p *printer) shortBands(r *catalogue.Role) string {
	s := "—"
	switch {
	case r.Grade != "":
		s = "medical"
	case len(r.Bands) == 1:
		s = r.Bands[0]
	case len(r.Bands) >= 2:
		s = r.Bands[0] + "–" + r.Bands[len(r.Bands)-1]
	}
	return p.mark(s, r)
}

// bandLabel is catalogue.BandLabel with the role's certainty mark, for
// lists of roles: "Band 6–7 ~".
func (p *printer) bandLabel(c *catalogue.Catalogue, r *catalogue.Role) string {
	return p.mark(c.BandLabel(r, false), r)
}

func (p *printer) mark(s string, r *catalogue.Role) string {
	if m := catalogue.CertaintyMark(r); m != "" {
		p.marked = true
		return s + " " + m
	}
	return s
}

// legend explains the certainty marks once, under a list that showed any.
func (p *printer) legend() {
	if !p.marked {
		return
	}
	p.marked = false
	if ansi.StringWidth(catalogue.CertaintyLegend) <= p.width {
		p.dim(catalogue.CertaintyLegend)
		return
	}
	for _, part := range strings.Split(catalogue.CertaintyLegend, " · ") {
		p.dim(part)
	}
}

// dim prints wrapped text, faint.
func (p *printer) dim(text string) {
	for _, l := range strings.Split(wrap(clean(text), p.width), "\n") {
		p.line("%s", dimStyle.Render(l))
	}
}

// nameErr turns a name lookup failure into a message with suggestions, or
// when there are none, the command that lists what there is.
func nameErr(err error) error {
	msg := clean(err.Error())
	var ne *catalogue.NameError
	if errors.As(err, &ne) && !ne.Ambiguous && len(ne.Candidates) == 0 {
		if list := listCommand[ne.Kind]; list != "" {
			msg += "; '" + list + "' lists them"
		}
	}
	return failf("%s", msg)
}

// listCommand is the command that lists each kind of name.
var listCommand = map[string]string{
	catalogue.KindRole: "pathways roles", catalogue.KindRoute: "pathways routes", catalogue.KindCase: "pathways cases",
	catalogue.KindProgramme: "pathways programmes", catalogue.KindAlliance: "pathways alliances",
	catalogue.KindFamily: "pathways ids family", catalogue.KindAccend: "pathways levels",
}

// wrap breaks text into lines of at most width cells, as ui.WrapWords
// does (web addresses never split), joined by newlines.
func wrap(text string, width int) string {
	return strings.Join(ui.WrapWords(text, width), "\n")
}
