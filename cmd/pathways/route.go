package main

import (
	"fmt"

	"github.com/nhs-pathways/pathways/catalogue"
)

func cmdRoute(a *app, args []string) error {
	rest, by := args, &a.by
	if len(rest) != 2 {
		return usagef("route needs two names: pathways route FROM TO (quote names with spaces)")
	}
	if *by != "steps" && *by != "years" {
		return usagef("--by is steps or years, not %q", clean(*by))
	}
	c := a.cat
	from, err := c.FindRole(rest[0])
	if err != nil {
		return nameErr(err)
	}
	to, err := c.FindRole(rest[1])
	if err != nil {
		return nameErr(err)
	}
	paths := c.Graph().Alternatives(from.ID, to.ID, 4, *by == "years")
	if len(paths) == 0 {
		return failf("no route from %s to %s in this catalogue; try 'pathways next %s --within 5' to see where it leads", clean(from.Title), clean(to.Title), from.ID)
	}
	if a.json {
		alts := make([]routeOut, 0, len(paths)-1)
		for _, p := range paths[1:] {
			alts = append(alts, pathJSON(c, p))
		}
		return writeJSON(a.env.stdout, struct {
			routeOut
			By           string     `json:"by"`
			Alternatives []routeOut `json:"alternatives"`
		}{pathJSON(c, paths[0]), *by, alts})
	}
	p := a.printer()
	p.heading(fmt.Sprintf("From %s to %s", from.Title, to.Title))
	if *by == "years" {
		p.dim("The route with the least typical time.")
	} else {
		p.dim("The route with the fewest steps.")
	}
	p.line("")
	printPath(p, c, paths[0])
	if len(paths) > 1 {
		p.line("")
		p.heading("Other routes")
		for _, alt := range paths[1:] {
			p.para("  • ", routeLine(c, alt))
		}
	}
	return nil
}

// printPath prints a route as a numbered ladder with what each step takes.
func printPath(p *printer, c *catalogue.Catalogue, path catalogue.Path) {
	for i, id := range path.Roles {
		r := c.Role(id)
		p.line("%2d. %s  %s", i+1, headStyle.Render(clean(r.Title)), dimStyle.Render(clean(p.bandLabel(c, r))))
		if i < len(path.Steps) {
			p.step("      ", path.Steps[i].Step)
		}
	}
	p.line("")
	p.para("", path.TotalText())
	p.legend()
}

func routeLine(c *catalogue.Catalogue, path catalogue.Path) string {
	s := ""
	for i, id := range path.Roles {
		if i > 0 {
			s += " → "
		}
		s += c.TitleOf(id)
	}
	return s + " (" + path.TotalText() + ")"
}
