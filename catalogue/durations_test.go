package catalogue_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
)

// stepWith loads the test base catalogue with one more role whose step has
// the given duration and years lines, and returns the problems about it.
func stepWith(t *testing.T, lines string) []string {
	t.Helper()
	src := `[[role]]
id = "timed"
title = "Timed"
family = "nursing"
bands = ["4"]
summary = "x"
sources = ["s1"]

[[role.next]]
to = "staff-nurse"
` + lines + "\n"
	_, probs := catalogue.Load(base(), catalogue.Layer{FS: fstest.MapFS{"t.toml": {Data: []byte(src)}}, Prefix: "trust/"})
	var got []string
	for _, p := range probs {
		if p.ID == "timed" && !strings.Contains(p.Message, "nothing links") && !strings.Contains(p.Message, "no way in") {
			got = append(got, fmt.Sprintf("%d: %v %s", p.Line, p.Warning, p.Message))
		}
	}
	return got
}

func TestStepYears(t *testing.T) {
	tests := []struct {
		lines string
		want  string
	}{
		{"duration = \"about 2 years\"\nyears = 2", ""},
		{"duration = \"15 to 24 months\"\nyears = [1.25, 2]", ""},
		{"duration = \"about two years\"\nyears = 2", ""},
		{"duration = \"18 months\"\nyears = 1.5", ""},
		{"duration = \"12 months, then a 3-month assessment\"\nyears = 1.25", ""},
		{"duration = \"varies\"", ""},
		{"duration = \"about 2 years\"\nyears = 2000", "12: false years 2000 is more than the 50 years a step may take"},
		{"years = 51", "11: false years 51 is more than the 50 years a step may take"},
		{"duration = \"about 2 years\"\nyears = 5", `12: true step to staff-nurse: years 5 does not agree with the duration "about 2 years"`},
		{"duration = \"six months\"\nyears = 3", `12: true step to staff-nurse: years 3 does not agree with the duration "six months"`},
		{"duration = \"about 2 years\"", `9: true step to staff-nurse: the duration "about 2 years" gives a time but the step has no years, so route finding cannot count it`},
	}
	for _, tt := range tests {
		got := strings.Join(stepWith(t, tt.lines), "\n")
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.lines, got, tt.want)
		}
	}
}

func TestTimesIn(t *testing.T) {
	for text, want := range map[string]string{
		"about 2 years":        "[2]",
		"15 to 24 months":      "[1.25 2]",
		"about two years":      "[2]",
		"eighteen months":      "[1.5]",
		"a couple of years":    "[2]",
		"26 weeks":             "[0.5]",
		"varies by trust":      "[]",
		"3 years full time":    "[3]",
		"one year, then three": "[1]",
	} {
		if got := fmt.Sprint(catalogue.TimesIn(text)); got != want {
			t.Errorf("TimesIn(%q) = %s, want %s", text, got, want)
		}
	}
}
