package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// roleCard is everything about one role, with its next and previous steps,
// programmes and case studies as links.
type roleCard struct {
	sh       *shared
	id       string
	doc      *doc
	from, to key.Binding
}

func newRoleCard(sh *shared, id string) *roleCard {
	return &roleCard{sh: sh, id: id, doc: newDoc(),
		from: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "route from here")),
		to:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "route to here")),
	}
}

func (c *roleCard) title() string { return roleTitle(c.sh.cat, c.id) }
func (c *roleCard) typing() bool  { return false }

func (c *roleCard) resize(w, h int) tea.Cmd {
	c.doc.resize(min(w, maxReading), h)
	c.doc.set(c.lines(min(w, maxReading)))
	return nil
}

func (c *roleCard) update(msg tea.Msg) (any, tea.Cmd) {
	if x, ok := msg.(clickMsg); ok {
		return c.doc.click(x.y), nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	switch {
	case key.Matches(k, c.from):
		return openFinder{from: c.id}, nil
	case key.Matches(k, c.to):
		return openFinder{to: c.id}, nil
	case key.Matches(k, compareKey):
		return pickCompare{a: c.id}, nil
	case key.Matches(k, mapKey):
		return openMap{role: c.id}, nil
	}
	if in, cmd, ok := handoutKeys(k, c.handout); ok {
		return in, cmd
	}
	if used, link := c.doc.update(k); used {
		return link, nil
	}
	return notUsed{}, nil
}

func (c *roleCard) view() string { return strings.Join(c.doc.view(c.sh.st), "\n") }

func (c *roleCard) keys() help.KeyMap {
	n := c.doc.nav
	return keyMap{
		short: []key.Binding{n.Down, n.Open, c.from, c.to},
		full:  [][]key.Binding{append(n.list(), n.Open, c.from, c.to, compareKey, mapKey, saveKey, copyKey)},
	}
}

// lines lays out the card at width w.
func (c *roleCard) lines(w int) []line {
	st, cat := c.sh.st, c.sh.cat
	r := cat.Role(c.id)
	if r == nil {
		return []line{{text: st.Warn.Render("There is no role " + clean(c.id) + " in this catalogue.")}}
	}
	var out []line
	styled := func(style lipgloss.Style, s string) {
		for _, l := range st.wrap(style, s, w) {
			out = append(out, line{text: l})
		}
	}
	text := func(s string) { styled(st.Text, s) }
	head := func(s string) { out = append(out, line{}, line{text: st.Heading.Render(s)}) }
	link := func(s string, to any) { out = append(out, linkLines(s, to, w)...) }
	bullet := func(s string) {
		for i, l := range wrap(s, w-2) {
			lead := "  "
			if i == 0 {
				lead = "• "
			}
			out = append(out, line{text: lead + st.links(st.Text.Render(l))})
		}
	}
	note := func(s string) {
		for _, l := range wrap(s, w-4) {
			out = append(out, line{text: "    " + st.links(st.Muted.Render(l))})
		}
	}

	styled(st.Title, clean(r.Title))
	facts := clean(cat.BandText(r, false))
	if p := rolePay(cat, r); p != "" {
		facts += " · " + p
	}
	if r.BandNote != "" {
		facts += " · " + clean(r.BandNote)
	}
	text(facts)
	if len(r.Aliases) > 0 {
		styled(st.Muted, "Also called: "+clean(strings.Join(r.Aliases, ", ")))
	}
	text(fields(field2("Family", familyName(cat, r.Family)), field2("Areas", domainNames(cat, r.Domains))))
	reg := ""
	if g := cat.Regulator(r.Regulator); g != nil {
		reg = clean(g.Name)
		if g.Full != "" && g.Full != g.Name {
			reg += " (" + clean(g.Full) + ")"
		}
	}
	text(fields(field2("Regulator", reg), field2("Note", clean(r.RegulatorNote))))
	lv := ""
	if a := cat.AccendLevel(r.Accend); a != nil {
		lv = clean(a.Label)
	}
	if l := cat.CareerLevel(r.CareerLevel); l != nil {
		lv = strings.TrimPrefix(lv+" · "+clean(l.Label), " · ")
	}
	text(field2("Level", lv))
	if r.NewRole {
		styled(st.Accent, "A new role in the NHS.")
	}
	out = append(out, line{})
	text(clean(r.Summary))
	if r.Work != "" {
		head("What the work involves")
		text(clean(r.Work))
	}
	if len(r.Entry) > 0 {
		head("Ways in")
		for _, e := range r.Entry {
			bullet(clean(e.Text()))
		}
	}
	head("Next steps")
	next := cat.Graph().Next(r.ID)
	if len(next) == 0 {
		styled(st.Muted, "No next step in the catalogue yet.")
	}
	for _, e := range next {
		link("→ "+roleTitle(cat, e.To)+" · "+bandLabel(cat, cat.Role(e.To)), openRole{id: e.To})
		note(stepText(e.Step))
	}
	marked := false
	for _, e := range next {
		marked = marked || anyMark(cat, e.To)
	}
	if prev := cat.Graph().Prev(r.ID); len(prev) > 0 {
		head("Previous steps")
		for _, e := range prev {
			link("← "+roleTitle(cat, e.From)+" · "+bandLabel(cat, cat.Role(e.From)), openRole{id: e.From})
			marked = marked || anyMark(cat, e.From)
		}
	}
	if marked { // what the marks on the steps' bands mean
		out = append(out, line{})
		for _, l := range st.legend(w) {
			out = append(out, line{text: l})
		}
	}
	if ps := cat.ProgrammesFor(r.ID); len(ps) > 0 {
		head("Programmes and funding")
		for _, p := range ps {
			link(clean(p.Name)+" · "+clean(p.Kind), openProgramme{id: p.ID})
		}
	}
	if cs := cat.CasesFor(r.ID); len(cs) > 0 {
		head("Case studies")
		for _, x := range cs {
			link(clean(x.Title)+" · "+clean(x.Organisation), openCase{id: x.ID})
		}
	}
	if r.Note != "" {
		head("Note")
		text(clean(r.Note))
	}
	head("Sources")
	for _, s := range r.Sources {
		styled(st.Muted, sourceText(cat, s))
	}
	return out
}

func field2(name, value string) string {
	if value == "" {
		return ""
	}
	return name + ": " + value
}

// fields joins the fields that are there with " · ".
func fields(f ...string) string {
	var out []string
	for _, x := range f {
		if x != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, " · ")
}

func familyName(cat *catalogue.Catalogue, id string) string {
	if f := cat.Family(id); f != nil {
		return clean(f.Name)
	}
	return clean(id)
}

func domainNames(cat *catalogue.Catalogue, ids []string) string {
	return clean(cat.DomainsText(ids))
}

// stepText says what a step takes, how long and who pays.
func stepText(s *catalogue.Step) string {
	var bits []string
	if s.Takes != "" {
		bits = append(bits, "Takes: "+clean(s.Takes))
	}
	bits = append(bits, "Typical time: "+clean(catalogue.StepTimeText(*s)))
	if s.Funding != "" {
		bits = append(bits, "Funding: "+clean(s.Funding))
	}
	if s.Note != "" {
		bits = append(bits, "Note: "+clean(s.Note))
	}
	for i, b := range bits {
		bits[i] = strings.TrimRight(b, ". ")
	}
	return strings.Join(bits, ". ") + "."
}

func sourceText(cat *catalogue.Catalogue, id string) string {
	s := cat.Source(id)
	if s == nil {
		return clean(id)
	}
	// As the command line and plain mode write it: never the id.
	switch title, url := clean(s.Title), clean(s.URL); {
	case title != "" && url != "":
		return title + ": " + url
	case url != "":
		return url
	case title != "":
		return title
	}
	return clean(id)
}

func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + strings.ReplaceAll(string(r[1:]), "-", " ")
}
