package main

import (
	"strings"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// The JSON printed by `pathways … --json`, documented in the README. Each
// shape embeds the catalogue's own (catalogue/json.go) and replaces every
// reference to another entry, which there is a bare id, by a ref carrying
// its title too, so that a reader needs no second lookup. Every entry's
// name is "title".

// ref names another entry: {"id": "cns", "title": "Clinical nurse specialist"}.
type ref struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// sourceOut is a cited source: its id, title and address. A source cited
// by its address alone has that address as id and url, and no title.
type sourceOut struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

func sources(c *catalogue.Catalogue, ids []string) []sourceOut {
	out := make([]sourceOut, 0, len(ids))
	for _, id := range ids {
		s := sourceOut{ID: id}
		if x := c.Source(id); x != nil {
			s.Title, s.URL = x.Title, x.URL
		} else if strings.Contains(id, "://") {
			s.URL = id
		}
		out = append(out, s)
	}
	return out
}

// stepOut is one step between roles, with both ends named.
type stepOut struct {
	catalogue.StepJSON
	From ref `json:"from"`
	To   ref `json:"to"`
}

// payOut is a role's annual basic pay across its bands, in pounds, for a
// pay year in England; Text is the same in words.
type payOut struct {
	From int    `json:"from"`
	To   int    `json:"to"`
	Year string `json:"year"`
	Text string `json:"text"`
}

// entryOut is one way into a role; its qualification or route is "title".
type entryOut struct {
	catalogue.EntryJSON
	Name  string `json:"name,omitempty"` // always empty: the name is "title"
	Title string `json:"title"`
}

// roleOut is `pathways role NAME --json` and each of `roles --json`.
type roleOut struct {
	catalogue.RoleJSON
	Family     *ref        `json:"family"`
	Domains    []ref       `json:"domains"`
	Regulator  *ref        `json:"regulator,omitempty"`
	Accend     *ref        `json:"accend,omitempty"`
	Pay        *payOut     `json:"pay,omitempty"`
	Entry      []entryOut  `json:"entry_routes"`
	Next       []ref       `json:"next"`
	Previous   []ref       `json:"previous"`
	Steps      []stepOut   `json:"steps"`
	Programmes []ref       `json:"programmes"`
	Cases      []ref       `json:"cases"`
	Sources    []sourceOut `json:"sources"`
}

// routeOut is a curated or found route: its roles in order, its steps, and
// the totals (years, unknown_steps, and total in words).
type routeOut struct {
	catalogue.RouteJSON
	Path  []ref     `json:"path"`
	Steps []stepOut `json:"steps"`
	Total string    `json:"total"`
}

// programmeOut is a programme, framework or funding stream.
type programmeOut struct {
	catalogue.ProgrammeJSON
	Name     string      `json:"name,omitempty"` // always empty: the name is "title"
	Title    string      `json:"title"`
	Alliance *ref        `json:"alliance,omitempty"`
	Roles    []ref       `json:"roles"`
	Sources  []sourceOut `json:"sources"`
}

// caseOut is a case study.
type caseOut struct {
	catalogue.CaseJSON
	Alliance *ref        `json:"alliance,omitempty"`
	Roles    []ref       `json:"roles"`
	Sources  []sourceOut `json:"sources"`
}

// allianceOut is a cancer alliance with its case studies and offers.
type allianceOut struct {
	catalogue.AllianceJSON
	Name       string `json:"name,omitempty"` // always empty: the name is "title"
	Title      string `json:"title"`
	Cases      []ref  `json:"cases"`
	Programmes []ref  `json:"programmes"`
}

// bandOut is an Agenda for Change band or a medical grade.
type bandOut struct {
	catalogue.BandJSON
	Roles []ref `json:"roles"`
}

func roleRef(c *catalogue.Catalogue, id string) ref { return ref{id, c.TitleOf(id)} }

func roleRefs(c *catalogue.Catalogue, ids []string) []ref {
	out := make([]ref, 0, len(ids))
	for _, id := range ids {
		out = append(out, roleRef(c, id))
	}
	return out
}

func rolesOf(rs []*catalogue.Role) []ref {
	out := make([]ref, 0, len(rs))
	for _, r := range rs {
		out = append(out, ref{r.ID, r.Title})
	}
	return out
}

func steps(c *catalogue.Catalogue, js []catalogue.StepJSON) []stepOut {
	out := make([]stepOut, 0, len(js))
	for _, s := range js {
		out = append(out, stepOut{StepJSON: s, From: roleRef(c, s.From), To: roleRef(c, s.To)})
	}
	return out
}

func roleJSON(c *catalogue.Catalogue, r *catalogue.Role) roleOut {
	j := roleOut{RoleJSON: c.RoleJSON(r), Domains: []ref{}, Programmes: []ref{}, Cases: []ref{}}
	if f := c.Family(r.Family); f != nil {
		j.Family = &ref{f.ID, f.Name}
	}
	for _, id := range r.Domains {
		title := id
		if d := c.Domain(id); d != nil {
			title = d.Area + ": " + d.Name
		}
		j.Domains = append(j.Domains, ref{id, title})
	}
	if reg := c.Regulator(r.Regulator); reg != nil {
		j.Regulator = &ref{reg.ID, reg.Name}
	}
	if l := c.AccendLevel(r.Accend); l != nil {
		j.Accend = &ref{l.ID, l.Label}
	}
	if len(r.Bands) > 0 {
		lo, hi := c.Band(r.Bands[0]), c.Band(r.Bands[len(r.Bands)-1])
		if lo != nil && hi != nil && lo.PayFrom > 0 && hi.PayTo > 0 {
			j.Pay = &payOut{From: lo.PayFrom, To: hi.PayTo, Year: hi.PayYear, Text: c.PayText(r, time.Now())}
		}
	}
	j.Entry = make([]entryOut, 0, len(j.RoleJSON.EntryRoutes))
	for _, e := range j.RoleJSON.EntryRoutes {
		j.Entry = append(j.Entry, entryOut{EntryJSON: e, Title: e.Name})
	}
	j.Next, j.Previous = roleRefs(c, j.RoleJSON.Next), roleRefs(c, j.RoleJSON.Previous)
	j.Steps = steps(c, j.RoleJSON.Steps)
	j.Sources = sources(c, r.Sources)
	for _, p := range c.ProgrammesFor(r.ID) {
		j.Programmes = append(j.Programmes, ref{p.ID, p.Name})
	}
	for _, cs := range c.CasesFor(r.ID) {
		j.Cases = append(j.Cases, ref{cs.ID, cs.Title})
	}
	return j
}

func pathJSON(c *catalogue.Catalogue, p catalogue.Path) routeOut {
	j := catalogue.PathJSON(p)
	return routeOut{RouteJSON: j, Path: roleRefs(c, j.Path), Steps: steps(c, j.Steps), Total: p.TotalText()}
}

func curatedJSON(c *catalogue.Catalogue, r *catalogue.Route) routeOut {
	j := pathJSON(c, c.RoutePath(r))
	j.ID, j.Title, j.Summary = r.ID, r.Title, r.Summary
	return j
}

func programmeJSON(c *catalogue.Catalogue, p *catalogue.Programme) programmeOut {
	j := programmeOut{ProgrammeJSON: catalogue.ProgrammeToJSON(p), Title: p.Name, Roles: roleRefs(c, p.Roles), Sources: sources(c, p.Sources)}
	if al := c.Alliance(p.Alliance); al != nil {
		j.Alliance = &ref{al.ID, al.Name}
	}
	return j
}

func caseJSON(c *catalogue.Catalogue, cs *catalogue.Case) caseOut {
	j := caseOut{CaseJSON: catalogue.CaseToJSON(cs), Roles: roleRefs(c, cs.Roles), Sources: sources(c, cs.Sources)}
	if al := c.Alliance(cs.Alliance); al != nil {
		j.Alliance = &ref{al.ID, al.Name}
	}
	return j
}

func allianceJSON(c *catalogue.Catalogue, al *catalogue.Alliance) allianceOut {
	j := allianceOut{AllianceJSON: c.AllianceJSON(al), Title: al.Name, Cases: []ref{}, Programmes: []ref{}}
	for _, cs := range c.AllianceCases(al.ID) {
		j.Cases = append(j.Cases, ref{cs.ID, cs.Title})
	}
	for _, p := range c.AllianceProgrammes(al.ID) {
		j.Programmes = append(j.Programmes, ref{p.ID, p.Name})
	}
	return j
}
