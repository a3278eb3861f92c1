package ui

import (
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Levels of practice: the ACCEnD framework's levels for cancer care
// (supportive to consultant), each with its roles, as a way in beside the
// bands. Roles the catalogue gives no level for are listed last, under
// "No level stated", so that no role is missing.

// noLevel is the heading of the roles with no ACCEnD level.
const noLevel = "No level stated"

// newLevels lists the ACCEnD levels with their roles.
func newLevels(sh *shared) *menu {
	cat := sh.cat
	var items []item
	add := func(head string, roles []*catalogue.Role) {
		items = append(items, item{text: head, header: true})
		if len(roles) == 0 {
			items = append(items, item{text: "no roles in the catalogue yet", header: true, dim: true})
		}
		for _, r := range roles {
			items = append(items, item{text: clean(r.Title), right: bandLabel(cat, r), value: openRole{r.ID},
				match: catalogue.Norm(strings.Join(append([]string{r.Title, head}, r.Aliases...), " ")), names: roleNamed(cat, r.ID)})
		}
	}
	for _, l := range cat.Accend {
		add(levelName(l), cat.RolesAtLevel(l.ID))
	}
	if rest := cat.RolesWithNoLevel(); len(rest) > 0 {
		add(noLevel, rest)
	}
	m := &menu{sh: sh, name: "Levels of practice", list: newList(items, false),
		intro: withLegend("The ACCEnD levels of practice in cancer care, from supportive to consultant, with the roles at each; roles with no level come last.", items)}
	m.list.empty = "The catalogue has no levels of practice."
	m.preview = func(v any, w int) []string {
		id := v.(openRole).id
		st := sh.st
		out := roleSummary(sh, id, "", w)
		r := cat.Role(id)
		if r == nil {
			return out
		}
		var about []string
		if l := cat.AccendLevel(r.Accend); l != nil {
			about = st.wrap(st.Heading, levelName(l), w)
			about = append(about, st.wrap(st.Text, clean(l.Means), w)...)
			if l.Note != "" {
				about = append(about, st.wrap(st.Muted, clean(l.Note), w)...)
			}
		} else {
			about = st.wrap(st.Muted, "The sources give no ACCEnD level for this role.", w)
		}
		for i, l := range out { // the level after the title and band, before the summary
			if l == "" {
				return append(append(append([]string{}, out[:i]...), append([]string{""}, about...)...), out[i:]...)
			}
		}
		return append(append(out, ""), about...)
	}
	return m
}

// levelName is a level's label without the framework's name before it:
// "Supportive" for "ACCEnD: supportive".
func levelName(l *catalogue.Level) string {
	s := clean(l.Label)
	if _, after, ok := strings.Cut(s, ": "); ok && after != "" {
		s = after
	}
	for i, r := range s { // a capital first letter, whatever the script
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return clean(l.ID) // no label: the id, rather than an empty heading
}

// withLegend adds catalogue.CertaintyLegend to a list's introduction, one
// mark to a line so that it wraps rather than being cut, when a row of the
// list shows a mark.
func withLegend(intro string, items []item) string {
	for _, it := range items {
		if marked(it.right) {
			return intro + "\n" + legendLines()
		}
	}
	return intro
}

// marked reports whether a band label ends in a certainty mark.
func marked(label string) bool {
	return strings.HasSuffix(label, " ~") || strings.HasSuffix(label, " ?")
}

// legendLines is catalogue.CertaintyLegend one mark to a line.
func legendLines() string { return strings.ReplaceAll(catalogue.CertaintyLegend, " · ", "\n") }

// hasMark reports whether bandLabel shows a certainty mark for the role.
func hasMark(r *catalogue.Role) bool {
	return r != nil && len(r.Bands) > 0 && catalogue.CertaintyMark(r) != ""
}

// anyMark reports whether bandLabel shows a mark for any of the roles.
func anyMark(cat *catalogue.Catalogue, ids ...string) bool {
	for _, id := range ids {
		if hasMark(cat.Role(id)) {
			return true
		}
	}
	return false
}

// legend is catalogue.CertaintyLegend as dim lines in w cells: on one
// line when it fits, else one mark to a line, wrapped, never cut.
func (st *styles) legend(w int) []string {
	if lineWidth(catalogue.CertaintyLegend) <= w {
		return []string{st.Muted.Render(catalogue.CertaintyLegend)}
	}
	return st.wrap(st.Muted, legendLines(), w)
}
