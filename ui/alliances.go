package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Cancer alliances and regional bodies, so that a user can see what
// happens near them: each one's case studies and education offers. The
// user finds theirs by typing their town, county or integrated care board
// (catalogue.FindAlliancesByPlace), or part of its name.

// newAlliances lists the alliances, by region, with a filter that always
// has the keys: it matches names and the places each alliance covers.
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
	m := &menu{sh: sh, name: "Cancer alliances", list: newList(items, true),
		intro: "Type your town, county or integrated care board (ICB) to find your cancer alliance, or part of its name. Enter shows its case studies and education offers."}
	m.list.filter = newField("Place or name: ")
	m.list.empty = "No cancer alliances in this catalogue."
	m.list.noMatch = "no alliance here lists that place or name. Try your county or ICB."
	m.list.also = byPlace(cat)
	m.list.least = catalogue.TierFuzzy // "Narnia" is in no alliance's name, however scattered
	m.list.noMatchText = func(q string) string {
		return "No alliance in this catalogue covers “" + q + "”. Try your county or integrated care board (ICB), or part of an alliance's name."
	}
	m.preview = func(v any, w int) []string {
		a := cat.Alliance(v.(openAlliance).id)
		st := sh.st
		out := append(append(st.wrap(st.Title, clean(a.Name), w), st.wrap(st.Muted, allianceKind(a), w)...), "")
		out = append(out, st.wrap(st.Text, clean(a.Summary), w)...)
		if c := covers(a); c != "" {
			out = append(append(out, ""), st.wrap(st.Text, c, w)...)
		}
		return append(out, "", sh.st.Muted.Render("enter: its case studies and offers"))
	}
	return m
}

// byPlace scores an alliance row by the places the alliance covers: a
// place named in full (FindAlliancesByPlace: "Leeds", "NHS West Yorkshire
// ICB") as an exact match, a place that starts with the query or has
// words starting with its words ("lee", "west york") as the same tiers as
// a name; never by scattered letters, which a long list of places would
// match too easily. The hint is the place matched.
func byPlace(cat *catalogue.Catalogue) func(q string, it *item) (int, string) {
	lastQ, found := "\x00", map[string]bool{}
	return func(q string, it *item) (int, string) {
		if q != lastQ {
			lastQ, found = q, map[string]bool{}
			for _, a := range cat.FindAlliancesByPlace(q) {
				found[a.ID] = true
			}
		}
		o, ok := it.value.(openAlliance)
		a := cat.Alliance(o.id)
		if !ok || a == nil {
			return -1, ""
		}
		best, hint := -1, ""
		for _, p := range a.Places {
			s := catalogue.Score(q, catalogue.Norm(p))
			if found[a.ID] && catalogue.Norm(p) == q {
				s = catalogue.TierExact
			}
			if s >= catalogue.TierFuzzy && s > best {
				best, hint = s, "covers "+clean(p)
			}
		}
		if found[a.ID] && best < catalogue.TierExact {
			best = catalogue.TierExact // named with "NHS" or "ICB" around it
		}
		return best, hint
	}
}

// allianceKind is the alliance's region and what it is.
func allianceKind(a *catalogue.Alliance) string {
	if a.Kind == "regional" {
		return clean(a.Region) + " · a regional body or grouping"
	}
	return clean(a.Region)
}

// covers lists the places an alliance covers: "Covers: Leeds, Bradford…",
// or "" when the catalogue gives none.
func covers(a *catalogue.Alliance) string {
	var places []string
	for _, p := range a.Places {
		if p = clean(p); p != "" {
			places = append(places, p)
		}
	}
	if len(places) == 0 {
		return ""
	}
	return "Covers: " + strings.Join(places, ", ") + "."
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
	styled(st.Muted, allianceKind(a))
	out = append(out, line{})
	text(clean(a.Summary))
	if c := covers(a); c != "" {
		out = append(out, line{})
		text(c)
	}
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
