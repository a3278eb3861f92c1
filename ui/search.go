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

// search is one search, ranked by catalogue.Score, over roles (titles and aliases), case studies
// and programmes. Typing filters; ↑/↓ and enter choose.
type search struct {
	sh      *shared
	all     []entry
	input   field
	list    *list
	w, h    int
	limit   int
	results int
	memo    map[string]ranked
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
	s := &search{sh: sh, all: all, list: newList(nil, false), limit: 200, memo: map[string]ranked{}}
	s.list.nav = typingNav()
	s.list.slash.SetEnabled(false)
	s.input = newField("Search: ")
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

// hit is an entry that matches, with its score.
type hit struct {
	e     *entry
	score int
}

// ranked is the work done for one query: the entries that have its letters
// in order (a superset of the matches of any longer query that starts with
// it) and its matches, best first. Keeping a few makes typing and deleting
// a letter cheap even over 10,000 roles.
type ranked struct {
	cand []int
	hits []hit
}

// refresh ranks the entries against the query.
func (s *search) refresh() {
	q := catalogue.Norm(s.input.value())
	r, ok := s.memo[q]
	if !ok {
		r = s.rank(q)
		if len(s.memo) > 64 {
			clear(s.memo)
		}
		s.memo[q] = r
	}
	s.results = len(r.hits)
	items := make([]item, 0, min(len(r.hits), s.limit))
	for _, h := range r.hits[:min(len(r.hits), s.limit)] {
		items = append(items, item{text: h.e.title, right: h.e.kind, value: h.e.intent})
	}
	s.list.setItems(items)
	s.list.cur, s.list.off = 0, 0
	s.list.fix(1)
}

func (s *search) rank(q string) ranked {
	var from []int // candidates: those of the longest known start of q
	for n := len(q) - 1; n > 0 && from == nil; n-- {
		if r, ok := s.memo[q[:n]]; ok {
			from = r.cand
		}
	}
	if from == nil {
		from = make([]int, len(s.all))
		for i := range from {
			from[i] = i
		}
	}
	var r ranked
	for _, i := range from {
		e := &s.all[i]
		best, in := -1, q == ""
		for _, n := range e.names {
			if q == "" {
				best = 0
				break
			}
			if inOrder(q, n) {
				in = true
				best = max(best, catalogue.Score(q, n))
			}
		}
		if in {
			r.cand = append(r.cand, i)
		}
		if best >= 0 {
			r.hits = append(r.hits, hit{e, best})
		}
	}
	sort.SliceStable(r.hits, func(i, j int) bool {
		if r.hits[i].score != r.hits[j].score {
			return r.hits[i].score > r.hits[j].score
		}
		return r.hits[i].e.title < r.hits[j].e.title
	})
	return r
}

// inOrder reports whether the letters of q appear in s in order.
func inOrder(q, s string) bool {
	j := 0
	for i := 0; i < len(s) && j < len(q); i++ {
		if s[i] == q[j] {
			j++
		}
	}
	return j == len(q)
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
		return roleSummary(s.sh, x.id, "", w, true)
	case openCase:
		c := s.sh.cat.Case(x.id)
		st := s.sh.st
		out := append(st.wrap(st.Title, clean(c.Title), w), st.wrap(st.Muted, caseFrom(s.sh.cat, c), w)...)
		return append(append(out, ""), st.wrap(st.Text, clean(c.Summary), w)...)
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
