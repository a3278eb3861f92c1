package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// finder picks a start and a goal from lists the user filters by typing,
// then shows the shortest route, the alternatives, and where the start can
// lead within a few steps. Enter on a route opens it in the stepper.
type finder struct {
	sh                    *shared
	from, to              string
	lists                 [2]*list // from, to
	focus                 int      // 0 from, 1 to, 2 results
	results               *doc
	within                int
	byYears               bool
	w, h                  int
	tab, more, less, mode key.Binding
}

const maxAlternatives = 5

func newFinder(sh *shared, from, to string) *finder {
	roles := append([]*catalogue.Role(nil), sh.cat.Roles...)
	sort.SliceStable(roles, func(i, j int) bool { return roles[i].Title < roles[j].Title })
	items := make([]item, len(roles))
	for i, r := range roles {
		items[i] = item{text: clean(r.Title), right: bandLabel(sh.cat, r), value: r.ID,
			match: catalogue.Norm(r.Title + " " + strings.Join(r.Aliases, " ")), names: roleNamed(sh.cat, r.ID)}
	}
	f := &finder{sh: sh, from: from, to: to, results: newDoc(), within: 2,
		tab:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next box")),
		more: key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", "more or fewer steps")),
		less: key.NewBinding(key.WithKeys("-")),
		mode: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "shortest by steps or years")),
	}
	for i := range f.lists {
		f.lists[i] = newList(append([]item(nil), items...), true)
		f.lists[i].empty = "No roles in the catalogue."
	}
	f.lists[0].selectValue(from)
	f.lists[1].selectValue(to)
	switch {
	case from != "" && to != "":
		f.focus = 2
	case from != "":
		f.focus = 1
	}
	return f
}

func (f *finder) title() string { return "Find a route" }
func (f *finder) typing() bool  { return f.focus < 2 }

func (f *finder) resize(w, h int) tea.Cmd {
	f.w, f.h = w, h
	f.layout()
	return nil
}

// layout gives the lists room while choosing, and the results room after.
func (f *finder) layout() {
	w, h := f.w, f.h
	lw := (w - 3) / 2
	lh := f.listHeight()
	f.lists[0].resize(lw, lh)
	f.lists[1].resize(w-3-lw, lh)
	f.results.resize(w, max(h-lh-2-len(f.labels()[0]), 1))
	f.results.set(f.lines())
}

func (f *finder) listHeight() int {
	if f.focus == 2 {
		return 3
	}
	return max(min(f.h/2-1, 9), 3)
}

