package catalogue_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// TestCompareRoutesBothWays: a support worker reaches a consultant, not the
// other way, and the rows say so in the shared words.
func TestCompareRoutesBothWays(t *testing.T) {
	c := embedded(t)
	a, b := c.Role("imaging-support-worker"), c.Role("consultant-radiographer")
	cmp := c.Compare(a, b)
	if cmp.AtoB == nil || cmp.AtoB.Roles[0] != a.ID || cmp.AtoB.Roles[len(cmp.AtoB.Roles)-1] != b.ID {
		t.Fatalf("no route from %s to %s: %+v", a.ID, b.ID, cmp.AtoB)
	}
	if cmp.BtoA != nil {
		t.Errorf("a route back down was found: %v", cmp.BtoA.Roles)
	}
	rows := c.Rows(cmp, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	var all strings.Builder
	for _, r := range rows {
		all.WriteString(r.Label + "\n" + strings.Join(r.A, "\n") + strings.Join(r.B, "\n") + strings.Join(r.Both, "\n") + "\n")
	}
	for _, want := range []string{cmp.AtoB.TotalText(), "No route in the catalogue.", c.BandText(a, false), c.BandText(b, false), "Ways in", "Case studies"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("rows lack %q:\n%s", want, all.String())
		}
	}
}

// TestCompareEveryPair: every pair of roles from the first few compares
// without a nil, every row has words on both sides or across both, and
// shared programmes serve both roles.
func TestCompareEveryPair(t *testing.T) {
	c := embedded(t)
	now := time.Now()
	for i, a := range c.Roles {
		for _, b := range c.Roles[i:] {
			cmp := c.Compare(a, b)
			for _, p := range cmp.Shared {
				if !hasProg(c.ProgrammesFor(a.ID), p.ID) || !hasProg(c.ProgrammesFor(b.ID), p.ID) {
					t.Fatalf("%s and %s: %s is not shared", a.ID, b.ID, p.ID)
				}
			}
			for _, r := range c.Rows(cmp, now) {
				if len(r.Both) == 0 && (len(r.A) == 0 || len(r.B) == 0) {
					t.Fatalf("%s and %s: row %q is empty", a.ID, b.ID, r.Label)
				}
			}
		}
	}
}
func hasProg(list []*catalogue.Programme, id string) bool {
	for _, p := range list {
		if p.ID == id {
			return true
		}
	}
	return false
}

// TestCompareJSON: the JSON has both roles, the route one way, null the
// other, and every list as [] rather than null.
func TestCompareJSON(t *testing.T) {
	c := embedded(t)
	cmp := c.Compare(c.Role("imaging-support-worker"), c.Role("consultant-radiographer"))
	b, err := json.Marshal(c.CompareJSON(cmp, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"a":{"id":"imaging-support-worker"`, `"b":{"id":"consultant-radiographer"`, `"b_to_a":null`, `"shared_programmes":[]`, `"label":"Band"`, `"a_to_b":{"path":["imaging-support-worker"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s:\n%s", want, s)
		}
	}
}
