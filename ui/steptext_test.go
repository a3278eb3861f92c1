package ui

import (
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Steps say honestly when the sources give no time, and carry their notes.
func TestStepText(t *testing.T) {
	for _, tt := range []struct {
		step catalogue.Step
		want string
	}{
		{catalogue.Step{Takes: "A degree.", Duration: "3 years", Funding: "Levy"}, "Takes: A degree. Typical time: 3 years. Funding: Levy."},
		{catalogue.Step{Takes: "Experience", Duration: "varies", Note: "Typical, not stated."}, "Takes: Experience. Typical time: not given in the sources. Note: Typical, not stated."},
		{catalogue.Step{Years: catalogue.Years{Min: 1.5, Max: 1.5}}, "Typical time: 18 months."},
	} {
		if got := stepText(&tt.step); got != tt.want {
			t.Errorf("stepText(%+v) = %q, want %q", tt.step, got, tt.want)
		}
	}
}
