package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// item is one row of a list. Headers are shown but never selected.
type item struct {
	text, right string
	header      bool   // a heading: never selected
	dim         bool   // with header: a quiet note, such as "no roles yet"
	value       any    // what opening the row means: an intent, usually
	match       string // normalised text the filter searches
	// names, when set, are what the row is known by (id, title, aliases),
	// scored by the shared ranking (catalogue.Named.Best) as everywhere
	// else, so an exact alias such as "CNS" comes first.
	names *catalogue.Named
	title string // normalised text: rows that match it come first
	hint  string // why the row matches the filter, shown in place of right
	// While filtering there are no headings: rows with the same once key
	// (a role listed under each of its bands) are shown once, and
	// filterRight, when set, stands in for what the heading said.
	once, filterRight string
}

// list is a selectable, filterable list of rows with headers, sized to a
// block of the screen. It keeps its selection and scroll across resizes.
type list struct {
	items     []item
	shown     []int // rows of items that pass the filter
	cur, off  int   // selected row of shown, first visible row
	w, h      int
	filter    field
	filtering bool // the filter has the keys
	always    bool // type-to-filter: the filter always has the keys
	nav       navKeys
	typeNav   navKeys // navigation while the filter has the keys
	slash     key.Binding
	empty     string
	noMatch   string // what to say when nothing matches, before the query
	// also scores a row against the normalised query in other ways than
	// its text (an alliance by the places it covers), with a hint to show
	// on the row; -1 for no match. Optional.
	also func(q string, it *item) (score int, hint string)
	// least is the lowest score a row may have to be shown: TierFuzzy
	// leaves out letters scattered in order, which long names (an
	// alliance's) match too easily. 0 takes every match.
	least int
	// noMatchText, when set, is the whole message for a filter that
	// matches nothing, given the query as typed.
	noMatchText func(q string) string
}

