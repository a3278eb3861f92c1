package catalogue

import (
	"fmt"
	"strings"
)

// setPos records where each entry of a decoded file came from.
func (d *doc) setPos(file string, src *fileText) {
	at := func(p string) Pos { return Pos{File: file, path: p, src: src} }
	for i := range d.Bands {
		d.Bands[i].Pos = at(fmt.Sprintf("band.%d", i))
	}
	for i := range d.Grades {
		d.Grades[i].Pos = at(fmt.Sprintf("grade.%d", i))
	}
	for i := range d.Levels {
		d.Levels[i].Pos = at(fmt.Sprintf("level.%d", i))
	}
	for i := range d.Accend {
		d.Accend[i].Pos = at(fmt.Sprintf("accend.%d", i))
	}
	for i := range d.Families {
		d.Families[i].Pos = at(fmt.Sprintf("family.%d", i))
	}
	for i := range d.Domains {
		d.Domains[i].Pos = at(fmt.Sprintf("domain.%d", i))
	}
	for i := range d.Regulators {
		d.Regulators[i].Pos = at(fmt.Sprintf("regulator.%d", i))
	}
	for i := range d.Alliances {
		d.Alliances[i].Pos = at(fmt.Sprintf("alliance.%d", i))
	}
	for i := range d.Sources {
		d.Sources[i].Pos = at(fmt.Sprintf("source.%d", i))
	}
	for i := range d.Roles {
		r := &d.Roles[i]
		r.Pos = at(fmt.Sprintf("role.%d", i))
		for j := range r.Entry {
			r.Entry[j].Pos = at(fmt.Sprintf("role.%d.entry.%d", i, j))
		}
		for j := range r.Next {
			r.Next[j].Pos = at(fmt.Sprintf("role.%d.next.%d", i, j))
		}
	}
	for i := range d.Routes {
		d.Routes[i].Pos = at(fmt.Sprintf("route.%d", i))
	}
	for i := range d.Programmes {
		d.Programmes[i].Pos = at(fmt.Sprintf("programme.%d", i))
	}
	for i := range d.Cases {
		d.Cases[i].Pos = at(fmt.Sprintf("case.%d", i))
	}
}

// mergeDocs puts the files of a layer into one doc, in file order. The
// slices are made once at their full size: growing them file by file
// copied large catalogues' roles many times over.
func mergeDocs(docs []*doc) *doc {
	all := &doc{}
	sizes := func(f func(*doc) int) int {
		n := 0
		for _, d := range docs {
			if d != nil {
				n += f(d)
			}
		}
		return n
	}
	all.Bands = make([]Band, 0, sizes(func(d *doc) int { return len(d.Bands) }))
	all.Roles = make([]Role, 0, sizes(func(d *doc) int { return len(d.Roles) }))
	all.Sources = make([]Source, 0, sizes(func(d *doc) int { return len(d.Sources) }))
	all.Programmes = make([]Programme, 0, sizes(func(d *doc) int { return len(d.Programmes) }))
	all.Cases = make([]Case, 0, sizes(func(d *doc) int { return len(d.Cases) }))
	for _, d := range docs {
		if d != nil {
			appendDoc(all, d)
			all.unread = append(all.unread, d.unread...)
		}
	}
	return all
}

func appendDoc(dst, src *doc) {
	if src.Catalogue != nil {
		dst.Catalogue = src.Catalogue
	}
	dst.Bands = append(dst.Bands, src.Bands...)
	dst.Grades = append(dst.Grades, src.Grades...)
	dst.Levels = append(dst.Levels, src.Levels...)
	dst.Accend = append(dst.Accend, src.Accend...)
	dst.Families = append(dst.Families, src.Families...)
	dst.Domains = append(dst.Domains, src.Domains...)
	dst.Regulators = append(dst.Regulators, src.Regulators...)
	dst.Alliances = append(dst.Alliances, src.Alliances...)
	dst.Sources = append(dst.Sources, src.Sources...)
	dst.Roles = append(dst.Roles, src.Roles...)
	dst.Routes = append(dst.Routes, src.Routes...)
	dst.Programmes = append(dst.Programmes, src.Programmes...)
	dst.Cases = append(dst.Cases, src.Cases...)
}

// SplitFrontMatter splits a Markdown case study into its TOML front matter
// (between "+++" lines at the top) and its body. It returns the line on
// which the body starts; ok is false when there is no front matter.
func SplitFrontMatter(src string) (front, body string, bodyLine int, ok bool) {
	src = strings.TrimPrefix(src, "\uFEFF")
	first, rest, found := strings.Cut(src, "\n")
	if !found || strings.TrimSpace(first) != "+++" {
		return "", src, 1, false
	}
	line := 2
	var fm strings.Builder
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(l) == "+++" {
			return fm.String(), rest, line + 1, true
		}
		fm.WriteString(strings.TrimSuffix(l, "\r"))
		fm.WriteByte('\n')
		line++
	}
	return "", src, 1, false
}

func parseCase(name, src string) (*Case, Problems) {
	front, body, bodyLine, ok := SplitFrontMatter(src)
	if !ok {
		return nil, Problems{{File: name, Line: 1, Message: "case study has no front matter", Hint: "start the file with a line '+++', the TOML fields (id, title, organisation, roles, sources), and another '+++'"}}
	}
	var cs Case
	ft, probs, ok := decodeTOML(name, front, 1, &cs)
	if !ok && ft.bad == nil {
		return nil, probs
	}
	if strings.TrimSpace(cs.Body) == "" {
		cs.Body = strings.ReplaceAll(body, "\r\n", "\n")
		cs.bodyLine = bodyLine
	}
	cs.Pos = Pos{File: name, src: ft}
	return &cs, probs
}
