package main

import (
	"strings"
	"testing"
)

// TestAlliancesByPlace checks that 'pathways alliances' finds an alliance
// by a town or ICB it covers, and lists both when two cover the place.
func TestAlliancesByPlace(t *testing.T) {
	for _, tc := range []struct{ arg, want string }{
		{"Brighton", "Surrey and Sussex Cancer Alliance"},
		{"NHS Devon ICB", "Peninsula Cancer Alliance"},
		{"Essex", "east-of-england-south"},
		{"wessex", "Wessex Cancer Alliance"},
	} {
		out, errOut, code := runCLI(t, nil, "alliances", tc.arg)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("alliances %q: exit %d, want %q in:\n%s%s", tc.arg, code, tc.want, out, errOut)
		}
	}
}
