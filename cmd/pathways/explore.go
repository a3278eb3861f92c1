package main

import (
	"fmt"

	"github.com/nhs-pathways/pathways/catalogue"
)

// explore opens the explorer on a terminal; piped, it prints an overview.
func explore(a *app) error {
	cat, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		return err
	}
	a.cat = cat
	return overview(a)
}

// overview is what `pathways` prints when stdout is not a terminal.
func overview(a *app) error {
	c := a.cat
	p := a.printer()
	p.heading("pathways: careers in the NHS cancer and diagnostics workforce")
	p.para("", fmt.Sprintf("%s, %s, %s and %s, from %s (version %s).",
		plural(len(c.Roles), "role"), plural(len(c.Routes), "curated route"), plural(len(c.Cases), "case study"),
		plural(len(c.Programmes), "programme"), c.Meta.Name, c.Meta.Version))
	p.line("")
	p.heading("Roles by band")
	for _, b := range c.Bands {
		rs := c.RolesInBand(b.ID)
		if len(rs) == 0 {
			continue
		}
		p.para("  ", fmt.Sprintf("%s: %s", b.Label, titles(rs)))
	}
	for _, g := range c.Grades {
		if rs := c.RolesInGrade(g.ID); len(rs) > 0 {
			p.para("  ", fmt.Sprintf("%s: %s", g.Label, titles(rs)))
		}
	}
	p.line("")
	p.heading("Curated routes")
	for _, r := range c.Routes {
		p.para("  • ", r.Title+" ("+r.ID+")")
	}
	p.line("")
	p.para("", "Open the explorer in a terminal with 'pathways'. Try 'pathways role CNS', 'pathways route \"cancer support worker\" \"nurse consultant\"', or 'pathways --help'.")
	return nil
}

func titles(rs []*catalogue.Role) string {
	s := ""
	for i, r := range rs {
		if i > 0 {
			s += ", "
		}
		s += r.Title
	}
	return s
}
