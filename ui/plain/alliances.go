package plain

import (
	"fmt"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Cancer alliances and regional bodies: what happens near the user.

func (s *session) alliancesPage() *page {
	c := s.cat
	pg := newPage("Cancer alliances near you")
	if len(c.Alliances) == 0 {
		pg.say("There are no cancer alliances in this catalogue.")
		return pg
	}
	pg.say("Cancer alliances in England and regional bodies. Type your town, county or integrated care board to find yours, or a number to see an alliance's case studies and offers.")
	for _, a := range c.Alliances {
		pg.choice(a.Name+" ("+a.Region+")", func() *page { return s.alliancePage(a) })
	}
	pg.ask = fmt.Sprintf("Type a place, or a number from 1 to %d; b for back, h for home, q to quit.", pg.choices)
	pg.text = func(s *session, words string) { s.push(s.placePage(words)) }
	return pg
}

// placePage lists the alliances that cover a place, or says where to look.
func (s *session) placePage(words string) *page {
	c := s.cat
	near := c.FindAlliancesByPlace(words)
	if len(near) == 0 {
		if a, err := c.FindAlliance(words); err == nil {
			near = []*catalogue.Alliance{a}
		}
	}
	pg := newPage(fmt.Sprintf("Cancer alliances for \"%s\"", shorten(words)))
	if len(near) == 0 {
		pg.say(fmt.Sprintf("No alliance in this catalogue covers \"%s\". Try your county or integrated care board, or ask your trust's cancer workforce lead.", shorten(words)))
		return pg
	}
	for _, a := range near {
		pg.choice(a.Name+" ("+a.Region+")", func() *page { return s.alliancePage(a) })
	}
	return pg
}

func (s *session) alliancePage(a *catalogue.Alliance) *page {
	c := s.cat
	pg := newPage(a.Name)
	pg.field("Region", a.Region)
	pg.field("Covers", strings.Join(a.Places, ", "))
	pg.field("Summary", a.Summary)
	pg.field("Note", a.Note)
	pg.blank()
	pg.heading("Case studies")
	cases := c.AllianceCases(a.ID)
	for _, cs := range cases {
		pg.choice(caseLabel(cs), func() *page { return s.casePage(cs) })
	}
	if len(cases) == 0 {
		pg.say(noneNearYou)
	}
	pg.blank()
	pg.heading("Programmes, education offers and funding")
	progs := c.AllianceProgrammes(a.ID)
	for _, p := range progs {
		pg.choice(p.Name, func() *page { return s.programmePage(p) })
	}
	if len(progs) == 0 {
		pg.say(noneNearYou)
	}
	return pg
}

// noneNearYou stands under an alliance's heading that has nothing in it,
// as in the explorer and on the command line.
const noneNearYou = "None in this catalogue; ask your trust's cancer workforce lead, or see the alliance's own website."
