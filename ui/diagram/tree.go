package diagram

import (
	"fmt"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Tree is Map as an indented tree, for narrow screens and plain mode: the
// root, then under each role the roles it leads to first (the shortest
// route to each, as Graph.Within finds it), so every role appears once;
// a step to a role shown elsewhere is a line "also → Title". Each role
// reads "Title (band label)", with Curated and its step number in
// highlight as on Map. No line is wider than width cells (minimum 20);
// long titles wrap under their own indent. An unknown root gives nil.
func Tree(cat *catalogue.Catalogue, root string, depth int, highlight []string, width int) []string {
	if cat.Role(root) == nil {
		return nil
	}
	return tree(cat, root, MapIDs(cat, root, depth), highlight, width)
}

// RouteTree is RouteMap as an indented tree.
func RouteTree(cat *catalogue.Catalogue, rt *catalogue.Route, width int) []string {
	if len(rt.Roles) == 0 || cat.Role(rt.Roles[0]) == nil {
		return nil
	}
	return tree(cat, rt.Roles[0], RouteIDs(cat, rt), rt.Roles, width)
}

func tree(cat *catalogue.Catalogue, root string, ids, highlight []string, w int) []string {
	w = max(w, 20)
	shown := map[string]bool{}
	for _, id := range ids {
		shown[id] = true
	}
	step := map[string]int{}
	for i, id := range highlight {
		step[id] = i + 1
	}
	curated := map[string]bool{}
	for _, rt := range cat.Routes {
		for _, id := range rt.Roles {
			curated[id] = true
		}
	}
	// Breadth first, so each role hangs under the role that reaches it
	// in fewest steps; along a highlighted route, under the route's own.
	parent := map[string]string{root: ""}
	children := map[string][]string{}
	queue := []string{root}
	for i := 0; i+1 < len(highlight); i++ {
		a, b := highlight[i], highlight[i+1]
		if _, ok := parent[b]; !ok && shown[a] && shown[b] && cat.Graph().Step(a, b) != nil {
			parent[b] = a
		}
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, e := range cat.Graph().Next(id) {
			if !shown[e.To] {
				continue
			}
			if p, ok := parent[e.To]; !ok || p == id && !contains(children[id], e.To) {
				parent[e.To] = id
				children[id] = append(children[id], e.To)
				queue = append(queue, e.To)
			}
		}
	}
	label := func(id string) string {
		r := cat.Role(id)
		s := catalogue.Clean(r.Title) + " (" + catalogue.Clean(cat.BandLabel(r, false)) + mark(r) + ")"
		if curated[id] {
			s = Curated + " " + s
		}
		if n := step[id]; n > 0 {
			s = fmt.Sprint(n) + ". " + s
		}
		return s
	}
	var out []string
	emit := func(first, rest, text string) {
		avail := w - width(first)
		for i, l := range wrap(text, avail) {
			if i == 0 {
				out = append(out, first+l)
			} else {
				out = append(out, rest+l)
			}
		}
	}
	var walk func(id, indent string)
	walk = func(id, indent string) {
		kids := children[id]
		var also []string
		for _, e := range cat.Graph().Next(id) {
			if shown[e.To] && parent[e.To] != id {
				also = append(also, e.To)
			}
		}
		for i, k := range kids {
			last := i == len(kids)-1 && len(also) == 0
			branch, more := "├─▶ ", "│   "
			if last {
				branch, more = "└─▶ ", "    "
			}
			if width(indent)+8 > w { // too deep to indent further: keep the depth
				branch, more = "▶ ", "  "
			}
			emit(indent+branch, indent+more, label(k))
			walk(k, indent+more)
		}
		for i, a := range also {
			branch, more := "├╌ ", "│  "
			if i == len(also)-1 {
				branch, more = "└╌ ", "   "
			}
			emit(indent+branch, indent+more, "also → "+catalogue.Clean(cat.TitleOf(a)))
		}
	}
	emit("", "", label(root))
	walk(root, "")
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// mark is a role's band certainty mark, left off when it has no band (its
// label already says the band varies).
func mark(r *catalogue.Role) string {
	if len(r.Bands) == 0 {
		return ""
	}
	return catalogue.CertaintyMark(r)
}
