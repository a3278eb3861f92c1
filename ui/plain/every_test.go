package plain

import (
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// reachable opens every choice of a page, one level down, and returns the
// text of the pages it opened.
func reachable(pg *page) string {
	var b strings.Builder
	for _, open := range pg.keys {
		if sub := open(); sub != nil {
			b.WriteString(strings.Join(render(sub), "\n"))
		}
	}
	return b.String()
}

// Every role of the embedded catalogue is listed when browsing by band
// (under its band, its grade, or "Band varies or not stated"), and when
// browsing by level of practice (under its level, or "No level stated").
func TestEveryRoleListed(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	s := &session{cat: cat}
	byBand, byLevel := reachable(s.bandsPage()), reachable(s.levelsPage())
	for _, r := range cat.Roles {
		label := roleLabel(cat, r)
		if !strings.Contains(byBand, label) {
			t.Errorf("browse by band: %q is not listed", label)
		}
		if !strings.Contains(byLevel, label) {
			t.Errorf("browse by level: %q is not listed", label)
		}
	}
}
