package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// reader shows a case study: who and where, the roles it features (tab to
// choose one, enter to open it), and the story rendered with Glamour in a
// scrolling pane that can be searched.
type reader struct {
	sh              *shared
	id              string
	lines, plain    []string // the rendered story, and without styling
	want            renderKey
	failed          string
	off, role       int
	w, h, textW     int
	search          field
	searching       bool
	query           string
	matches         []int // lines with a match
	hit             int   // current match
	nav             navKeys
	slash, nxt, prv key.Binding
	tab, open       key.Binding
}

func newReader(sh *shared, id string) *reader {
	r := &reader{sh: sh, id: id, nav: newNavKeys(), role: 0,
		slash: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		nxt:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/previous match")),
		prv:   key.NewBinding(key.WithKeys("N")),
		tab:   key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "choose a role")),
		open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open the role")),
	}
	r.search.prompt = "Search: "
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
	c := r.sh.cat.Case(r.id)
	if c == nil {
		return nil
	}
	k := renderKey{id: r.id, width: r.textW, theme: themeKey(r.sh.st)}
	if out, ok := r.sh.rendered[k]; ok {
		r.setText(k, out)
		return nil
	}
	if r.want == k && r.lines == nil {
		return nil // already asked for
	}
	r.want, r.lines = k, nil
	return renderCase(k, c.Body)
}

func (r *reader) setText(k renderKey, out string) {
	r.want, r.failed = k, ""
	r.lines = strings.Split(out, "\n")
	r.plain = make([]string, len(r.lines))
	for i, l := range r.lines {
		r.plain[i] = ansi.Strip(l)
	}
	r.find()
	r.scroll(0)
}

// textHeight is the height of the story pane.
func (r *reader) textHeight() int {
	h := r.h - 1 // status line
	if !r.wide() {
		h -= len(r.meta(r.w, false)) + 1
	}
	return max(h, 1)
}

func (r *reader) scroll(by int) {
	r.off = max(0, min(r.off+by, len(r.lines)-r.textHeight()))
}

func (r *reader) update(msg tea.Msg) (any, tea.Cmd) {
	switch msg := msg.(type) {
	case renderedMsg:
		if msg.key == r.want {
			if msg.err != nil {
				r.failed = msg.err.Error()
			} else {
				r.setText(msg.key, msg.out)
			}
		}
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
			r.find()
		case "esc":
			r.searching = false
			r.search.set(r.query)
		default:
			if !r.search.update(k) {
				return notUsed{}, nil
			}
		}
		return nil, nil
	}
	n := r.nav
	roles := r.caseRoles()
	switch {
	case key.Matches(k, r.slash):
		r.searching = true
		r.search.set("")
	case key.Matches(k, r.nxt):
		r.next(1)
	case key.Matches(k, r.prv):
		r.next(-1)
	case key.Matches(k, r.tab) && len(roles) > 0:
		step := 1
		if k.String() == "shift+tab" {
			step = len(roles) - 1
		}
		r.role = (r.role + step) % len(roles)
	case key.Matches(k, r.open) && len(roles) > 0:
		return openRole{id: roles[r.role]}, nil
	case key.Matches(k, n.Down):
		r.scroll(1)
	case key.Matches(k, n.Up):
		r.scroll(-1)
	case key.Matches(k, n.PageDown):
		r.scroll(r.textHeight() - 1)
	case key.Matches(k, n.PageUp):
		r.scroll(1 - r.textHeight())
	case key.Matches(k, n.Top):
		r.off = 0
	case key.Matches(k, n.Bottom):
		r.scroll(len(r.lines))
	case k.String() == "esc" && r.query != "":
		r.query, r.matches = "", nil
		r.search.set("")
	default:
		return notUsed{}, nil
	}
	return nil, nil
}

func (r *reader) caseRoles() []string {
	if c := r.sh.cat.Case(r.id); c != nil {
		return c.Roles
	}
	return nil
}

// find lists the lines that match the query and shows the first match at or
// below the top of the pane.
func (r *reader) find() {
	r.matches, r.hit = nil, 0
	q := strings.ToLower(strings.TrimSpace(r.query))
	if q == "" {
		return
	}
	for i, l := range r.plain {
		if strings.Contains(strings.ToLower(l), q) {
			r.matches = append(r.matches, i)
		}
	}
	for i, at := range r.matches {
		if at >= r.off {
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
	r.show()
}

func (r *reader) show() {
	if len(r.matches) == 0 {
		return
	}
	at := r.matches[r.hit]
	if at < r.off || at >= r.off+r.textHeight() {
		r.off = at - r.textHeight()/3
		r.scroll(0)
	}
}

func (r *reader) keys() help.KeyMap {
	n := r.nav
	if r.searching {
		return keyMap{short: []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "find")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))}}
	}
	return keyMap{
		short: []key.Binding{n.Down, n.PageDown, r.slash, r.nxt, r.tab, r.open},
		full:  [][]key.Binding{append(n.list(), r.slash, r.nxt, r.tab, r.open)},
	}
}

// status is the line under the story: search, matches or position.
func (r *reader) status() string {
	st := r.sh.st
	switch {
	case r.searching:
		return r.search.view(st, true)
	case r.query != "" && len(r.matches) == 0:
		return st.Warn.Render("No match for “" + clean(r.query) + "”")
	case r.query != "":
		return st.Muted.Render(fmt.Sprintf("Match %d of %d for “%s” · n/N next/previous · esc clears", r.hit+1, len(r.matches), clean(r.query)))
	case len(r.lines) > r.textHeight():
		end := min(r.off+r.textHeight(), len(r.lines))
		return st.Muted.Render(fmt.Sprintf("Lines %d–%d of %d", r.off+1, end, len(r.lines)))
	}
	return ""
}
