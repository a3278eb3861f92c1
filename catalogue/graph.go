package catalogue

import (
	"container/heap"
	"sort"
)

// Edge is one progression step between two roles.
type Edge struct {
	From, To string
	Step     *Step
	to       int // node number of To
}

// Graph is the progression graph: roles joined by their next steps.
type Graph struct {
	ids  []string       // node number -> role id
	node map[string]int // role id -> node number
	out  [][]Edge
	in   [][]Edge
}

// Path is a route between two roles. Its typical time is a range: the sum
// of the known steps' lowest years to the sum of their highest, plus
// Unknown steps whose time the sources do not give (TotalText says so).
type Path struct {
	Roles    []string // role ids, first to last
	Steps    []Edge   // len(Roles)-1 steps
	YearsMin float64  // sum of the known steps' lowest typical years
	YearsMax float64  // sum of the known steps' highest typical years
	Unknown  int      // steps with no typical time
}

// Years is the path's known typical time as a range.
func (p Path) Years() Years { return Years{p.YearsMin, p.YearsMax} }

func (p *Path) addStep(e Edge) {
	p.Steps = append(p.Steps, e)
	if e.Step != nil && e.Step.Years.Known() {
		p.YearsMin += e.Step.Years.Min
		p.YearsMax += e.Step.Years.Max
	} else {
		p.Unknown++
	}
}

// cost of the whole path, for ordering by least time.
func (p Path) cost() cost {
	var c cost
	for _, e := range p.Steps {
		c = c.plus(stepCost(e.Step))
	}
	return c
}

// build makes the graph from the roles' next steps; steps to unknown roles
// are left out (validate reports them).
func (c *Catalogue) build() {
	// The names for lookups are folded on another goroutine meanwhile: for
	// a large catalogue that is about half of build.
	c.roleNames = nil
	names := make(chan struct{})
	go func() {
		defer close(names)
		c.RoleNames()
	}()
	defer func() { <-names }()
	g := &Graph{node: make(map[string]int, len(c.Roles))}
	for _, r := range c.Roles {
		if _, dup := g.node[r.ID]; dup || r.ID == "" {
			continue
		}
		g.node[r.ID] = len(g.ids)
		g.ids = append(g.ids, r.ID)
	}
	g.out = make([][]Edge, len(g.ids))
	g.in = make([][]Edge, len(g.ids))
	for _, r := range c.Roles {
		from, ok := g.node[r.ID]
		if !ok {
			continue
		}
		for i := range r.Next {
			s := &r.Next[i]
			to, ok := g.node[s.To]
			if !ok || to == from {
				continue
			}
			e := Edge{From: r.ID, To: s.To, Step: s, to: to}
			g.out[from] = append(g.out[from], e)
			g.in[to] = append(g.in[to], e)
		}
	}
	c.graph = g
}

// Next lists the steps out of a role.
func (g *Graph) Next(id string) []Edge {
	if n, ok := g.node[id]; ok {
		return g.out[n]
	}
	return nil
}

// Prev lists the steps into a role.
func (g *Graph) Prev(id string) []Edge {
	if n, ok := g.node[id]; ok {
		return g.in[n]
	}
	return nil
}

// Step returns the step from one role to another, or nil.
func (g *Graph) Step(from, to string) *Step {
	for _, e := range g.Next(from) {
		if e.To == to {
			return e.Step
		}
	}
	return nil
}

// Shortest finds the route with the fewest steps, or with byYears the one
// with the least typical time. Least time ranks routes on their known
// years (the sum of the lowest figures, then of the highest), and breaks
// ties on fewer steps with no typical time: an unknown step never counts
// as a made-up figure, so a route with unknown steps can rank first, and
// its TotalText says how many steps are unknown. ok is false when there
// is no route.
func (g *Graph) Shortest(from, to string, byYears bool) (Path, bool) {
	return g.shortest(from, to, byYears, nil, nil)
}

// shortest finds the cheapest route, skipping banned nodes and edges (for
// Yen's alternatives): breadth-first for steps, Dijkstra over the
// lexicographic cost (lowest years, highest years, unknown steps) for
// years. The cost's parts are never negative, so Dijkstra is exact.
func (g *Graph) shortest(from, to string, byYears bool, bannedNode map[int]bool, bannedEdge map[[2]int]bool) (Path, bool) {
	src, ok1 := g.node[from]
	dst, ok2 := g.node[to]
	if !ok1 || !ok2 || bannedNode[src] {
		return Path{}, false
	}
	prev := make([]int32, len(g.ids))
	for i := range prev {
		prev[i] = -1
	}
	prev[src] = int32(src)
	usable := func(a, b int) bool {
		return prev[b] == -1 && !bannedNode[b] && !bannedEdge[[2]int{a, b}]
	}
	if !byYears {
		queue := []int{src}
		for len(queue) > 0 && prev[dst] == -1 {
			cur := queue[0]
			queue = queue[1:]
			for _, e := range g.out[cur] {
				if next := e.to; usable(cur, next) {
					prev[next] = int32(cur)
					queue = append(queue, next)
				}
			}
		}
	} else {
		dist := make([]cost, len(g.ids))
		done := make([]bool, len(g.ids))
		pq := &nodeQueue{{src, cost{}}}
		for pq.Len() > 0 {
			cur := heap.Pop(pq).(queued)
			if done[cur.node] {
				continue
			}
			done[cur.node] = true
			if cur.node == dst {
				break
			}
			for _, e := range g.out[cur.node] {
				next := e.to
				if done[next] || bannedNode[next] || bannedEdge[[2]int{cur.node, next}] {
					continue
				}
				d := cur.dist.plus(stepCost(e.Step))
				if prev[next] == -1 || d.less(dist[next]) {
					dist[next] = d
					prev[next] = int32(cur.node)
					heap.Push(pq, queued{next, d})
				}
			}
		}
	}
	if prev[dst] == -1 {
		return Path{}, false
	}
	nodes := []int{dst}
	for n := dst; n != src; {
		n = int(prev[n])
		nodes = append(nodes, n)
	}
	for i, j := 0, len(nodes)-1; i < j; i, j = i+1, j-1 {
		nodes[i], nodes[j] = nodes[j], nodes[i]
	}
	return g.pathOf(nodes), true
}

