package diagram

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden maps")

var boxTop = regexp.MustCompile(`[┌┏][─━]{8,}[┐┓]`)

// TestMapEveryRole: with every role of the embedded catalogue as the root
// (depth 3), every role within reach is one box, every step is one arrow
// or one "Also:" line, drawn steps point right, and all lines are as wide
// as each other.
func TestMapEveryRole(t *testing.T) {
	c := embedded(t)
	for _, r := range c.Roles {
		ids := MapIDs(c, r.ID, 3)
		g := build(c, ids)
		seen := map[int]int{}
		for _, col := range g.layers {
			for _, s := range col {
				if s >= 0 {
					seen[s]++
				}
			}
		}
		if len(seen) != len(g.ids) || len(g.ids) != len(unique(ids)) {
			t.Fatalf("%s: %d roles placed of %d", r.ID, len(seen), len(unique(ids)))
		}
		for s, n := range seen {
			if n != 1 {
				t.Fatalf("%s: %s placed %d times", r.ID, g.ids[s], n)
			}
		}
		if len(g.fwd)+len(g.back) != len(g.edges) {
			t.Fatalf("%s: %d steps drawn or listed of %d", r.ID, len(g.fwd)+len(g.back), len(g.edges))
		}
		for _, e := range g.fwd {
			if g.layer[e[1]] <= g.layer[e[0]] {
				t.Fatalf("%s: step %s → %s does not point right", r.ID, g.ids[e[0]], g.ids[e[1]])
			}
		}
		lines := Map(c, r.ID, 3, nil, 80)
		all := strings.Join(lines, "\n")
		if n := len(boxTop.FindAllString(all, -1)); n != len(g.ids) {
			t.Fatalf("%s: %d boxes for %d roles:\n%s", r.ID, n, len(g.ids), all)
		}
		targets, sources := map[int]bool{}, map[int]bool{}
		for _, e := range g.fwd {
			targets[e[1]], sources[e[0]] = true, true
		}
		// Steps into one role meet at its one arrow; steps out of one role
		// leave by its one tee.
		if n := strings.Count(all, "▶") - 1; n != len(targets) { // one is the axis
			t.Fatalf("%s: %d arrows for %d roles stepped into:\n%s", r.ID, n, len(targets), all)
		}
		if n := strings.Count(all, "├") + strings.Count(all, "┠") - teesOnLines(all); n < len(sources) {
			t.Fatalf("%s: %d tees for %d roles stepped from:\n%s", r.ID, n, len(sources), all)
		}
		if n := strings.Count(all, "Also: "); n != len(g.back) {
			t.Fatalf("%s: %d steps listed for %d loops", r.ID, n, len(g.back))
		}
		for i, l := range lines {
			if width(l) != width(lines[0]) {
				t.Fatalf("%s: line %d is %d wide, line 0 %d", r.ID, i, width(l), width(lines[0]))
			}
		}
	}
}

// TestTreeEveryRole: the tree form has every role within reach exactly
// once, every step as a branch or an "also" line, and no line wider than
// asked, at 30, 40, 60 and 80 columns.
func TestTreeEveryRole(t *testing.T) {
	c := embedded(t)
	for _, r := range c.Roles {
		ids := unique(MapIDs(c, r.ID, 3))
		g := build(c, ids)
		for _, w := range []int{30, 40, 60, 80} {
			lines := Tree(c, r.ID, 3, nil, w)
			nodes, also := 0, 0
			for _, l := range lines {
				if width(l) > w {
					t.Fatalf("%s at %d: %q is %d wide", r.ID, w, l, width(l))
				}
				switch {
				case strings.Contains(l, "─▶ ") || strings.HasPrefix(l, "▶ ") || strings.Contains(l, "  ▶ "):
					nodes++
				case strings.Contains(l, "╌ also →"):
					also++
				}
			}
			if nodes+1 != len(ids) {
				t.Fatalf("%s at %d: %d roles in the tree of %d:\n%s", r.ID, w, nodes+1, len(ids), strings.Join(lines, "\n"))
			}
			if nodes+also != len(g.edges) {
				t.Fatalf("%s at %d: %d steps in the tree of %d", r.ID, w, nodes+also, len(g.edges))
			}
		}
	}
}

