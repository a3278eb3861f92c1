package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// pane is the one scrolling block of text of the explorer: a Bubbles
// viewport with the explorer's keys (j/k, pgup/pgdn or space, g/G) and, when
// the text is longer than the block, a last line that says so ("↓ more",
// then "end") and where the view is. Every pane that can hold more than
// fits is one: the case study's story and side pane, the role card (through
// doc), the stepper's step, help.
type pane struct {
	vp   viewport.Model
	nav  navKeys
	w, h int    // the block, the mark line included
	n    int    // lines of text
	hint string // the keys that scroll it, for the mark
}

func newPane() *pane {
	p := &pane{vp: viewport.New(), nav: newNavKeys(), hint: "pgdn/space"}
	p.vp.KeyMap = viewport.KeyMap{} // the explorer's keys, below
	return p
}

// resize sets the block's size in cells.
func (p *pane) resize(w, h int) {
	p.w, p.h = max(w, 1), max(h, 1)
	p.layout()
}

// set replaces the text: lines already wrapped to the width (a longer line,
// a web address, is shortened to fit; the address stays whole in its link).
func (p *pane) set(lines []string) {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l
		if strings.ContainsRune(l, '\x1b') || len(l) > p.w {
			out[i] = clip(l, p.w)
		}
	}
	p.n = len(out)
	p.vp.SetContentLines(out)
	p.layout()
}

// clip shortens a line wider than w; shorter lines are left alone.
func clip(s string, w int) string {
	if lineWidth(s) <= w {
		return s
	}
	return fit(s, w)
}

func (p *pane) layout() {
	p.vp.SetWidth(p.w)
	p.vp.SetHeight(p.rows())
	p.vp.SetYOffset(p.vp.YOffset())
}

// overflows reports whether the text is longer than the block.
func (p *pane) overflows() bool { return p.n > p.h && p.h > 1 }

// rows is how many lines of text are in view: one fewer when the mark is shown.
func (p *pane) rows() int {
	if p.overflows() {
		return p.h - 1
	}
	return p.h
}

func (p *pane) offset() int { return p.vp.YOffset() }

func (p *pane) setOffset(n int) { p.vp.SetYOffset(n) }

// show scrolls so that line i is in view.
func (p *pane) show(i int) {
	if i < p.offset() || i >= p.offset()+p.rows() {
		p.setOffset(i - p.rows()/3)
	}
}

// update scrolls on a key; it reports whether the key was a scrolling key.
func (p *pane) update(msg tea.KeyPressMsg) bool {
	n := p.nav
	switch {
	case key.Matches(msg, n.Down):
		p.vp.ScrollDown(1)
	case key.Matches(msg, n.Up):
		p.vp.ScrollUp(1)
	case key.Matches(msg, n.PageDown):
		p.vp.ScrollDown(max(p.rows()-1, 1))
	case key.Matches(msg, n.PageUp):
		p.vp.ScrollUp(max(p.rows()-1, 1))
	case key.Matches(msg, n.Top):
		p.vp.GotoTop()
	case key.Matches(msg, n.Bottom):
		p.vp.GotoBottom()
	default:
		return false
	}
	return true
}

// atEnd reports whether the last line is in view.
func (p *pane) atEnd() bool { return !p.overflows() || p.vp.AtBottom() }

// view is the block: exactly h lines (fewer when the text is shorter),
// the last one the mark when the text overflows.
func (p *pane) view(st *styles) []string {
	if p.n == 0 {
		return nil
	}
	lines := strings.Split(p.vp.View(), "\n")
	if !p.overflows() {
		return lines[:min(len(lines), p.n)]
	}
	return append(lines, st.Muted.Render(p.mark()))
}

// mark says there is more, and where the view is.
func (p *pane) mark() string {
	from, to := p.offset()+1, min(p.offset()+p.rows(), p.n)
	where := fmt.Sprintf("lines %d–%d of %d", from, to, p.n)
	if p.atEnd() {
		return fitText("↑ end · "+where, p.w)
	}
	return fitText("↓ more · "+where+" · "+p.hint, p.w)
}

// fitText shortens a mark to w cells at a space, without a truncation mark.
func fitText(s string, w int) string {
	for lineWidth(s) > w {
		i := strings.LastIndex(s, " ")
		if i <= 0 {
			return ""
		}
		s = s[:i]
	}
	return s
}
