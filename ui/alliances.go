package ui

import (
	"fmt"

	"charm.land/lipgloss/v2"
)

// Cancer alliances and regional bodies, so that a user can see what
// happens near them: each one's case studies and education offers.

// newAlliances lists the alliances, by region.
func newAlliances(sh *shared) *menu {
	cat := sh.cat
	var items []item
	regions := []string{}
	for _, a := range cat.Alliances {
		if !has(regions, a.Region) {
			regions = append(regions, a.Region)
		}
	}
	for _, region := range regions {
		items = append(items, item{text: clean(region), header: true})
		for _, a := range cat.Alliances {
			if a.Region == region {
				n := len(cat.AllianceCases(a.ID)) + len(cat.AllianceProgrammes(a.ID))
				items = append(items, item{text: clean(a.Name), right: fmt.Sprintf("%d item%s", n, plural(n)), value: openAlliance{a.ID}})
			}
		}
	}
	m := &menu{sh: sh, name: "Cancer alliances", list: newList(items, false),
		intro: "Cancer alliances and regional bodies in the sources. Enter shows their case studies and education offers."}
	m.list.empty = "No cancer alliances in this catalogue."
	m.preview = func(v any, w int) []string {
		a := cat.Alliance(v.(openAlliance).id)
		st := sh.st
		out := append(append(st.wrap(st.Title, clean(a.Name), w), st.wrap(st.Muted, clean(a.Region), w)...), "")
		out = append(out, st.wrap(st.Text, clean(a.Summary), w)...)
		return append(out, "", sh.st.Muted.Render("enter: its case studies and offers"))
	}
	return m
}

func newAlliance(sh *shared, id string) *detail {
	name := "Cancer alliance"
	if a := sh.cat.Alliance(id); a != nil {
		name = clean(a.Name)
	}
	return &detail{sh: sh, name: name, doc: newDoc(), lines: func(w int) []line { return allianceLines(sh, id, w) }}
}

func allianceLines(sh *shared, id string, w int) []line {
	st, cat := sh.st, sh.cat
	a := cat.Alliance(id)
	if a == nil {
		return []line{{text: st.Warn.Render("There is no alliance " + clean(id) + " in this catalogue.")}}
	}
	var out []line
	styled := func(style lipgloss.Style, s string) {
		for _, l := range st.wrap(style, s, w) {
			out = append(out, line{text: l})
		}
	}
	text := func(s string) { styled(st.Text, s) }
	styled(st.Title, clean(a.Name))
	styled(st.Muted, clean(a.Region))
	out = append(out, line{})
	text(clean(a.Summary))
	if a.Note != "" {
		out = append(out, line{})
		styled(st.Muted, clean(a.Note))
	}
	out = append(out, line{}, line{text: st.Heading.Render("Case studies")})
	cases := cat.AllianceCases(id)
	for _, c := range cases {
		out = append(out, linkLines(clean(c.Title)+" · "+clean(c.Organisation), openCase{c.ID}, w)...)
	}
	if len(cases) == 0 {
		styled(st.Muted, "None in this catalogue.")
	}
	out = append(out, line{}, line{text: st.Heading.Render("Programmes, education offers and funding")})
	progs := cat.AllianceProgrammes(id)
	for _, p := range progs {
		out = append(out, linkLines(clean(p.Name), openProgramme{p.ID}, w)...)
	}
	if len(progs) == 0 {
		styled(st.Muted, "None in this catalogue.")
	}
	return out
}
