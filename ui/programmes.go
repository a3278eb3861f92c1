package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// kinds of programme, in the order they are listed, with their headings.
var programmeKinds = [][2]string{
	{"funding", "Funding"}, {"training", "Training programmes"}, {"education", "Education"},
	{"framework", "Frameworks"}, {"standard", "Standards"}, {"toolkit", "Toolkits"}, {"initiative", "Initiatives"},
}

// newProgrammes lists programmes and funding by kind; the detail of the
// selected one is beside the list when the terminal is wide.
func newProgrammes(sh *shared, id string) *menu {
	cat := sh.cat
	var items []item
	done := map[string]bool{}
	group := func(kind, heading string) {
		first := true
		for _, p := range cat.Programmes {
			if p.Kind != kind && !(kind == "" && !done[p.Kind]) {
				continue
			}
			if first {
				items = append(items, item{text: heading, header: true})
				first = false
			}
			items = append(items, item{text: clean(p.Name), value: openProgramme{p.ID},
				match: catalogue.Norm(p.Name + " " + p.Organisation + " " + p.Kind)})
		}
		done[kind] = true
	}
	for _, k := range programmeKinds {
		group(k[0], k[1])
	}
	group("", "Other")
	m := &menu{sh: sh, name: "Programmes and funding", list: newList(items, false),
		intro: "Who pays for training, and the frameworks and programmes that support each role."}
	m.list.empty = "No programmes in the catalogue yet."
	m.list.selectValue(openProgramme{id})
	m.preview = func(v any, w int) []string {
		var out []string
		for _, l := range programmeLines(sh, v.(openProgramme).id, w) {
			if l.link != nil {
				l.text = map[bool]string{true: "  ", false: "• "}[l.cont] + l.text
			}
			out = append(out, l.text)
		}
		return out
	}
	return m
}

// programmeLines is a programme's detail, with its roles as links.
func programmeLines(sh *shared, id string, w int) []line {
	st, cat := sh.st, sh.cat
	p := cat.Programme(id)
	if p == nil {
		return []line{{text: st.Warn.Render("There is no programme " + clean(id) + " in this catalogue.")}}
	}
	var out []line
	styled := func(style lipgloss.Style, s string) {
		for _, l := range st.wrap(style, s, w) {
			out = append(out, line{text: l})
		}
	}
	text := func(s string) { styled(st.Text, s) }
	styled(st.Title, clean(p.Name))
	from := capital(clean(p.Kind))
	if p.Organisation != "" {
		from += " · " + clean(p.Organisation)
	}
	if a := cat.Alliance(p.Alliance); a != nil {
		from += " · " + clean(a.Name)
	}
	styled(st.Muted, from)
	out = append(out, line{})
	text(clean(p.Summary))
	if p.Offers != "" {
		out = append(out, line{}, line{text: st.Heading.Render("What it offers")})
		text(clean(p.Offers))
	}
	if p.Note != "" {
		out = append(out, line{})
		styled(st.Muted, clean(p.Note))
	}
	if p.URL != "" {
		styled(st.Muted, clean(p.URL))
	}
	out = append(out, line{}, line{text: st.Heading.Render("Roles it serves")})
	n, marked := 0, false
	for _, r := range cat.Roles {
		if has(p.Roles, r.ID) || has(r.Programmes, p.ID) {
			out = append(out, linkLines(clean(r.Title)+" · "+bandLabel(cat, r), openRole{r.ID}, w)...)
			n++
			marked = marked || hasMark(r)
		}
	}
	if n == 0 {
		styled(st.Muted, "No roles are linked to it yet.")
	}
	if marked {
		out = append(out, line{})
		for _, l := range st.legend(w) {
			out = append(out, line{text: l})
		}
	}
	if len(p.Sources) > 0 {
		out = append(out, line{}, line{text: st.Heading.Render("Sources")})
		for _, id := range p.Sources {
			styled(st.Muted, sourceText(cat, id))
		}
	}
	return out
}

// detail is a document screen whose links can be selected: a programme
// with the roles it serves, an alliance with its case studies and offers.
type detail struct {
	sh    *shared
	name  string
	lines func(w int) []line
	doc   *doc
}

func newProgramme(sh *shared, id string) *detail {
	name := "Programme"
	if x := sh.cat.Programme(id); x != nil {
		name = clean(x.Name)
	}
	return &detail{sh: sh, name: name, doc: newDoc(), lines: func(w int) []line { return programmeLines(sh, id, w) }}
}

func (p *detail) title() string { return p.name }
func (p *detail) typing() bool  { return false }

func (p *detail) resize(w, h int) tea.Cmd {
	w = min(w, maxReading)
	p.doc.resize(w, h)
	p.doc.set(p.lines(w))
	return nil
}

func (p *detail) update(msg tea.Msg) (any, tea.Cmd) {
	if x, ok := msg.(clickMsg); ok {
		return p.doc.click(x.y), nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if used, link := p.doc.update(k); used {
			return link, nil
		}
		return notUsed{}, nil
	}
	return nil, nil
}

func (p *detail) view() string { return strings.Join(p.doc.view(p.sh.st), "\n") }

func (p *detail) keys() help.KeyMap {
	n := p.doc.nav
	return keyMap{short: []key.Binding{n.Down, n.Up, n.Open}, full: [][]key.Binding{append(n.list(), n.Open)}}
}
