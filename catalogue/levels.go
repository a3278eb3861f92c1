package catalogue

// RolesWithNoBand lists the roles that have neither an Agenda for Change
// band nor a medical grade, by title: the "Band varies or not stated"
// group, so that browsing by band never leaves a role out.
func (c *Catalogue) RolesWithNoBand() []*Role {
	var out []*Role
	for _, r := range c.Roles {
		if len(r.Bands) == 0 && r.Grade == "" {
			out = append(out, r)
		}
	}
	sortByTitle(out)
	return out
}

// RolesAtLevel lists the roles at an ACCEnD level of practice (by the
// level's id, such as "enhanced"), by title.
func (c *Catalogue) RolesAtLevel(accend string) []*Role {
	var out []*Role
	for _, r := range c.Roles {
		if r.Accend == accend {
			out = append(out, r)
		}
	}
	sortByTitle(out)
	return out
}

// RolesWithNoLevel lists the roles that carry no ACCEnD level, by title.
func (c *Catalogue) RolesWithNoLevel() []*Role {
	var out []*Role
	for _, r := range c.Roles {
		if r.Accend == "" || c.AccendLevel(r.Accend) == nil {
			out = append(out, r)
		}
	}
	sortByTitle(out)
	return out
}
