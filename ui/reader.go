package ui

import (
	"context"
	"errors"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// reader shows a case study: the story rendered from Markdown, and who and
// where it comes from, its summary, themes, roles (links), note and
// sources. Wide, the story and the side pane scroll on their own (tab
// moves between them); narrow, all of it is one document. The story can be
// searched with /.
type reader struct {
	sh           *shared
	id           string
	lines, plain []string // the rendered story, and without styling
	want         renderKey
	failed       string
	w, h, textW  int
	story        *pane // wide: the story
	side         *doc  // wide: the side pane
	one          *doc  // narrow: the side pane's text, then the story
	focus        int   // wide: 0 the story, 1 the side pane
	search       field
	searching    bool
	query        string
	matches      []int // story lines with a match
	hit          int   // current match
	nav          navKeys
	slash        key.Binding
	nxt, prv     key.Binding
	tab, open    key.Binding
}

func newReader(sh *shared, id string) *reader {
	r := &reader{sh: sh, id: id, nav: newNavKeys(), story: newPane(), side: newDoc(), one: newDoc(),
		slash: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search the story")),
		nxt:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/previous match")),
		prv:   key.NewBinding(key.WithKeys("N")),
		tab:   key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "other pane / next role")),
		open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open the role")),
	}
	r.search = newField("Search: ")
	return r
}

func (r *reader) title() string {
	if c := r.sh.cat.Case(r.id); c != nil {
		return clean(c.Title)
	}
	return "Case study"
}

func (r *reader) typing() bool { return r.searching }

func (r *reader) wide() bool { return r.w >= twoPanes }

func (r *reader) resize(w, h int) tea.Cmd {
	r.w, r.h = w, h
	r.textW = min(w, maxReading)
	if r.wide() {
		lw, _ := split(w, 30, 40)
		r.textW = min(w-lw-3, maxReading)
	}
	r.layout()
	c := r.sh.cat.Case(r.id)
	if c == nil {
		return nil
	}
	// Glamour can overrun its width by a cell: ask for one fewer.
	k := renderKey{id: r.id, width: max(r.textW-1, 1), theme: themeKey(r.sh.st)}
	if out, ok := r.sh.rendered[k]; ok {
		r.setText(k, out)
		return nil
	}
	if r.want == k && r.lines == nil {
		return nil // already asked for
	}
	r.want, r.lines = k, nil
	r.layout()
	return renderCase(k, c.Body)
}

func (r *reader) setText(k renderKey, out string) {
	r.want, r.failed = k, ""
	r.lines = r.lines[:0]
	for _, l := range strings.Split(out, "\n") {
		// The renderer never splits a web address, so a longer one than
		// the pane runs past its edge: break it for display only, so that
		// every character can be read rather than cut off.
		if r.textW > 0 && ansi.StringWidth(l) > r.textW {
			r.lines = append(r.lines, strings.Split(ansi.Hardwrap(l, r.textW, true), "\n")...)
			continue
		}
		r.lines = append(r.lines, l)
	}
	r.plain = make([]string, len(r.lines))
	for i, l := range r.lines {
		r.plain[i] = ansi.Strip(l)
	}
	r.layout()
	r.find()
}

// layout sizes the panes and gives them their text.
func (r *reader) layout() {
	h := max(r.h-1, 1) // the status line
	if r.wide() {
		lw, _ := split(r.w, 30, 40)
		r.story.resize(r.textW, h)
		r.story.set(r.storyLines())
		r.side.resize(lw, r.h)
		r.side.set(r.meta(lw))
		return
	}
	off := r.one.off()
	r.one.resize(r.textW, h)
	lines := append(r.meta(r.textW), line{text: r.sh.st.Border.Render(strings.Repeat("─", r.textW))})
	for _, l := range r.storyLines() {
		lines = append(lines, line{text: l})
	}
	r.one.set(lines)
	r.one.setOff(off)
}

// storyAt is the first line of the story in the narrow document.
func (r *reader) storyAt() int {
	if r.wide() {
		return 0
	}
	return len(r.meta(r.textW)) + 1
}

