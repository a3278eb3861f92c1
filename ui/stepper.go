package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// stepper shows a route as a ladder with the current step highlighted, and
// what moving on from it takes.
type stepper struct {
	sh          *shared
	name, note  string
	roles       []string
	cur         int
	w, h        int
	details     *pane // the current step, scrolled with pgup/pgdn
	route       *pane // wide: the route's ladder, following the current step
	nav         navKeys
	next, prev  key.Binding
	first, last key.Binding
	byYears     bool // the route of least typical time (for its handout)
}

func newStepper(sh *shared, name, note string, roles []string) *stepper {
	s := &stepper{sh: sh, name: name, note: note, roles: roles, nav: newNavKeys(), details: newPane(), route: newPane(),
		next:  key.NewBinding(key.WithKeys("down", "j", "right", "l", "n"), key.WithHelp("↓/→", "next step")),
		prev:  key.NewBinding(key.WithKeys("up", "k", "left", "h", "p"), key.WithHelp("↑/←", "previous step")),
		first: key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first step")),
		last:  key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last step")),
	}
	s.route.hint = "↓/→ next step"
	return s
}

func (s *stepper) title() string           { return s.name }
func (s *stepper) typing() bool            { return false }
func (s *stepper) resize(w, h int) tea.Cmd { s.w, s.h = w, h; return nil }

func (s *stepper) update(msg tea.Msg) (any, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(s.roles) == 0 {
		return nil, nil
	}
	switch {
	case key.Matches(k, s.next):
		s.cur = min(s.cur+1, len(s.roles)-1)
	case key.Matches(k, s.prev):
		s.cur = max(s.cur-1, 0)
	case key.Matches(k, s.first):
		s.cur = 0
	case key.Matches(k, s.last):
		s.cur = len(s.roles) - 1
	case key.Matches(k, s.nav.Open):
		return openRole{id: s.roles[s.cur]}, nil
	case key.Matches(k, mapKey):
		return openMap{roles: s.roles, name: s.name}, nil
	case key.Matches(k, saveKey, copyKey):
		in, cmd, _ := handoutKeys(k, s.handout)
		return s.linkNote(in), cmd
	case key.Matches(k, s.details.nav.PageDown, s.details.nav.PageUp):
		s.details.update(k)
		return nil, nil
	default:
		return notUsed{}, nil
	}
	s.details.setOffset(0)
	return nil, nil
}

// total is the typical time of the whole route, in the catalogue's words.
func (s *stepper) total() string {
	return s.sh.cat.PathThrough(s.roles).TotalText()
}

// ladder is the route, one role a row (wrapped, never cut), with the
// typical time of each step between them when withSteps. at is the first
// line of each role's row.
func (s *stepper) ladder(w int, withSteps bool) (out []string, at []int) {
	st, cat := s.sh.st, s.sh.cat
	for i, id := range s.roles {
		mark := "○ "
		if i == s.cur {
			mark = "● "
		}
		label := fmt.Sprintf("%d. %s", i+1, roleTitle(cat, id))
		if r := cat.Role(id); r != nil {
			label += " · " + bandLabel(cat, r)
		}
		at = append(at, len(out))
		for j, l := range wrap(label, w-2) {
			lead := "  "
			if j == 0 {
				lead = mark
			}
			if i == s.cur {
				out = append(out, st.Selected.Render(fit(lead+l, w)))
			} else {
				out = append(out, lead+l)
			}
		}
		if withSteps && i < len(s.roles)-1 {
			for _, l := range wrap(stepTime(cat.Graph().Step(id, s.roles[i+1])), w-4) {
				out = append(out, st.Muted.Render("│   "+l))
			}
		}
	}
	return out, at
}

// stepTime is a step's typical time for the ladder, in the catalogue's
// words (the same as the role card, the command line and plain mode).
func stepTime(x *catalogue.Step) string {
	if x == nil {
		return "no step recorded"
	}
	return clean(catalogue.StepTimeText(*x))
}

