package plain

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

func (s *session) home() *page {
	c := s.cat
	pg := newPage("Home")
	pg.say(fmt.Sprintf("%s, %s, %s and %s.", catalogue.Plural(len(c.Roles), "role"), catalogue.Plural(len(c.Routes), "curated route"),
		catalogue.Plural(len(c.Cases), "case study"), catalogue.Plural(len(c.Programmes), "programme")))
	pg.blank()
	pg.choice("Browse by band: bands 2 to 9 and the medical grades", s.bandsPage)
	pg.choice("Browse by area: the families of roles", s.familiesPage)
	pg.choice("Find a route from one role to another", func() *page { return s.finderFrom(nil) })
	pg.choice("Curated routes", s.routesPage)
	pg.choice("Case studies", s.casesPage)
	pg.choice("Programmes and funding", s.programmesPage)
	pg.choice("Search", s.searchPage)
	pg.choice("Cancer alliances near you: their case studies and offers", s.alliancesPage)
	pg.choice("Browse by level of practice (ACCEnD): supportive to consultant", s.levelsPage)
	pg.ask = fmt.Sprintf("Type a number from 1 to %d, or words to search for. Type q to quit or ? for help.", pg.choices)
	pg.text = func(s *session, words string) { s.push(s.resultsPage(words)) }
	return pg
}

// bandsPage lists the Agenda for Change bands and medical grades with
// their role counts. A band is chosen by its own name, "4" or "8a", so
// that typing 4 opens band 4; the grades are numbered after the bands.
func (s *session) bandsPage() *page {
	c := s.cat
	pg := newPage("Browse by band")
	pg.say("Agenda for Change bands, with the number of roles in each.")
	next := 1
	var ids []string
	for _, b := range c.Bands {
		n := len(c.RolesInBand(b.ID))
		if b.Closed && n == 0 {
			continue
		}
		ids = append(ids, b.ID)
		label := b.Label
		if !strings.Contains(strings.ToLower(label), strings.ToLower(b.ID)) {
			label += " (" + b.ID + ")"
		}
		pg.keyed(b.ID, fmt.Sprintf("%s: %s", label, catalogue.Plural(n, "role")), func() *page { return s.bandPage(b) })
		if v, err := strconv.Atoi(b.ID); err == nil && v >= next {
			next = v + 1
		}
	}
	if none := c.RolesWithNoBand(); len(none) > 0 {
		pg.keyed("v", fmt.Sprintf("Band varies or not stated: %s", catalogue.Plural(len(none), "role")), func() *page {
			vp := newPage("Band varies or not stated")
			vp.say("The sources give no band for these roles, or say it varies by trust. Each role's page says why.")
			s.roleChoices(vp, none, "")
			return vp
		})
	}
	// grades are numbered from 10, after the bands 2 to 9, so that no
	// grade takes the number of a band
	next = max(next, 10)
	var grades []string
	if len(c.Grades) > 0 {
		pg.heading("Medical grades. Doctors are not on Agenda for Change.")
		for _, g := range c.Grades {
			key := strconv.Itoa(next)
			for pg.keys[key] != nil {
				next++
				key = strconv.Itoa(next)
			}
			next++
			grades = append(grades, key)
			n := len(c.RolesInGrade(g.ID))
			pg.keyed(key, fmt.Sprintf("%s: %s", g.Label, catalogue.Plural(n, "role")), func() *page { return s.gradePage(g) })
		}
	}
	ask := "Type a band"
	if len(ids) > 0 {
		ask += ", such as " + ids[min(2, len(ids)-1)]
		for _, id := range ids {
			if _, err := strconv.Atoi(id); err != nil {
				ask += " or " + id
				break
			}
		}
	}
	switch {
	case len(grades) == 1:
		ask += fmt.Sprintf("; or %s for the medical grade", grades[0])
	case len(grades) > 1:
		ask += fmt.Sprintf("; or %s to %s for a medical grade", grades[0], grades[len(grades)-1])
	}
	if pg.keys["v"] != nil {
		ask += "; or v for roles whose band varies"
	}
	pg.ask = ask + ". b for back, h for home, q to quit, ? for help."
	// "band 4" works as well as "4"
	pg.text = func(s *session, words string) {
		w := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.ToLower(words), "band")))
		if open, ok := pg.keys[w]; ok && w != "" {
			s.push(open())
			return
		}
		if b := c.Band(w); b != nil {
			s.push(s.bandPage(b))
			return
		}
		s.p.para("", "There is no band \""+shorten(words)+"\" here.")
	}
	return pg
}

func (s *session) bandPage(b *catalogue.Band) *page {
	c := s.cat
	pg := newPage(b.Label)
	pg.field("Typically", b.Means)
	if b.Closed {
		pg.field("Pay", "closed to new entrants")
	} else if b.PayFrom > 0 {
		pg.field("Pay", catalogue.PayRangeText(b.PayFrom, b.PayTo, b.PayYear, time.Now()))
	}
	pg.field("Note", b.Note)
	s.roleChoices(pg, c.RolesInBand(b.ID), "No roles in this catalogue are on this band.")
	return pg
}

