package catalogue

import (
	"strings"
	"time"
)

// Comparison sets two roles side by side (pathways compare A B): each
// role, the shortest route by steps from A to B and from B to A where one
// exists, the programmes both roles share, and each role's case studies.
// Rows turns it into labelled words for a view.
type Comparison struct {
	A, B     *Role
	AtoB     *Path        // nil when no route leads from A to B
	BtoA     *Path        // nil when no route leads from B to A
	Shared   []*Programme // programmes that serve both roles, in catalogue order
	CasesA   []*Case      // case studies that feature A
	CasesB   []*Case      // case studies that feature B
	SameRole bool         // A and B are the same role
}

// Compare sets roles a and b side by side. Routes are the shortest by
// steps (Graph.Shortest) in each direction. Neither role may be nil.
func (c *Catalogue) Compare(a, b *Role) Comparison {
	cmp := Comparison{A: a, B: b, SameRole: a.ID == b.ID}
	if p, ok := c.graph.Shortest(a.ID, b.ID, false); ok && !cmp.SameRole {
		cmp.AtoB = &p
	}
	if p, ok := c.graph.Shortest(b.ID, a.ID, false); ok && !cmp.SameRole {
		cmp.BtoA = &p
	}
	inB := map[string]bool{}
	for _, p := range c.ProgrammesFor(b.ID) {
		inB[p.ID] = true
	}
	for _, p := range c.ProgrammesFor(a.ID) {
		if inB[p.ID] {
			cmp.Shared = append(cmp.Shared, p)
		}
	}
	cmp.CasesA, cmp.CasesB = c.CasesFor(a.ID), c.CasesFor(b.ID)
	return cmp
}

// CompareRow is one compared field: its label and each role's words.
// Both is set instead of A and B for a field the roles share (routes
// between them, shared programmes). Every string is Clean.
type CompareRow struct {
	Label string   `json:"label"`
	A     []string `json:"a,omitempty"`    // one or more paragraphs for the first role
	B     []string `json:"b,omitempty"`    // and for the second
	Both  []string `json:"both,omitempty"` // paragraphs about the pair, shown across both columns
}

// CompareJSON is the JSON shape of a comparison (pathways compare A B
// --json): both roles in full, the route each way (null when there is
// none), the ids of shared programmes and of each role's case studies,
// and the rows as every view words them.
type CompareJSON struct {
	A                RoleJSON     `json:"a"`
	B                RoleJSON     `json:"b"`
	AToB             *RouteJSON   `json:"a_to_b"`
	BToA             *RouteJSON   `json:"b_to_a"`
	SharedProgrammes []string     `json:"shared_programmes"`
	CasesA           []string     `json:"cases_a"`
	CasesB           []string     `json:"cases_b"`
	Rows             []CompareRow `json:"rows"`
}

// CompareJSON gives the JSON shape of a comparison, its rows worded at now.
func (c *Catalogue) CompareJSON(cmp Comparison, now time.Time) CompareJSON {
	out := CompareJSON{A: c.RoleJSON(cmp.A), B: c.RoleJSON(cmp.B), Rows: c.Rows(cmp, now),
		SharedProgrammes: []string{}, CasesA: []string{}, CasesB: []string{}}
	if cmp.AtoB != nil {
		j := PathJSON(*cmp.AtoB)
		out.AToB = &j
	}
	if cmp.BtoA != nil {
		j := PathJSON(*cmp.BtoA)
		out.BToA = &j
	}
	for _, p := range cmp.Shared {
		out.SharedProgrammes = append(out.SharedProgrammes, p.ID)
	}
	for _, cs := range cmp.CasesA {
		out.CasesA = append(out.CasesA, cs.ID)
	}
	for _, cs := range cmp.CasesB {
		out.CasesB = append(out.CasesB, cs.ID)
	}
	return out
}

