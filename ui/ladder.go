package ui

import (
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// ladder shows the bands from the lowest up, then the medical scale, each
// with its roles. A role in a range of bands appears in each of them.
type ladder struct {
	sh         *shared
	list       *list
	w, h       int
	prev, next key.Binding
}

// rung is the value of one row: a role in one band or grade.
type rung struct{ band, role string }

func newLadder(sh *shared, band string) *ladder {
	cat := sh.cat
	var items []item
	add := func(head string, roles []*catalogue.Role, band string) {
		items = append(items, item{text: head, header: true, value: "band:" + band})
		if len(roles) == 0 {
			items = append(items, item{text: "no roles in the catalogue yet", header: true, dim: true})
		}
		for _, r := range roles {
			right := bandLabel(cat, r)
			if r.Grade != "" || (len(r.Bands) == 1 && r.Bands[0] == band) {
				right = "" // said by the heading already: the mark alone
				if hasMark(r) {
					right = catalogue.CertaintyMark(r)
				}
			}
			items = append(items, item{text: clean(r.Title), right: right, value: rung{band, r.ID}, once: r.ID, filterRight: bandLabel(cat, r),
				match: catalogue.Norm(strings.Join(append([]string{r.Title, band}, r.Aliases...), " ")), names: roleNamed(cat, r.ID)})
		}
	}
	for _, g := range bandGroups(cat) {
		for _, d := range strings.Split(g.dim, "\n") {
			if d != "" {
				items = append(items, item{text: d, header: true, dim: true})
			}
		}
		add(g.head, g.roles, g.band)
	}
	l := &ladder{sh: sh, list: newList(items, false),
		prev: key.NewBinding(key.WithKeys("left", "h", "["), key.WithHelp("←/h", "band below")),
		next: key.NewBinding(key.WithKeys("right", "l", "]"), key.WithHelp("→/l", "band above")),
	}
	l.list.empty = "The catalogue has no bands."
	if band != "" {
		l.list.selectValue("band:" + band)
		l.list.fix(1)
	}
	return l
}

func (l *ladder) title() string { return "Bands" }
func (l *ladder) typing() bool  { return l.list.filtering }

func (l *ladder) resize(w, h int) tea.Cmd {
	l.w, l.h = w, h
	lw := w
	if w >= twoPanes {
		lw, _ = split(w, 44, 56)
	}
	l.list.resize(lw, h)
	return nil
}

func (l *ladder) update(msg tea.Msg) (any, tea.Cmd) {
	if c, ok := msg.(clickMsg); ok {
		if it := l.list.click(c.y); it != nil && c.x < l.list.w {
			return openRole{id: it.value.(rung).role}, nil
		}
		return nil, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	if !l.list.filtering {
		switch {
		case key.Matches(k, l.prev):
			l.list.jump(-1)
			return nil, nil
		case key.Matches(k, l.next):
			l.list.jump(1)
			return nil, nil
		case key.Matches(k, mapKey):
			if rg, ok := l.list.selected().value.(rung); ok {
				return openMap{role: rg.role}, nil
			}
			return nil, nil
		}
	}
	used, it := l.list.update(k)
	switch {
	case it != nil:
		return openRole{id: it.value.(rung).role}, nil
	case used:
		return nil, nil
	}
	return notUsed{}, nil
}

func (l *ladder) view() string {
	st := l.sh.st
	left := l.list.view(st, true)
	if l.w < twoPanes {
		return strings.Join(left, "\n")
	}
	lw, rw := split(l.w, 44, 56)
	var right []string
	if it := l.list.selected(); it != nil {
		rg := it.value.(rung)
		right = roleSummary(l.sh, rg.role, rg.band, rw)
	}
	return panes(st, left, right, lw, rw, l.h)
}

// roleSummary is the short account of a role shown beside lists.
// With legend, it ends with catalogue.CertaintyLegend when it shows a
// mark: for lists that show no band of their own (search).
func roleSummary(sh *shared, id, band string, w int, legend ...bool) []string {
	st, cat := sh.st, sh.cat
	r := cat.Role(id)
	if r == nil {
		return nil
	}
	out := st.wrap(st.Title, clean(r.Title), w)
	facts := bandLabel(cat, r)
	if p := rolePay(cat, r); p != "" {
		facts += " · " + p
	}
	out = append(out, st.wrap(st.Muted, facts, w)...)
	if b := cat.Band(band); b != nil && b.Means != "" {
		out = append(out, "")
		out = append(out, st.wrap(st.Muted, clean(b.Label)+": "+clean(b.Means), w)...)
	}
	out = append(out, "")
	out = append(out, st.wrap(st.Text, clean(r.Summary), w)...)
	marked := hasMark(r)
	if next := cat.Graph().Next(id); len(next) > 0 {
		out = append(out, "", st.Heading.Render("Can lead to"))
		for _, e := range next {
			out = append(out, st.wrap(st.Text, "→ "+roleTitle(cat, e.To)+" · "+bandLabel(cat, cat.Role(e.To)), w)...)
			marked = marked || anyMark(cat, e.To)
		}
	}
	if marked && len(legend) > 0 && legend[0] {
		out = append(append(out, ""), st.legend(w)...)
	}
	return append(out, "", st.Muted.Render("enter: the full role card"))
}

func (l *ladder) keys() help.KeyMap {
	n := l.list.nav
	if l.list.filtering {
		return l.list.filterKeys()
	}
	return keyMap{
		short: []key.Binding{n.Up, n.Down, l.prev, l.next, n.Open, l.list.slash},
		full:  [][]key.Binding{append(n.list(), l.prev, l.next, n.Open, l.list.slash, mapKey)},
	}
}

// group is one heading of the ladder and its roles. dim is a quiet line
// before the heading ("The medical scale: …").
type group struct {
	head, band, dim string
	roles           []*catalogue.Role
}

// bandGroups puts every role of the catalogue under the ladder: under each
// of its bands (a role across bands 6–7 is in both), doctors under their
// medical grade, and every other role under "Band varies or not stated".
// Closed bands with no roles are left out.
func bandGroups(cat *catalogue.Catalogue) []group {
	var out []group
	placed := map[string]bool{}
	note := cat.PayNote(time.Now())
	for _, b := range cat.Bands {
		roles := cat.RolesInBand(b.ID)
		if b.Closed && len(roles) == 0 {
			continue
		}
		head := clean(b.Label)
		if p := pay(b); p != "" {
			head += "  " + p
		}
		out = append(out, group{head: head, band: b.ID, roles: roles})
		for _, r := range roles {
			placed[r.ID] = true
		}
	}
	for i, g := range cat.Grades {
		roles := cat.RolesInGrade(g.ID)
		gr := group{head: clean(g.Label), band: g.ID, roles: roles}
		if i == 0 {
			// the pay year of the figures above, said once where the bands end
			gr.dim = note + "\n" + strings.ReplaceAll(catalogue.CertaintyLegend, " · ", "\n") + "\n" + "The medical scale: doctors are not on Agenda for Change bands"
			note = ""
		}
		out = append(out, gr)
		for _, r := range roles {
			placed[r.ID] = true
		}
	}
	var rest []*catalogue.Role
	for _, r := range cat.Roles {
		if !placed[r.ID] {
			rest = append(rest, r)
		}
	}
	if len(rest) > 0 {
		sort.SliceStable(rest, func(i, j int) bool { return rest[i].Title < rest[j].Title })
		out = append(out, group{head: catalogue.NoBand, band: "none", roles: rest, dim: note})
	}
	return out
}