func (s *session) gradePage(g *catalogue.Grade) *page {
	pg := newPage(g.Label)
	pg.field("Typically", g.Means)
	pg.field("Note", g.Note)
	s.roleChoices(pg, s.cat.RolesInGrade(g.ID), "No roles in this catalogue are on this grade.")
	return pg
}

// roleChoices adds a numbered list of roles to open.
func (s *session) roleChoices(pg *page, roles []*catalogue.Role, none string) {
	if len(roles) == 0 {
		pg.heading(none)
		return
	}
	pg.heading(fmt.Sprintf("%s. Type a number to open one.", catalogue.Plural(len(roles), "role")))
	for _, r := range roles {
		pg.choice(roleLabel(s.cat, r), func() *page { return s.rolePage(r) })
	}
}

func (s *session) familiesPage() *page {
	c := s.cat
	pg := newPage("Browse by area")
	pg.say("Families of roles, with the number of roles in each.")
	for _, f := range c.Families {
		n := len(s.familyRoles(f.ID))
		if n == 0 {
			continue
		}
		pg.choice(fmt.Sprintf("%s: %s", f.Name, catalogue.Plural(n, "role")), func() *page {
			p := newPage(f.Name)
			p.say(f.Summary)
			s.roleChoices(p, s.familyRoles(f.ID), "")
			return p
		})
	}
	return pg
}

func (s *session) familyRoles(id string) []*catalogue.Role {
	var out []*catalogue.Role
	for _, r := range s.cat.Roles {
		if r.Family == id {
			out = append(out, r)
		}
	}
	return out
}

// rolePage shows everything about a role; its next and previous steps,
// programmes and case studies are numbered to open.
func (s *session) rolePage(r *catalogue.Role) *page {
	c := s.cat
	pg := newPage(r.Title)
	if len(r.Aliases) > 0 {
		pg.field("Also called", strings.Join(r.Aliases, ", "))
	}
	if r.Grade != "" {
		pg.field("Medical grade", c.BandDetail(r, true))
	} else {
		pg.say(c.BandDetail(r, true)) // "Bands 3 to 4, typical nationally. …"
	}
	pg.field("Pay", c.PayText(r, time.Now()))
	if f := c.Family(r.Family); f != nil {
		pg.field("Family", f.Name)
	}
	pg.field("Areas", c.DomainsText(r.Domains))
	if reg := c.Regulator(r.Regulator); reg != nil {
		name := reg.Name
		if reg.Full != "" && reg.Full != reg.Name {
			name += " (" + reg.Full + ")"
		}
		pg.field("Regulator", name+notePart(r.RegulatorNote))
	}
	if l := c.AccendLevel(r.Accend); l != nil {
		pg.field("ACCEnD level", strings.TrimPrefix(l.Label, "ACCEnD: "))
	}
	if r.NewRole {
		pg.field("New role", "yes, a newer role in the NHS")
	}
	pg.field("Summary", r.Summary)
	pg.field("The work", r.Work)
	pg.field("Note", r.Note)
	if len(r.Entry) > 0 {
		pg.heading("Ways in")
		for _, e := range r.Entry {
			pg.bullet(e.Text())
		}
	}
	g := c.Graph()
	if next := g.Next(r.ID); len(next) > 0 {
		pg.heading("Next steps. Type a number to follow one.")
		for _, e := range next {
			to := c.Role(e.To)
			pg.choice(roleLabel(c, to), func() *page { return s.rolePage(to) })
			stepLines(pg, e.Step)
		}
	} else {
		pg.heading("No next steps from this role in this catalogue.")
	}
	if prev := g.Prev(r.ID); len(prev) > 0 {
		pg.heading("Previous steps: roles that lead here")
		for _, e := range prev {
			from := c.Role(e.From)
			pg.choice(roleLabel(c, from), func() *page { return s.rolePage(from) })
			stepLines(pg, e.Step)
		}
	}
	if ps := c.ProgrammesFor(r.ID); len(ps) > 0 {
		pg.heading("Programmes and funding")
		for _, p := range ps {
			pg.choice(p.Name, func() *page { return s.programmePage(p) })
		}
	}
	if cs := c.CasesFor(r.ID); len(cs) > 0 {
		pg.heading("Case studies")
		for _, x := range cs {
			pg.choice(caseLabel(x), func() *page { return s.casePage(x) })
		}
	}
	pg.blank()
	s.mapChoice(pg, r)
	s.compareChoice(pg, r)
	s.sources(pg, r.Sources)
	return pg
}

func caseLabel(cs *catalogue.Case) string {
	if cs.Organisation == "" {
		return cs.Title
	}
	return cs.Title + ", " + cs.Organisation
}

