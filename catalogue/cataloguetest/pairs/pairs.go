// Package pairs chooses the role pairs that the tests of every view
// (command line, JSON, explorer, plain mode) check against each other.
package pairs

import "github.com/nhs-pathways/pathways/catalogue"

// Routes are 20 pairs of roles of c with a route between them, the same
// for every view's test: from every 7th role in catalogue order to the
// role 11, 22, 33, … places after it (wrapping round), the first 20 that
// have a route.
func Routes(c *catalogue.Catalogue) [][2]string {
	var out [][2]string
	n := len(c.Roles)
	for m := 1; m < n && len(out) < 20; m++ {
		for i := 0; i < n && len(out) < 20; i += 7 {
			a, b := c.Roles[i].ID, c.Roles[(i+11*m)%n].ID
			if _, ok := c.Graph().Shortest(a, b, false); a != b && ok {
				out = append(out, [2]string{a, b})
			}
		}
	}
	return out
}
