package ui

import (
	"strings"
	"testing"
)

// TestWrapWordsKeepsAddressesWhole: the overview's wrap (shared with the
// command line) never splits a web address, even one wider than the line,
// while other long words are cut and no word is lost.
func TestWrapWordsKeepsAddressesWhole(t *testing.T) {
	addr := "https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals"
	text := "See " + addr + " for more, and averyveryverylongwordwithoutspaces too"
	for _, w := range []int{10, 20, 40, 80} {
		lines := WrapWords(text, w)
		joined := strings.Join(lines, "\n")
		if !strings.Contains(joined, addr) {
			t.Errorf("width %d: the address was split:\n%s", w, joined)
		}
		for _, l := range lines {
			if len([]rune(l)) > w && l != addr {
				t.Errorf("width %d: line %q is wider than the width", w, l)
			}
		}
		if got := strings.Join(strings.Fields(strings.ReplaceAll(joined, "\n", "")), ""); got != strings.Join(strings.Fields(text), "") {
			t.Errorf("width %d: words lost or changed:\n%s", w, joined)
		}
	}
}
