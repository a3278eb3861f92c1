package main

import (
	"fmt"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// noLevel is the id that stands for "no ACCEnD level stated" in
// 'pathways roles --accend' and 'pathways levels'.
const noLevel = "none"

// levelOut is one ACCEnD level of practice with its roles, for
// 'pathways levels --json'; the last, id "none", holds the roles that
// state no level.
type levelOut struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Means string `json:"means,omitempty"`
	Roles []ref  `json:"roles"`
}

// levelGroups are the ACCEnD levels in order, each with its roles by
// title, then "No level stated" with the roles that carry no level (left
// out when there are none), so that every role is in exactly one group.
func levelGroups(c *catalogue.Catalogue) []levelOut {
	out := make([]levelOut, 0, len(c.Accend)+1)
	for _, l := range c.Accend {
		out = append(out, levelOut{l.ID, l.Label, l.Means, rolesOf(c.RolesAtLevel(l.ID))})
	}
	if none := c.RolesWithNoLevel(); len(none) > 0 && c.AccendLevel(noLevel) == nil {
		out = append(out, levelOut{noLevel, "No level stated", "The sources place these roles at no ACCEnD level.", rolesOf(none)})
	}
	return out
}

// findLevel resolves an ACCEnD level by id or label (with or without its
// "ACCEnD: " prefix), or "none" for roles with no level, as other names
// are resolved; it gives the level's id.
func findLevel(c *catalogue.Catalogue, name string) (string, error) {
	all := make([]catalogue.Named, 0, len(c.Accend)+1)
	for _, l := range c.Accend {
		short, _ := strings.CutPrefix(l.Label, "ACCEnD: ")
		all = append(all, catalogue.Named{ID: l.ID, Title: l.Label, Names: []string{l.ID, l.Label, short}})
	}
	if c.AccendLevel(noLevel) == nil {
		all = append(all, catalogue.Named{ID: noLevel, Title: "No level stated", Names: []string{noLevel, "No level stated", "no level"}})
	}
	n, err := catalogue.Resolve(catalogue.KindAccend, name, all)
	if err != nil {
		return "", nameErr(err)
	}
	return n.ID, nil
}

// rolesAtLevel is the roles at a level found by findLevel, in catalogue
// order.
func rolesAtLevel(c *catalogue.Catalogue, roles []*catalogue.Role, id string) []*catalogue.Role {
	var kept []*catalogue.Role
	for _, r := range roles {
		none := r.Accend == "" || c.AccendLevel(r.Accend) == nil
		if r.Accend == id && !none || id == noLevel && none {
			kept = append(kept, r)
		}
	}
	return kept
}

// cmdLevels lists the ACCEnD levels of practice with their role counts,
// and the roles with no level stated. JSON: a list of levelOut.
func cmdLevels(a *app, args []string) error {
	if len(args) > 0 {
		return usagef("levels takes no arguments (did you mean 'pathways roles --accend %s'?)", clean(args[0]))
	}
	c := a.cat
	groups := levelGroups(c)
	if a.json {
		return writeJSON(a.env.stdout, groups)
	}
	p := a.printer()
	p.heading("ACCEnD levels of practice")
	rows := make([][]string, 0, len(groups))
	for _, g := range groups {
		rows = append(rows, []string{g.ID, fmt.Sprint(len(g.Roles)), g.Title})
	}
	p.table([]string{"LEVEL", "ROLES", "TITLE"}, rows)
	p.dim("The levels of practice of ACCEnD, the Aspirant Cancer Career and Education Development framework for cancer care. 'pathways roles --accend LEVEL' lists the roles at one.")
	return nil
}
