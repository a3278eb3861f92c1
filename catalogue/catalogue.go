package catalogue

import (
	"fmt"
	"sort"
)

// Catalogue is a loaded, merged catalogue. Slices keep the order of the
// files (bands in band order, roles as authored); lookups go through the
// methods. It is not changed after Load returns.
type Catalogue struct {
	Meta       Meta
	Overlays   []Meta // the [catalogue] tables of layers over the first
	Bands      []*Band
	Grades     []*Grade
	Levels     []*Level // Skills for Health career framework levels
	Accend     []*Level // ACCEnD levels of practice
	Families   []*Family
	Domains    []*Domain
	Regulators []*Regulator
	Alliances  []*Alliance
	Sources    []*Source
	Roles      []*Role
	Routes     []*Route
	Programmes []*Programme
	Cases      []*Case

	index     map[string]map[string]int // kind -> id -> position in its slice
	unread    []string                  // files whose entries are all missing (doc.unread)
	graph     *Graph
	roleNames []Named
}

func newCatalogue() *Catalogue {
	return &Catalogue{index: map[string]map[string]int{}}
}

// Kinds of entry, as used in messages and lookups.
const (
	KindBand      = "band"
	KindGrade     = "grade"
	KindLevel     = "career level"
	KindAccend    = "ACCEnD level"
	KindFamily    = "family"
	KindDomain    = "domain"
	KindRegulator = "regulator"
	KindAlliance  = "alliance"
	KindSource    = "source"
	KindRole      = "role"
	KindRoute     = "route"
	KindProgramme = "programme"
	KindCase      = "case study"
)

