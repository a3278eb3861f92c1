package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

func cmdRole(a *app, args []string) error {
	rest := args
	if len(rest) == 0 {
		return usagef("role needs a NAME, e.g. pathways role CNS")
	}
	c := a.cat
	r, err := c.FindRole(strings.Join(rest, " "))
	if err != nil {
		return nameErr(err)
	}
	if a.json {
		return writeJSON(a.env.stdout, roleJSON(c, r))
	}
	p := a.printer()
	p.heading(r.Title)
	if len(r.Aliases) > 0 {
		p.field("Also called", strings.Join(r.Aliases, ", "))
	}
	p.field("Id", r.ID)
	p.field("Band", c.BandDetail(r, false))
	p.field("Pay", c.PayText(r, time.Now()))
	if f := c.Family(r.Family); f != nil {
		p.field("Family", f.Name)
	}
	p.field("Domains", c.DomainsText(r.Domains))
	if reg := c.Regulator(r.Regulator); reg != nil {
		p.field("Regulator", reg.Name+notePart(r.RegulatorNote))
	}
	if l := c.AccendLevel(r.Accend); l != nil {
		p.field("Level", l.Label)
	}
	if r.NewRole {
		p.field("New role", "yes: a newer role in the NHS")
	}
	p.field("Summary", r.Summary)
	p.field("The work", r.Work)
	p.field("Note", r.Note)
	if len(r.Entry) > 0 {
		p.line("")
		p.heading("Ways in")
		for _, e := range r.Entry {
			p.para("  • ", e.Text())
		}
	}
	printSteps(p, c, "Next steps", c.Graph().Next(r.ID), false)
	printSteps(p, c, "Previous steps", c.Graph().Prev(r.ID), true)
	p.legend()
	if ps := c.ProgrammesFor(r.ID); len(ps) > 0 {
		p.line("")
		p.heading("Programmes and funding")
		for _, x := range ps {
			p.para("  • ", x.Name+" ("+x.ID+")")
		}
	}
	if cs := c.CasesFor(r.ID); len(cs) > 0 {
		p.line("")
		p.heading("Case studies")
		for _, x := range cs {
			p.para("  • ", x.Title+", "+x.Organisation+" ("+x.ID+")")
		}
	}
	printSources(p, c, r.Sources)
	return nil
}

func notePart(note string) string {
	if note == "" {
		return ""
	}
	return " (" + note + ")"
}

// stepLines say what a step takes, how long it typically takes, who funds
// it and what is uncertain, one line each.
func stepLines(s *catalogue.Step) []string {
	var out []string
	if s.Takes != "" {
		out = append(out, "Takes: "+s.Takes)
	}
	var when []string
	when = append(when, "Typical time: "+catalogue.StepTimeText(*s))
	if s.Funding != "" {
		when = append(when, "Funding: "+s.Funding)
	}
	out = append(out, strings.Join(when, " · "))
	if s.Note != "" {
		out = append(out, "Note: "+s.Note)
	}
	return out
}

func (p *printer) step(indent string, s *catalogue.Step) {
	for _, l := range stepLines(s) {
		p.para(indent, l)
	}
}

func printSteps(p *printer, c *catalogue.Catalogue, title string, edges []catalogue.Edge, incoming bool) {
	if len(edges) == 0 {
		return
	}
	p.line("")
	p.heading(title)
	for _, e := range edges {
		other := e.To
		if incoming {
			other = e.From
		}
		r := c.Role(other)
		p.para("  → ", fmt.Sprintf("%s (%s, %s)", r.Title, p.bandLabel(c, r), r.ID))
		p.step("      ", e.Step)
	}
}

func cmdNext(a *app, args []string) error {
	rest, within := args, &a.within
	if len(rest) == 0 {
		return usagef("next needs a NAME, e.g. pathways next \"nursing associate\"")
	}
	if *within < 1 || *within > 20 {
		return usagef("--within is a number of steps from 1 to 20")
	}
	c := a.cat
	r, err := c.FindRole(strings.Join(rest, " "))
	if err != nil {
		return nameErr(err)
	}
	reach := c.Graph().Within(r.ID, *within)
	if a.json {
		out := make([]routeOut, 0, len(reach))
		for _, x := range reach {
			out = append(out, pathJSON(c, x.Path))
		}
		return writeJSON(a.env.stdout, out)
	}
	p := a.printer()
	if len(reach) == 0 {
		p.line("No steps lead on from %s in this catalogue.", clean(r.Title))
		return nil
	}
	if *within == 1 {
		p.heading("From " + r.Title + " you can move to")
	} else {
		p.heading(fmt.Sprintf("Within %d steps of %s", *within, r.Title))
	}
	for _, x := range reach {
		to := c.Role(x.ID)
		last := x.Path.Steps[len(x.Path.Steps)-1]
		p.para("  → ", fmt.Sprintf("%s (%s, %s)", to.Title, p.bandLabel(c, to), catalogue.Plural(len(x.Path.Steps), "step")))
		if len(x.Path.Steps) == 1 {
			p.step("      ", last.Step)
		} else {
			p.para("      ", "via "+viaText(c, x.Path))
		}
	}
	p.legend()
	return nil
}

func viaText(c *catalogue.Catalogue, path catalogue.Path) string {
	names := make([]string, 0, len(path.Roles))
	for _, id := range path.Roles[1 : len(path.Roles)-1] {
		names = append(names, c.TitleOf(id))
	}
	return strings.Join(names, " → ")
}
