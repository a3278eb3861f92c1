package diagram

import (
	"strings"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// TwoColumns is the narrowest width, in cells, at which CompareText sets
// the two roles in two columns; below it they are stacked.
const TwoColumns = 96

// CompareText lays out a comparison (catalogue.Compare) in lines no wider
// than width cells: from TwoColumns up, the roles in two columns under
// each field's label; below it, each field's label then the first role's
// words and the second's, each under its title. Fields about the pair
// (routes between them, shared programmes) span the width. Words come
// from catalogue.Rows at now, so they read as on every other screen; no
// word is cut unless it is wider than a column on its own.
func CompareText(cat *catalogue.Catalogue, cmp catalogue.Comparison, now time.Time, w int) []string {
	w = max(w, 20)
	rows := cat.Rows(cmp, now)
	ta, tb := catalogue.Clean(cmp.A.Title), catalogue.Clean(cmp.B.Title)
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	indent := func(prefix string, paras []string, w int) {
		for _, p := range paras {
			for _, l := range wrap(p, w-len(prefix)) {
				add(prefix + l)
			}
		}
	}
	add(wrap("Comparing "+ta+" with "+tb, w)...)
	if w < TwoColumns {
		for _, r := range rows {
			add("")
			add(wrap(r.Label, w)...)
			if len(r.Both) > 0 {
				indent("  ", r.Both, w)
				continue
			}
			for _, l := range wrap(ta+":", w-2) {
				add("  " + l)
			}
			indent("    ", r.A, w)
			for _, l := range wrap(tb+":", w-2) {
				add("  " + l)
			}
			indent("    ", r.B, w)
		}
		return out
	}
	const gap = " │ "
	cw := (w - len(" │ ")) / 2
	columns := func(a, b []string) {
		var la, lb []string
		for _, p := range a {
			la = append(la, wrap(p, cw)...)
		}
		for _, p := range b {
			lb = append(lb, wrap(p, cw)...)
		}
		for i := 0; i < max(len(la), len(lb)); i++ {
			l, r := "", ""
			if i < len(la) {
				l = la[i]
			}
			if i < len(lb) {
				r = lb[i]
			}
			add(strings.TrimRight(pad(l, cw)+gap+r, " "))
		}
	}
	add("")
	columns([]string{ta}, []string{tb})
	add(strings.Repeat("─", cw) + "─┼─" + strings.Repeat("─", cw))
	for _, r := range rows {
		add("")
		add(wrap(r.Label, w)...)
		if len(r.Both) > 0 {
			indent("  ", r.Both, w)
			continue
		}
		columns(r.A, r.B)
	}
	return out
}
