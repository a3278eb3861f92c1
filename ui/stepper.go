package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// stepper shows a route as a ladder with the current step highlighted, and
// what moving on from it takes.
type stepper struct {
	sh          *shared
	name, note  string
	roles       []string
	cur         int
	w, h        int
	nav         navKeys
	next, prev  key.Binding
	first, last key.Binding
}

func newStepper(sh *shared, name, note string, roles []string) *stepper {
	return &stepper{sh: sh, name: name, note: note, roles: roles, nav: newNavKeys(),
		next:  key.NewBinding(key.WithKeys("down", "j", "right", "l", "n"), key.WithHelp("↓/→", "next step")),
		prev:  key.NewBinding(key.WithKeys("up", "k", "left", "h", "p"), key.WithHelp("↑/←", "previous step")),
		first: key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first step")),
		last:  key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last step")),
	}
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
	default:
		return notUsed{}, nil
	}
	return nil, nil
}

// total is the typical time of the whole route.
func (s *stepper) total() string {
	return s.sh.cat.PathThrough(s.roles).TotalText()
}

func (s *stepper) ladder(w int, withSteps bool) []string {
	st, cat := s.sh.st, s.sh.cat
	var out []string
	for i, id := range s.roles {
		mark := "○ "
		if i == s.cur {
			mark = "● "
		}
		label := fmt.Sprintf("%d. %s", i+1, roleTitle(cat, id))
		right := ""
		if r := cat.Role(id); r != nil {
			right = ansi.Truncate(bandLabel(cat, r), max(w/3, 8), "…")
		}
		row := fit(mark+label, max(w-ansi.StringWidth(right)-1, 8)) + " " + right
		if i == s.cur {
			row = st.Selected.Render(fit(row, w))
		}
		out = append(out, row)
		if withSteps && i < len(s.roles)-1 {
			step := "no step recorded"
			if x := cat.Graph().Step(id, s.roles[i+1]); x != nil {
				step = strings.TrimSuffix(stepText(x), ".")
			}
			out = append(out, st.Muted.Render(fit("│   "+step, w)))
		}
	}
	return out
}

// detail is the current step: the role, and what moving on takes.
func (s *stepper) detail(w int) []string {
	st, cat := s.sh.st, s.sh.cat
	id := s.roles[s.cur]
	out := []string{st.Heading.Render(fmt.Sprintf("Step %d of %d", s.cur+1, len(s.roles)))}
	r := cat.Role(id)
	if r == nil {
		return append(out, st.Warn.Render("There is no role "+clean(id)+" in this catalogue."))
	}
	facts := roleTitle(cat, id) + " · " + bandLabel(cat, r)
	if p := rolePay(cat, r); p != "" {
		facts += " · " + p
	}
	out = append(out, wrap(st.Title.Render(facts), w)...)
	out = append(out, wrap(clean(r.Summary), w)...)
	if s.cur == len(s.roles)-1 {
		return append(out, "", st.Accent.Render("The end of the route."))
	}
	to := s.roles[s.cur+1]
	out = append(out, "", st.Heading.Render("Moving on to "+roleTitle(cat, to)))
	x := cat.Graph().Step(id, to)
	if x == nil {
		return append(out, st.Muted.Render("No step is recorded between these roles."))
	}
	out = append(out, wrap(stepText(x), w)...)
	for _, p := range x.Programmes {
		if pr := cat.Programme(p); pr != nil {
			out = append(out, wrap(st.Muted.Render("Programme: "+clean(pr.Name)), w)...)
		}
	}
	return out
}

func (s *stepper) view() string {
	st := s.sh.st
	if len(s.roles) == 0 {
		return st.Muted.Render("This route has no roles.")
	}
	w := min(s.w, maxReading)
	lw, rw := split(s.w, 46, 60)
	if s.w >= twoPanes {
		w = lw
	}
	head := wrap(st.Title.Render(s.name), w)
	if s.note != "" {
		head = append(head, wrap(st.Muted.Render(s.note), w)...)
	}
	head = append(head, "")
	total := wrap(st.Accent.Render(s.total()), w)
	if s.w >= twoPanes {
		left := append(append(append(head, s.ladder(lw, true)...), ""), total...)
		return panes(st, scrollTo(left, s.h, len(head)+2*s.cur), s.detail(rw), lw, rw, s.h)
	}
	// One pane: the detail of the current step must stay in view, so the
	// ladder shows only the steps around it when space is short.
	detail := s.detail(w)
	room := s.h - len(head) - 1 - len(total) - len(detail)
	if room < 3 {
		head, room = head[:1], s.h-3-len(detail)
	}
	ladder := scrollTo(s.ladder(w, false), max(room, 3), s.cur)
	out := append(append(append(head, ladder...), total...), "")
	return strings.Join(append(out, detail...), "\n")
}

// scrollTo shows h lines of lines with line at in view.
func scrollTo(lines []string, h, at int) []string {
	if len(lines) <= h {
		return lines
	}
	off := max(0, min(at-h/2, len(lines)-h))
	return lines[off : off+h]
}

func (s *stepper) keys() help.KeyMap {
	return keyMap{
		short: []key.Binding{s.next, s.prev, s.nav.Open},
		full:  [][]key.Binding{{s.next, s.prev, s.first, s.last, s.nav.Open}},
	}
}
