package catalogue_test

import (
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

func TestWords(t *testing.T) {
	for got, want := range map[string]string{
		catalogue.Pounds(105337):                         "£105,337",
		catalogue.Pounds(999):                            "£999",
		catalogue.YearsText(1):                           "1 year",
		catalogue.YearsText(3):                           "3 years",
		catalogue.YearsText(0.6):                         "0.6 years",
		catalogue.Plural(2, "case study"):                "2 case studies",
		catalogue.Plural(1, "step"):                      "1 step",
		catalogue.Plural(3, "journey"):                   "3 journeys",
		catalogue.Path{Roles: []string{"a"}}.TotalText(): "You are already there.",
		catalogue.Path{Steps: make([]catalogue.Edge, 3), Years: 4, Unknown: 1}.TotalText(): "3 steps; at least 4 years typically, plus 1 step with no typical time in the sources.",
		catalogue.Path{Steps: make([]catalogue.Edge, 2), Years: 5}.TotalText():             "2 steps; about 5 years typically.",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	c, _ := catalogue.Load(base())
	if got := c.PayText(c.Role("support-worker")); got != "£100 to £200 a year (2025/26, England)" {
		t.Errorf("PayText = %q", got)
	}
	if got := c.PayText(c.Role("staff-nurse")); got != "" {
		t.Errorf("PayText without pay = %q", got)
	}
}

func TestBandText(t *testing.T) {
	c, _ := catalogue.Load(base())
	r := c.Role("nurse-specialist")
	if got := c.BandText(r, false); got != "Band 5–6" {
		t.Errorf("BandText = %q", got)
	}
	if got := c.BandText(r, true); got != "Bands 5 to 6" {
		t.Errorf("spoken BandText = %q", got)
	}
	if got := c.BandText(&catalogue.Role{}, false); got != "Band not stated" {
		t.Errorf("no band: %q", got)
	}
	if got := c.DomainsText([]string{"no-such-domain"}); got != "" {
		t.Errorf("DomainsText of an unknown id = %q", got)
	}
}
