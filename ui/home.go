package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// home is the first screen: what the tool is, and the ways in, each with
// its own key so a new user never has to guess.
type home struct {
	sh   *shared
	list *list
	ways []way
	w, h int
	nav  navKeys
}

type way struct {
	key         key.Binding
	label, desc string
	intent      any
}

func newHome(sh *shared) *home {
	b := func(k, label string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, label)) }
	ways := []way{
		{b("b", "by band"), "By band", "The bands from 2 to 9 and the medical scale, with the roles in each.", openLadder{}},
		{b("l", "by level"), "By level of practice", "The ACCEnD levels of practice in cancer care, from supportive to consultant, with the roles at each.", openLevels{}},
		{b("a", "by area"), "By area", "Cancer and Diagnostics areas, and the families of roles.", openAreas{}},
		{b("r", "routes"), "Curated routes", "Routes someone has set out, step by step, from one role to another.", openRoutes{}},
		{b("f", "find a route"), "Find a route", "Pick where you are and where you want to be; see the ways there.", openFinder{}},
		{b("c", "case studies"), "Case studies", "Real stories from NHS organisations of people and teams who did it.", openCases{}},
		{b("p", "programmes"), "Programmes and funding", "Frameworks, funding and training programmes, and who they serve.", openProgrammes{}},
		{b("n", "near you"), "Cancer alliances near you", "Find your cancer alliance by town, county or integrated care board, and what it offers: case studies, education and funding.", openAlliances{}},
		{b("s", "search"), "Search", "Type any role, alias, case study or programme.", openSearch{}},
	}
	items := make([]item, len(ways))
	for i, w := range ways {
		items[i] = item{text: w.key.Help().Key + "  " + w.label, value: i}
	}
	h := &home{sh: sh, ways: ways, list: newList(items, false), nav: newNavKeys()}
	h.list.slash.SetEnabled(false)
	return h
}

func (h *home) title() string { return "Home" }
func (h *home) typing() bool  { return false }

func (h *home) resize(w, ht int) tea.Cmd {
	h.w, h.h = w, ht
	h.relayout()
	return nil
}

// relayout sizes the list to the rows parts leaves it, keeping the
// selection in view.
func (h *home) relayout() {
	_, _, rows := h.parts()
	h.list.resize(min(h.w, 44), rows)
}

func (h *home) update(msg tea.Msg) (any, tea.Cmd) {
	if c, ok := msg.(clickMsg); ok && c.x < h.list.w {
		intro, _, _ := h.parts()
		if it := h.list.click(c.y - len(intro)); it != nil {
			return h.ways[it.value.(int)].intent, nil
		}
		return nil, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	for _, w := range h.ways {
		if key.Matches(k, w.key) {
			return w.intent, nil
		}
	}
	if used, it := h.list.update(k); used {
		h.relayout() // the description below may have changed length
		if it != nil {
			return h.ways[it.value.(int)].intent, nil
		}
		return nil, nil
	}
	return notUsed{}, nil
}

// parts lays out the left of the screen: intro (what the tool is and how
// to start) above the ways in, below them (one pane) the selected way's
// description, and how many rows of ways fit. When not all fit, the list
// scrolls with a line saying what is above or below it; to make room, the
// second sentence goes first, then the how-to line, then the description.
func (h *home) parts() (intro, below []string, rows int) {
	st := h.sh.st
	one := h.w < twoPanes
	w := h.w
	if !one {
		w, _ = split(h.w, 48, 60)
	}
	title := st.wrap(st.Title, "Explore NHS careers in cancer and diagnostics.", w)
	more := st.wrap(st.Muted, "See where a role can lead, what each step takes, who pays, and who did it.", w)
	choose := st.wrap(st.Text, "Choose a way in: press its letter, or move with ↑/↓ and press enter.", w)
	var desc []string
	if one && h.list != nil {
		if it := h.list.selected(); it != nil {
			desc = append([]string{""}, st.wrap(st.Muted, h.ways[it.value.(int)].desc, h.w)...)
		}
	}
	join := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	gap := []string{""}
	n := len(h.ways)
	for _, in := range [][]string{join(title, more, gap, choose, gap), join(title, gap, choose, gap)} {
		if len(in)+n+len(desc) <= h.h {
			return in, desc, n
		}
	}
	// Not all fit: one line says what is above and below.
	for _, try := range []struct {
		in, desc []string
		least    int
	}{{join(title, gap, choose, gap), desc, 4}, {join(title, gap), desc, 3}, {join(title, gap), nil, 1}} {
		if r := h.h - len(try.in) - len(try.desc) - 1; r >= try.least || try.desc == nil {
			return try.in, append([]string{moreLine}, try.desc...), max(min(r, n), 1)
		}
	}
	return nil, nil, n // not reached
}

// moreLine stands in parts' result for the line saying what is above and
// below the list; view fills it in.
const moreLine = "\x00more"

func (h *home) view() string {
	st := h.sh.st
	cat := h.sh.cat
	intro, below, _ := h.parts()
	left := append(intro, h.list.view(st, true)...)
	for _, l := range below {
		if l == moreLine {
			l = h.moreText()
		}
		left = append(left, l)
	}
	sel := h.ways[h.list.selected().value.(int)]
	if h.w < twoPanes {
		return strings.Join(left, "\n")
	}
	lw, rw := split(h.w, 48, 60)
	right := []string{st.Heading.Render(sel.label), ""}
	right = append(right, st.wrap(st.Text, sel.desc, rw)...)
	right = append(right, "", st.Heading.Render("In this catalogue"), "")
	for _, l := range []string{
		count(len(cat.Roles), "role", "roles") + fmt.Sprintf(" across %s and %s", count(len(cat.Bands), "band", "bands"), count(len(cat.Grades), "medical grade", "medical grades")),
		count(len(cat.Routes), "curated route", "curated routes"),
		count(len(cat.Cases), "case study", "case studies"),
		count(len(cat.Programmes), "programme or funding stream", "programmes and funding streams"),
	} {
		right = append(right, st.wrap(st.Text, l, rw)...)
	}
	// wrapped, never cut: the catalogue's name and version say what is shown
	right = append(right, "")
	right = append(right, st.wrap(st.Muted, clean(cat.Meta.Name)+" "+clean(cat.Meta.Version)+", "+clean(cat.Meta.Date), rw)...)
	return panes(st, left, right, lw, rw, h.h)
}

func (h *home) keys() help.KeyMap {
	short := []key.Binding{h.nav.Open}
	all := []key.Binding{h.nav.Up, h.nav.Down, h.nav.Open}
	for _, w := range h.ways {
		all = append(all, w.key)
	}
	return keyMap{short: append(short, h.ways[0].key, h.ways[1].key, h.ways[len(h.ways)-1].key), full: [][]key.Binding{all}}
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// moreText says how many ways in are above and below what is shown.
func (h *home) moreText() string {
	l := h.list
	above, below := l.off, len(l.shown)-l.end()
	var bits []string
	if above > 0 {
		bits = append(bits, fmt.Sprintf("↑ %d more above", above))
	}
	if below > 0 {
		bits = append(bits, fmt.Sprintf("↓ %d more below", below))
	}
	return h.sh.st.Muted.Render(fit("  "+strings.Join(bits, " · "), min(h.w, 44)))
}