func (s *session) casesPage() *page {
	c := s.cat
	pg := newPage("Case studies")
	if len(c.Cases) == 0 {
		pg.say("There are no case studies in this catalogue.")
		return pg
	}
	pg.say("Stories from NHS organisations. Type a number to read one.")
	for _, cs := range c.Cases {
		pg.choice(caseLabel(cs), func() *page { return s.casePage(cs) })
	}
	return pg
}

func (s *session) casePage(cs *catalogue.Case) *page {
	c := s.cat
	pg := newPage(cs.Title)
	pg.field("Organisation", cs.Organisation)
	if al := c.Alliance(cs.Alliance); al != nil {
		pg.field("Cancer alliance", al.Name)
	}
	pg.field("Region", cs.Region)
	if len(cs.Themes) > 0 {
		pg.field("Themes", strings.ReplaceAll(strings.Join(cs.Themes, ", "), "-", " "))
	}
	pg.field("Summary", cs.Summary)
	if len(cs.Roles) > 0 {
		pg.heading("Roles in this story")
		for _, id := range cs.Roles {
			if r := c.Role(id); r != nil {
				pg.choice(roleLabel(c, r), func() *page { return s.rolePage(r) })
			}
		}
	}
	if len(cs.Programmes) > 0 {
		pg.heading("Programmes")
		for _, id := range cs.Programmes {
			if p := c.Programme(id); p != nil {
				pg.choice(p.Name, func() *page { return s.programmePage(p) })
			}
		}
	}
	pg.heading("The story")
	markdown(pg, cs.Body)
	pg.blank()
	pg.field("Note", cs.Note)
	s.sources(pg, cs.Sources)
	return pg
}

func (s *session) programmesPage() *page {
	c := s.cat
	pg := newPage("Programmes and funding")
	if len(c.Programmes) == 0 {
		pg.say("There are no programmes in this catalogue.")
		return pg
	}
	pg.say("Frameworks, funding and training programmes. Type a number to open one.")
	for _, p := range c.Programmes {
		label := p.Name
		if p.Kind != "" {
			label += " (" + p.Kind + ")"
		}
		pg.choice(label, func() *page { return s.programmePage(p) })
	}
	return pg
}

func (s *session) programmePage(p *catalogue.Programme) *page {
	c := s.cat
	pg := newPage(p.Name)
	pg.field("Kind", p.Kind)
	pg.field("Organisation", p.Organisation)
	if al := c.Alliance(p.Alliance); al != nil {
		pg.field("Cancer alliance", al.Name)
	}
	pg.field("Summary", p.Summary)
	pg.field("Offers", p.Offers)
	pg.field("Note", p.Note)
	pg.field("Address", p.URL)
	var roles []*catalogue.Role
	for _, r := range c.Roles {
		if contains(p.Roles, r.ID) || contains(r.Programmes, p.ID) {
			roles = append(roles, r)
		}
	}
	if len(roles) > 0 {
		pg.heading("Roles it serves")
		for _, r := range roles {
			pg.choice(roleLabel(c, r), func() *page { return s.rolePage(r) })
		}
	}
	var cases []*catalogue.Case
	for _, cs := range c.Cases {
		if contains(cs.Programmes, p.ID) {
			cases = append(cases, cs)
		}
	}
	if len(cases) > 0 {
		pg.heading("Case studies")
		for _, cs := range cases {
			pg.choice(caseLabel(cs), func() *page { return s.casePage(cs) })
		}
	}
	s.sources(pg, p.Sources)
	return pg
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// levelsPage lists the ACCEnD levels of practice with their role counts,
// then the roles that carry no level, so that no role is left out.
func (s *session) levelsPage() *page {
	c := s.cat
	pg := newPage("Browse by level of practice")
	pg.say("The ACCEnD framework's levels of practice for cancer care, with the number of roles at each.")
	for _, l := range c.Accend {
		pg.choice(fmt.Sprintf("%s: %s", l.Label, catalogue.Plural(len(c.RolesAtLevel(l.ID)), "role")), func() *page {
			lp := newPage(l.Label)
			lp.field("Means", l.Means)
			lp.field("Note", l.Note)
			s.roleChoices(lp, c.RolesAtLevel(l.ID), "No roles in this catalogue are at this level.")
			return lp
		})
	}
	if none := c.RolesWithNoLevel(); len(none) > 0 {
		pg.choice(fmt.Sprintf("No level stated: %s", catalogue.Plural(len(none), "role")), func() *page {
			lp := newPage("No level of practice stated")
			lp.say("The sources place these roles at no ACCEnD level.")
			s.roleChoices(lp, none, "")
			return lp
		})
	}
	pg.ask = fmt.Sprintf("Type a number from 1 to %d; b for back, h for home, q to quit, ? for help.", pg.choices)
	return pg
}