// detail is the current step: the role, and what moving on takes.
func (s *stepper) detail(w int) []string {
	st, cat := s.sh.st, s.sh.cat
	id := s.roles[s.cur]
	out := []string{st.Heading.Render(fmt.Sprintf("Role %d of %d", s.cur+1, len(s.roles)))}
	r := cat.Role(id)
	if r == nil {
		return append(out, st.wrap(st.Warn, "There is no role "+clean(id)+" in this catalogue.", w)...)
	}
	facts := roleTitle(cat, id) + " · " + bandLabel(cat, r)
	if p := rolePay(cat, r); p != "" {
		facts += " · " + p
	}
	out = append(out, st.wrap(st.Title, facts, w)...)
	out = append(out, st.wrap(st.Text, clean(r.Summary), w)...)
	if s.cur == len(s.roles)-1 {
		return append(out, "", st.Accent.Render("The end of the route."))
	}
	to := s.roles[s.cur+1]
	out = append(out, "")
	out = append(out, st.wrap(st.Heading, "Moving on to "+roleTitle(cat, to), w)...)
	x := cat.Graph().Step(id, to)
	if x == nil {
		return append(out, st.wrap(st.Muted, "No step is recorded between these roles.", w)...)
	}
	out = append(out, st.wrap(st.Text, stepText(x), w)...)
	for _, p := range x.Programmes {
		if pr := cat.Programme(p); pr != nil {
			out = append(out, st.wrap(st.Muted, "Programme: "+clean(pr.Name), w)...)
		}
	}
	return out
}

func (s *stepper) view() string {
	st := s.sh.st
	if len(s.roles) == 0 {
		return st.Muted.Render("This route has no roles.")
	}
	wide := s.w >= twoPanes
	w := min(s.w, maxReading)
	lw, rw := split(s.w, 46, 60)
	if wide {
		w = lw
	}
	head := st.wrap(st.Title, s.name, w)
	if s.note != "" {
		head = append(head, st.wrap(st.Muted, s.note, w)...)
	}
	head = append(head, "")
	total := st.wrap(st.Accent, s.total(), w)
	if wide {
		// The route, its total and its ladder scroll in the left pane, the
		// current step kept in view; the step's detail in the right.
		ladder, at := s.ladder(lw, true)
		top := append(append(head[:len(head)-1:len(head)-1], total...), "")
		s.route.resize(lw, s.h)
		if anyMark(s.sh.cat, s.roles...) { // what the marks on the bands mean
			ladder = append(append(ladder, ""), st.legend(lw)...)
		}
		s.route.set(append(top, ladder...))
		s.route.show(len(top) + at[s.cur])
		if s.cur+1 < len(at) {
			s.route.show(len(top) + at[s.cur+1]) // the time to the next step too
		}
		s.route.show(len(top) + at[s.cur])
		s.details.resize(rw, s.h)
		s.details.set(s.detail(rw))
		return panes(st, s.route.view(st), s.details.view(st), lw, rw, s.h)
	}
	// One pane: the ladder shows the steps around the current one, and the
	// step's detail scrolls in the room below.
	ladder, at := s.ladder(w, false)
	lh := min(len(ladder), max(3, (s.h-len(head)-len(total))/3))
	detail := s.detail(w)
	if anyMark(s.sh.cat, s.roles...) { // what the marks on the bands mean
		detail = append(append(detail, ""), st.legend(w)...)
	}
	top := append(append(head, scrollMore(st, ladder, lh, at[s.cur])...), total...)
	if len(top) > s.h/2 { // short of room: the route's name and note scroll with the step
		top = append(scrollMore(st, ladder, min(lh, 3), at[s.cur]), total...)
		detail = append(head, detail...)
	}
	top = append(top, st.Border.Render(strings.Repeat("─", w)))
	s.details.resize(w, max(s.h-len(top), 2))
	s.details.set(detail)
	return strings.Join(append(top, s.details.view(st)...), "\n")
}

// scrollTo shows h lines of lines with line at in view.
func scrollTo(lines []string, h, at int) []string {
	if len(lines) <= h {
		return lines
	}
	off := max(0, min(at-h/2, len(lines)-h))
	return lines[off : off+h]
}

// scrollMore is scrollTo that, when not all lines fit, gives its last line
// to saying that there is more above or below (G and g go there).
func scrollMore(st *styles, lines []string, h, at int) []string {
	if len(lines) <= h || h < 2 {
		return scrollTo(lines, h, at)
	}
	h--
	off := max(0, min(at-h/2, len(lines)-h))
	var bits []string
	if off > 0 {
		bits = append(bits, "↑ more above (g)")
	}
	if off+h < len(lines) {
		bits = append(bits, "↓ more below (G)")
	}
	return append(append([]string(nil), lines[off:off+h]...), st.Muted.Render("  "+strings.Join(bits, " · ")))
}

func (s *stepper) keys() help.KeyMap {
	n := s.details.nav
	return keyMap{
		short: []key.Binding{s.next, s.prev, n.PageDown, s.nav.Open},
		full:  [][]key.Binding{{s.next, s.prev, s.first, s.last, n.PageDown, n.PageUp, s.nav.Open, mapKey, saveKey, copyKey}},
	}
}
