package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

func cmdRoles(a *app, args []string) error {
	if len(args) > 0 {
		return usagef("roles takes no names (did you mean 'pathways role %s'?)", clean(strings.Join(args, " ")))
	}
	c := a.cat
	roles := c.Roles
	if a.band != "" {
		b := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(a.band)), "band ")
		switch {
		case c.Band(b) != nil:
			roles = c.RolesInBand(b)
		case c.Grade(b) != nil:
			roles = c.RolesInGrade(b)
		default:
			return failf("no band or medical grade called %q; bands are %s", clean(a.band), bandIDs(c))
		}
	}
	if a.family != "" {
		f, err := findFamily(c, a.family)
		if err != nil {
			return err
		}
		var kept []*catalogue.Role
		for _, r := range roles {
			if r.Family == f {
				kept = append(kept, r)
			}
		}
		roles = kept
	}
	if a.accend != "" {
		id, err := findLevel(c, a.accend)
		if err != nil {
			return err
		}
		roles = rolesAtLevel(c, roles, id)
	}
	if a.json {
		out := make([]roleOut, 0, len(roles))
		for _, r := range roles {
			out = append(out, roleJSON(c, r))
		}
		return writeJSON(a.env.stdout, out)
	}
	p := a.printer()
	if len(roles) == 0 {
		p.line("No roles in this catalogue match all of those.")
		return nil
	}
	rows := make([][]string, 0, len(roles))
	for _, r := range roles {
		rows = append(rows, []string{r.ID, p.shortBands(r), r.Family, r.Title})
	}
	p.table([]string{"ID", "BAND", "FAMILY", "TITLE"}, rows)
	p.legend()
	p.dim(fmt.Sprintf("%s. 'pathways role ID' shows one.", catalogue.Plural(len(rows), "role")))
	return nil
}

func bandIDs(c *catalogue.Catalogue) string {
	ids := make([]string, 0, len(c.Bands))
	for _, b := range c.Bands {
		ids = append(ids, b.ID)
	}
	for _, g := range c.Grades {
		ids = append(ids, g.ID)
	}
	return strings.Join(ids, ", ")
}

func findFamily(c *catalogue.Catalogue, name string) (string, error) {
	all := make([]catalogue.Named, 0, len(c.Families))
	for _, f := range c.Families {
		all = append(all, catalogue.Named{ID: f.ID, Title: f.Name, Names: []string{f.ID, f.Name}})
	}
	n, err := catalogue.Resolve(catalogue.KindFamily, name, all)
	if err != nil {
		return "", nameErr(err)
	}
	return n.ID, nil
}

func cmdRoutes(a *app, args []string) error {
	rest := args
	c := a.cat
	if len(rest) > 1 {
		return usagef("routes takes at most one route id")
	}
	if len(rest) == 1 {
		r, err := c.FindRoute(rest[0])
		if err != nil {
			return nameErr(err)
		}
		if a.json {
			return writeJSON(a.env.stdout, curatedJSON(c, r))
		}
		p := a.printer()
		p.heading(r.Title)
		p.para("", r.Summary)
		p.line("")
		printPath(p, c, c.RoutePath(r))
		if r.Note != "" {
			p.line("")
			p.field("Note", r.Note)
		}
		printSources(p, c, r.Sources)
		return nil
	}
	if a.json {
		out := make([]routeOut, 0, len(c.Routes))
		for _, r := range c.Routes {
			out = append(out, curatedJSON(c, r))
		}
		return writeJSON(a.env.stdout, out)
	}
	rows := make([][]string, 0, len(c.Routes))
	for _, r := range c.Routes {
		rows = append(rows, []string{r.ID, fmt.Sprint(len(r.Roles)), r.Title})
	}
	p := a.printer()
	p.table([]string{"ID", "ROLES", "TITLE"}, rows)
	p.dim(fmt.Sprintf("%s. 'pathways routes ID' shows one.", catalogue.Plural(len(rows), "route")))
	return nil
}

func cmdCases(a *app, args []string) error {
	if len(args) > 0 {
		return usagef("cases takes no names (did you mean 'pathways case %s'?)", clean(strings.Join(args, " ")))
	}
	c := a.cat
	if a.json {
		out := make([]caseOut, 0, len(c.Cases))
		for _, cs := range c.Cases {
			out = append(out, caseJSON(c, cs))
		}
		return writeJSON(a.env.stdout, out)
	}
	rows := make([][]string, 0, len(c.Cases))
	for _, cs := range c.Cases {
		rows = append(rows, []string{cs.ID, cs.Organisation, cs.Title})
	}
	p := a.printer()
	p.table([]string{"ID", "ORGANISATION", "TITLE"}, rows)
	p.dim(fmt.Sprintf("%s. 'pathways case ID' reads one.", catalogue.Plural(len(rows), "case study")))
	return nil
}

