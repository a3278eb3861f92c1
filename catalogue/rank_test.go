package catalogue_test

import (
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// The shared ranking puts an exact title above a longer title that contains
// it, then prefixes, then word starts, then anything within a name.
func TestRankOrder(t *testing.T) {
	c := embedded(t)
	for _, tc := range []struct{ query, first string }{
		{"therapeutic radiographer", "therapeutic-radiographer"},
		{"Therapeutic Radiographer", "therapeutic-radiographer"},
		{"consultant radiographer", "consultant-radiographer"},
		{"CNS", "cancer-cns"},
	} {
		got := catalogue.Rank(tc.query, c.RoleNames())
		if len(got) == 0 || got[0].ID != tc.first {
			t.Errorf("Rank(%q): first is %v, want %s", tc.query, got, tc.first)
		}
	}
	for _, tc := range []struct {
		q, name string
		tier    int
	}{
		{"cns", "cns", catalogue.TierExact},
		{"nurse", "nurse consultant", catalogue.TierPrefix},
		{"con rad", "consultant radiographer", catalogue.TierWords},
		{"radiographer", "consultant radiographer", catalogue.TierWords},
		{"ographer", "consultant radiographer", catalogue.TierWithin},
		{"consrad", "consultant radiographer", catalogue.TierFuzzy},
		{"xyz", "consultant radiographer", 0},
	} {
		if got := catalogue.Tier(catalogue.Score(tc.q, tc.name)); got != tc.tier {
			t.Errorf("Tier(Score(%q, %q)) = %d, want %d", tc.q, tc.name, got, tc.tier)
		}
	}
}
