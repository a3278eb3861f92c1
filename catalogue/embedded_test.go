package catalogue_test

import (
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/"})
	if len(probs) > 0 {
		t.Fatalf("the embedded catalogue has %d problems:\n%s", len(probs), probs.Error())
	}
	return c
}

// TestEmbeddedCounts makes sure nothing is dropped silently.
func TestEmbeddedCounts(t *testing.T) {
	c := embedded(t)
	for what, got := range map[string][2]int{
		"bands":          {len(c.Bands), 12},
		"medical grades": {len(c.Grades), 5},
		"ACCEnD levels":  {len(c.Accend), 7},
		"career levels":  {len(c.Levels), 9},
		"roles":          {len(c.Roles), 119},
		"routes":         {len(c.Routes), 16},
		"case studies":   {len(c.Cases), 18},
		"programmes":     {len(c.Programmes), 45},
		"alliances":      {len(c.Alliances), 23},
	} {
		if got[0] != got[1] {
			t.Errorf("%s = %d, want %d", what, got[0], got[1])
		}
	}
}

// TestEmbeddedFacts pins a sample of facts to their sources.
func TestEmbeddedFacts(t *testing.T) {
	c := embedded(t)
	role := func(id string) *catalogue.Role {
		r := c.Role(id)
		if r == nil {
			t.Fatalf("no role %s", id)
		}
		return r
	}
	cites := func(list []string, id string) bool {
		for _, s := range list {
			if s == id {
				return true
			}
		}
		return false
	}
	if r := role("endoscopy-assistant"); strings.Join(r.Bands, "-") != "4" || !cites(r.Sources, "000") {
		t.Errorf("endoscopy assistant: bands %v sources %v, want band 4 from seed 000", r.Bands, r.Sources)
	}
	if cs := c.Case("esht-endoscopy-assistant"); cs == nil || !strings.Contains(cs.Body, "14,500") || !strings.Contains(cs.Body, "2021") || !cites(cs.Sources, "000") {
		t.Error("the ESHT endoscopy assistant case study lacks 14,500 procedures in 2021 from seed 000")
	}
	if r := role("doctors-assistant"); strings.Join(r.Bands, "-") != "3" {
		t.Errorf("doctors' assistant bands %v, want 3 (seed 000)", r.Bands)
	}
	if r := role("physician-associate"); strings.Join(r.Bands, "-") != "7" || r.Regulator != "gmc" {
		t.Errorf("physician associate: bands %v regulator %q, want 7 and gmc", r.Bands, r.Regulator)
	}
	if r := role("nursing-associate"); r.Regulator != "nmc" || strings.Join(r.Bands, "-") != "4" {
		t.Errorf("nursing associate: %v %q", r.Bands, r.Regulator)
	}
	found := false
	for _, e := range role("mammography-associate").Entry {
		found = found || (e.Standard == "ST0583" && e.Level == 4)
	}
	if !found {
		t.Error("mammography associate lacks the level 4 apprenticeship ST0583")
	}
	if b := c.Band("5"); b.PayFrom != 31049 || b.PayYear != "2025/26" {
		t.Errorf("band 5 starts at £%d in %s, want £31,049 in 2025/26", b.PayFrom, b.PayYear)
	}
	if !c.Band("1").Closed {
		t.Error("band 1 should be closed to new entrants")
	}
	if cs := c.Case("esht-doctors-assistant"); cs == nil || !strings.Contains(cs.Body, "44%") || !strings.Contains(cs.Body, "78%") {
		t.Error("the doctors' assistant case study lacks the 44% and 78% figures")
	}
	if cs := c.Case("south-east-pathway-navigators"); cs == nil || !strings.Contains(cs.Body, "19") {
		t.Error("the pathway navigator case study lacks the bid for up to 19 navigators")
	}
}

// TestEmbeddedCaseStudiesOfTheGuide checks all eleven case studies of seed
// 000 are there.
func TestEmbeddedCaseStudiesOfTheGuide(t *testing.T) {
	c := embedded(t)
	for _, id := range []string{"ssca-workforce-planning", "salisbury-radiographer-to-sonographer", "southampton-apprenticeships",
		"esht-endoscopy-assistant", "esht-nursing-associate", "esht-physician-associate", "esht-doctors-assistant",
		"tvca-cancer-nursing-pathway", "gwh-personalised-care", "berkshire-nurse-consultant", "south-east-pathway-navigators"} {
		if c.Case(id) == nil {
			t.Errorf("missing case study %s", id)
		}
	}
}

// TestEveryRoleHasAWayIn: each role can be reached from a role that has an
// entry route.
func TestEveryRoleHasAWayIn(t *testing.T) {
	c := embedded(t)
	reached := map[string]bool{}
	var queue []string
	for _, r := range c.Roles {
		if len(r.Entry) > 0 {
			reached[r.ID] = true
			queue = append(queue, r.ID)
		}
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, e := range c.Graph().Next(id) {
			if !reached[e.To] {
				reached[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	for _, r := range c.Roles {
		if !reached[r.ID] {
			t.Errorf("%s cannot be reached from any way in", r.ID)
		}
	}
}

func TestEveryCuratedRouteIsConnected(t *testing.T) {
	c := embedded(t)
	if len(c.Routes) < 12 {
		t.Errorf("%d curated routes, want at least 12", len(c.Routes))
	}
	for _, r := range c.Routes {
		p := c.RoutePath(r)
		if len(p.Steps) != len(r.Roles)-1 {
			t.Errorf("route %s has %d steps for %d roles", r.ID, len(p.Steps), len(r.Roles))
		}
	}
}

// TestNoContactDetails: seed pages name people with e-mail addresses; none
// may reach the catalogue.
func TestNoContactDetails(t *testing.T) {
	email := regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}`)
	phone := regexp.MustCompile(`\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b`)
	fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := fs.ReadFile(data.FS, p)
		if m := email.Find(b); m != nil {
			t.Errorf("%s contains an e-mail address %q", p, m)
		}
		if m := phone.Find(b); m != nil {
			t.Errorf("%s contains a phone number %q", p, m)
		}
		return nil
	})
}

// TestNoCopiedSentences: descriptions are in our own words; no run of 12
// words from a seed may appear in the catalogue. Skipped when the seeds
// are not beside the repository.
func TestNoCopiedSentences(t *testing.T) {
	seeds, err := os.ReadDir("../../shared/seeds")
	if err != nil {
		t.Skip("seeds not found beside the repository")
	}
	const n = 12
	words := func(s string) []string {
		return strings.Fields(strings.ToLower(regexp.MustCompile(`[^A-Za-z0-9%£]+`).ReplaceAllString(s, " ")))
	}
	shingles := map[string]string{}
	for _, s := range seeds {
		b, _ := os.ReadFile("../../shared/seeds/" + s.Name())
		w := words(string(b))
		for i := 0; i+n <= len(w); i++ {
			shingles[strings.Join(w[i:i+n], " ")] = s.Name()
		}
	}
	fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "sources.toml" {
			return err
		}
		b, _ := fs.ReadFile(data.FS, p)
		w := words(string(b))
		for i := 0; i+n <= len(w); i++ {
			if seed, ok := shingles[strings.Join(w[i:i+n], " ")]; ok {
				t.Errorf("%s copies from %s: %q", p, seed, strings.Join(w[i:i+n], " "))
				break
			}
		}
		return nil
	})
}
