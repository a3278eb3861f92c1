package plain

import "github.com/nhs-pathways/pathways/catalogue"

// Cancer alliances and regional bodies: what happens near the user.

func (s *session) alliancesPage() *page {
	c := s.cat
	pg := newPage("Cancer alliances near you")
	if len(c.Alliances) == 0 {
		pg.say("There are no cancer alliances in this catalogue.")
		return pg
	}
	pg.say("Cancer alliances and regional bodies in the sources. Type a number to see their case studies and offers.")
	for _, a := range c.Alliances {
		pg.choice(a.Name+" ("+a.Region+")", func() *page { return s.alliancePage(a) })
	}
	return pg
}

func (s *session) alliancePage(a *catalogue.Alliance) *page {
	c := s.cat
	pg := newPage(a.Name)
	pg.field("Region", a.Region)
	pg.field("Summary", a.Summary)
	pg.field("Note", a.Note)
	pg.blank()
	pg.heading("Case studies")
	cases := c.AllianceCases(a.ID)
	for _, cs := range cases {
		pg.choice(caseLabel(cs), func() *page { return s.casePage(cs) })
	}
	if len(cases) == 0 {
		pg.say("None in this catalogue.")
	}
	pg.blank()
	pg.heading("Programmes, education offers and funding")
	progs := c.AllianceProgrammes(a.ID)
	for _, p := range progs {
		pg.choice(p.Name, func() *page { return s.programmePage(p) })
	}
	if len(progs) == 0 {
		pg.say("None in this catalogue.")
	}
	return pg
}