// Rows gives a comparison's fields in order as words, the same in every
// view: Band (with certainty, from BandText), Pay (PayText at now, or "Pay
// not given"), ACCEnD level, Regulator, Ways in (Entry.Text), What the
// work involves, then From A to B and From B to A (Path.TotalText and
// the roles on the way, or that no route is in the catalogue), Programmes
// both share, and Case studies of each.
func (c *Catalogue) Rows(cmp Comparison, now time.Time) []CompareRow {
	one := func(f func(r *Role) []string) CompareRow {
		return CompareRow{A: cleanAll(f(cmp.A)), B: cleanAll(f(cmp.B))}
	}
	row := func(label string, f func(r *Role) []string) CompareRow {
		r := one(f)
		r.Label = label
		return r
	}
	var rows []CompareRow
	rows = append(rows,
		row("Band", func(r *Role) []string { return []string{c.BandDetail(r, false)} }),
		row("Pay", func(r *Role) []string {
			if p := c.PayText(r, now); p != "" {
				return []string{p}
			}
			return []string{"Pay not given in the sources."}
		}),
		row("ACCEnD level", func(r *Role) []string {
			if l := c.AccendLevel(r.Accend); l != nil {
				return []string{l.Label}
			}
			return []string{"No ACCEnD level."}
		}),
		row("Regulator", func(r *Role) []string {
			g := c.Regulator(r.Regulator)
			if g == nil {
				return []string{"Not given."}
			}
			s := g.Name
			if g.Full != "" && g.Full != g.Name {
				s += " (" + g.Full + ")"
			}
			if r.RegulatorNote != "" {
				s = Sentence(s) + " " + r.RegulatorNote
			}
			return []string{s}
		}),
		row("Ways in", func(r *Role) []string {
			if len(r.Entry) == 0 {
				return []string{"No ways in given."}
			}
			out := make([]string, len(r.Entry))
			for i, e := range r.Entry {
				out[i] = e.Text()
			}
			return out
		}),
		row("What the work involves", func(r *Role) []string {
			w := r.Work
			if w == "" {
				w = r.Summary
			}
			if w == "" {
				return []string{"Not described."}
			}
			return []string{w}
		}),
	)
	rows = append(rows,
		CompareRow{Label: "From " + cmp.A.Title + " to " + cmp.B.Title, Both: cleanAll(c.routeWords(cmp.AtoB, cmp.SameRole))},
		CompareRow{Label: "From " + cmp.B.Title + " to " + cmp.A.Title, Both: cleanAll(c.routeWords(cmp.BtoA, cmp.SameRole))},
	)
	shared := []string{"None in the catalogue."}
	if len(cmp.Shared) > 0 {
		shared = shared[:0]
		for _, p := range cmp.Shared {
			shared = append(shared, p.Name)
		}
	}
	rows = append(rows, CompareRow{Label: "Programmes both share", Both: cleanAll(shared)})
	cases := func(list []*Case) []string {
		if len(list) == 0 {
			return []string{"None in the catalogue."}
		}
		out := make([]string, len(list))
		for i, cs := range list {
			out[i] = cs.Title
		}
		return cleanAll(out)
	}
	rows = append(rows, CompareRow{Label: "Case studies", A: cases(cmp.CasesA), B: cases(cmp.CasesB)})
	for i := range rows {
		rows[i].Label = Clean(rows[i].Label)
	}
	return rows
}

// routeWords says how long a route takes and which roles it passes.
func (c *Catalogue) routeWords(p *Path, same bool) []string {
	switch {
	case same:
		return []string{"The same role."}
	case p == nil:
		return []string{"No route in the catalogue."}
	}
	titles := make([]string, len(p.Roles))
	for i, id := range p.Roles {
		titles[i] = c.TitleOf(id)
	}
	return []string{p.TotalText(), "Via: " + strings.Join(titles, " → ") + "."}
}

func cleanAll(list []string) []string {
	for i, s := range list {
		list[i] = Clean(s)
	}
	return list
}
