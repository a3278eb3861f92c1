package ui

import (
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/handout"
	"github.com/nhs-pathways/pathways/ui/diagram"
)

// Intents of comparing two roles: choose the second, then compare.
type (
	pickCompare struct{ a string }
	openCompare struct{ a, b string }
)

// compareKey, on a role card, compares its role with another.
var compareKey = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare"))

// comparePicker chooses the role to compare a role with, from every other
// role, filtered by typing as in the route finder.
type comparePicker struct {
	sh   *shared
	a    string
	list *list
}

func newComparePicker(sh *shared, a string) *comparePicker {
	roles := append([]*catalogue.Role(nil), sh.cat.Roles...)
	sort.SliceStable(roles, func(i, j int) bool { return roles[i].Title < roles[j].Title })
	var items []item
	for _, r := range roles {
		if r.ID == a {
			continue
		}
		items = append(items, item{text: clean(r.Title), right: bandLabel(sh.cat, r), value: r.ID,
			match: catalogue.Norm(r.Title + " " + strings.Join(r.Aliases, " ")), names: roleNamed(sh.cat, r.ID)})
	}
	l := newList(items, true)
	l.empty = "No other role matches."
	return &comparePicker{sh: sh, a: a, list: l}
}

func (p *comparePicker) title() string { return "Compare " + roleTitle(p.sh.cat, p.a) + " with…" }
func (p *comparePicker) typing() bool  { return true }

func (p *comparePicker) resize(w, h int) tea.Cmd { p.list.resize(w, max(h-2, 1)); return nil }

func (p *comparePicker) update(msg tea.Msg) (any, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	used, it := p.list.update(k)
	switch {
	case it != nil:
		return openCompare{a: p.a, b: it.value.(string)}, nil
	case used:
		return nil, nil
	}
	return notUsed{}, nil
}

func (p *comparePicker) view() string {
	st := p.sh.st
	head := st.Heading.Render(fit("Compare "+roleTitle(p.sh.cat, p.a)+" with which role?", max(p.list.w, 10)))
	return strings.Join(append([]string{head, ""}, p.list.view(st, true)...), "\n")
}

func (p *comparePicker) keys() help.KeyMap {
	n := p.list.nav
	choose := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "compare"))
	typeHint := key.NewBinding(key.WithKeys(""), key.WithHelp("type", "filter"))
	return keyMap{short: []key.Binding{typeHint, n.Up, n.Down, choose},
		full: [][]key.Binding{{typeHint, n.Up, n.Down, n.PageUp, n.PageDown, choose}}}
}

// comparer sets two roles side by side (diagram.CompareText): stacked
// below diagram.TwoColumns cells, in two columns from there, in a pane.
type comparer struct {
	sh   *shared
	a, b string
	pane *pane
	w    int
}

func newComparer(sh *shared, a, b string) *comparer {
	return &comparer{sh: sh, a: a, b: b, pane: newPane()}
}

func (c *comparer) title() string {
	return roleTitle(c.sh.cat, c.a) + " and " + roleTitle(c.sh.cat, c.b)
}
func (c *comparer) typing() bool { return false }

func (c *comparer) comparison() (catalogue.Comparison, bool) {
	cat := c.sh.cat
	ra, rb := cat.Role(c.a), cat.Role(c.b)
	if ra == nil || rb == nil {
		return catalogue.Comparison{}, false
	}
	return cat.Compare(ra, rb), true
}

func (c *comparer) resize(w, h int) tea.Cmd {
	c.w = w
	c.pane.resize(w, h)
	cmp, ok := c.comparison()
	if !ok {
		c.pane.set([]string{c.sh.st.Warn.Render("One of these roles is not in this catalogue.")})
		return nil
	}
	now := time.Now()
	labels := map[string]bool{}
	for _, r := range c.sh.cat.Rows(cmp, now) {
		labels[r.Label] = true
	}
	st := c.sh.st
	lines := diagram.CompareText(c.sh.cat, cmp, now, w)
	for i, l := range lines {
		switch {
		case i == 0:
			lines[i] = st.Title.Render(l)
		case labels[l]:
			lines[i] = st.Heading.Render(l)
		}
	}
	c.pane.set(lines)
	return nil
}

func (c *comparer) update(msg tea.Msg) (any, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	if in, cmd, ok := handoutKeys(k, c.handout); ok {
		return in, cmd
	}
	if c.pane.update(k) {
		return nil, nil
	}
	return notUsed{}, nil
}

func (c *comparer) handout() (handout.Doc, []string) {
	cmp, ok := c.comparison()
	if !ok {
		return handout.Doc{}, nil
	}
	return handout.Compare(c.sh.cat, cmp, handoutOptions()), []string{cmp.A.Title, cmp.B.Title}
}

func (c *comparer) view() string { return strings.Join(c.pane.view(c.sh.st), "\n") }

func (c *comparer) keys() help.KeyMap {
	n := c.pane.nav
	return keyMap{short: []key.Binding{n.Down, n.PageDown, saveKey, copyKey},
		full: [][]key.Binding{append(n.list(), saveKey, copyKey)}}
}
