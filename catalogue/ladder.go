package catalogue

// BandGroup is one rung of the band ladder: an Agenda for Change band, a
// medical grade, or the roles whose band varies or is not stated.
type BandGroup struct {
	ID    string  // band id ("4", "8a"), grade id ("consultant"), or NoBandID
	Label string  // "Band 4", the grade's label, or NoBand
	Scale string  // "agenda-for-change", "medical" or "none"
	Roles []*Role // by title; a role whose range covers several bands is in each
}

// NoBandID is the id of the group of roles with no band and no grade.
const NoBandID = "varies"

// RolesByBand gives the ladder: every Agenda for Change band in order with
// the roles whose band range covers it (bands with no roles included, so
// the ladder has no gaps), then each medical grade with its roles, then a
// last group, "Band varies or not stated", of roles with neither a band
// nor a grade (left out when empty). Every role is in at least one group.
func (c *Catalogue) RolesByBand() []BandGroup {
	var out []BandGroup
	for _, b := range c.Bands {
		out = append(out, BandGroup{ID: b.ID, Label: b.Label, Scale: "agenda-for-change", Roles: c.RolesInBand(b.ID)})
	}
	for _, g := range c.Grades {
		out = append(out, BandGroup{ID: g.ID, Label: g.Label, Scale: "medical", Roles: c.RolesInGrade(g.ID)})
	}
	var none []*Role
	for _, r := range c.Roles {
		if r.Grade == "" && len(c.RoleBands(r)) == 0 || r.Grade != "" && c.Grade(r.Grade) == nil {
			none = append(none, r)
		}
	}
	if len(none) > 0 {
		sortByTitle(none)
		out = append(out, BandGroup{ID: NoBandID, Label: NoBand, Scale: "none", Roles: none})
	}
	return out
}
