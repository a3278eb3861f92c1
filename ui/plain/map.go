package plain

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui/diagram"
)

// treeWidth is the width the tree is laid out for: wide enough that no
// role wraps, since the terminal or screen reader does the wrapping here.
const treeWidth = 1000

// mapChoice adds the page option that shows where a role leads, within
// two steps, as an indented tree.
func (s *session) mapChoice(pg *page, r *catalogue.Role) {
	pg.choice("Map: where this role leads within two steps, as an indented list", func() *page {
		return s.treePage("Map of where "+r.Title+" leads", diagram.Tree(s.cat, r.ID, 2, nil, treeWidth), false)
	})
}

// routeMapChoice adds the page option that shows a route, numbered, with
// the roles one step off it, as an indented tree.
func (s *session) routeMapChoice(pg *page, title string, roles []string) {
	if len(roles) == 0 {
		return
	}
	pg.choice("Map: this route and the roles one step off it, as an indented list", func() *page {
		return s.treePage("Map of "+title, diagram.RouteTree(s.cat, &catalogue.Route{Roles: roles}, treeWidth), true)
	})
}

// treePage is diagram.Tree without its box-drawing branches: each role on
// a line of its own, indented three spaces a step further on (two would
// read as a wrapped line).
func (s *session) treePage(title string, tree []string, route bool) *page {
	pg := newPage(title)
	pg.say("Each role is followed, indented, by the roles it leads to. " + diagram.Curated + " marks a role on a curated route; " +
		"\"also\" names a role reached another way, listed elsewhere on this page. In bands, " + catalogue.CertaintyLegend + ".")
	if route {
		pg.say("The roles of the route are numbered in order.")
	}
	pg.blank()
	for _, l := range tree {
		indent, text := treeLine(l)
		pg.lines = append(pg.lines, pline{first: indent, text: text})
	}
	if len(tree) == 0 {
		pg.say("There is nothing to map here.")
	}
	return pg
}

// treeLine turns a line of diagram.Tree into an indent of three spaces a
// level and the text, the branch characters dropped.
func treeLine(l string) (indent, text string) {
	i := strings.IndexFunc(l, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '★' || r == '('
	})
	if i < 0 {
		return "", l
	}
	depth := (ansi.StringWidth(l[:i]) + 1) / 4 // "├─▶ " and "└╌ " are one level
	text = strings.Replace(l[i:], "also → ", "also: ", 1)
	return strings.Repeat("   ", depth), text
}
