package diagram

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/nhs-pathways/pathways/catalogue"
)

// Marks used on maps, explained by the legend under each map.
const (
	Curated = "★" // the role is on a curated route
	Legend  = "★ on a curated route · heavy box: the route shown, its steps numbered"
)

// MapIDs are the roles Map draws: the root, then every role within depth
// steps of it (catalogue Graph.Within), nearest first.
func MapIDs(cat *catalogue.Catalogue, root string, depth int) []string {
	ids := []string{root}
	for _, r := range cat.Graph().Within(root, depth) {
		ids = append(ids, r.ID)
	}
	return ids
}

// Map draws the roles within depth steps of the role root, and every step
// between them, as boxes joined by arrows (box-drawing characters) running
// left to right: each column holds the roles a given number of steps on
// (the longest run of steps from the root), and is headed by the bands of
// its roles; each box gives a role's title and band. Roles on a curated
// route carry Curated; the roles of highlight (role ids in route order,
// may be nil) get heavy boxes numbered from 1. Steps that lead back to a
// role already on the way are listed under the drawing, then Legend.
//
// width is the screen's width in cells: boxes narrow to fit it, down to a
// floor, so a map of many columns gives lines wider than width for the
// caller to scroll sideways (all lines are padded to the same width), or
// to show Tree instead. An unknown root gives nil.
func Map(cat *catalogue.Catalogue, root string, depth int, highlight []string, width int) []string {
	if cat.Role(root) == nil {
		return nil
	}
	return draw(cat, build(cat, MapIDs(cat, root, depth)), highlight, width)
}

// RouteIDs are the roles RouteMap draws: the route's roles in order, then
// every role one step from any of them.
func RouteIDs(cat *catalogue.Catalogue, rt *catalogue.Route) []string {
	ids := append([]string(nil), rt.Roles...)
	for _, id := range rt.Roles {
		for _, e := range cat.Graph().Next(id) {
			ids = append(ids, e.To)
		}
	}
	return ids
}

// RouteMap is Map for a curated route: its roles, numbered in heavy boxes,
// and the roles one step off it, rooted at its first role.
func RouteMap(cat *catalogue.Catalogue, rt *catalogue.Route, width int) []string {
	if len(rt.Roles) == 0 || cat.Role(rt.Roles[0]) == nil {
		return nil
	}
	return draw(cat, build(cat, RouteIDs(cat, rt)), rt.Roles, width)
}

// Line directions of a cell, combined into a box-drawing character.
const (
	left uint8 = 1 << iota
	right
	up
	down
)

var joins = map[uint8]rune{
	left: '─', right: '─', left | right: '─', up: '│', down: '│', up | down: '│',
	right | down: '┌', left | down: '┐', right | up: '└', left | up: '┘',
	left | right | down: '┬', left | right | up: '┴', up | down | right: '├', up | down | left: '┤',
	left | right | up | down: '┼',
}

// covered marks a cell taken by the wide character before it.
const covered = rune(-1)

// canvas is a grid of cells: line directions, and runes that override them.
type canvas struct {
	bits  [][]uint8
	runes [][]rune
}

func newCanvas(w, h int) *canvas {
	c := &canvas{bits: make([][]uint8, h), runes: make([][]rune, h)}
	for y := range h {
		c.bits[y], c.runes[y] = make([]uint8, w), make([]rune, w)
	}
	return c
}

func (c *canvas) hline(y, a, b int) {
	if a > b {
		a, b = b, a
	}
	for x := a; x <= b; x++ {
		if x > a {
			c.bits[y][x] |= left
		}
		if x < b {
			c.bits[y][x] |= right
		}
	}
}

func (c *canvas) vline(x, a, b int) {
	if a > b {
		a, b = b, a
	}
	for y := a; y <= b; y++ {
		if y > a {
			c.bits[y][x] |= up
		}
		if y < b {
			c.bits[y][x] |= down
		}
	}
}

func (c *canvas) text(x, y int, s string) {
	for _, r := range s {
		w := ansi.StringWidth(string(r))
		if w == 0 {
			continue // a combining mark or control: no cell of its own
		}
		if x+w <= len(c.runes[y]) {
			c.runes[y][x] = r
			for i := 1; i < w; i++ {
				c.runes[y][x+i] = covered
			}
		}
		x += w
	}
}

func (c *canvas) lines() []string {
	out := make([]string, len(c.bits))
	for y := range c.bits {
		var b strings.Builder
		for x, bits := range c.bits[y] {
			switch r := c.runes[y][x]; {
			case r == covered: // the second cell of a wide character
			case r != 0:
				b.WriteRune(r)
			case bits != 0:
				b.WriteRune(joins[bits])
			default:
				b.WriteByte(' ')
			}
		}
		out[y] = b.String()
	}
	return out
}

