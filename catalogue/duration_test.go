package catalogue_test

import (
	"math"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Every step whose duration gives a time carries years, and its years
// agree with the text: each end of the range is a time the text gives, or
// the sum of two of them ("12 months ... then a 3-month assessment").
func TestEmbeddedDurationsHaveYears(t *testing.T) {
	c := embedded(t)
	checked := 0
	for _, r := range c.Roles {
		for _, s := range r.Next {
			where := r.ID + " → " + s.To
			if !catalogue.HasNumber(s.Duration) {
				if s.Years.Known() && s.Duration != "" {
					t.Errorf("%s: years %v but the duration %q gives no time", where, s.Years, s.Duration)
				}
				continue
			}
			checked++
			if !s.Years.Known() {
				t.Errorf("%s: duration %q has no years", where, s.Duration)
				continue
			}
			times := catalogue.TimesIn(s.Duration)
			var cands []float64
			cands = append(cands, times...)
			for i := range times {
				for j := i + 1; j < len(times); j++ {
					cands = append(cands, times[i]+times[j])
				}
			}
			for _, y := range []float64{s.Years.Min, s.Years.Max} {
				ok := false
				for _, c := range cands {
					if math.Abs(c-y) < 0.05 {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s: years %v do not agree with %q (times in it: %v)", where, s.Years, s.Duration, times)
				}
			}
			if len(times) >= 2 && times[0] != times[1] && !s.Years.IsRange() && strings.Contains(s.Duration, " to ") && !strings.Contains(s.Duration, "then") {
				t.Errorf("%s: %q is a range but years is one figure %v", where, s.Duration, s.Years)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d steps give a time; the test is not looking", checked)
	}
}

// A route whose steps all have years never says any step has no time.
func TestEmbeddedTotalsAgree(t *testing.T) {
	c := embedded(t)
	for _, r := range c.Routes {
		p := c.RoutePath(r)
		all := true
		for _, e := range p.Steps {
			all = all && e.Step.Years.Known()
		}
		text := p.TotalText()
		if all && strings.Contains(text, "no typical time") {
			t.Errorf("route %s: every step has years, but %q", r.ID, text)
		}
		if !all && !strings.Contains(text, "no typical time") {
			t.Errorf("route %s: a step has no years, but %q", r.ID, text)
		}
		if strings.Contains(text, "typically typically") || strings.Contains(text, "varies") {
			t.Errorf("route %s: %q", r.ID, text)
		}
		for _, e := range p.Steps {
			if st := catalogue.StepTimeText(*e.Step); strings.HasPrefix(strings.ToLower(st), "typically") || st == "varies" {
				t.Errorf("%s → %s: step time %q", e.From, e.To, st)
			}
		}
	}
}