func (r *reader) update(msg tea.Msg) (any, tea.Cmd) {
	switch msg := msg.(type) {
	case renderedMsg:
		if msg.key == r.want && !errors.Is(msg.err, context.Canceled) {
			if msg.err != nil {
				r.failed = msg.err.Error()
				r.layout()
			} else {
				r.setText(msg.key, msg.out)
			}
		}
		return nil, nil
	case clickMsg:
		if !r.wide() {
			return r.one.click(msg.y), nil
		}
		if lw, _ := split(r.w, 30, 40); msg.x > r.textW+1 && msg.x < r.textW+3+lw {
			r.focus = 1
			return r.side.click(msg.y), nil
		}
		r.focus = 0
		return nil, nil
	case tea.KeyPressMsg:
		return r.key(msg)
	}
	return nil, nil
}

func (r *reader) key(k tea.KeyPressMsg) (any, tea.Cmd) {
	if r.searching {
		switch k.String() {
		case "enter":
			r.searching, r.query = false, r.search.value()
			r.search.blur()
			r.find()
		case "esc":
			r.searching = false
			r.search.blur()
			r.search.set(r.query)
		default:
			if !r.search.update(k) {
				return notUsed{}, nil
			}
		}
		return nil, nil
	}
	if in, cmd, ok := handoutKeys(k, r.handout); ok {
		return in, cmd
	}
	switch {
	case key.Matches(k, r.slash):
		r.searching = true
		r.search.set("")
		r.search.focus()
	case key.Matches(k, r.nxt):
		r.next(1)
	case key.Matches(k, r.prv):
		r.next(-1)
	case key.Matches(k, r.tab):
		if r.wide() {
			r.focus = 1 - r.focus
		} else if i := r.one.nextLink(r.one.cur, 1); i >= 0 {
			r.one.cur = i
			r.one.pane.show(i)
		} else if i := r.one.nextLink(-1, 1); i >= 0 {
			r.one.cur = i
			r.one.pane.show(i)
		}
	case k.String() == "esc" && r.query != "":
		r.query, r.matches = "", nil
		r.search.set("")
		r.layout()
	case r.wide() && r.focus == 0 && key.Matches(k, r.open):
		if it := r.side.selected(); it != nil {
			return it, nil
		}
	case r.wide() && r.focus == 0:
		if !r.story.update(k) {
			return notUsed{}, nil
		}
	default:
		d := r.one
		if r.wide() {
			d = r.side
		}
		used, link := d.update(k)
		if !used {
			return notUsed{}, nil
		}
		return link, nil
	}
	return nil, nil
}

// find lists the story lines that match the query and shows the first
// match at or below the top of the view.
func (r *reader) find() {
	r.matches, r.hit = nil, 0
	q := strings.ToLower(strings.TrimSpace(r.query))
	if q != "" {
		for i, l := range r.plain {
			if strings.Contains(strings.ToLower(l), q) {
				r.matches = append(r.matches, i)
			}
		}
	}
	r.layout()
	top := r.story.offset()
	if !r.wide() {
		top = r.one.off() - r.storyAt()
	}
	for i, at := range r.matches {
		if at >= top {
			r.hit = i
			break
		}
	}
	r.show()
}

func (r *reader) next(dir int) {
	if len(r.matches) == 0 {
		return
	}
	r.hit = (r.hit + dir + len(r.matches)) % len(r.matches)
	r.layout()
	r.show()
}

func (r *reader) show() {
	if len(r.matches) == 0 {
		return
	}
	at := r.matches[r.hit]
	if r.wide() {
		r.story.show(at)
		return
	}
	r.one.pane.show(r.storyAt() + at)
}

func (r *reader) keys() help.KeyMap {
	n := r.nav
	if r.searching {
		return keyMap{short: []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "find")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))}}
	}
	return keyMap{
		short: []key.Binding{n.Down, n.PageDown, r.slash, r.tab, r.open},
		full:  [][]key.Binding{append(n.list(), r.slash, r.nxt, r.tab, r.open, saveKey, copyKey)},
	}
}
