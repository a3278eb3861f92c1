package catalogue

// The JSON shapes printed by `pathways ... --json`. They are part of the
// command line's contract and documented in the README: add fields, never
// rename or remove them.

// EntryJSON is one way into a role.
type EntryJSON struct {
	Kind     string `json:"kind"`
	Name     string `json:"name"`
	Level    int    `json:"level,omitempty"`
	Duration string `json:"duration,omitempty"`
	Standard string `json:"standard,omitempty"`
	Funding  string `json:"funding,omitempty"`
	Note     string `json:"note,omitempty"`
}

// StepJSON is one progression step.
type StepJSON struct {
	From     string  `json:"from"`
	To       string  `json:"to"`
	Takes    string  `json:"takes,omitempty"`
	Duration string  `json:"duration,omitempty"`
	Years    float64 `json:"years,omitempty"`     // typical years; the lowest when a range
	YearsMin float64 `json:"years_min,omitempty"` // set only when the time is a range
	YearsMax float64 `json:"years_max,omitempty"`
	Funding  string  `json:"funding,omitempty"`
	Note     string  `json:"note,omitempty"`
}

// RoleJSON is a role.
type RoleJSON struct {
	ID            string      `json:"id"`
	Title         string      `json:"title"`
	Aliases       []string    `json:"aliases"`
	Family        string      `json:"family"`
	Domains       []string    `json:"domains"`
	Bands         []string    `json:"bands"`
	BandCertainty string      `json:"band_certainty,omitempty"`
	BandNote      string      `json:"band_note,omitempty"`
	Grade         string      `json:"grade,omitempty"`
	Accend        string      `json:"accend,omitempty"`
	Regulator     string      `json:"regulator,omitempty"`
	NewRole       bool        `json:"new_role"`
	Summary       string      `json:"summary"`
	Work          string      `json:"work,omitempty"`
	EntryRoutes   []EntryJSON `json:"entry_routes"`
	Next          []string    `json:"next"`
	Previous      []string    `json:"previous"`
	Steps         []StepJSON  `json:"steps"`
	Programmes    []string    `json:"programmes"`
	Cases         []string    `json:"cases"`
	Note          string      `json:"note,omitempty"`
	Sources       []string    `json:"sources"`
}

// RouteJSON is a found or curated route.
type RouteJSON struct {
	ID           string     `json:"id,omitempty"`
	Title        string     `json:"title,omitempty"`
	Summary      string     `json:"summary,omitempty"`
	Path         []string   `json:"path"`
	Steps        []StepJSON `json:"steps"`
	Years        float64    `json:"years"`               // known typical years; the lowest when a range
	YearsMin     float64    `json:"years_min,omitempty"` // set only when the total is a range
	YearsMax     float64    `json:"years_max,omitempty"`
	UnknownSteps int        `json:"unknown_steps"`
}

// CaseJSON is a case study.
type CaseJSON struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Organisation string   `json:"organisation"`
	Alliance     string   `json:"alliance,omitempty"`
	Region       string   `json:"region,omitempty"`
	Roles        []string `json:"roles"`
	Themes       []string `json:"themes"`
	Summary      string   `json:"summary,omitempty"`
	Sources      []string `json:"sources"`
	Body         string   `json:"body"`
}

// ProgrammeJSON is a programme.
type ProgrammeJSON struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Kind         string   `json:"kind,omitempty"`
	Organisation string   `json:"organisation,omitempty"`
	Summary      string   `json:"summary"`
	Offers       string   `json:"offers,omitempty"`
	Roles        []string `json:"roles"`
	Sources      []string `json:"sources"`
}

