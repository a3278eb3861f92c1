package catalogue_test

import (
	"testing"
	"time"

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
		catalogue.Path{Steps: make([]catalogue.Edge, 3), YearsMin: 4, YearsMax: 4, Unknown: 1}.TotalText(): "3 steps; about 4 years typically, plus 1 step with no typical time in the sources.",
		catalogue.Path{Steps: make([]catalogue.Edge, 5), YearsMin: 4, YearsMax: 6, Unknown: 2}.TotalText(): "5 steps; about 4 to 6 years typically, plus 2 steps with no typical time in the sources.",
		catalogue.Path{Steps: make([]catalogue.Edge, 2), YearsMin: 5, YearsMax: 5}.TotalText():             "2 steps; about 5 years typically.",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	c, _ := catalogue.Load(base())
	if got := c.PayText(c.Role("support-worker"), time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)); got != "£100 to £200 a year (2025/26, England)" {
		t.Errorf("PayText = %q", got)
	}
	if got := c.PayText(c.Role("support-worker"), time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)); got != "£100 to £200 a year (England, 2025/26 rates; check current rates with NHS Employers)" {
		t.Errorf("PayText after the pay year = %q", got)
	}
	if got := c.PayText(c.Role("staff-nurse"), time.Now()); got != "" {
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
	if got := c.BandText(&catalogue.Role{}, false); got != "Band varies or not stated" {
		t.Errorf("no band: %q", got)
	}
	if got := c.DomainsText([]string{"no-such-domain"}); got != "" {
		t.Errorf("DomainsText of an unknown id = %q", got)
	}
}

func TestPayYear(t *testing.T) {
	for _, tt := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 3, 31, 23, 0, 0, 0, time.UTC), "2025/26"},
		{time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), "2026/27"},
		{time.Date(2099, 12, 1, 0, 0, 0, 0, time.UTC), "2099/00"},
	} {
		if got := catalogue.PayYearFor(tt.t); got != tt.want {
			t.Errorf("PayYearFor(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
	c, _ := catalogue.Load(base())
	if c.PayStale(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("2025/26 pay is stale in June 2025")
	}
	if !c.PayStale(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("2025/26 pay is not stale in June 2026")
	}
}
