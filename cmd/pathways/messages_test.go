package main

import (
	"strings"
	"testing"
)

// TestNotFoundSaysWhereToLook: a name with no close match points to the
// command that lists that kind of name; filters that leave nothing say so.
func TestNotFoundSaysWhereToLook(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"role", "zzzzzzzz"}, "'pathways roles' lists them"},
		{[]string{"case", "zzzzzzzz"}, "'pathways cases' lists them"},
		{[]string{"programmes", "zzzzzzzz"}, "'pathways programmes' lists them"},
		{[]string{"routes", "zzzzzzzz"}, "'pathways routes' lists them"},
		{[]string{"roles", "--accend", "zzzzzzzz"}, "'pathways levels' lists them"},
		{[]string{"roles", "--family", "zzzzzzzz"}, "'pathways ids family' lists them"},
	} {
		_, stderr, code := runCLI(t, nil, tt.args...)
		if code != 1 || !strings.Contains(stderr, tt.want) {
			t.Errorf("pathways %q: exit %d, %q", tt.args, code, stderr)
		}
	}
	stdout, _, code := runCLI(t, nil, "roles", "--accend", "enhanced", "--band", "2")
	if code != 0 || !strings.Contains(stdout, "No roles in this catalogue match") {
		t.Errorf("an empty filter: exit %d\n%s", code, stdout)
	}
}