// BandJSON is a band or a medical grade.
type BandJSON struct {
	ID      string   `json:"id"`
	Scale   string   `json:"scale"` // "agenda-for-change" or "medical"
	Label   string   `json:"label"`
	Means   string   `json:"means,omitempty"`
	PayFrom int      `json:"pay_from,omitempty"`
	PayTo   int      `json:"pay_to,omitempty"`
	PayYear string   `json:"pay_year,omitempty"`
	Closed  bool     `json:"closed,omitempty"`
	Roles   []string `json:"roles"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func stepJSON(e Edge) StepJSON {
	s := e.Step
	j := StepJSON{From: e.From, To: e.To, Takes: s.Takes, Duration: s.Duration, Years: s.Years.Min, Funding: s.Funding, Note: s.Note}
	if s.Years.IsRange() {
		j.YearsMin, j.YearsMax = s.Years.Min, s.Years.Max
	}
	return j
}

// RoleJSON gives the JSON shape of a role.
func (c *Catalogue) RoleJSON(r *Role) RoleJSON {
	j := RoleJSON{
		ID: r.ID, Title: r.Title, Aliases: nonNil(r.Aliases), Family: r.Family, Domains: nonNil(r.Domains),
		Bands: c.RoleBands(r), BandCertainty: r.BandCertainty, BandNote: r.BandNote, Grade: r.Grade, Accend: r.Accend, Regulator: r.Regulator,
		NewRole: r.NewRole, Summary: r.Summary, Work: r.Work, Note: r.Note, Sources: nonNil(r.Sources),
		EntryRoutes: []EntryJSON{}, Next: []string{}, Previous: []string{}, Steps: []StepJSON{},
		Programmes: []string{}, Cases: []string{},
	}
	for _, e := range r.Entry {
		j.EntryRoutes = append(j.EntryRoutes, EntryJSON{Kind: e.Kind, Name: e.Name, Level: e.Level, Duration: e.Duration, Standard: e.Standard, Funding: e.Funding, Note: e.Note})
	}
	for _, e := range c.graph.Next(r.ID) {
		j.Next = append(j.Next, e.To)
		j.Steps = append(j.Steps, stepJSON(e))
	}
	for _, e := range c.graph.Prev(r.ID) {
		j.Previous = append(j.Previous, e.From)
	}
	for _, p := range c.ProgrammesFor(r.ID) {
		j.Programmes = append(j.Programmes, p.ID)
	}
	for _, cs := range c.CasesFor(r.ID) {
		j.Cases = append(j.Cases, cs.ID)
	}
	return j
}

// PathJSON gives the JSON shape of a route between roles.
func PathJSON(p Path) RouteJSON {
	j := RouteJSON{Path: nonNil(p.Roles), Steps: []StepJSON{}, Years: p.YearsMin, UnknownSteps: p.Unknown}
	if p.YearsMin != p.YearsMax {
		j.YearsMin, j.YearsMax = p.YearsMin, p.YearsMax
	}
	for _, e := range p.Steps {
		j.Steps = append(j.Steps, stepJSON(e))
	}
	return j
}

// RoutePath gives a curated route as a Path (steps that are missing, which
// validation forbids, are left out).
func (c *Catalogue) RoutePath(r *Route) Path { return c.PathThrough(r.Roles) }

// PathThrough gives the path through roles in order, with its steps and
// typical time; pairs of roles that no step joins are left out.
func (c *Catalogue) PathThrough(roles []string) Path {
	p := Path{Roles: roles}
	for i := 1; i < len(roles); i++ {
		s := c.graph.Step(roles[i-1], roles[i])
		if s == nil {
			continue
		}
		p.addStep(Edge{From: roles[i-1], To: roles[i], Step: s})
	}
	return p
}

// CaseToJSON gives the JSON shape of a case study.
func CaseToJSON(cs *Case) CaseJSON {
	return CaseJSON{ID: cs.ID, Title: cs.Title, Organisation: cs.Organisation, Alliance: cs.Alliance, Region: cs.Region,
		Roles: nonNil(cs.Roles), Themes: nonNil(cs.Themes), Summary: cs.Summary, Sources: nonNil(cs.Sources), Body: cs.Body}
}

// ProgrammeToJSON gives the JSON shape of a programme.
func ProgrammeToJSON(p *Programme) ProgrammeJSON {
	return ProgrammeJSON{ID: p.ID, Name: p.Name, Kind: p.Kind, Organisation: p.Organisation, Summary: p.Summary,
		Offers: p.Offers, Roles: nonNil(p.Roles), Sources: nonNil(p.Sources)}
}

// AllianceJSON is a cancer alliance or regional body, with what it offers.
type AllianceJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Kind       string   `json:"kind,omitempty"` // "cancer-alliance" or "regional"
	Region     string   `json:"region"`
	Places     []string `json:"places"` // towns, cities, counties and integrated care boards it covers
	Summary    string   `json:"summary"`
	Note       string   `json:"note,omitempty"`
	Cases      []string `json:"cases"`
	Programmes []string `json:"programmes"`
}

// AllianceJSON gives the JSON shape of an alliance.
func (c *Catalogue) AllianceJSON(a *Alliance) AllianceJSON {
	j := AllianceJSON{ID: a.ID, Name: a.Name, Kind: a.Kind, Region: a.Region, Places: append([]string{}, a.Places...),
		Summary: a.Summary, Note: a.Note, Cases: []string{}, Programmes: []string{}}
	for _, cs := range c.AllianceCases(a.ID) {
		j.Cases = append(j.Cases, cs.ID)
	}
	for _, p := range c.AllianceProgrammes(a.ID) {
		j.Programmes = append(j.Programmes, p.ID)
	}
	return j
}
