package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// route is the one switch from intents to screens.
func (m *model) route(in any) tea.Cmd {
	sh := m.sh
	var next screen
	switch x := in.(type) {
	case nil, notUsed:
		return nil
	case goBack:
		if len(m.stack) > 1 {
			m.stack = m.stack[:len(m.stack)-1]
			m.leftReader()
			w, h := m.bodySize()
			return m.top().resize(w, h)
		}
		return nil
	case openRole:
		next = newRoleCard(sh, x.id)
	case openLadder:
		next = newLadder(sh, x.band)
	case openAreas:
		next = newAreas(sh)
	case openArea:
		next = newAreaRoles(sh, x.kind, x.id)
	case openRoutes:
		next = newRoutes(sh)
	case openFinder:
		next = newFinder(sh, x.from, x.to)
	case openStepper:
		s := newStepper(sh, x.title, x.note, x.roles)
		s.byYears = x.byYears
		next = s
	case openCurated:
		r := sh.cat.Route(x.id)
		if r == nil {
			return nil
		}
		next = newStepper(sh, clean(r.Title), clean(r.Summary), r.Roles)
	case openCases:
		next = newCases(sh)
	case openCase:
		next = newReader(sh, x.id)
	case openProgrammes:
		next = newProgrammes(sh, x.id)
	case openProgramme:
		next = newProgramme(sh, x.id)
	case openSearch:
		next = newSearch(sh)
	case openAlliances:
		next = newAlliances(sh)
	case openAlliance:
		next = newAlliance(sh, x.id)
	case openSave:
		next = newSaver(sh, x.doc, x.name)
	case openLink:
		next = &linkView{sh: sh, cmd: x.cmd, note: x.note}
	case pickCompare:
		next = newComparePicker(sh, x.a)
	case openCompare:
		if _, ok := m.top().(*comparePicker); ok {
			m.stack = m.stack[:len(m.stack)-1] // back goes to the role card
		}
		next = newComparer(sh, x.a, x.b)
	case openMap:
		next = newMapView(sh, x)
	case openLevels:
		next = newLevels(sh)
	default:
		return nil
	}
	m.stack = append(m.stack, next)
	return next.resize(m.bodySize())
}

// fullHelp lists every key of the current screen, then the global keys.
func (m *model) fullHelp(w int) []string {
	st := m.sh.st
	out := []string{st.Title.Render("Keys on this screen: " + m.top().title()), ""}
	seen := map[string]bool{}
	add := func(b key.Binding) {
		h := b.Help()
		if h.Key == "" || seen[h.Key+h.Desc] || !b.Enabled() {
			return
		}
		seen[h.Key+h.Desc] = true
		out = append(out, "  "+st.Key.Render(fit(h.Key, 12))+" "+h.Desc)
	}
	for _, group := range m.top().keys().FullHelp() {
		for _, b := range group {
			add(b)
		}
	}
	out = append(out, "", st.Title.Render("Everywhere"), "")
	for _, b := range m.keys.list() {
		add(b)
	}
	for _, b := range alsoKeys() {
		add(b)
	}
	if m.mouse {
		out = append(out, "  "+st.Key.Render(fit("wheel", 12))+" scroll")
	}
	for i, l := range out {
		if strings.TrimSpace(l) != "" {
			out[i] = fit(l, w)
		}
	}
	return out
}

// leftReader stops the Markdown rendering under way once the user has left
// the case study it was for, so that a slow rendering never works on for a
// screen nobody sees.
func (m *model) leftReader() {
	if _, ok := m.top().(*reader); !ok {
		cancelRenders(renderKey{})
	}
}
