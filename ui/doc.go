package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// line is one line of a document. A line with a link can be selected, and
// enter opens it; its text is plain and styled when shown. A link longer
// than the width goes on over the lines after it, marked cont.
type line struct {
	text string
	link any
	cont bool // the rest of the link on the line above
}

// doc is a scrolling document whose links can be selected: j/k move from
// link to link and scroll through the text between them. It is shown in a
// pane, so it scrolls and marks "more" as every other pane does.
type doc struct {
	lines []line
	cur   int // selected line (-1: none)
	drawn int // the selection the pane's text was made for (-2: none yet)
	pane  *pane
	nav   navKeys
}

func newDoc() *doc { return &doc{cur: -1, drawn: -2, pane: newPane(), nav: newNavKeys()} }

// set replaces the text and selects the first link when nothing was.
func (d *doc) set(lines []line) {
	d.lines = lines
	off := d.off()
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	d.pane.set(texts) // the viewport must know the lines to scroll them
	d.pane.setOffset(off)
	d.drawn = -2
	if d.cur < 0 || d.cur >= len(lines) || !d.isLink(d.cur) {
		d.cur = d.nextLink(-1, 1)
	}
	d.clamp()
}

func (d *doc) resize(w, h int) { d.pane.resize(w, h); d.clamp(); d.drawn = -2 }

func (d *doc) h() int   { return d.pane.rows() }
func (d *doc) off() int { return d.pane.offset() }

func (d *doc) setOff(n int) { d.pane.setOffset(n) }

func (d *doc) clamp() { d.setOff(d.off()) }

func (d *doc) isLink(i int) bool { return d.lines[i].link != nil && !d.lines[i].cont }

func (d *doc) nextLink(from, dir int) int {
	for i := from + dir; i >= 0 && i < len(d.lines); i += dir {
		if d.isLink(i) {
			return i
		}
	}
	return -1
}

// selected is the intent of the selected link, or nil.
func (d *doc) selected() any {
	if d.cur < 0 || d.cur >= len(d.lines) {
		return nil
	}
	return d.lines[d.cur].link
}

func (d *doc) visible(i int) bool { return i >= d.off() && i < d.off()+d.h() }

// step moves one link or one line in direction dir.
func (d *doc) step(dir int) {
	next := d.nextLink(d.cur, dir)
	if d.cur >= 0 && !d.visible(d.cur) {
		next = -1 // the selection scrolled away: pick up the first link in view
		for i := d.off(); i < min(d.off()+d.h(), len(d.lines)); i++ {
			if d.isLink(i) {
				next = i
				break
			}
		}
	}
	edge := d.off() + d.h() // the line just below the window
	if dir < 0 {
		edge = d.off() - 1
	}
	switch {
	case next >= 0 && (d.visible(next) || next == edge):
		d.cur = next
		if next == edge {
			d.setOff(d.off() + dir)
		}
	default:
		d.setOff(d.off() + dir)
	}
}

func (d *doc) page(dir int) {
	d.setOff(d.off() + dir*max(d.h()-1, 1))
	if d.cur < 0 || !d.visible(d.cur) {
		if i := d.nextLink(d.off()-1, 1); i >= 0 && d.visible(i) {
			d.cur = i
		}
	}
}

// update handles a key; it returns the link opened with enter.
func (d *doc) update(msg tea.KeyPressMsg) (used bool, opened any) {
	n := d.nav
	switch {
	case key.Matches(msg, n.Open):
		if d.cur >= 0 && d.visible(d.cur) {
			return true, d.selected()
		}
		return true, nil
	case key.Matches(msg, n.Down):
		d.step(1)
	case key.Matches(msg, n.Up):
		d.step(-1)
	case key.Matches(msg, n.PageDown):
		d.page(1)
	case key.Matches(msg, n.PageUp):
		d.page(-1)
	case key.Matches(msg, n.Top):
		d.setOff(0)
		d.cur = d.nextLink(-1, 1)
	case key.Matches(msg, n.Bottom):
		d.setOff(len(d.lines))
		d.cur = d.nextLink(len(d.lines), -1)
	default:
		return false, nil
	}
	return true, nil
}

// click selects the link at line y; a click on the selected link opens it.
func (d *doc) click(y int) any {
	i := d.off() + y
	if y < 0 || y >= d.h() || i >= len(d.lines) || d.lines[i].link == nil {
		return nil
	}
	for i > 0 && d.lines[i].cont {
		i--
	}
	if i == d.cur {
		return d.lines[i].link
	}
	d.cur = i
	return nil
}

// view is the document in its pane; the selected link is highlighted.
func (d *doc) view(st *styles) []string {
	if d.drawn == d.cur {
		return d.pane.view(st)
	}
	d.drawn = d.cur
	w := d.pane.w
	out := make([]string, len(d.lines))
	sel := false
	for i, l := range d.lines {
		if l.link == nil {
			out[i], sel = l.text, false
			continue
		}
		if !l.cont {
			sel = i == d.cur
		}
		lead := "  "
		if sel && !l.cont {
			lead = "▸ "
		}
		if sel {
			out[i] = st.Selected.Render(fit(lead+l.text, w))
		} else {
			out[i] = lead + st.Link.Render(l.text)
		}
	}
	off := d.off()
	d.pane.set(out)
	d.pane.setOffset(off)
	return d.pane.view(st)
}

// linkLines wraps a link's text to w-2 cells (the room beside "▸ ").
func linkLines(text string, to any, w int) []line {
	var out []line
	for i, l := range wrap(text, w-2) {
		out = append(out, line{text: l, link: to, cont: i > 0})
	}
	return out
}
