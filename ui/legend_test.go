package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// bandMark is a band label with a certainty mark, as lists show it.
var bandMark = regexp.MustCompile(`Band [0-9a-z]+(–[0-9a-z]+)? [~?]( |$)`)

// panesText is the text of frames, each pane on its own and its lines
// joined, so that a sentence wrapped over lines is found whole.
func panesText(frames []string) string {
	var left, right []string
	for _, f := range frames {
		for _, l := range strings.Split(f, "\n") {
			a, b, _ := strings.Cut(l, " │ ")
			left, right = append(left, a), append(right, b)
		}
	}
	return strings.Join(strings.Fields(strings.Join(left, " ")+" "+strings.Join(right, " ")), " ")
}

// TestMarksComeWithTheLegend: on every screen of the embedded catalogue
// that shows a band's certainty mark ("Band 4 ~"), the legend that
// explains the marks can be seen too, whole, at 60 columns as at 120.
func TestMarksComeWithTheLegend(t *testing.T) {
	cat := embedded(t)
	parts := strings.Split(catalogue.CertaintyLegend, " · ")
	journeys := []struct {
		opts Options
		keys []string
	}{
		{Options{}, []string{"b"}}, {Options{}, []string{"l"}}, {Options{}, []string{"a", "enter"}},
		{Options{}, []string{"a", "/", "support", "enter"}}, {Options{}, []string{"f"}},
		{Options{}, []string{"f", "healthcare support", "enter"}},
		{Options{}, []string{"f", "healthcare support", "enter", "cns", "enter"}},
		{Options{}, []string{"r", "enter"}}, {Options{}, []string{"s", "nav"}}, {Options{}, []string{"s", "support"}},
		{Options{}, []string{"p", "enter"}}, {Options{Role: "healthcare-support-worker"}, nil},
		{Options{Role: "cancer-pathway-navigator"}, nil},
		{Options{RouteFrom: "healthcare-support-worker", RouteTo: "clinical-endoscopist"}, nil},
	}
	for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 40}} {
		for _, j := range journeys {
			d := newDriver(t, cat, j.opts, size[0], size[1]).keys(j.keys...)
			frames := d.scrollAll("pgdown")
			marked := false
			for _, f := range frames {
				lines := strings.Split(f, "\n")
				for _, l := range lines[1 : len(lines)-1] { // not the breadcrumb nor the keys
					marked = marked || bandMark.MatchString(l)
				}
			}
			if !marked {
				continue
			}
			text := panesText(frames)
			for _, p := range parts {
				if !strings.Contains(text, p) {
					t.Errorf("%dx%d %+v %q: a band's mark is shown but not %q; last frame:\n%s", size[0], size[1], j.opts, j.keys, p, frames[len(frames)-1])
				}
			}
		}
	}
}

// TestRoleCardSaysCertaintyInWords: the role card says how sure the band
// is in words, not with a mark.
func TestRoleCardSaysCertaintyInWords(t *testing.T) {
	cat := embedded(t)
	for _, r := range cat.Roles {
		if r.Grade != "" || len(r.Bands) == 0 || catalogue.CertaintyMark(r) == "" {
			continue
		}
		d := newDriver(t, cat, Options{Role: r.ID}, 120, 40)
		want := clean(cat.BandText(r, false))
		if text := panesText([]string{d.screen()}); !strings.Contains(text, want) {
			t.Errorf("%s: the card does not say %q:\n%s", r.ID, want, d.screen())
		}
	}
}