// draw lays out a built graph; see Map.
func draw(cat *catalogue.Catalogue, g *graph, highlight []string, screen int) []string {
	if len(g.ids) == 0 {
		return nil
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
	// Channel between column l and l+1: one vertical track per source slot.
	segs := g.segments()
	tracks := make([]map[int]int, len(g.layers))
	for l := range tracks {
		tracks[l] = map[int]int{}
		for _, s := range g.layers[l] {
			for _, sg := range segs {
				if sg[0] == s {
					tracks[l][s] = len(tracks[l])
					break
				}
			}
		}
	}
	cols := len(g.layers)
	chans := 0
	for l := range cols - 1 {
		chans += 2*len(tracks[l]) + 2
	}
	inner := min(max((screen-chans)/cols-4, 14), 24) // text width inside a box
	boxW := inner + 4
	// Box text: title lines (at most three), then the band.
	body := make([][]string, len(g.ids))
	rows := 0
	for i, id := range g.ids {
		r := cat.Role(id)
		label := catalogue.Clean(r.Title)
		if curated[id] {
			label = Curated + " " + label
		}
		if n := step[id]; n > 0 {
			label = fmt.Sprint(n) + " " + label
		}
		t := wrap(label, inner)
		if len(t) > 3 {
			t = append(t[:2], ansi.Truncate(strings.Join(t[2:], " "), inner, "…"))
		}
		body[i] = append(t, ansi.Truncate(catalogue.Clean(cat.BandLabel(r, false))+mark(r), inner, "…"))
		rows = max(rows, len(body[i]))
	}
	boxH := rows + 2
	slotH := boxH + 1
	x0 := make([]int, cols)
	for l := 1; l < cols; l++ {
		x0[l] = x0[l-1] + boxW + 2*len(tracks[l-1]) + 2
	}
	totalW := x0[cols-1] + boxW
	maxSlots := 0
	for _, col := range g.layers {
		maxSlots = max(maxSlots, len(col))
	}
	const head = 2 // column labels and the axis
	cv := newCanvas(totalW, head+maxSlots*slotH-1)
	slot := map[int]int{}
	for _, col := range g.layers {
		for i, s := range col {
			slot[s] = i
		}
	}
	port := func(s int) int { return head + slot[s]*slotH + 1 }
	for _, sg := range segs {
		l := g.col(sg[0])
		cs := x0[l] + boxW
		tx := cs + 1 + 2*tracks[l][sg[0]]
		ax := x0[l+1] - 1
		cv.hline(port(sg[0]), cs, tx)
		cv.vline(tx, port(sg[0]), port(sg[1]))
		cv.hline(port(sg[1]), tx, ax)
		if sg[1] >= 0 {
			cv.runes[port(sg[1])][ax] = '▶'
		}
	}
	for k, d := range g.dummy {
		cv.hline(port(-1-k), x0[d[1]], x0[d[1]]+boxW-1)
	}
	for i := range g.ids {
		heavy := step[g.ids[i]] > 0
		x, y := x0[g.layer[i]], head+slot[i]*slotH
		h, v, tl, tr, bl, br, tee := "─", "│", "┌", "┐", "└", "┘", "├"
		if heavy {
			h, v, tl, tr, bl, br, tee = "━", "┃", "┏", "┓", "┗", "┛", "┠"
		}
		cv.text(x, y, tl+strings.Repeat(h, boxW-2)+tr)
		for j := range rows {
			s := ""
			if j < len(body[i]) {
				s = body[i][j]
			}
			cv.text(x, y+1+j, v+" "+pad(s, inner)+" "+v)
		}
		cv.text(x, y+boxH-1, bl+strings.Repeat(h, boxW-2)+br)
		if _, out := tracks[g.layer[i]][i]; out {
			cv.text(x+boxW-1, y+1, tee)
		}
	}
	for l := range cols {
		cv.text(x0[l], 0, ansi.Truncate(columnLabel(cat, g, l), boxW, "…"))
	}
	cv.hline(1, 0, totalW-2)
	cv.runes[1][totalW-1] = '▶'
	out := cv.lines()
	for len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" {
		out = out[:len(out)-1]
	}
	foot := max(totalW, min(screen, 80))
	if len(g.back) > 0 {
		out = append(out, "")
		for _, e := range g.back {
			out = append(out, wrap("Also: "+catalogue.Clean(cat.TitleOf(g.ids[e[0]]))+" → "+catalogue.Clean(cat.TitleOf(g.ids[e[1]])), foot)...)
		}
	}
	out = append(out, "")
	legend := Curated + " on a curated route"
	if len(highlight) > 0 {
		legend = Legend // a route is shown: say how
	}
	out = append(out, wrap(legend+" · "+catalogue.CertaintyLegend, foot)...)
	w := 0
	for _, l := range out {
		w = max(w, width(l))
	}
	for i := range out {
		out[i] = pad(out[i], w)
	}
	return out
}

// columnLabel names the bands of a column's roles: "Band 3–5", or the
// band or grade labels when they cannot be a range.
func columnLabel(cat *catalogue.Catalogue, g *graph, l int) string {
	lo, hi := -1, -1
	var other []string
	seen := map[string]bool{}
	for _, s := range g.layers[l] {
		if s < 0 {
			continue
		}
		r := cat.Role(g.ids[s])
		if len(r.Bands) > 0 && r.Grade == "" && cat.BandRank(r.Bands[0]) >= 0 {
			a, b := cat.BandRank(r.Bands[0]), cat.BandRank(r.Bands[len(r.Bands)-1])
			if lo < 0 || a < lo {
				lo = a
			}
			hi = max(hi, b)
			continue
		}
		if lb := cat.BandLabel(r, false); !seen[lb] {
			seen[lb] = true
			other = append(other, lb)
		}
	}
	var parts []string
	switch {
	case lo >= 0 && lo == hi:
		parts = append(parts, cat.Bands[lo].Label)
	case lo >= 0:
		parts = append(parts, "Band "+cat.Bands[lo].ID+"–"+cat.Bands[hi].ID)
	}
	if len(parts) > 0 && len(other) > 0 {
		return catalogue.Clean(parts[0] + " +")
	}
	return catalogue.Clean(strings.Join(append(parts, other...), ", "))
}
