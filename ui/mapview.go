package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui/diagram"
)

// openMap opens the map of where a role leads (role set), or of a route
// (roles set: the route shown, numbered, with the roles one step off it).
type openMap struct {
	role  string
	roles []string
	name  string // the route's name, for the title
}

// mapKey opens the map from the role card, the ladder and the stepper.
var mapKey = key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "map"))

// mapView shows diagram.Map (boxes, scrolled both ways with the arrows
// when wider or longer than the screen) or diagram.Tree (t switches; the
// tree is the first view when the boxes do not fit a screen narrower than
// 100 cells). + and - show more or fewer steps of a role's map.
type mapView struct {
	sh         *shared
	role       string
	roles      []string
	name       string
	depth      int
	tree       bool // the indented tree rather than boxes
	chosen     bool // the user chose tree or boxes with t
	lines      []string
	x, y       int // scroll: first column and line in view
	w, h       int
	nav        navKeys
	left, rght key.Binding
	toggle     key.Binding
	more, less key.Binding
}

func newMapView(sh *shared, in openMap) *mapView {
	return &mapView{sh: sh, role: in.role, roles: in.roles, name: in.name, depth: 2, nav: newNavKeys(),
		left:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "scroll left")),
		rght:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "scroll right")),
		toggle: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tree or boxes")),
		more:   key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", "more or fewer steps")),
		less:   key.NewBinding(key.WithKeys("-")),
	}
}

func (m *mapView) title() string {
	if m.name != "" {
		return "Map: " + m.name
	}
	return "Map: " + roleTitle(m.sh.cat, m.role)
}
func (m *mapView) typing() bool { return false }

func (m *mapView) resize(w, h int) tea.Cmd {
	m.w, m.h = w, h
	m.draw()
	return nil
}

// draw makes the lines at the current width, depth and form.
func (m *mapView) draw() {
	cat, w := m.sh.cat, m.w
	var boxes, tree []string
	if m.roles != nil {
		rt := &catalogue.Route{Roles: m.roles}
		boxes, tree = diagram.RouteMap(cat, rt, w), diagram.RouteTree(cat, rt, w)
	} else {
		boxes, tree = diagram.Map(cat, m.role, m.depth, nil, w), diagram.Tree(cat, m.role, m.depth, nil, w)
	}
	if !m.chosen {
		m.tree = w < diagram.TwoColumns && widest(boxes) > w
	}
	m.lines = boxes
	if m.tree {
		m.lines = append(append([]string(nil), tree...), "")
		m.lines = append(m.lines, wrap(diagram.Curated+" on a curated route · "+catalogue.CertaintyLegend, w)...)
		if m.roles != nil {
			m.lines = append(m.lines, "Numbers: the steps of the route shown.")
		}
	}
	if len(m.lines) == 0 {
		m.lines = []string{"There is nothing to map here."}
	}
	m.clamp()
}

func widest(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, ansi.StringWidth(l))
	}
	return n
}

// rows is how many lines of the map are in view, the mark line apart.
func (m *mapView) rows() int { return max(m.h-1, 1) }

func (m *mapView) clamp() {
	m.y = max(min(m.y, len(m.lines)-m.rows()), 0)
	m.x = max(min(m.x, widest(m.lines)-m.w), 0)
}

func (m *mapView) update(msg tea.Msg) (any, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	n := m.nav
	step := max(m.w/4, 4)
	switch {
	case key.Matches(k, n.Down):
		m.y++
	case key.Matches(k, n.Up):
		m.y--
	case key.Matches(k, n.PageDown):
		m.y += max(m.rows()-1, 1)
	case key.Matches(k, n.PageUp):
		m.y -= max(m.rows()-1, 1)
	case key.Matches(k, n.Top):
		m.x, m.y = 0, 0
	case key.Matches(k, n.Bottom):
		m.y = len(m.lines)
	case key.Matches(k, m.left):
		m.x -= step
	case key.Matches(k, m.rght):
		m.x += step
	case key.Matches(k, m.toggle):
		m.tree, m.chosen = !m.tree, true
		m.x = 0
		m.draw()
	case key.Matches(k, m.more) && m.roles == nil:
		m.depth = min(m.depth+1, 6)
		m.draw()
	case key.Matches(k, m.less) && m.roles == nil:
		m.depth = max(m.depth-1, 1)
		m.draw()
	default:
		return notUsed{}, nil
	}
	m.clamp()
	return nil, nil
}

func (m *mapView) view() string {
	end := min(m.y+m.rows(), len(m.lines))
	out := make([]string, 0, m.rows()+1)
	for _, l := range m.lines[m.y:end] {
		out = append(out, ansi.Cut(l, m.x, m.x+m.w))
	}
	wide := widest(m.lines)
	if end-m.y < len(m.lines) || wide > m.w {
		where := fmt.Sprintf("lines %d–%d of %d", m.y+1, end, len(m.lines))
		if wide > m.w {
			where += fmt.Sprintf(" · columns %d–%d of %d · ←/→ scroll", m.x+1, min(m.x+m.w, wide), wide)
		}
		out = append(out, m.sh.st.Muted.Render(fitText(where, m.w)))
	}
	return strings.Join(out, "\n")
}

func (m *mapView) keys() help.KeyMap {
	n := m.nav
	short := []key.Binding{n.Down, m.toggle}
	full := append(n.list(), m.toggle)
	if widest(m.lines) > m.w {
		short = []key.Binding{n.Down, m.rght, m.toggle}
		full = append(full, m.left, m.rght)
	}
	if m.roles == nil {
		short = append(short, m.more)
		full = append(full, m.more)
	}
	return keyMap{short: short, full: [][]key.Binding{full}}
}
