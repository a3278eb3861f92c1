package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// line is one line of a document. A line with a link can be selected, and
// enter opens it; its text is plain and styled when shown.
type line struct {
	text string
	link any
}

// doc is a scrolling document whose links can be selected: j/k move from
// link to link and scroll through the text between them.
type doc struct {
	lines    []line
	cur, off int // selected line (-1: none), first visible line
	w, h     int
	nav      navKeys
}

func newDoc() *doc { return &doc{cur: -1, nav: newNavKeys()} }

// set replaces the text and selects the first link when nothing was.
func (d *doc) set(lines []line) {
	d.lines = lines
	if d.cur < 0 || d.cur >= len(lines) || lines[d.cur].link == nil {
		d.cur = d.nextLink(-1, 1)
	}
	d.clamp()
}

func (d *doc) resize(w, h int) { d.w, d.h = w, h; d.clamp() }

func (d *doc) maxOff() int { return max(0, len(d.lines)-d.h) }

func (d *doc) clamp() {
	d.off = max(0, min(d.off, d.maxOff()))
}

func (d *doc) nextLink(from, dir int) int {
	for i := from + dir; i >= 0 && i < len(d.lines); i += dir {
		if d.lines[i].link != nil {
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

func (d *doc) visible(i int) bool { return i >= d.off && i < d.off+d.h }

// step moves one link or one line in direction dir.
func (d *doc) step(dir int) {
	next := d.nextLink(d.cur, dir)
	if d.cur >= 0 && !d.visible(d.cur) {
		next = -1 // the selection scrolled away: pick up the first link in view
		for i := d.off; i < min(d.off+d.h, len(d.lines)); i++ {
			if d.lines[i].link != nil {
				next = i
				break
			}
		}
	}
	edge := d.off + d.h // the line just below the window
	if dir < 0 {
		edge = d.off - 1
	}
	if next >= 0 && (d.visible(next) || next == edge) {
		d.cur = next
		if next == edge {
			d.off += dir
		}
	} else {
		d.off += dir
	}
	d.clamp()
}

func (d *doc) page(dir int) {
	d.off += dir * max(d.h-1, 1)
	d.clamp()
	if d.cur < 0 || !d.visible(d.cur) {
		if i := d.nextLink(d.off-1, 1); i >= 0 && d.visible(i) {
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
		d.off, d.cur = 0, d.nextLink(-1, 1)
	case key.Matches(msg, n.Bottom):
		d.off, d.cur = d.maxOff(), d.nextLink(len(d.lines), -1)
	default:
		return false, nil
	}
	return true, nil
}

// click selects the link at line y; a click on the selected link opens it.
func (d *doc) click(y int) any {
	i := d.off + y
	if y < 0 || i >= len(d.lines) || d.lines[i].link == nil {
		return nil
	}
	if i == d.cur {
		return d.lines[i].link
	}
	d.cur = i
	return nil
}

func (d *doc) view(st *styles) []string {
	end := min(d.off+d.h, len(d.lines))
	more := end < len(d.lines) && d.h > 2
	if more {
		end-- // the last line says there is more
	}
	out := make([]string, 0, d.h)

	for i := d.off; i < end; i++ {
		l := d.lines[i]
		switch {
		case l.link == nil:
			out = append(out, l.text)
		case i == d.cur:
			out = append(out, st.Selected.Render(fit("▸ "+l.text, d.w)))
		default:
			out = append(out, "  "+st.Link.Render(l.text))
		}
	}
	if more {
		out = append(out, st.Muted.Render("  ↓ more below"))
	}
	return out
}
