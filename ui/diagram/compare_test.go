package diagram

import (
	"strings"
	"testing"
	"time"
)

// TestCompareTextEveryWord: for each role against the next in the
// catalogue, at 60, 80, 100 and 120 columns, every word of every compared
// field appears whole and no line is wider than the width.
func TestCompareTextEveryWord(t *testing.T) {
	c := embedded(t)
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for i, a := range c.Roles {
		b := c.Roles[(i+1)%len(c.Roles)]
		if i%2 == 1 {
			b = c.Roles[(i*7)%len(c.Roles)]
		}
		cmp := c.Compare(a, b)
		for _, w := range []int{60, 80, 100, 120} {
			lines := CompareText(c, cmp, now, w)
			have := map[string]bool{}
			for n, l := range lines {
				if width(l) > w {
					t.Fatalf("%s/%s at %d: line %d is %d wide: %q", a.ID, b.ID, w, n, width(l), l)
				}
				for _, f := range strings.Fields(l) {
					have[f] = true
				}
			}
			for _, r := range c.Rows(cmp, now) {
				for _, p := range append(append(append([]string{r.Label}, r.A...), r.B...), r.Both...) {
					for _, f := range strings.Fields(p) {
						if !have[f] && width(f) < w/2-2 {
							t.Fatalf("%s/%s at %d: %q of %q is missing or cut:\n%s", a.ID, b.ID, w, f, r.Label, strings.Join(lines, "\n"))
						}
					}
				}
			}
		}
	}
}

// TestCompareTextForms: stacked below 100 columns, two columns from 100.
func TestCompareTextForms(t *testing.T) {
	c := embedded(t)
	cmp := c.Compare(c.Role("imaging-support-worker"), c.Role("consultant-radiographer"))
	narrow := strings.Join(CompareText(c, cmp, time.Now(), 80), "\n")
	wide := strings.Join(CompareText(c, cmp, time.Now(), 100), "\n")
	if strings.Contains(narrow, "│") || !strings.Contains(narrow, "  Imaging support worker:") {
		t.Errorf("80 columns is not stacked:\n%s", narrow)
	}
	if !strings.Contains(wide, " │ ") {
		t.Errorf("100 columns is not in two columns:\n%s", wide)
	}
}