func (g *Graph) pathOf(nodes []int) Path {
	p := Path{Roles: make([]string, len(nodes))}
	for i, n := range nodes {
		p.Roles[i] = g.ids[n]
		if i == 0 {
			continue
		}
		s := g.Step(g.ids[nodes[i-1]], g.ids[n])
		p.addStep(Edge{From: g.ids[nodes[i-1]], To: g.ids[n], Step: s, to: n})
	}
	return p
}

// Alternatives gives up to k routes from one role to another, best first
// (Yen's k shortest loopless paths), by steps or by typical years; years
// are ranked as in Shortest (known years, lowest then highest, then fewer
// unknown steps).
func (g *Graph) Alternatives(from, to string, k int, byYears bool) []Path {
	first, ok := g.Shortest(from, to, byYears)
	if !ok || k <= 0 {
		return nil
	}
	found := []Path{first}
	var candidates []Path
	for len(found) < k {
		last := found[len(found)-1]
		for i := 0; i < len(last.Roles)-1; i++ {
			root := last.Roles[:i+1]
			bannedEdge := map[[2]int]bool{}
			for _, p := range found {
				if len(p.Roles) > i && equal(p.Roles[:i+1], root) {
					bannedEdge[[2]int{g.node[p.Roles[i]], g.node[p.Roles[i+1]]}] = true
				}
			}
			bannedNode := map[int]bool{}
			for _, id := range root[:i] {
				bannedNode[g.node[id]] = true
			}
			spur, ok := g.shortest(root[i], to, byYears, bannedNode, bannedEdge)
			if !ok {
				continue
			}
			nodes := make([]int, 0, len(root)+len(spur.Roles))
			for _, id := range append(append([]string{}, root[:i]...), spur.Roles...) {
				nodes = append(nodes, g.node[id])
			}
			cand := g.pathOf(nodes)
			if !hasPath(found, cand) && !hasPath(candidates, cand) {
				candidates = append(candidates, cand)
			}
		}
		if len(candidates) == 0 {
			break
		}
		sort.SliceStable(candidates, func(i, j int) bool {
			if byYears {
				return candidates[i].cost().less(candidates[j].cost())
			}
			return len(candidates[i].Steps) < len(candidates[j].Steps)
		})
		found = append(found, candidates[0])
		candidates = candidates[1:]
	}
	return found
}

// Reach is a role within reach of another, and the route to it.
type Reach struct {
	ID   string
	Path Path
}

// Within lists the roles reachable from a role in at most n steps, nearest
// first, each with its shortest route.
func (g *Graph) Within(from string, n int) []Reach {
	src, ok := g.node[from]
	if !ok {
		return nil
	}
	prev := map[int]int{src: -1}
	depth := map[int]int{src: 0}
	queue := []int{src}
	var out []Reach
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if depth[cur] >= n {
			continue
		}
		for _, e := range g.out[cur] {
			next := e.to
			if _, seen := prev[next]; seen {
				continue
			}
			prev[next] = cur
			depth[next] = depth[cur] + 1
			queue = append(queue, next)
			nodes := []int{next}
			for x := cur; x != -1; x = prev[x] {
				nodes = append(nodes, x)
			}
			for i, j := 0, len(nodes)-1; i < j; i, j = i+1, j-1 {
				nodes[i], nodes[j] = nodes[j], nodes[i]
			}
			out = append(out, Reach{ID: e.To, Path: g.pathOf(nodes)})
		}
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasPath(list []Path, p Path) bool {
	for _, q := range list {
		if equal(q.Roles, p.Roles) {
			return true
		}
	}
	return false
}

type queued struct {
	node int
	dist cost
}

type nodeQueue []queued

func (q nodeQueue) Len() int           { return len(q) }
func (q nodeQueue) Less(i, j int) bool { return q[i].dist.less(q[j].dist) }
func (q nodeQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *nodeQueue) Push(x any)        { *q = append(*q, x.(queued)) }
func (q *nodeQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}