func (f *finder) update(msg tea.Msg) (any, tea.Cmd) {
	if c, ok := msg.(clickMsg); ok {
		return f.click(c), nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	if key.Matches(k, f.tab) {
		f.focus = (f.focus + 1) % 3
		f.layout()
		return nil, nil
	}
	if k.String() == "shift+tab" {
		f.focus = (f.focus + 2) % 3
		f.layout()
		return nil, nil
	}
	if f.focus < 2 {
		used, it := f.lists[f.focus].update(k)
		if it != nil {
			f.choose(it)
		}
		if used {
			return nil, nil
		}
		return notUsed{}, nil
	}
	switch {
	case key.Matches(k, f.more):
		f.within = min(f.within+1, 6)
	case key.Matches(k, f.less):
		f.within = max(f.within-1, 1)
	case key.Matches(k, f.mode):
		f.byYears = !f.byYears
	default:
		used, link := f.results.update(k)
		if !used {
			return notUsed{}, nil
		}
		return link, nil
	}
	f.results.set(f.lines())
	return nil, nil
}

// click focuses what was clicked: a role in either list (a second click
// chooses it) or a route in the results (a second click opens it).
func (f *finder) click(c clickMsg) any {
	lh, top := f.listHeight(), len(f.labels()[0])
	if c.y > lh+top {
		if f.focus != 2 {
			f.focus = 2
			f.layout()
			return nil
		}
		return f.results.click(c.y - lh - top - 1)
	}
	i := 0
	if c.x > (f.w-3)/2+1 {
		i = 1
	}
	if f.focus != i {
		f.focus = i
		f.layout()
	}
	if it := f.lists[i].click(c.y - top); it != nil {
		return f.choose(it)
	}
	return nil
}

// choose takes a role from the focused list and moves on.
func (f *finder) choose(it *item) any {
	if f.focus == 0 {
		f.from = it.value.(string)
	} else {
		f.to = it.value.(string)
	}
	f.focus++
	if f.focus == 1 && f.to != "" {
		f.focus = 2
	}
	f.results.cur = -1
	f.results.setOff(0)
	f.layout()
	return nil
}

// lines lays out the results: routes, then where the start leads. Every
// line is wrapped to the width, never cut.
func (f *finder) lines() []line {
	st, cat := f.sh.st, f.sh.cat
	g := cat.Graph()
	w := max(f.w, 1)
	var out []line
	styled := func(style lipgloss.Style, s string) {
		for _, l := range st.wrap(style, s, w) {
			out = append(out, line{text: l})
		}
	}
	// What the marks on the lists' bands mean: first while the lists are
	// in use, last under the routes.
	legend := func() {
		for _, l := range st.legend(w) {
			out = append(out, line{text: l})
		}
	}
	marked := false
	for _, r := range cat.Roles {
		marked = marked || hasMark(r)
	}
	if marked && f.focus < 2 {
		legend()
	}
	switch {
	case f.from == "":
		styled(st.Muted, "Choose where you are now: type part of a role's name, then press enter.")
		return out
	case f.to == "":
		styled(st.Muted, "Now choose where you want to be, or see below where "+roleTitle(cat, f.from)+" can lead.")
	case f.from == f.to:
		styled(st.Muted, "Start and goal are the same role: choose another goal.")
	default:
		paths := g.Alternatives(f.from, f.to, maxAlternatives, f.byYears)
		by := "fewest steps"
		if f.byYears {
			by = "least typical time"
		}
		if len(paths) == 0 {
			styled(st.Warn, "No route from "+roleTitle(cat, f.from)+" to "+roleTitle(cat, f.to)+" in this catalogue.")
		} else {
			styled(st.Heading, fmt.Sprintf("Routes, %s first (y to change) · + : some steps' time not known", by))
		}
		for i, p := range paths {
			name := "Shortest route (fewest steps)"
			if f.byYears {
				name = "Quickest route (least typical time)"
			}
			if i > 0 {
				name = fmt.Sprintf("Alternative %d (%s first)", i, by)
			}
			out = append(out, linkLines(pathText(cat, p), openStepper{title: name, roles: p.Roles, byYears: f.byYears}, w)...)
		}
	}
	reach := g.Within(f.from, f.within)
	out = append(out, line{})
	styled(st.Heading, fmt.Sprintf("Within %d step%s of %s (+/- to change)", f.within, plural(f.within), roleTitle(cat, f.from)))
	if len(reach) == 0 {
		styled(st.Muted, "No next steps recorded.")
	}
	for _, r := range reach {
		n := len(r.Path.Steps)
		out = append(out, linkLines(fmt.Sprintf("%s · %d step%s", roleTitle(cat, r.ID), n, plural(n)),
			openStepper{title: "To " + roleTitle(cat, r.ID), roles: r.Path.Roles}, w)...)
	}
	if marked && f.focus == 2 {
		out = append(out, line{})
		legend()
	}
	return out
}

func pathText(cat *catalogue.Catalogue, p catalogue.Path) string {
	names := make([]string, len(p.Roles))
	for i, id := range p.Roles {
		names[i] = roleTitle(cat, id)
	}
	time := p.TimeText()
	return fmt.Sprintf("%d step%s, %s: %s", len(p.Steps), plural(len(p.Steps)), time, strings.Join(names, " → "))
}

// labels are the two boxes' headings, "From: …" and "To: …", wrapped to
// their widths (never cut), padded to the same number of lines.
func (f *finder) labels() [2][]string {
	st, cat := f.sh.st, f.sh.cat
	lw := (f.w - 3) / 2
	var out [2][]string
	for i, name := range []string{"From", "To"} {
		id := f.from
		if i == 1 {
			id = f.to
		}
		head := name + ": (not chosen)"
		if id != "" {
			head = name + ": " + roleTitle(cat, id)
		}
		s := st.Heading
		if f.focus != i {
			s = st.Muted
		}
		out[i] = st.wrap(s, head, max([]int{lw, f.w - 3 - lw}[i], 1))
	}
	n := max(len(out[0]), len(out[1]))
	for i := range out {
		for len(out[i]) < n {
			out[i] = append(out[i], "")
		}
	}
	return out
}

func (f *finder) view() string {
	st := f.sh.st
	lw := (f.w - 3) / 2
	heads := f.labels()
	label := func(i int) []string {
		return append(heads[i], f.lists[i].view(st, f.focus == i)...)
	}
	top := panes(st, label(0), label(1), lw, f.w-3-lw, f.listHeight()+len(heads[0]))
	rule := st.Border.Render(strings.Repeat("─", f.w))
	if f.focus == 2 {
		rule = st.Accent.Render(strings.Repeat("━", f.w))
	}
	return top + "\n" + rule + "\n" + strings.Join(f.results.view(st), "\n")
}

func (f *finder) keys() help.KeyMap {
	n := f.results.nav
	if f.focus < 2 {
		ln := f.lists[f.focus].nav
		choose := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose"))
		typeHint := key.NewBinding(key.WithKeys(""), key.WithHelp("type", "filter"))
		return keyMap{short: []key.Binding{typeHint, ln.Up, ln.Down, choose, f.tab},
			full: [][]key.Binding{{typeHint, ln.Up, ln.Down, ln.PageUp, ln.PageDown, choose, f.tab}}}
	}
	return keyMap{short: []key.Binding{n.Down, n.Open, f.more, f.mode, f.tab},
		full: [][]key.Binding{append(n.list(), n.Open, f.more, f.mode, f.tab)}}
}
