package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// menu is a filterable list whose rows open intents, with a preview of the
// selected row beside it when the terminal is wide. Areas, the roles of an
// area, curated routes and case studies are all menus.
type menu struct {
	sh      *shared
	name    string
	intro   string
	list    *list
	preview func(v any, w int) []string
	w, h    int
	top     int // lines above the list
}

func (m *menu) title() string { return m.name }
func (m *menu) typing() bool  { return m.list.filtering }

func (m *menu) resize(w, h int) tea.Cmd {
	m.w, m.h = w, h
	lw := w
	if w >= twoPanes {
		lw, _ = split(w, 44, 60)
	}
	m.top = 0
	if m.intro != "" {
		m.top = len(wrap(m.intro, lw)) + 1
	}
	m.list.resize(lw, h-m.top)
	return nil
}

func (m *menu) update(msg tea.Msg) (any, tea.Cmd) {
	if c, ok := msg.(clickMsg); ok && c.x < m.list.w {
		if it := m.list.click(c.y - m.top); it != nil {
			return it.value, nil
		}
		return nil, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	used, it := m.list.update(k)
	switch {
	case it != nil:
		return it.value, nil
	case used:
		return nil, nil
	}
	return notUsed{}, nil
}

func (m *menu) view() string {
	st := m.sh.st
	lw, rw := m.w, 0
	if m.w >= twoPanes {
		lw, rw = split(m.w, 44, 60)
	}
	var left []string
	if m.intro != "" {
		left = append(st.wrap(st.Muted, m.intro, lw), "")
	}
	left = append(left, m.list.view(st, true)...)
	if rw == 0 {
		return strings.Join(left, "\n")
	}
	var right []string
	if it := m.list.selected(); it != nil && m.preview != nil {
		right = m.preview(it.value, rw)
	}
	return panes(st, left, right, lw, rw, m.h)
}

func (m *menu) keys() help.KeyMap {
	n := m.list.nav
	if m.list.filtering {
		return m.list.filterKeys()
	}
	return keyMap{
		short: []key.Binding{n.Up, n.Down, n.Open, m.list.slash},
		full:  [][]key.Binding{append(n.list(), n.Open, m.list.slash)},
	}
}

// newAreas lists the Cancer and Diagnostics domains and the role families.
func newAreas(sh *shared) *menu {
	cat := sh.cat
	count := func(match func(r *catalogue.Role) bool) string {
		n := 0
		for _, r := range cat.Roles {
			if match(r) {
				n++
			}
		}
		return fmt.Sprintf("%d role%s", n, plural(n))
	}
	var items []item
	for _, area := range []string{"Cancer", "Diagnostics"} {
		items = append(items, item{text: area, header: true})
		for _, d := range cat.Domains {
			if d.Area == area {
				id := d.ID
				items = append(items, item{text: clean(d.Name), value: openArea{"domain", id},
					right: count(func(r *catalogue.Role) bool { return has(r.Domains, id) })})
			}
		}
	}
	items = append(items, item{text: "Families of roles", header: true})
	for _, f := range cat.Families {
		id := f.ID
		items = append(items, item{text: clean(f.Name), value: openArea{"family", id},
			right: count(func(r *catalogue.Role) bool { return r.Family == id })})
	}
	m := &menu{sh: sh, name: "Areas", list: newList(items, false)}
	m.preview = func(v any, w int) []string {
		a := v.(openArea)
		name, summary := areaName(cat, a.kind, a.id)
		return append(append(sh.st.wrap(sh.st.Title, name, w), ""), sh.st.wrap(sh.st.Text, summary, w)...)
	}
	return m
}

func areaName(cat *catalogue.Catalogue, kind, id string) (string, string) {
	if kind == "family" {
		if f := cat.Family(id); f != nil {
			return clean(f.Name), clean(f.Summary)
		}
	} else if d := cat.Domain(id); d != nil {
		return clean(d.Area) + ": " + clean(d.Name), clean(d.Summary)
	}
	return clean(id), ""
}

// newAreaRoles lists the roles of a domain or family, lowest band first.
func newAreaRoles(sh *shared, kind, id string) *menu {
	cat := sh.cat
	var items []item
	for _, r := range cat.Roles {
		if (kind == "family" && r.Family == id) || (kind == "domain" && has(r.Domains, id)) {
			items = append(items, item{text: clean(r.Title), right: bandLabel(cat, r), value: openRole{r.ID}})
		}
	}
	name, summary := areaName(cat, kind, id)
	m := &menu{sh: sh, name: name, intro: withLegend(summary, items), list: newList(items, false)}
	m.list.empty = "No roles in this area yet."
	m.preview = func(v any, w int) []string { return roleSummary(sh, v.(openRole).id, "", w) }
	return m
}

// newRoutes lists the curated routes.
func newRoutes(sh *shared) *menu {
	cat := sh.cat
	var items []item
	for _, r := range cat.Routes {
		items = append(items, item{text: clean(r.Title), right: fmt.Sprintf("%d roles", len(r.Roles)), value: openCurated{r.ID}})
	}
	m := &menu{sh: sh, name: "Curated routes", list: newList(items, false),
		intro: "Routes set out by the catalogue's authors. Enter steps through one."}
	m.list.empty = "No curated routes yet: try Find a route (f on the home screen)."
	m.preview = func(v any, w int) []string {
		r := cat.Route(v.(openCurated).id)
		out := append(append(sh.st.wrap(sh.st.Title, clean(r.Title), w), ""), sh.st.wrap(sh.st.Text, clean(r.Summary), w)...)
		out = append(out, "")
		for i, id := range r.Roles {
			mark := "│ "
			if i == 0 {
				mark = "┌ "
			} else if i == len(r.Roles)-1 {
				mark = "└ "
			}
			out = append(out, sh.st.Muted.Render(mark)+roleTitle(cat, id))
		}
		return out
	}
	return m
}

// newCases lists the case studies.
func newCases(sh *shared) *menu {
	cat := sh.cat
	var items []item
	for _, c := range cat.Cases {
		items = append(items, item{text: clean(c.Title), value: openCase{c.ID},
			match: catalogue.Norm(c.Title + " " + c.Organisation + " " + c.Region)})
	}
	m := &menu{sh: sh, name: "Case studies", list: newList(items, false)}
	m.list.empty = "No case studies yet."
	m.preview = func(v any, w int) []string {
		c := cat.Case(v.(openCase).id)
		st := sh.st
		out := append(st.wrap(st.Title, clean(c.Title), w), st.wrap(st.Muted, caseFrom(cat, c), w)...)
		out = append(out, "")
		out = append(out, st.wrap(st.Text, clean(c.Summary), w)...)
		out = append(out, "", sh.st.Heading.Render("Roles"))
		for _, id := range c.Roles {
			out = append(out, "• "+roleTitle(cat, id))
		}
		return out
	}
	return m
}

// caseFrom says where a case study comes from.
func caseFrom(cat *catalogue.Catalogue, c *catalogue.Case) string {
	parts := []string{clean(c.Organisation)}
	if a := cat.Alliance(c.Alliance); a != nil {
		parts = append(parts, clean(a.Name))
	}
	if c.Region != "" {
		parts = append(parts, clean(c.Region))
	}
	return strings.Join(parts, " · ")
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
