package main

import (
	"strings"
	"testing"
)

// No alliance shows an empty heading: under "Case studies" and
// "Programmes…" there is an entry or a line that says there is none and
// where to ask.
func TestAllianceHeadingsNeverEmpty(t *testing.T) {
	c := embedded(t)
	empty := 0
	for _, al := range c.Alliances {
		out, errs, code := runCLI(t, nil, "alliances", al.ID)
		if code != 0 {
			t.Fatalf("alliances %s: exit %d: %s", al.ID, code, errs)
		}
		lines := strings.Split(out, "\n")
		for i, l := range lines {
			if l != "Case studies" && l != "Programmes, education offers and funding" {
				continue
			}
			if i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "" {
				t.Errorf("alliances %s: heading %q has nothing under it:\n%s", al.ID, l, out)
			}
			if strings.HasPrefix(lines[i+1], "  None in this catalogue; ask your trust") {
				empty++
			}
		}
	}
	if empty == 0 {
		t.Errorf("no alliance has an empty list: the test checks nothing")
	}
}
