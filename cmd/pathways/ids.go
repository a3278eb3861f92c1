package main

import (
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// idOut is one id a catalogue may use, with its title and what it means.
type idOut struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Means string `json:"means,omitempty"`
}

// idKind is one kind of id and the role field that takes it.
type idKind struct {
	name, field, heading string
	list                 func(c *catalogue.Catalogue) []idOut
}

func idKindList() []idKind {
	return []idKind{
		{"family", "family", "Families (a role's family)", func(c *catalogue.Catalogue) (out []idOut) {
			for _, x := range c.Families {
				out = append(out, idOut{x.ID, x.Name, x.Summary})
			}
			return out
		}},
		{"domain", "domains", "Domains (a role's domains)", func(c *catalogue.Catalogue) (out []idOut) {
			for _, x := range c.Domains {
				out = append(out, idOut{x.ID, x.Area + ": " + x.Name, x.Summary})
			}
			return out
		}},
		{"regulator", "regulator", "Regulators (a role's regulator)", func(c *catalogue.Catalogue) (out []idOut) {
			for _, x := range c.Regulators {
				out = append(out, idOut{x.ID, x.Name, x.Full})
			}
			return out
		}},
		{"accend", "accend", "ACCEnD levels of practice (a role's accend)", levels(func(c *catalogue.Catalogue) []*catalogue.Level { return c.Accend })},
		{"level", "career_level", "Career framework levels (a role's career_level)", levels(func(c *catalogue.Catalogue) []*catalogue.Level { return c.Levels })},
		{"band", "bands", "Agenda for Change bands (a role's bands)", func(c *catalogue.Catalogue) (out []idOut) {
			for _, x := range c.Bands {
				out = append(out, idOut{x.ID, x.Label, x.Means})
			}
			return out
		}},
		{"grade", "grade", "Medical grades (a role's grade)", func(c *catalogue.Catalogue) (out []idOut) {
			for _, x := range c.Grades {
				out = append(out, idOut{x.ID, x.Label, x.Means})
			}
			return out
		}},
	}
}

func levels(get func(c *catalogue.Catalogue) []*catalogue.Level) func(c *catalogue.Catalogue) []idOut {
	return func(c *catalogue.Catalogue) (out []idOut) {
		for _, x := range get(c) {
			out = append(out, idOut{x.ID, x.Label, x.Means})
		}
		return out
	}
}

func idKinds() []string {
	var out []string
	for _, k := range idKindList() {
		out = append(out, k.name)
	}
	return out
}

// cmdIDs lists the ids a catalogue file may use, of one kind or all.
// JSON: for one kind a list of {"id", "title", "means"}; for all, an
// object from kind to such a list.
func cmdIDs(a *app, args []string) error {
	kinds := idKindList()
	if len(args) > 1 {
		return usagef("ids takes at most one KIND: %s", strings.Join(idKinds(), ", "))
	}
	if len(args) == 1 {
		want := strings.TrimSuffix(strings.ToLower(args[0]), "s")
		var found []idKind
		for _, k := range kinds {
			if k.name == want || k.field == strings.ToLower(args[0]) {
				found = append(found, k)
			}
		}
		if len(found) == 0 {
			hint := ""
			if s := nearestWord(want, idKinds()); s != "" {
				hint = " (did you mean " + s + "?)"
			}
			return usagef("no kind of id called %q%s; kinds are %s", clean(args[0]), hint, strings.Join(idKinds(), ", "))
		}
		kinds = found
	}
	c := a.cat
	if a.json {
		if len(args) == 1 {
			return writeJSON(a.env.stdout, nonNilIDs(kinds[0].list(c)))
		}
		all := map[string][]idOut{}
		for _, k := range kinds {
			all[k.name] = nonNilIDs(k.list(c))
		}
		return writeJSON(a.env.stdout, all)
	}
	p := a.printer()
	for i, k := range kinds {
		if i > 0 {
			p.line("")
		}
		p.heading(k.heading)
		var rows [][]string
		for _, x := range k.list(c) {
			rows = append(rows, []string{x.ID, x.Title})
		}
		if len(rows) == 0 {
			p.line("  None in this catalogue.")
			continue
		}
		p.table([]string{"ID", "TITLE"}, rows)
	}
	return nil
}

func nonNilIDs(xs []idOut) []idOut {
	if xs == nil {
		return []idOut{}
	}
	return xs
}
