package diagram

import (
	"sort"

	"github.com/nhs-pathways/pathways/catalogue"
)

// graph is the part of the progression graph a map shows: the root, every
// role within depth steps of it (Graph.Within), and every step between
// them. Steps that close a loop (back to a role already on the way) cannot
// point rightwards; they are kept in back and listed under the drawing.
type graph struct {
	ids    []string // root first, then nearest first
	index  map[string]int
	edges  [][2]int // every step between shown roles
	fwd    [][2]int // steps drawn left to right
	back   [][2]int // steps that close a loop
	layer  []int    // column of each role
	layers [][]int  // the slots of each column, top to bottom: role numbers, or -1-k for the k-th dummy
	dummy  [][2]int // dummy k: the forward edge it carries and its column
	chains [][]int  // for each forward edge, its slots from source to target
}

// build finds the roles and steps, puts each role in a column (the longest
// run of steps from the root to it, so every drawn step points right), adds
// a dummy slot where a step passes a column, and orders each column to cut
// down crossing arrows (barycentre heuristic, four sweeps each way).
//
// ids are the roles to show, the root first; each must be reachable from
// the root through the others (as Within and a route's roles are).
func build(cat *catalogue.Catalogue, ids []string) *graph {
	g := &graph{index: map[string]int{}}
	for _, id := range ids {
		if _, ok := g.index[id]; !ok && cat.Role(id) != nil {
			g.index[id] = len(g.ids)
			g.ids = append(g.ids, id)
		}
	}
	if len(g.ids) == 0 {
		return g
	}
	for i, id := range g.ids {
		for _, e := range cat.Graph().Next(id) {
			if j, ok := g.index[e.To]; ok && j != i {
				g.edges = append(g.edges, [2]int{i, j})
			}
		}
	}
	// Depth-first from the root: a step to a role still on the stack closes a loop.
	state := make([]int, len(g.ids)) // 0 new, 1 on stack, 2 done
	var visit func(int)
	visit = func(u int) {
		state[u] = 1
		for _, e := range g.edges {
			if e[0] != u {
				continue
			}
			switch state[e[1]] {
			case 1:
				g.back = append(g.back, e)
			case 0:
				visit(e[1])
			}
		}
		state[u] = 2
	}
	visit(0)
	isBack := map[[2]int]bool{}
	for _, e := range g.back {
		isBack[e] = true
	}
	for _, e := range g.edges {
		if !isBack[e] {
			g.fwd = append(g.fwd, e)
		}
	}
	// Longest path from the root over the forward steps (they form a DAG).
	g.layer = make([]int, len(g.ids))
	for changed := true; changed; {
		changed = false
		for _, e := range g.fwd {
			if g.layer[e[1]] < g.layer[e[0]]+1 {
				g.layer[e[1]] = g.layer[e[0]] + 1
				changed = true
			}
		}
	}
	top := 0
	for _, l := range g.layer {
		top = max(top, l)
	}
	g.layers = make([][]int, top+1)
	for i, l := range g.layer {
		g.layers[l] = append(g.layers[l], i)
	}
	for ei, e := range g.fwd {
		chain := []int{e[0]}
		for l := g.layer[e[0]] + 1; l < g.layer[e[1]]; l++ {
			k := len(g.dummy)
			g.dummy = append(g.dummy, [2]int{ei, l})
			g.layers[l] = append(g.layers[l], -1-k)
			chain = append(chain, -1-k)
		}
		g.chains = append(g.chains, append(chain, e[1]))
	}
	g.order()
	return g
}

// segments are the drawn pieces of the forward steps: slot to slot in the
// next column.
func (g *graph) segments() [][2]int {
	var out [][2]int
	for _, ch := range g.chains {
		for i := 0; i+1 < len(ch); i++ {
			out = append(out, [2]int{ch[i], ch[i+1]})
		}
	}
	return out
}

// order sorts each column by the mean place of its neighbours in the
// column before (sweeping right) or after (sweeping left).
func (g *graph) order() {
	segs := g.segments()
	pos := map[int]float64{}
	place := func() {
		for _, col := range g.layers {
			for i, s := range col {
				pos[s] = float64(i)
			}
		}
	}
	place()
	sweep := func(l int, right bool) {
		bary := map[int]float64{}
		for _, s := range g.layers[l] {
			sum, n := 0.0, 0
			for _, sg := range segs {
				if right && sg[1] == s {
					sum, n = sum+pos[sg[0]], n+1
				}
				if !right && sg[0] == s {
					sum, n = sum+pos[sg[1]], n+1
				}
			}
			bary[s] = pos[s]
			if n > 0 {
				bary[s] = sum / float64(n)
			}
		}
		sort.SliceStable(g.layers[l], func(i, j int) bool { return bary[g.layers[l][i]] < bary[g.layers[l][j]] })
		place()
	}
	for range 4 {
		for l := 1; l < len(g.layers); l++ {
			sweep(l, true)
		}
		for l := len(g.layers) - 2; l >= 0; l-- {
			sweep(l, false)
		}
	}
}

// crossings counts pairs of segments between the same two columns that
// cross, for tests.
func (g *graph) crossings() int {
	slot := map[int]int{}
	for _, col := range g.layers {
		for i, s := range col {
			slot[s] = i
		}
	}
	segs := g.segments()
	n := 0
	for i, a := range segs {
		for _, b := range segs[i+1:] {
			if g.col(a[0]) != g.col(b[0]) {
				continue
			}
			if (slot[a[0]]-slot[b[0]])*(slot[a[1]]-slot[b[1]]) < 0 {
				n++
			}
		}
	}
	return n
}

// col is the column of a slot.
func (g *graph) col(s int) int {
	if s >= 0 {
		return g.layer[s]
	}
	return g.dummy[-1-s][1]
}
