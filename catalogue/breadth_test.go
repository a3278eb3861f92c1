package catalogue_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// TestCancerAlliances checks England's 21 cancer alliances: each is found
// by its own name and by every place it lists, and a few facts are pinned
// to their sources.
func TestCancerAlliances(t *testing.T) {
	c := embedded(t)
	n := 0
	for _, a := range c.Alliances {
		if a.Kind == "cancer-alliance" {
			n++
			if len(a.Places) == 0 {
				t.Errorf("%s lists no places", a.ID)
			}
		}
		got, err := c.FindAlliance(a.Name)
		if err != nil || got != a {
			t.Errorf("FindAlliance(%q) = %v, %v; want %s", a.Name, got, err, a.ID)
		}
		for _, p := range a.Places {
			if found := c.FindAlliancesByPlace(p); !slices.Contains(found, a) {
				t.Errorf("FindAlliancesByPlace(%q) misses %s", p, a.ID)
			}
		}
	}
	if n != 21 {
		t.Errorf("%d cancer alliances, want 21 (NHS England)", n)
	}
	for id, region := range map[string]string{"swag": "South West", "wessex": "South East", "northern": "North East and Yorkshire", "east-midlands": "Midlands"} {
		if a := c.Alliance(id); a == nil || a.Region != region {
			t.Errorf("alliance %s: %+v, want region %s", id, a, region)
		}
	}
	// The seven bodies case studies and programmes already linked to keep their ids.
	for _, id := range []string{"hee-south-east", "surrey-and-sussex", "thames-valley", "wessex", "kent-and-medway", "east-of-england", "lancashire-and-south-cumbria"} {
		if c.Alliance(id) == nil {
			t.Errorf("alliance %s is gone", id)
		}
	}
}

// TestFindAlliancesByPlace covers folding, ICB suffixes, places shared by
// two alliances and places no alliance lists.
func TestFindAlliancesByPlace(t *testing.T) {
	c := embedded(t)
	ids := func(place string) string {
		var out []string
		for _, a := range c.FindAlliancesByPlace(place) {
			out = append(out, a.ID)
		}
		return strings.Join(out, ",")
	}
	for place, want := range map[string]string{
		"brighton":                      "surrey-and-sussex",
		"  HAMPSHIRE ":                  "wessex",
		"NHS Kent and Medway ICB":       "kent-and-medway",
		"Swindon":                       "thames-valley", // SWAG's geography page: Swindon is in Thames Valley
		"Salisbury":                     "swag",          // Salisbury NHS Foundation Trust is a SWAG trust
		"Essex":                         "east-of-england-north,east-of-england-south",
		"Milton Keynes":                 "east-of-england-south", // the South alliance's own page
		"Harrogate":                     "west-yorkshire-and-harrogate",
		"Bassetlaw":                     "south-yorkshire-and-bassetlaw",
		"Atlantis":                      "",
		"":                              "",
		"ICB":                           "",
		"St Helen's":                    "cheshire-and-merseyside",
		"north east lincolnshire":       "humber-and-north-yorkshire",
		"Frimley Integrated Care Board": "surrey-and-sussex,thames-valley",
	} {
		if got := ids(place); got != want {
			t.Errorf("FindAlliancesByPlace(%q) = %q, want %q", place, got, want)
		}
	}
}

// TestBreadthFacts pins facts of the roles added for breadth to the pages
// they come from.
func TestBreadthFacts(t *testing.T) {
	c := embedded(t)
	role := func(id string) *catalogue.Role {
		t.Helper()
		r := c.Role(id)
		if r == nil {
			t.Fatalf("no role %s", id)
		}
		return r
	}
	if r := role("phlebotomist"); strings.Join(r.Bands, "-") != "2-3" || r.BandCertainty != "typical" || !slices.Contains(r.Sources, "BR36") || !slices.Contains(r.Sources, "BR1") {
		t.Errorf("phlebotomist: bands %v (%s) sources %v; want typical 2-3 from BR36 and NHS Health Careers BR1", r.Bands, r.BandCertainty, r.Sources)
	}
	if r := role("nuclear-medicine-technologist"); strings.Join(r.Bands, "-") != "5" || r.BandCertainty != "stated" || !slices.Contains(r.Sources, "BR16") {
		t.Errorf("nuclear medicine technologist: bands %v (%s), want band 5 stated by NHS Health Careers (BR16)", r.Bands, r.BandCertainty)
	}
	if r := role("professional-nurse-advocate"); len(r.Entry) == 0 || r.Entry[0].Level != 7 || !strings.Contains(r.Entry[0].Duration, "10 days") {
		t.Errorf("PNA training should be level 7, usually 10 days (BR8): %+v", r.Entry)
	}
	if r := role("gp-specialty-registrar"); len(r.Next) == 0 || r.Next[0].To != "general-practitioner" || !strings.Contains(r.Next[0].Duration, "3 years") {
		t.Errorf("GP training should lead to GP in at least 3 years (BR4): %+v", r.Next)
	}
	if r := role("returning-nurse"); len(r.Entry) == 0 || !strings.Contains(r.Entry[0].Duration, "3 to 12 months") {
		t.Errorf("return to practice course should take 3 to 12 months (BR13): %+v", r.Entry)
	}
	if r := role("operating-department-practitioner"); strings.Join(r.Bands, "-") != "5" || r.BandCertainty != "stated" || r.Regulator != "hcpc" {
		t.Errorf("ODP: bands %v (%s) regulator %s; want band 5 stated by NHS Health Careers (BR38), HCPC", r.Bands, r.BandCertainty, r.Regulator)
	}
	if r := role("cervical-sample-taker"); len(r.Entry) == 0 || !strings.Contains(r.Entry[0].Duration, "9 months") {
		t.Errorf("cervical sample taker training should be completed within 9 months (BR55, BR56): %+v", r.Entry)
	}
	if r := role("palliative-medicine-registrar"); len(r.Next) == 0 || r.Next[0].To != "palliative-medicine-consultant" || !strings.Contains(r.Next[0].Duration, "4 years") {
		t.Errorf("palliative medicine ST3 training takes at least 4 years (BR47): %+v", r.Next)
	}
	// "Macmillan nurse" names exactly one role, and no new title or alias
	// names two roles.
	names := map[string]string{}
	for _, r := range c.Roles {
		for _, n := range append([]string{r.Title}, r.Aliases...) {
			k := catalogue.Norm(n)
			if other, ok := names[k]; ok && other != r.ID && strings.HasPrefix(r.Sources[0], "BR") {
				t.Errorf("%q names both %s and %s", n, other, r.ID)
			}
			names[k] = r.ID
		}
	}
	if names[catalogue.Norm("Macmillan nurse")] != "palliative-care-nurse" {
		t.Errorf("Macmillan nurse names %q, want palliative-care-nurse", names["macmillan nurse"])
	}
	for _, id := range []string{"apprenticeships-employers-guide", "advanced-communication-skills"} {
		if p := c.Programme(id); p == nil || !slices.Contains(p.Sources, "000") && !slices.Contains(p.Sources, "002") {
			t.Errorf("programme %s missing or not sourced to its seed", id)
		}
	}
}
