package main

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui/diagram"
)

const maxDepth = 6

func mapSpec() spec {
	return spec{use: "map [ROLE]", short: "a map of where a role, or a curated route, leads",
		long: "Draw where a role can lead: the roles within --depth steps of it (2 unless given), in columns by steps, with their bands. " +
			"With --route ID, the curated route numbered and the roles one step off it. The map is drawn as boxes when it fits the terminal's width, otherwise (or with --tree) as an indented tree. " +
			diagram.Curated + " marks a role on a curated route.",
		example: "pathways map \"cancer support worker\"\npathways map hca --depth 3 --tree\npathways map --route cancer-nursing-to-acp",
		run:     cmdMap, flags: func(fs *pflag.FlagSet, a *app) {
			fs.IntVar(&a.adv.depth, "depth", 2, "roles within N steps (1 to 6)")
			fs.StringVar(&a.adv.routeID, "route", "", "map the curated route ID instead of a role (see pathways routes)")
			fs.BoolVar(&a.adv.tree, "tree", false, "an indented tree, even when the boxes would fit")
		}, complete: func(a *app, cmd *cobra.Command, args []string) []string {
			if len(args) == 0 && a.adv.routeID == "" {
				return a.names(cmd, "role")
			}
			return nil
		}}
}

// cmdMap is 'pathways map ROLE' and 'pathways map --route ID': diagram.Map
// (or RouteMap) when its lines fit the width, else diagram.Tree.
func cmdMap(a *app, args []string) error {
	c, f := a.cat, a.adv
	if f.depth < 1 || f.depth > maxDepth {
		return usagef("--depth is 1 to %d, not %d", maxDepth, f.depth)
	}
	w := a.env.width
	if w <= 0 || !a.env.stdoutTTY {
		w = 80
	}
	var boxes, tree []string
	switch {
	case f.routeID != "" && len(args) > 0:
		return usagef("map takes a ROLE or --route ID, not both")
	case f.routeID != "":
		rt := c.Route(f.routeID)
		if rt == nil {
			return failf("no curated route %q in this catalogue; 'pathways routes' lists them", clean(f.routeID))
		}
		boxes, tree = diagram.RouteMap(c, rt, w), diagram.RouteTree(c, rt, w)
		if boxes == nil {
			return failf("the curated route %s has no roles to map", clean(rt.ID))
		}
	case len(args) == 0:
		return usagef("map needs a ROLE or --route ID, e.g. pathways map \"cancer support worker\"")
	default:
		r, err := c.FindRole(strings.Join(args, " "))
		if err != nil {
			return nameErr(err)
		}
		boxes, tree = diagram.Map(c, r.ID, f.depth, nil, w), diagram.Tree(c, r.ID, f.depth, nil, w)
	}
	lines := boxes
	if f.tree || widest(boxes) > w {
		lines = append(tree, "", diagram.Curated+" on a curated route"+treeNumbers(f.routeID != "")+" · "+catalogue.CertaintyLegend)
	}
	p := a.printer()
	for _, l := range lines {
		p.line("%s", l)
	}
	return nil
}

// widest is the width in cells of the widest line.
func widest(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, ansi.StringWidth(l))
	}
	return n
}

func treeNumbers(route bool) string {
	if route {
		return " · numbers: the route's steps"
	}
	return ""
}
