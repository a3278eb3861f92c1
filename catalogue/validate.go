package catalogue

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

var idPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`) })

// validator collects problems about a merged catalogue.
type validator struct {
	c     *Catalogue
	probs Problems
	names map[string][]Named // kind -> entries, for "did you mean"
	// unchecked counts references to ids not found while some files could
	// not be read (c.unread): they are not reported one by one, as the
	// entries may well be in those files (see unreadNote).
	unchecked int
}

func (v *validator) add(p Pos, field, id, msg, hint string) {
	if p.src.leftOut(p.path, field) {
		return // already reported as a value of the wrong type
	}
	v.probs = append(v.probs, Problem{File: p.File, Line: p.At(field), ID: id, Message: msg, Hint: hint})
}

func (v *validator) warn(p Pos, id, msg, hint string) {
	v.probs = append(v.probs, Problem{File: p.File, Line: p.Line(), ID: id, Message: msg, Hint: hint, Warning: true})
}

// warnAt is warn at the line of a field of the entry.
func (v *validator) warnAt(p Pos, field, id, msg, hint string) {
	v.probs = append(v.probs, Problem{File: p.File, Line: p.At(field), ID: id, Message: msg, Hint: hint, Warning: true})
}

// yearsValue writes years as in the file: 2, or [1.25, 2].
func yearsValue(y Years) string {
	if y.IsRange() {
		return fmt.Sprintf("[%g, %g]", y.Min, y.Max)
	}
	return fmt.Sprintf("%g", y.Max)
}

// required reports empty required fields, given as field name, value pairs.
func (v *validator) required(p Pos, id string, fields ...string) {
	for i := 0; i+1 < len(fields); i += 2 {
		if strings.TrimSpace(fields[i+1]) == "" {
			v.add(p, fields[i], id, fmt.Sprintf("%s is empty", fields[i]), fmt.Sprintf("add %s = \"…\"", fields[i]))
		}
	}
}

func (v *validator) checkID(p Pos, kind, id string) {
	switch {
	case id == "":
		v.add(p, "id", "", fmt.Sprintf("%s has no id", kind), "add id = \"a-kebab-case-id\"")
	case kind != KindSource && !idPattern().MatchString(id):
		v.add(p, "id", id, "id must be kebab-case: lower-case letters, digits and single hyphens", fmt.Sprintf("try id = %q", kebab(id)))
	}
}

// ref reports a reference to an entry that does not exist.
func (v *validator) ref(p Pos, field, owner, kind, id string) {
	if id == "" || v.c.Has(kind, id) {
		return
	}
	if len(v.c.unread) > 0 {
		v.unchecked++
		return
	}
	hint := fmt.Sprintf("no %s has this id", kind)
	if s := Suggest(id, v.names[kind], 1); len(s) > 0 {
		hint = fmt.Sprintf("did you mean %q?", s[0].ID)
	}
	v.add(p, field, owner, fmt.Sprintf("unknown %s %q", kind, id), hint)
}

func (v *validator) refs(p Pos, field, owner, kind string, ids []string) {
	for i, id := range ids {
		v.ref(p, fmt.Sprintf("%s.%d", field, i), owner, kind, id)
	}
}

// sources checks that each source is a known source id or a URL.
func (v *validator) sources(p Pos, owner string, list []string) {
	for _, s := range list {
		if strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") || v.c.Has(KindSource, s) {
			continue
		}
		v.ref(p, "sources", owner, KindSource, s)
	}
}

func (v *validator) oneOf(p Pos, field, owner, value string, allowed []string) {
	if value != "" && !contains(allowed, value) {
		v.add(p, field, owner, fmt.Sprintf("%s %q is not one of: %s", field, value, strings.Join(allowed, ", ")), "use one of the listed values")
	}
}

// allianceKinds are the allowed values of an alliance's kind (empty is
// allowed too).
var allianceKinds = []string{"cancer-alliance", "regional"}

func (c *Catalogue) validate() Problems {
	v := &validator{c: c, names: map[string][]Named{KindRole: c.RoleNames()}}
	named := func(kind, id, title string) {
		v.names[kind] = append(v.names[kind], Named{ID: id, Title: title, Names: []string{id, title}})
	}
	for _, x := range c.Bands {
		v.checkID(x.Pos, KindBand, x.ID)
		v.required(x.Pos, x.ID, "label", x.Label)
		v.sources(x.Pos, x.ID, x.Sources)
		if x.PayFrom > 0 && x.PayTo > 0 && x.PayTo < x.PayFrom {
			v.add(x.Pos, "pay_to", x.ID, "pay_to is below pay_from", "swap the two figures")
		}
		if (x.PayFrom > 0 || x.PayTo > 0) && x.PayYear == "" {
			v.add(x.Pos, "pay_year", x.ID, "pay figures need the pay year they belong to", `add pay_year = "2025/26"`)
		}
		named(KindBand, x.ID, x.Label)
	}
	for _, x := range c.Grades {
		v.checkID(x.Pos, KindGrade, x.ID)
		v.required(x.Pos, x.ID, "label", x.Label)
		named(KindGrade, x.ID, x.Label)
	}
	for kind, list := range map[string][]*Level{KindLevel: c.Levels, KindAccend: c.Accend} {
		for _, x := range list {
			v.checkID(x.Pos, kind, x.ID)
			v.required(x.Pos, x.ID, "label", x.Label)
			named(kind, x.ID, x.Label)
		}
	}
	for _, x := range c.Families {
		v.checkID(x.Pos, KindFamily, x.ID)
		v.required(x.Pos, x.ID, "name", x.Name)
		named(KindFamily, x.ID, x.Name)
	}
	for _, x := range c.Domains {
		v.checkID(x.Pos, KindDomain, x.ID)
		v.required(x.Pos, x.ID, "area", x.Area, "name", x.Name)
		named(KindDomain, x.ID, x.Name)
	}
	for _, x := range c.Regulators {
		v.checkID(x.Pos, KindRegulator, x.ID)
		v.required(x.Pos, x.ID, "name", x.Name)
		named(KindRegulator, x.ID, x.Name)
	}
	for _, x := range c.Alliances {
		v.checkID(x.Pos, KindAlliance, x.ID)
		v.required(x.Pos, x.ID, "name", x.Name)
		v.oneOf(x.Pos, "kind", x.ID, x.Kind, allianceKinds)
		named(KindAlliance, x.ID, x.Name)
	}
	for _, x := range c.Sources {
		v.checkID(x.Pos, KindSource, x.ID)
		v.required(x.Pos, x.ID, "title", x.Title)
		if x.File == "" && x.URL == "" {
			v.add(x.Pos, "url", x.ID, "source has neither a file nor a url", `add url = "https://…" or file = "…"`)
		}
		named(KindSource, x.ID, x.Title)
	}
	for _, x := range c.Programmes {
		named(KindProgramme, x.ID, x.Name)
	}
	for _, x := range c.Cases {
		named(KindCase, x.ID, x.Title)
	}
	for _, x := range c.Routes {
		named(KindRoute, x.ID, x.Title)
	}
	v.roles(c.Roles)
	for _, x := range c.Routes {
		v.route(x)
	}
	for _, x := range c.Programmes {
		v.checkID(x.Pos, KindProgramme, x.ID)
		v.required(x.Pos, x.ID, "name", x.Name, "summary", x.Summary)
		v.oneOf(x.Pos, "kind", x.ID, x.Kind, programmeKinds)
		v.refs(x.Pos, "roles", x.ID, KindRole, x.Roles)
		v.ref(x.Pos, "alliance", x.ID, KindAlliance, x.Alliance)
		v.sources(x.Pos, x.ID, x.Sources)
		if len(x.Sources) == 0 {
			v.add(x.Pos, "id", x.ID, "programme has no source", `add sources = ["…"]`)
		}
	}
	for _, x := range c.Cases {
		v.caseStudy(x)
	}
	if len(c.unread) > 0 {
		v.unreadNote()
	} else {
		v.unlinked()
	}
	return v.probs
}

// unreadNote is what validate says instead of the references it could not
// check and the links between roles, when files could not be read: their
// entries are missing, so each "unknown role" and "nothing links to this
// role" would more likely be a knock-on of that than a mistake of its own
// (20,000 generated roles with one broken file gave 39 such errors, each
// with a wrong "did you mean" guess, and took 7 s to make the guesses).
func (v *validator) unreadNote() {
	if v.unchecked == 0 {
		return // nothing went unchecked that the error for the file does not cover
	}
	files := v.c.unread
	names := strings.Join(files, ", ")
	if len(files) > 3 {
		names = strings.Join(files[:3], ", ") + fmt.Sprintf(" and %d more", len(files)-3)
	}
	msg := fmt.Sprintf("%s to entries not found, and links between roles, are not checked, as %s could not be read", Plural(v.unchecked, "reference"), names)
	v.probs = append(v.probs, Problem{File: files[0], Message: msg, Hint: "fix the error reported for it, then check again", Warning: true})
}

// parallelRoles is the number of roles from which a catalogue's roles are
// checked on two goroutines (a large trust catalogue; the built-in one has
// about 120).
var parallelRoles = 1000 // a variable so that a test can compare with one goroutine

// roles checks each role. A large catalogue's second half is checked on
// another goroutine by a validator of its own, whose problems are put after
// the first half's: the same problems in the same order as one after the
// other. role only reads the catalogue and v.names.
func (v *validator) roles(roles []*Role) {
	if len(roles) < parallelRoles {
		for _, r := range roles {
			v.role(r)
		}
		return
	}
	half := len(roles) / 2
	second := &validator{c: v.c, names: v.names}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, r := range roles[half:] {
			second.role(r)
		}
	}()
	for _, r := range roles[:half] {
		v.role(r)
	}
	<-done
	v.probs = append(v.probs, second.probs...)
	v.unchecked += second.unchecked
}

func (v *validator) role(r *Role) {
	c := v.c
	v.checkID(r.Pos, KindRole, r.ID)
	v.required(r.Pos, r.ID, "title", r.Title, "family", r.Family, "summary", r.Summary)
	v.ref(r.Pos, "family", r.ID, KindFamily, r.Family)
	v.refs(r.Pos, "domains", r.ID, KindDomain, r.Domains)
	v.ref(r.Pos, "grade", r.ID, KindGrade, r.Grade)
	v.ref(r.Pos, "accend", r.ID, KindAccend, r.Accend)
	v.ref(r.Pos, "career_level", r.ID, KindLevel, r.CareerLevel)
	v.ref(r.Pos, "regulator", r.ID, KindRegulator, r.Regulator)
	v.refs(r.Pos, "programmes", r.ID, KindProgramme, r.Programmes)
	v.refs(r.Pos, "cases", r.ID, KindCase, r.Cases)
	v.refs(r.Pos, "bands", r.ID, KindBand, r.Bands)
	switch {
	case len(r.Bands) > 2:
		v.add(r.Pos, "bands", r.ID, "bands is a range: one band, or the lowest and the highest", `write bands = ["6", "7"]`)
	case len(r.Bands) == 2 && c.BandRank(r.Bands[0]) > c.BandRank(r.Bands[1]) && c.BandRank(r.Bands[1]) >= 0:
		v.add(r.Pos, "bands", r.ID, fmt.Sprintf("band range %s–%s is out of order", r.Bands[0], r.Bands[1]), fmt.Sprintf("write bands = [%q, %q]", r.Bands[1], r.Bands[0]))
	case len(r.Bands) == 0 && r.Grade == "" && (r.BandNote == "" || r.BandCertainty != BandVaries):
		v.add(r.Pos, "bands", r.ID, "role has no band or medical grade, so it needs band_certainty = \"varies\" and a band_note", `add bands = ["5"], grade = "…", or band_certainty = "varies" with band_note = "varies by trust"`)
	}
	v.oneOf(r.Pos, "band_certainty", r.ID, r.BandCertainty, BandCertainties)
	if len(r.Sources) == 0 {
		v.add(r.Pos, "id", r.ID, "role has no source", `add sources = ["000"] (a source id) or a URL`)
	}
	v.sources(r.Pos, r.ID, r.Sources)
	for i, e := range r.Entry {
		f := fmt.Sprintf("entry.%d", i)
		v.required(e.Pos, r.ID, "name", e.Name)
		if e.Kind == "" {
			v.add(e.Pos, "kind", r.ID, "entry route has no kind", "kind is one of: "+strings.Join(entryKinds, ", "))
		}
		v.oneOf(e.Pos, "kind", r.ID, e.Kind, entryKinds)
		if e.Level < 0 || e.Level > 8 {
			v.add(e.Pos, "level", r.ID, fmt.Sprintf("level %d is not an RQF level (1–8)", e.Level), "leave level out when it is not known")
		}
		v.refs(r.Pos, f+".programmes", r.ID, KindProgramme, e.Programmes)
		v.sources(e.Pos, r.ID, e.Sources)
	}
	for i, s := range r.Next {
		f := fmt.Sprintf("next.%d", i)
		switch {
		case s.To == "":
			v.add(s.Pos, "to", r.ID, "step has no 'to' role", `add to = "a-role-id"`)
		case s.To == r.ID:
			v.add(s.Pos, "to", r.ID, "step leads back to the same role", "point it at another role")
		default:
			v.ref(r.Pos, f+".to", r.ID, KindRole, s.To)
		}
		switch {
		case s.Years.Min < 0 || s.Years.Max < 0:
			v.add(s.Pos, "years", r.ID, "years cannot be negative", "leave years out when it is not known")
		case s.Years.Min > s.Years.Max:
			v.add(s.Pos, "years", r.ID, fmt.Sprintf("years range [%g, %g] is out of order", s.Years.Min, s.Years.Max), fmt.Sprintf("write years = [%g, %g]", s.Years.Max, s.Years.Min))
		case s.Years.Max > MaxStepYears:
			v.add(s.Pos, "years", r.ID, fmt.Sprintf("years %g is more than the %d years a step may take", s.Years.Max, MaxStepYears), "years is the typical time of this one step, in years: write years = 2, or a range years = [1.25, 2]")
		case !s.Years.Known() && HasNumber(s.Duration):
			v.warn(s.Pos, r.ID, fmt.Sprintf("step to %s: the duration %q gives a time but the step has no years, so route finding cannot count it", s.To, s.Duration), `add years = 2, or a range years = [1.25, 2]`)
		case durationDisagrees(s.Duration, s.Years):
			v.warnAt(s.Pos, "years", r.ID, fmt.Sprintf("step to %s: years %s does not agree with the duration %q", s.To, yearsValue(s.Years), s.Duration), "make years the same time as the duration says, in years (18 months is 1.5)")
		}
		v.refs(r.Pos, f+".programmes", r.ID, KindProgramme, s.Programmes)
		v.sources(s.Pos, r.ID, s.Sources)
	}
}

func (v *validator) route(x *Route) {
	v.checkID(x.Pos, KindRoute, x.ID)
	v.required(x.Pos, x.ID, "title", x.Title, "summary", x.Summary)
	v.sources(x.Pos, x.ID, x.Sources)
	if len(x.Roles) < 2 {
		v.add(x.Pos, "roles", x.ID, "a route needs at least two roles", `roles = ["from-role", "to-role"]`)
	}
	v.refs(x.Pos, "roles", x.ID, KindRole, x.Roles)
	for i := 1; i < len(x.Roles); i++ {
		a, b := x.Roles[i-1], x.Roles[i]
		if v.c.Role(a) == nil || v.c.Role(b) == nil {
			continue
		}
		if v.c.graph.Step(a, b) == nil {
			v.add(x.Pos, fmt.Sprintf("roles.%d", i), x.ID, fmt.Sprintf("no progression step joins %s to %s", a, b), fmt.Sprintf("add a [[role.next]] with to = %q under role %q, or put a role between them", b, a))
		}
	}
}

func (v *validator) caseStudy(x *Case) {
	v.checkID(x.Pos, KindCase, x.ID)
	v.required(x.Pos, x.ID, "title", x.Title, "organisation", x.Organisation)
	if strings.TrimSpace(x.Body) == "" {
		line := x.Pos.At("body")
		if x.bodyLine > 1 {
			line = x.bodyLine - 1 // the closing +++: the file may end there
		}
		v.probs = append(v.probs, Problem{File: x.Pos.File, Line: line, ID: x.ID, Message: "case study has no body", Hint: "write the story below the closing '+++' line"})
	}
	v.markdown(x) // Markdown limits (catalogue/markdown.go)
	if len(x.Roles) == 0 {
		v.add(x.Pos, "roles", x.ID, "case study names no roles", `add roles = ["a-role-id"]`)
	}
	if len(x.Sources) == 0 {
		v.add(x.Pos, "sources", x.ID, "case study has no source", `add sources = ["000"]`)
	}
	v.refs(x.Pos, "roles", x.ID, KindRole, x.Roles)
	v.refs(x.Pos, "programmes", x.ID, KindProgramme, x.Programmes)
	v.ref(x.Pos, "alliance", x.ID, KindAlliance, x.Alliance)
	v.sources(x.Pos, x.ID, x.Sources)
	for i, t := range x.Themes {
		v.oneOf(x.Pos, fmt.Sprintf("themes.%d", i), x.ID, t, themes)
	}
}

// unlinked warns about roles that nothing leads to or from.
func (v *validator) unlinked() {
	inRoute := map[string]bool{}
	for _, r := range v.c.Routes {
		for _, id := range r.Roles {
			inRoute[id] = true
		}
	}
	g := v.c.graph
	for _, r := range v.c.Roles {
		if r.ID == "" {
			continue
		}
		if len(g.Prev(r.ID)) == 0 && len(g.Next(r.ID)) == 0 && !inRoute[r.ID] {
			switch len(r.Next) { // its steps, if any, lead to no known role
			case 0:
				v.warn(r.Pos, r.ID, "nothing links to this role: no step leads to or from it and no route includes it", "add a [[role.next]] step to or from it")
			case 1:
				v.warn(r.Pos, r.ID, "nothing links to this role: its only step leads to an unknown role, no step leads to it and no route includes it", "fix the step's 'to', or add a step to it")
			default:
				v.warn(r.Pos, r.ID, "nothing links to this role: its steps lead to unknown roles, no step leads to it and no route includes it", "fix the steps' 'to', or add a step to it")
			}
		}
		if len(g.Prev(r.ID)) == 0 && len(r.Entry) == 0 {
			v.warn(r.Pos, r.ID, "no way in: the role has no entry route and no step leads to it", "add an [[role.entry]] or a step from another role")
		}
	}
}

func kebab(s string) string {
	return strings.ReplaceAll(Norm(s), " ", "-")
}

var numberWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|a couple)\b`)
})

// HasNumber reports whether a text gives a number, in digits or in words
// ("2 years", "two years").
func HasNumber(s string) bool {
	return strings.ContainsAny(s, "0123456789") || numberWords().MatchString(s)
}