func newList(items []item, always bool) *list {
	l := &list{always: always, filtering: always, empty: "Nothing here yet.",
		slash: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter"))}
	l.filter = newField("Filter: ")
	l.nav = newNavKeys()
	l.typeNav = typingNav()
	if always {
		l.nav = typingNav()
		l.filter = newField("Type to filter: ")
	}
	l.setItems(items)
	return l
}

// setItems replaces the rows, keeping the selected value where it can.
func (l *list) setItems(items []item) {
	var keep any
	if it := l.selected(); it != nil {
		keep = it.value
	}
	l.items = items
	for i := range l.items {
		l.items[i].title = catalogue.Norm(l.items[i].text)
		if l.items[i].match == "" {
			l.items[i].match = l.items[i].title
		}
	}
	l.refilter()
	if keep != nil {
		l.selectValue(keep)
	}
}

// refilter keeps the rows that match the filter, ranked by the one shared
// ranking (catalogue.Score) of what is shown or what else the row is known
// by (aliases), so an exact title comes before a longer one that contains
// it, and an alias ("CNS") before a title with the same letters scattered.
// With no filter, every row in its place.
func (l *list) refilter() {
	q := catalogue.Norm(l.filter.value())
	l.shown = l.shown[:0]
	type scored struct{ i, score int }
	var hits []scored
	seen := map[string]bool{}
	for i := range l.items {
		it := &l.items[i]
		it.hint = ""
		switch {
		case q == "":
			l.shown = append(l.shown, i)
		case it.header:
		default:
			score := -1
			if it.names != nil {
				score = it.names.Best(q) // the same score as the command line's
			}
			if score < 0 && (inOrder(q, it.match) || inOrder(q, it.title)) { // cheap: no score without the letters in order
				score = max(catalogue.Score(q, it.title), catalogue.Score(q, it.match))
			}
			if l.also != nil {
				if s, hint := l.also(q, it); s > score {
					score, it.hint = s, hint
				}
			}
			if score < 0 || score < l.least || (it.once != "" && seen[it.once]) {
				continue
			}
			if it.once != "" {
				seen[it.once] = true
			}
			if it.hint == "" {
				it.hint = it.filterRight
			}
			hits = append(hits, scored{i, score})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score > hits[b].score })
	for _, h := range hits {
		l.shown = append(l.shown, h.i)
	}
	l.cur, l.off = 0, 0
	l.fix(1)
}

// fix moves the selection off headers in direction dir and scrolls it into view.
func (l *list) fix(dir int) {
	if len(l.shown) == 0 {
		l.cur, l.off = 0, 0
		return
	}
	l.cur = min(max(l.cur, 0), len(l.shown)-1)
	for i := l.cur; i >= 0 && i < len(l.shown); i += dir {
		if !l.items[l.shown[i]].header {
			l.cur = i
			break
		}
		if i+dir < 0 || i+dir >= len(l.shown) {
			dir = -dir // no row that way: look the other way
		}
	}
	rows := l.rows()
	l.off = min(max(l.off, 0), len(l.shown)-1)
	if l.cur < l.off {
		l.off = l.cur
	}
	for l.off < l.cur && l.span(l.off, l.cur) > rows {
		l.off++
	}
	if l.off == l.cur && l.off > 0 && l.items[l.shown[l.off-1]].header && l.span(l.off-1, l.cur) <= rows {
		l.off-- // show the heading above the first row
	}
	for l.off > 0 && l.span(l.off-1, len(l.shown)-1) <= rows {
		l.off-- // no blank lines below the last row
	}
}

// span is how many lines rows a to b of shown take, both included.
func (l *list) span(a, b int) int {
	n := 0
	for i := a; i <= b && i < len(l.shown); i++ {
		n += l.height(&l.items[l.shown[i]])
	}
	return n
}

// height is how many lines a row takes: two when its text does not fit
// the width, so that rows are never cut short (and never look alike).
func (l *list) height(it *item) int {
	if it.header || lineWidth(it.text) <= max(l.w-2, 4) {
		return 1
	}
	return len(l.parts(it))
}

// parts is a row's text too wide for one line, wrapped: the first line
// as wide as a row's text, the others indented two more (never cut, at
// most four lines; a fifth would be cut).
func (l *list) parts(it *item) []string {
	w := max(l.w-2, 4)
	first := wrap(it.text, w)
	if len(first) < 2 {
		return first
	}
	rest := strings.TrimSpace(strings.TrimPrefix(strings.Join(strings.Fields(it.text), " "), first[0]))
	out := []string{first[0]}
	for _, p := range wrap(rest, max(w-2, 2)) {
		out = append(out, "  "+p)
	}
	return out[:min(len(out), 4)]
}

// end is one past the last row of shown that is wholly in view.
func (l *list) end() int {
	rows, used := l.rows(), 0
	i := l.off
	for ; i < len(l.shown); i++ {
		h := l.height(&l.items[l.shown[i]])
		if used+h > rows && i > l.off {
			break
		}
		used += h
	}
	return i
}

// rows is how many rows fit under the filter line.
func (l *list) rows() int {
	if l.filtering || l.filter.value() != "" {
		return max(l.h-1, 1)
	}
	return max(l.h, 1)
}

func (l *list) resize(w, h int) { l.w, l.h = w, h; l.fix(1) }

// selected is the selected row, or nil.
func (l *list) selected() *item {
	if l.cur < 0 || l.cur >= len(l.shown) {
		return nil
	}
	it := &l.items[l.shown[l.cur]]
	if it.header {
		return nil
	}
	return it
}

func (l *list) selectValue(v any) {
	for i, at := range l.shown {
		if l.items[at].value == v {
			l.cur = i
			l.fix(1)
			return
		}
	}
}

// jump moves to the next (dir 1) or previous (-1) header's first row.
func (l *list) jump(dir int) {
	i := l.cur
	if dir < 0 {
		for i > 0 && !l.items[l.shown[i]].header { // this group's header
			i--
		}
		for i--; i > 0 && !l.isGroup(i); i-- {
		}
	} else {
		for i++; i < len(l.shown) && !l.isGroup(i); i++ {
		}
	}
	if i >= 0 && i < len(l.shown) {
		l.cur = i
		l.fix(1)
	}
}

func (l *list) isGroup(i int) bool {
	it := l.items[l.shown[i]]
	return it.header && !it.dim
}

// update handles a key. It reports whether the key was used, and the row
// opened with enter.
func (l *list) update(msg tea.KeyPressMsg) (used bool, opened *item) {
	n := l.nav
	if l.filtering {
		n = l.typeNav
	}
	switch {
	case key.Matches(msg, n.Open):
		if !l.always {
			l.filtering = false
		}
		return true, l.selected()
	case key.Matches(msg, n.Up):
		l.cur--
		l.fix(-1)
	case key.Matches(msg, n.Down):
		l.cur++
		l.fix(1)
	case key.Matches(msg, n.Top):
		l.cur = 0
		l.fix(1)
	case key.Matches(msg, n.Bottom):
		l.cur = len(l.shown) - 1
		l.fix(-1)
	case key.Matches(msg, n.PageUp):
		l.cur -= l.rows()
		l.fix(-1)
	case key.Matches(msg, n.PageDown):
		l.cur += l.rows()
		l.fix(1)
	case l.filtering && msg.String() == "esc" && !l.always:
		l.filtering = false
		l.filter.set("")
		l.refilter()
	case l.filtering:
		if !l.filter.update(msg) {
			return false, nil
		}
		l.refilter()
	case key.Matches(msg, l.slash):
		l.filtering = true
	default:
		return false, nil
	}
	return true, nil
}

// click selects the row at line y of the list's block; a click on the
// selected row opens it.
func (l *list) click(y int) *item {
	if l.filtering || l.filter.value() != "" {
		y--
	}
	if y < 0 || y >= l.rows() {
		return nil
	}
	i := l.off
	for ; i < l.end(); i++ {
		if y -= l.height(&l.items[l.shown[i]]); y < 0 {
			break
		}
	}
	if i >= l.end() || l.items[l.shown[i]].header {
		return nil
	}
	if i == l.cur {
		return l.selected()
	}
	l.cur = i
	return nil
}

// view renders the list in its block.
func (l *list) view(st *styles, focused bool) []string {
	var out []string
	if l.filtering || l.filter.value() != "" {
		out = append(out, l.filter.view(st, l.filtering && focused))
	}
	if len(l.shown) == 0 {
		msg := l.empty
		if l.filter.value() != "" {
			msg = "Nothing matches “" + clean(l.filter.value()) + "”."
			if l.noMatch != "" {
				msg = "Nothing matches “" + clean(l.filter.value()) + "”: " + l.noMatch
			}
			if l.noMatchText != nil {
				msg = l.noMatchText(clean(l.filter.value()))
			}
		}
		for _, l := range wrap(msg, max(l.w-2, 1)) {
			out = append(out, st.Muted.Render("  "+l))
		}
		return out
	}
	for i := l.off; i < l.end(); i++ {
		it := &l.items[l.shown[i]]
		if l.height(it) == 1 {
			out = append(out, l.row(st, it, i == l.cur, focused))
			continue
		}
		out = append(out, l.wrapped(st, it, i == l.cur, focused)...)
	}
	return out
}

// wrapped is a row whose text is too wide, on the lines of parts, its
// label left out.
func (l *list) wrapped(st *styles, it *item, sel, focused bool) []string {
	w := max(l.w-2, 4)
	parts := l.parts(it)
	out := make([]string, len(parts))
	for j, p := range parts {
		mark := "  "
		if j == 0 && sel {
			mark = "▸ "
		}
		switch {
		case sel && focused:
			out[j] = st.Selected.Render(fit(mark+p, l.w))
		case sel && j == 0:
			out[j] = st.Accent.Render(mark) + fit(p, w)
		default:
			out[j] = mark + fit(p, w)
		}
	}
	return out
}

func (l *list) row(st *styles, it *item, sel, focused bool) string {
	if it.header && it.dim {
		return st.Muted.Render(fit("  "+it.text, l.w))
	}
	if it.header {
		return fit(st.Heading.Render(it.text), l.w)
	}
	// The label on the right (a band, a kind) gives way to the row's own
	// text: it is left out, never cut, when both do not fit.
	right, label := "", it.right
	if it.hint != "" {
		label = it.hint
	}
	if rw := lineWidth(label); label != "" && rw <= max(l.w/3, 6) && lineWidth(it.text)+rw+3 <= l.w {
		right = " " + label
	}
	tw := max(l.w-2-lineWidth(right), 4)
	text := fit(it.text, tw)
	line := text + right
	switch {
	case sel && focused:
		return st.Selected.Render(fit("▸ "+line, l.w))
	case sel:
		return st.Accent.Render("▸ ") + text + st.Muted.Render(right)
	}
	return "  " + text + st.Muted.Render(right)
}

// filterKeys are the keys while the filter has them: esc clears it, or,
// where the filter always has the keys, goes back (the root says so).
func (l *list) filterKeys() keyMap {
	n := l.typeNav
	if l.always {
		return keyMap{short: []key.Binding{n.Up, n.Down, n.Open}, full: [][]key.Binding{{n.Open, n.Up, n.Down, n.PageUp, n.PageDown}}}
	}
	clear := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear the filter"))
	return keyMap{short: []key.Binding{n.Open, clear}, full: [][]key.Binding{{n.Open, n.Up, n.Down, clear}}}
}

// roleNamed is the role's entry in the catalogue's shared list of names
// (id, title, aliases, folded once), or nil for an unknown id.
func roleNamed(cat *catalogue.Catalogue, id string) *catalogue.Named {
	all := cat.RoleNames()
	for i := range all {
		if all[i].ID == id {
			return &all[i]
		}
	}
	return nil
}
