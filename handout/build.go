package handout

import (
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Role is a handout on one role: where it sits (band with certainty, pay,
// levels, regulator), what the work involves, the ways in, every next
// step with what it takes, its typical time, funding and programmes, the
// programmes and case studies for it, and the sources cited.
func Role(cat *catalogue.Catalogue, r *catalogue.Role, o Options) Doc {
	d := Doc{Kind: "role", Title: catalogue.Clean(r.Title), Lead: catalogue.Clean(r.Summary)}
	d.Facts = append(d.Facts, roleFacts(cat, r, o)...)
	if len(r.Aliases) > 0 {
		d.Facts = append(d.Facts, field("Also called", strings.Join(r.Aliases, ", "))...)
	}
	if r.Work != "" {
		d.Sections = append(d.Sections, Section{Heading: "What the work involves", Paras: cleanAll([]string{r.Work})})
	}
	var ways []string
	for _, e := range r.Entry {
		ways = append(ways, e.Text())
	}
	if len(ways) > 0 {
		d.Sections = append(d.Sections, Section{Heading: "Ways in", List: cleanAll(ways)})
	}
	seen := map[string]bool{}
	d.Sources = sources(cat, nil, seen, r.Sources)
	if len(r.Next) > 0 {
		sec := Section{Heading: "Where it can lead"}
		for _, s := range r.Next {
			sec.Steps = append(sec.Steps, step(cat, 0, r.ID, s))
			d.Sources = sources(cat, d.Sources, seen, s.Sources)
		}
		d.Sections = append(d.Sections, sec)
	}
	d.Sections = append(d.Sections, programmesAndCases(cat, r.ID)...)
	if r.Note != "" {
		d.Sections = append(d.Sections, Section{Heading: "Note", Paras: cleanAll([]string{r.Note})})
	}
	d.Reopen = "pathways --role " + quote(r.Title)
	footer(cat, &d, o)
	return d
}

// roleFacts are a role's key facts: band, pay, levels and regulator.
func roleFacts(cat *catalogue.Catalogue, r *catalogue.Role, o Options) []Field {
	var out []Field
	out = append(out, field("Band", cat.BandDetail(r, false))...)
	out = append(out, field("Pay", cat.PayText(r, o.now()))...)
	if l := cat.AccendLevel(r.Accend); l != nil {
		out = append(out, field("ACCEnD level", l.Label)...)
	}
	if l := cat.CareerLevel(r.CareerLevel); l != nil {
		out = append(out, field("Career framework", l.Label)...)
	}
	if g := cat.Regulator(r.Regulator); g != nil {
		s := g.Name
		if g.Full != "" && g.Full != g.Name {
			s += " (" + g.Full + ")"
		}
		if r.RegulatorNote != "" {
			s = catalogue.Sentence(s) + " " + r.RegulatorNote
		}
		out = append(out, field("Regulator", s)...)
	}
	return out
}

// step is one step from a role, in the shared words.
func step(cat *catalogue.Catalogue, n int, from string, s catalogue.Step) Step {
	st := Step{Number: n, From: catalogue.Clean(cat.TitleOf(from)), To: catalogue.Clean(cat.TitleOf(s.To))}
	if r := cat.Role(s.To); r != nil {
		st.Band = catalogue.Clean(cat.BandText(r, false))
	}
	st.Fields = append(st.Fields, field("What it takes", s.Takes)...)
	st.Fields = append(st.Fields, Field{Label: "Typical time", Text: catalogue.Clean(catalogue.StepTimeText(s))})
	st.Fields = append(st.Fields, field("Funding", s.Funding)...)
	var progs []string
	for _, id := range s.Programmes {
		if p := cat.Programme(id); p != nil {
			progs = append(progs, p.Name)
		} else {
			progs = append(progs, id)
		}
	}
	if len(progs) > 0 {
		st.Fields = append(st.Fields, Field{Label: "Programmes", List: cleanAll(progs)})
	}
	st.Fields = append(st.Fields, field("Note", s.Note)...)
	return st
}

// programmesAndCases lists the programmes and case studies for a role.
func programmesAndCases(cat *catalogue.Catalogue, id string) []Section {
	var out []Section
	var progs []string
	for _, p := range cat.ProgrammesFor(id) {
		s := p.Name
		if p.Summary != "" {
			s += ": " + p.Summary
		}
		progs = append(progs, s)
	}
	if len(progs) > 0 {
		out = append(out, Section{Heading: "Programmes that can help", List: cleanAll(progs)})
	}
	var cases []string
	for _, cs := range cat.CasesFor(id) {
		s := cs.Title
		if cs.Organisation != "" {
			s += " (" + cs.Organisation + ")"
		}
		cases = append(cases, s)
	}
	if len(cases) > 0 {
		out = append(out, Section{Heading: "Case studies", List: cleanAll(cases)})
	}
	return out
}

// Route is a handout on a route between two roles (catalogue Graph
// Shortest or Alternatives): its total time (Path.TotalText), then every
// step with what it takes, typical time, funding and programmes, and the
// sources the steps cite (each role's own sources are on its role handout).
//
// The zero Path (no route found) gives a handout that says so; callers
// normally report that instead.
func Route(cat *catalogue.Catalogue, p catalogue.Path, o Options) Doc {
	if len(p.Roles) == 0 {
		d := Doc{Kind: "route", Title: "No route", Lead: "No route in the catalogue."}
		footer(cat, &d, o)
		return d
	}
	first, last := p.Roles[0], p.Roles[len(p.Roles)-1]
	d := Doc{Kind: "route", Title: catalogue.Clean("From " + cat.TitleOf(first) + " to " + cat.TitleOf(last)),
		Lead: catalogue.Clean(p.TotalText())}
	if a, b := cat.Role(first), cat.Role(last); a != nil && b != nil {
		d.Facts = append(d.Facts, field("Starting band", cat.BandText(a, false))...)
		d.Facts = append(d.Facts, field("Reaching band", cat.BandText(b, false))...)
		d.Facts = append(d.Facts, field("Pay at the end", cat.PayText(b, o.now()))...)
	}
	seen := map[string]bool{}
	sec := Section{Heading: "Step by step"}
	for i, e := range p.Steps {
		sec.Steps = append(sec.Steps, step(cat, i+1, e.From, *e.Step))
		d.Sources = sources(cat, d.Sources, seen, e.Step.Sources)
	}
	d.Sections = append(d.Sections, sec)
	d.Reopen = "pathways --route " + quote(cat.TitleOf(first)) + " " + quote(cat.TitleOf(last))
	if o.ByYears {
		d.Reopen += " --by years"
	}
	footer(cat, &d, o)
	return d
}

// Case is a handout of a case study: who, where, its summary and story,
// the roles and programmes in it, and its sources.
func Case(cat *catalogue.Catalogue, cs *catalogue.Case, o Options) Doc {
	d := Doc{Kind: "case", Title: catalogue.Clean(cs.Title), Lead: catalogue.Clean(cs.Summary)}
	d.Facts = append(d.Facts, field("Organisation", cs.Organisation)...)
	if al := cat.Alliance(cs.Alliance); al != nil {
		d.Facts = append(d.Facts, field("Cancer alliance", al.Name)...)
	}
	d.Facts = append(d.Facts, field("Region", cs.Region)...)
	if len(cs.Themes) > 0 {
		d.Facts = append(d.Facts, field("Themes", strings.ReplaceAll(strings.Join(cs.Themes, ", "), "-", " "))...)
	}
	d.Sections = append(d.Sections, story(cs.Body)...)
	var roles, progs []string
	for _, id := range cs.Roles {
		if r := cat.Role(id); r != nil {
			roles = append(roles, r.Title+" ("+cat.BandLabel(r, false)+")")
		}
	}
	for _, id := range cs.Programmes {
		if p := cat.Programme(id); p != nil {
			progs = append(progs, p.Name)
		}
	}
	if len(roles) > 0 {
		d.Sections = append(d.Sections, Section{Heading: "Roles in this story", List: cleanAll(roles)})
	}
	if len(progs) > 0 {
		d.Sections = append(d.Sections, Section{Heading: "Programmes", List: cleanAll(progs)})
	}
	if cs.Note != "" {
		d.Sections = append(d.Sections, Section{Heading: "Note", Paras: cleanAll([]string{cs.Note})})
	}
	d.Sources = sources(cat, nil, map[string]bool{}, cs.Sources)
	d.Reopen = "pathways --case " + quote(cs.Title)
	footer(cat, &d, o)
	return d
}

// story turns a case study's Markdown body into sections: each "#"
// heading starts one (the first is "The story"), "- " and "* " lines are
// list items, other lines join into paragraphs parted by blank lines, and
// ** and __ emphasis marks are dropped. A paragraph after a list starts a
// section with no heading, so the order is kept.
func story(body string) []Section {
	out := []Section{{Heading: "The story"}}
	cur := func() *Section { return &out[len(out)-1] }
	var para []string
	flush := func() {
		if len(para) > 0 {
			if len(cur().List) > 0 {
				out = append(out, Section{})
			}
			cur().Paras = append(cur().Paras, strings.Join(para, " "))
			para = nil
		}
	}
	plain := strings.NewReplacer("**", "", "__", "")
	for _, l := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(plain.Replace(catalogue.Clean(l)))
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "#"):
			flush()
			h := strings.TrimSpace(strings.TrimLeft(l, "#"))
			if c := cur(); len(c.Paras) == 0 && len(c.List) == 0 && len(out) == 1 {
				c.Heading = h
			} else {
				out = append(out, Section{Heading: h})
			}
		case strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* "):
			flush()
			cur().List = append(cur().List, strings.TrimSpace(l[2:]))
		default:
			para = append(para, l)
		}
	}
	flush()
	var kept []Section
	for _, sec := range out {
		if sec.Heading != "" || len(sec.Paras) > 0 || len(sec.List) > 0 {
			kept = append(kept, sec)
		}
	}
	return kept
}

// Compare is a handout setting two roles side by side (catalogue Compare
// and Rows): band and pay, levels, regulator, ways in, the work, the
// routes between them each way, shared programmes and case studies.
func Compare(cat *catalogue.Catalogue, cmp catalogue.Comparison, o Options) Doc {
	ta, tb := catalogue.Clean(cmp.A.Title), catalogue.Clean(cmp.B.Title)
	d := Doc{Kind: "compare", Title: ta + " and " + tb, Lead: "Two roles side by side."}
	for _, row := range cat.Rows(cmp, o.now()) {
		sec := Section{Heading: row.Label}
		if len(row.Both) > 0 {
			sec.Paras = row.Both
		} else {
			sec.Pair = &Pair{ATitle: ta, BTitle: tb, A: row.A, B: row.B}
		}
		d.Sections = append(d.Sections, sec)
	}
	d.Sources = sources(cat, nil, map[string]bool{}, cmp.A.Sources, cmp.B.Sources)
	d.Reopen = "pathways --compare " + quote(cmp.A.Title) + " " + quote(cmp.B.Title)
	footer(cat, &d, o)
	return d
}