func cmdProgrammes(a *app, args []string) error {
	c := a.cat
	if len(args) > 0 {
		return showProgramme(a, strings.Join(args, " "), a.json)
	}
	if a.json {
		out := make([]programmeOut, 0, len(c.Programmes))
		for _, p := range c.Programmes {
			out = append(out, programmeJSON(c, p))
		}
		return writeJSON(a.env.stdout, out)
	}
	rows := make([][]string, 0, len(c.Programmes))
	for _, p := range c.Programmes {
		rows = append(rows, []string{p.ID, p.Kind, p.Name})
	}
	p := a.printer()
	p.table([]string{"ID", "KIND", "NAME"}, rows)
	p.dim(fmt.Sprintf("%s. 'pathways programmes ID' shows one.", catalogue.Plural(len(rows), "programme")))
	return nil
}

func showProgramme(a *app, name string, asJSON bool) error {
	c := a.cat
	prog, err := c.FindProgramme(name)
	if err != nil {
		return nameErr(err)
	}
	if asJSON {
		return writeJSON(a.env.stdout, programmeJSON(c, prog))
	}
	p := a.printer()
	p.heading(prog.Name)
	p.field("Kind", prog.Kind)
	p.field("Organisation", prog.Organisation)
	if al := c.Alliance(prog.Alliance); al != nil {
		p.field("Alliance", al.Name)
	}
	p.field("Summary", prog.Summary)
	p.field("Offers", prog.Offers)
	roles := make([]string, 0, len(prog.Roles))
	for _, id := range prog.Roles {
		roles = append(roles, c.TitleOf(id))
	}
	p.field("Roles", strings.Join(roles, "; "))
	p.field("Note", prog.Note)
	p.field("Address", prog.URL)
	printSources(p, c, prog.Sources)
	return nil
}

func cmdBands(a *app, args []string) error {
	if len(args) > 0 {
		return usagef("bands takes no arguments")
	}
	c := a.cat
	if a.json {
		out := make([]bandOut, 0, len(c.Bands)+len(c.Grades))
		for _, b := range c.Bands {
			rs := c.RolesInBand(b.ID)
			out = append(out, bandOut{catalogue.BandJSON{ID: b.ID, Scale: "agenda-for-change", Label: b.Label, Means: b.Means, PayFrom: b.PayFrom, PayTo: b.PayTo, PayYear: b.PayYear, Closed: b.Closed, Roles: roleIDs(rs)}, rolesOf(rs)})
		}
		for _, g := range c.Grades {
			rs := c.RolesInGrade(g.ID)
			out = append(out, bandOut{catalogue.BandJSON{ID: g.ID, Scale: "medical", Label: g.Label, Means: g.Means, Roles: roleIDs(rs)}, rolesOf(rs)})
		}
		return writeJSON(a.env.stdout, out)
	}
	p := a.printer()
	rows := make([][]string, 0, len(c.Bands))
	for _, b := range c.Bands {
		pay := "—"
		switch {
		case b.Closed:
			pay = "closed to new entrants"
		case b.PayFrom > 0 && (b.PayTo == b.PayFrom || b.PayTo == 0):
			pay = catalogue.Pounds(b.PayFrom)
		case b.PayFrom > 0:
			pay = catalogue.Pounds(b.PayFrom) + " – " + catalogue.Pounds(b.PayTo)
		}
		rows = append(rows, []string{b.ID, pay, fmt.Sprint(len(c.RolesInBand(b.ID))), b.Means})
	}
	p.heading("Agenda for Change bands")
	p.table([]string{"BAND", "PAY A YEAR", "ROLES", "TYPICALLY"}, rows)
	// The year of the figures, once, and whether they are out of date:
	// figures from an older pay year are never shown as current. The
	// catalogue's note is left out when it names the pay year too, so the
	// year is never stated twice.
	note := c.Meta.Note
	if pn := c.PayNote(time.Now()); pn != "" {
		p.dim(pn)
		if strings.Contains(note, c.PayYear()) {
			note = ""
		}
	}
	if len(c.Grades) > 0 {
		p.line("")
		p.heading("Medical grades (doctors are not on Agenda for Change)")
		rows = rows[:0]
		for _, g := range c.Grades {
			rows = append(rows, []string{g.ID, fmt.Sprint(len(c.RolesInGrade(g.ID))), g.Label})
		}
		p.table([]string{"GRADE", "ROLES", "LABEL"}, rows)
	}
	if note != "" {
		p.line("")
		p.para("", note)
	}
	return nil
}

func roleIDs(rs []*catalogue.Role) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}
