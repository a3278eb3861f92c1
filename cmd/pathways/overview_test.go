package main

import (
	"strings"
	"testing"
)

// The overview (pathways, piped) lists every role of the built-in
// catalogue: under its band, its grade, or "Band varies or not stated".
func TestOverviewListsEveryRole(t *testing.T) {
	out, errs, code := runCLI(t, nil)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	flatOut := flat(out)
	for _, r := range embedded(t).Roles {
		if !strings.Contains(flatOut, r.Title) {
			t.Errorf("the overview leaves out %q", r.Title)
		}
	}
}
