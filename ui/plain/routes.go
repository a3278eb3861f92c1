package plain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Pages for finding a route between two roles and for curated routes.

// finderFrom asks where a route starts; with a target, the route is shown
// as soon as the start is known.
func (s *session) finderFrom(target *catalogue.Role) *page {
	pg := newPage("Find a route")
	pg.say("Find the ways from one role to another, with what each step takes.")
	if target != nil {
		pg.field("To", target.Title)
	}
	pg.ask = "From which role? Type a name, such as CNS or healthcare support worker; b for back, q to quit."
	pg.text = func(s *session, words string) {
		s.pickRole(words, func(from *catalogue.Role) *page {
			if target != nil {
				return s.routePage(from, target, false)
			}
			return s.finderTo(from)
		})
	}
	return pg
}

// finderTo asks where a route ends.
func (s *session) finderTo(from *catalogue.Role) *page {
	pg := newPage("Find a route from " + from.Title)
	pg.ask = "To which role? Type a name, such as nurse consultant; b for back, q to quit."
	pg.text = func(s *session, words string) {
		s.pickRole(words, func(to *catalogue.Role) *page { return s.routePage(from, to, false) })
	}
	return pg
}

// pickRole resolves a typed name and opens then(role); when the name is
// ambiguous or unknown it lists the candidates to choose from.
func (s *session) pickRole(words string, then func(*catalogue.Role) *page) {
	r, err := s.cat.FindRole(words)
	if err == nil {
		s.push(then(r))
		return
	}
	var ne *catalogue.NameError
	if !errors.As(err, &ne) || len(ne.Candidates) == 0 {
		s.p.para("", fmt.Sprintf("No role is called \"%s\". Try another name, or type b to go back.", shorten(words)))
		return
	}
	var pg *page
	if ne.Ambiguous {
		pg = newPage(fmt.Sprintf("More than one role matches \"%s\".", shorten(words)))
	} else {
		pg = newPage(fmt.Sprintf("No role is called \"%s\". Did you mean one of these?", shorten(words)))
	}
	var roles []*catalogue.Role
	for _, n := range ne.Candidates {
		if r := s.cat.Role(n.ID); r != nil {
			roles = append(roles, r)
		}
	}
	if ne.Ambiguous && len(roles) > maxResults {
		pg.say(fmt.Sprintf("%d roles match; here are the first %d.", len(roles), maxResults))
	}
	for i, r := range roles {
		if ne.Ambiguous && i == maxResults {
			pg.choice(fmt.Sprintf("Show all %d roles that match", len(roles)), func() *page {
				all := newPage(fmt.Sprintf("All %d roles that match \"%s\"", len(roles), shorten(words)))
				for _, r := range roles {
					all.choice(roleLabel(s.cat, r), func() *page { return then(r) })
				}
				all.ask = fmt.Sprintf("Type a number from 1 to %d; b for back, q to quit.", all.choices)
				return all
			})
			break
		}
		pg.choice(roleLabel(s.cat, r), func() *page { return then(r) })
	}
	pg.ask = fmt.Sprintf("Type a number from 1 to %d, or another name; b for back, q to quit.", pg.choices)
	top := s.top()
	pg.text = top.text
	s.push(pg)
}

// routePage shows the best route from one role to another, step by step,
// and the other routes.
func (s *session) routePage(from, to *catalogue.Role, byYears bool) *page {
	c := s.cat
	paths := c.Graph().Alternatives(from.ID, to.ID, 4, byYears)
	pg := newPage(fmt.Sprintf("Route from %s to %s", from.Title, to.Title))
	if len(paths) == 0 {
		pg.say("There is no route between these roles in this catalogue.")
		pg.blank()
		pg.choice("Open "+from.Title, func() *page { return s.rolePage(from) })
		pg.choice("Open "+to.Title, func() *page { return s.rolePage(to) })
		return pg
	}
	if byYears {
		pg.say("The route with the least typical time.")
	} else {
		pg.say("The route with the fewest steps.")
	}
	s.pathLines(pg, paths[0])
	if len(paths) > 1 {
		pg.heading("Other routes")
		for _, alt := range paths[1:] {
			pg.choice(s.routeLine(alt), func() *page {
				p := newPage(fmt.Sprintf("Another route from %s to %s", from.Title, to.Title))
				s.pathLines(p, alt)
				return p
			})
		}
	}
	pg.blank()
	if byYears {
		pg.choice("Show the route with the fewest steps instead", func() *page { return s.routePage(from, to, false) })
	} else {
		pg.choice("Show the route with the least typical time instead", func() *page { return s.routePage(from, to, true) })
	}
	s.routeMapChoice(pg, "the route from "+from.Title+" to "+to.Title, paths[0].Roles)
	return pg
}

// pathLines adds a route as numbered roles, each followed by what the step
// to the next one takes, then the typical total.
func (s *session) pathLines(pg *page, path catalogue.Path) {
	c := s.cat
	pg.say("Type a role's number to open it.")
	pg.blank()
	for i, id := range path.Roles {
		r := c.Role(id)
		if r == nil {
			continue
		}
		pg.choice(roleLabel(c, r), func() *page { return s.rolePage(r) })
		if i < len(path.Steps) {
			pg.item(fmt.Sprintf("Step %d, to %s.", i+1, c.TitleOf(path.Steps[i].To)))
			stepLines(pg, path.Steps[i].Step)
		}
	}
	pg.blank()
	pg.field("Total", path.TotalText())
}

func (s *session) routeLine(path catalogue.Path) string {
	names := make([]string, 0, len(path.Roles))
	for _, id := range path.Roles {
		names = append(names, s.cat.TitleOf(id))
	}
	return strings.Join(names, ", then ") + ". " + path.TotalText()
}

func (s *session) routesPage() *page {
	c := s.cat
	pg := newPage("Curated routes")
	if len(c.Routes) == 0 {
		pg.say("There are no curated routes in this catalogue.")
		return pg
	}
	pg.say("Routes someone has set out, step by step.")
	for _, r := range c.Routes {
		pg.choice(fmt.Sprintf("%s (%s)", r.Title, catalogue.Plural(len(r.Roles), "role")), func() *page { return s.curatedPage(r) })
	}
	return pg
}

func (s *session) curatedPage(r *catalogue.Route) *page {
	pg := newPage(r.Title)
	pg.say(r.Summary)
	pg.field("Note", r.Note)
	pg.blank()
	s.pathLines(pg, s.cat.RoutePath(r))
	pg.blank()
	s.routeMapChoice(pg, r.Title, r.Roles)
	s.sources(pg, r.Sources)
	return pg
}