// add merges one layer: a new id is added, an id from an earlier layer is
// replaced, and an id given twice in the same layer is a problem.
func (c *Catalogue) add(d *doc) Problems {
	var probs Problems
	c.unread = append(c.unread, d.unread...)
	if d.Catalogue != nil {
		if c.Meta.Name == "" {
			c.Meta = *d.Catalogue
		} else {
			c.Overlays = append(c.Overlays, *d.Catalogue)
		}
	}
	seen := map[string]Pos{}
	dup := func(kind, id string, p Pos) bool {
		key := kind + "\x00" + id
		if first, ok := seen[key]; ok {
			probs = append(probs, Problem{File: p.File, Line: p.Line(), ID: id, Message: fmt.Sprintf("duplicate %s id, also at %s:%d", kind, first.File, first.Line()), Hint: "give each entry its own id, or remove one of them"})
			return true
		}
		seen[key] = p
		return false
	}
	c.Bands = mergeInto(c, KindBand, c.Bands, d.Bands, func(x *Band) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Grades = mergeInto(c, KindGrade, c.Grades, d.Grades, func(x *Grade) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Levels = mergeInto(c, KindLevel, c.Levels, d.Levels, func(x *Level) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Accend = mergeInto(c, KindAccend, c.Accend, d.Accend, func(x *Level) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Families = mergeInto(c, KindFamily, c.Families, d.Families, func(x *Family) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Domains = mergeInto(c, KindDomain, c.Domains, d.Domains, func(x *Domain) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Regulators = mergeInto(c, KindRegulator, c.Regulators, d.Regulators, func(x *Regulator) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Alliances = mergeInto(c, KindAlliance, c.Alliances, d.Alliances, func(x *Alliance) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Sources = mergeInto(c, KindSource, c.Sources, d.Sources, func(x *Source) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Roles = mergeInto(c, KindRole, c.Roles, d.Roles, func(x *Role) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Routes = mergeInto(c, KindRoute, c.Routes, d.Routes, func(x *Route) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Programmes = mergeInto(c, KindProgramme, c.Programmes, d.Programmes, func(x *Programme) (string, Pos) { return x.ID, x.Pos }, dup)
	c.Cases = mergeInto(c, KindCase, c.Cases, d.Cases, func(x *Case) (string, Pos) { return x.ID, x.Pos }, dup)
	return probs
}

func mergeInto[T any](c *Catalogue, kind string, dst []*T, src []T, key func(*T) (string, Pos), dup func(kind, id string, p Pos) bool) []*T {
	idx := c.index[kind]
	if idx == nil {
		idx = map[string]int{}
		c.index[kind] = idx
	}
	for i := range src {
		x := &src[i]
		id, p := key(x)
		if id == "" {
			dst = append(dst, x) // reported by validate as a missing id
			continue
		}
		if dup(kind, id, p) {
			continue
		}
		if at, ok := idx[id]; ok {
			dst[at] = x
			continue
		}
		idx[id] = len(dst)
		dst = append(dst, x)
	}
	return dst
}

func lookup[T any](c *Catalogue, kind string, list []*T, id string) *T {
	if i, ok := c.index[kind][id]; ok && i < len(list) {
		return list[i]
	}
	return nil
}

// Has reports whether an entry of a kind has that id.
func (c *Catalogue) Has(kind, id string) bool {
	_, ok := c.index[kind][id]
	return ok
}

// Role returns the role with that id, or nil.
func (c *Catalogue) Role(id string) *Role { return lookup(c, KindRole, c.Roles, id) }

// Route returns the curated route with that id, or nil.
func (c *Catalogue) Route(id string) *Route { return lookup(c, KindRoute, c.Routes, id) }

// Case returns the case study with that id, or nil.
func (c *Catalogue) Case(id string) *Case { return lookup(c, KindCase, c.Cases, id) }

// Programme returns the programme with that id, or nil.
func (c *Catalogue) Programme(id string) *Programme {
	return lookup(c, KindProgramme, c.Programmes, id)
}

// Band returns the band with that id, or nil.
func (c *Catalogue) Band(id string) *Band { return lookup(c, KindBand, c.Bands, id) }

// Grade returns the medical grade with that id, or nil.
func (c *Catalogue) Grade(id string) *Grade { return lookup(c, KindGrade, c.Grades, id) }

// Family returns the family with that id, or nil.
func (c *Catalogue) Family(id string) *Family { return lookup(c, KindFamily, c.Families, id) }

// Domain returns the domain with that id, or nil.
func (c *Catalogue) Domain(id string) *Domain { return lookup(c, KindDomain, c.Domains, id) }

// Regulator returns the regulator with that id, or nil.
func (c *Catalogue) Regulator(id string) *Regulator {
	return lookup(c, KindRegulator, c.Regulators, id)
}

// Alliance returns the alliance with that id, or nil.
func (c *Catalogue) Alliance(id string) *Alliance { return lookup(c, KindAlliance, c.Alliances, id) }

// Source returns the source with that id, or nil.
func (c *Catalogue) Source(id string) *Source { return lookup(c, KindSource, c.Sources, id) }

// Accend returns the ACCEnD level with that id, or nil.
func (c *Catalogue) AccendLevel(id string) *Level { return lookup(c, KindAccend, c.Accend, id) }

// CareerLevel returns the career framework level with that id, or nil.
func (c *Catalogue) CareerLevel(id string) *Level { return lookup(c, KindLevel, c.Levels, id) }

// Graph returns the progression graph.
func (c *Catalogue) Graph() *Graph { return c.graph }

// BandRank is a band's place on the scale (0 for the first band), or -1.
func (c *Catalogue) BandRank(id string) int {
	if i, ok := c.index[KindBand][id]; ok {
		return i
	}
	return -1
}

// RoleBands expands a role's band range into band ids, lowest first.
func (c *Catalogue) RoleBands(r *Role) []string {
	if len(r.Bands) == 0 {
		return []string{}
	}
	lo, hi := c.BandRank(r.Bands[0]), c.BandRank(r.Bands[len(r.Bands)-1])
	if lo < 0 || hi < 0 || hi < lo {
		return append([]string(nil), r.Bands...)
	}
	out := make([]string, 0, hi-lo+1)
	for i := lo; i <= hi; i++ {
		out = append(out, c.Bands[i].ID)
	}
	return out
}

// RolesInBand lists the roles whose band range includes the band, by title.
func (c *Catalogue) RolesInBand(band string) []*Role {
	var out []*Role
	for _, r := range c.Roles {
		for _, b := range c.RoleBands(r) {
			if b == band {
				out = append(out, r)
				break
			}
		}
	}
	sortByTitle(out)
	return out
}

// RolesInGrade lists the roles on a medical grade, by title.
func (c *Catalogue) RolesInGrade(grade string) []*Role {
	var out []*Role
	for _, r := range c.Roles {
		if r.Grade == grade {
			out = append(out, r)
		}
	}
	sortByTitle(out)
	return out
}

// CasesFor lists the case studies that feature a role, from both sides of
// the link (the role's cases and the case's roles).
func (c *Catalogue) CasesFor(roleID string) []*Case {
	var out []*Case
	r := c.Role(roleID)
	for _, cs := range c.Cases {
		if contains(cs.Roles, roleID) || (r != nil && contains(r.Cases, cs.ID)) {
			out = append(out, cs)
		}
	}
	return out
}

// ProgrammesFor lists the programmes that serve a role, from both sides of
// the link.
func (c *Catalogue) ProgrammesFor(roleID string) []*Programme {
	var out []*Programme
	r := c.Role(roleID)
	for _, p := range c.Programmes {
		if contains(p.Roles, roleID) || (r != nil && contains(r.Programmes, p.ID)) {
			out = append(out, p)
		}
	}
	return out
}

// AllianceCases lists the case studies attributed to an alliance.
func (c *Catalogue) AllianceCases(id string) []*Case {
	var out []*Case
	for _, cs := range c.Cases {
		if cs.Alliance == id {
			out = append(out, cs)
		}
	}
	return out
}

// AllianceProgrammes lists an alliance's own programmes and offers.
func (c *Catalogue) AllianceProgrammes(id string) []*Programme {
	var out []*Programme
	for _, p := range c.Programmes {
		if p.Alliance == id {
			out = append(out, p)
		}
	}
	return out
}

func sortByTitle(rs []*Role) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Title < rs[j].Title })
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