// TestOrderCutsCrossings: barycentre ordering never leaves more crossing
// arrows than the order roles were found in, and over every map cuts
// some.
func TestOrderCutsCrossings(t *testing.T) {
	c := embedded(t)
	worse, sumBefore, sumAfter := 0, 0, 0
	for _, r := range c.Roles {
		g := build(c, MapIDs(c, r.ID, 3))
		after := g.crossings()
		for l := range g.layers { // back to the order found
			sortInts(g.layers[l])
		}
		before := g.crossings()
		sumBefore, sumAfter = sumBefore+before, sumAfter+after
		if after > before {
			worse++
			t.Errorf("%s: %d crossings after ordering, %d before", r.ID, after, before)
		}
	}
	t.Logf("crossings over every map: %d in the order found, %d after ordering", sumBefore, sumAfter)
	if sumAfter >= sumBefore {
		t.Errorf("ordering cut no crossings: %d before, %d after", sumBefore, sumAfter)
	}
}

// TestMapGoldens: maps a person has read, in testdata/*.golden.
func TestMapGoldens(t *testing.T) {
	c := embedded(t)
	cases := map[string][]string{
		"cancer-support-worker":             Map(c, "cancer-support-worker", 3, nil, 80),
		"cancer-support-worker-tree":        Tree(c, "cancer-support-worker", 3, nil, 40),
		"route-diagnostic-radiography":      RouteMap(c, c.Route("diagnostic-radiography-support-to-consultant"), 80),
		"route-diagnostic-radiography-tree": RouteTree(c, c.Route("diagnostic-radiography-support-to-consultant"), 50),
	}
	for name, lines := range cases {
		got := strings.Join(lines, "\n") + "\n"
		file := filepath.Join("testdata", name+".golden")
		if *update {
			os.MkdirAll("testdata", 0o755)
			os.WriteFile(file, []byte(got), 0o644)
		}
		want, err := os.ReadFile(file)
		if err != nil || string(want) != got {
			t.Errorf("%s differs from %s (go test -update to rewrite, then read it):\n%s", name, file, got)
		}
	}
}

func unique(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// sortInts puts roles in the order found (ascending), dummies after.
func sortInts(s []int) {
	key := func(x int) int {
		if x < 0 {
			return 1<<30 - x
		}
		return x
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && key(s[j]) < key(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// teesOnLines counts the tees that belong to arrows, not boxes: a box's
// tee has a box edge above it.
func teesOnLines(all string) int {
	lines := strings.Split(all, "\n")
	n := 0
	for y := 1; y < len(lines); y++ {
		above, here := []rune(lines[y-1]), []rune(lines[y])
		for x, r := range here {
			if (r == '├' || r == '┠') && x < len(above) && above[x] != '┐' && above[x] != '┓' {
				n++
			}
		}
	}
	return n
}

// TestMapHostileTitles: wide characters, combining marks and escape
// sequences in titles keep every line of the map the same width, and the
// tree within its width.
func TestMapHostileTitles(t *testing.T) {
	c := embedded(t)
	c.Role("cancer-support-worker").Title = "癌症支持工作者 e\u0301\u0301 \x1b[31mred\x1b[0m"
	c.Role("trainee-nursing-associate").Title = strings.Repeat("Ｗ", 40)
	lines := Map(c, "cancer-support-worker", 3, []string{"cancer-support-worker", "trainee-nursing-associate"}, 80)
	for i, l := range lines {
		if width(l) != width(lines[0]) || strings.Contains(l, "\x1b") {
			t.Fatalf("line %d is %d wide, line 0 %d: %q", i, width(l), width(lines[0]), l)
		}
	}
	// The box's right edge on the wide title's line lines up with its corner.
	for _, l := range lines {
		if j := strings.Index(l, "癌"); j > 0 {
			edge := width(l[:j+strings.IndexAny(l[j:], "│┃")])
			corner := width(lines[2][:strings.IndexAny(lines[2], "┐┓")]) // the first box's top
			if edge != corner {
				t.Fatalf("box edge at cell %d, corner at %d:\n%s\n%s", edge, corner, lines[2], l)
			}
		}
	}
	for _, l := range Tree(c, "cancer-support-worker", 3, nil, 30) {
		if width(l) > 30 || strings.Contains(l, "\x1b") {
			t.Fatalf("tree line %q is %d wide", l, width(l))
		}
	}
}
