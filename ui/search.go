package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// entry is one thing search can find, with its names normalised once.
type entry struct {
	kind, title, id string
	names           []string
	intent          any
}

// search is one fuzzy search over roles (titles and aliases), case studies
// and programmes. Typing filters; ↑/↓ and enter choose.
type search struct {
	sh      *shared
	all     []entry
	input   field
	list    *list
	w, h    int
	limit   int
	results int
}

func newSearch(sh *shared) *search {
	cat := sh.cat
	var all []entry
	norm := func(names ...string) []string {
		out := make([]string, 0, len(names))
		for _, n := range names {
			if n = catalogue.Norm(n); n != "" {
				out = append(out, n)
			}
		}
		return out
	}
	for _, r := range cat.Roles {
		all = append(all, entry{"role", clean(r.Title), r.ID, norm(append([]string{r.Title}, r.Aliases...)...), openRole{r.ID}})
	}
	for _, c := range cat.Cases {
		all = append(all, entry{"case study", clean(c.Title), c.ID, norm(c.Title, c.Organisation), openCase{c.ID}})
	}
	for _, p := range cat.Programmes {
		all = append(all, entry{"programme", clean(p.Name), p.ID, norm(p.Name, p.Organisation), openProgramme{p.ID}})
	}
	s := &search{sh: sh, all: all, list: newList(nil, false), limit: 200}
	s.list.nav = typingNav()
	s.list.slash.SetEnabled(false)
	s.input.prompt = "Search: "
	s.refresh()
	return s
}

func (s *search) title() string { return "Search" }
func (s *search) typing() bool  { return true }

func (s *search) resize(w, h int) tea.Cmd {
	s.w, s.h = w, h
	lw := w
	if w >= twoPanes {
		lw, _ = split(w, 44, 60)
	}
	s.list.resize(lw, h-2)
	return nil
}

func (s *search) update(msg tea.Msg) (any, tea.Cmd) {
	if c, ok := msg.(clickMsg); ok && c.x < s.list.w {
		if it := s.list.click(c.y - 2); it != nil {
			return it.value, nil
		}
		return nil, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	if used, it := s.list.update(k); used {
		if it != nil {
			return it.value, nil
		}
		return nil, nil
	}
	if !s.input.update(k) {
		return notUsed{}, nil
	}
	s.refresh()
	return nil, nil
}

// refresh ranks every entry against the query.
func (s *search) refresh() {
	q := catalogue.Norm(s.input.value())
	type hit struct {
		e     *entry
		score int
	}
	var hits []hit
	for i := range s.all {
		e := &s.all[i]
		best := -1
		if q == "" {
			best = 0
		}
		for _, n := range e.names {
			if q != "" {
				best = max(best, fuzzy(q, n))
			}
		}
		if best >= 0 {
			hits = append(hits, hit{e, best})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].e.title < hits[j].e.title
	})
	s.results = len(hits)
	items := make([]item, 0, min(len(hits), s.limit))
	for _, h := range hits[:min(len(hits), s.limit)] {
		items = append(items, item{text: h.e.title, right: h.e.kind, value: h.e.intent})
	}
	s.list.setItems(items)
	s.list.cur, s.list.off = 0, 0
	s.list.fix(1)
}

// fuzzy scores how well q matches s (both normalised): an exact name, then
// a prefix, then a word start, then anywhere, then letters in order.
// -1 is no match.
func fuzzy(q, s string) int {
	switch {
	case s == q:
		return 1000
	case strings.HasPrefix(s, q):
		return 900 - len(s)
	case strings.Contains(s, " "+q):
		return 800 - len(s)
	case strings.Contains(s, q):
		return 700 - len(s)
	}
	// Letters in order: accepted when they come in few runs (a typo-free
	// abbreviation), or each run starts a word (an acronym, "cns").
	score, j, run, runs, starts := 0, 0, 0, 0, 0
	for i := 0; i < len(s) && j < len(q); i++ {
		if s[i] != q[j] {
			run = 0
			continue
		}
		if run == 0 {
			runs++
			if i == 0 || s[i-1] == ' ' {
				starts++
				score += 6
			}
		}
		run++
		score += run * 2
		j++
	}
	if j < len(q) || (runs > len(q)/2+1 && starts < runs) {
		return -1
	}
	return min(score, 600) - len(s)/4
}

func (s *search) view() string {
	st := s.sh.st
	lw, rw := s.w, 0
	if s.w >= twoPanes {
		lw, rw = split(s.w, 44, 60)
	}
	left := []string{s.input.view(st, true), st.Muted.Render(s.count())}
	if s.results == 0 {
		left = append(left, st.Muted.Render("  Nothing matches. Try fewer letters, or another name for the role."))
	} else {
		left = append(left, s.list.view(st, true)...)
	}
	if rw == 0 {
		return strings.Join(left, "\n")
	}
	var right []string
	if it := s.list.selected(); it != nil {
		right = s.preview(it.value, rw)
	}
	return panes(st, left, right, lw, rw, s.h)
}

func (s *search) count() string {
	switch {
	case s.input.value() == "":
		return "Type a role, an alias such as CNS, a case study or a programme."
	case s.results > s.limit:
		return "Best 200 of " + itoa(s.results) + " matches"
	}
	return itoa(s.results) + " match" + map[bool]string{true: "", false: "es"}[s.results == 1]
}

func (s *search) preview(v any, w int) []string {
	switch x := v.(type) {
	case openRole:
		return roleSummary(s.sh, x.id, "", w)
	case openCase:
		c := s.sh.cat.Case(x.id)
		out := append([]string{s.sh.st.Title.Render(clean(c.Title))}, wrap(s.sh.st.Muted.Render(caseFrom(s.sh.cat, c)), w)...)
		return append(append(out, ""), wrap(clean(c.Summary), w)...)
	case openProgramme:
		var out []string
		for _, l := range programmeLines(s.sh, x.id, w) {
			out = append(out, l.text)
		}
		return out
	}
	return nil
}

func (s *search) keys() help.KeyMap {
	n := s.list.nav
	typeHint := key.NewBinding(key.WithKeys(""), key.WithHelp("type", "search"))
	return keyMap{short: []key.Binding{typeHint, n.Up, n.Down, n.Open},
		full: [][]key.Binding{{typeHint, n.Up, n.Down, n.PageUp, n.PageDown, n.Open}}}
}
