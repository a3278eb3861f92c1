package catalogue

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
)

// TestRolesCheckedInParallelAsInTurn: a large catalogue's roles, checked on
// two goroutines, give the same problems in the same order as checked one
// after the other, wherever in the catalogue the faults are.
func TestRolesCheckedInParallelAsInTurn(t *testing.T) {
	fsys := cataloguetest.Generate(2400)
	for name, f := range fsys {
		if !strings.HasPrefix(name, "roles/") {
			continue
		}
		text := string(f.Data)
		// A fault of each kind near the start, the middle and the end.
		for _, id := range []string{"role-3", "role-1199", "role-1200", "role-2399"} {
			text = strings.Replace(text, fmt.Sprintf("id = %q\n", id), fmt.Sprintf("id = %q\nregulator = \"nobody\"\n", id), 1)
		}
		text = strings.Replace(text, "family = \"generated\"\nbands = [\"5\"]", "family = \"generatd\"\nbands = [\"5\"]", 1)
		f.Data = []byte(text)
	}
	load := func(threshold int) Problems {
		defer func(old int) { parallelRoles = old }(parallelRoles)
		parallelRoles = threshold
		_, probs := Load(Layer{FS: fsys})
		return probs
	}
	inTurn, parallel := load(1<<30), load(1000)
	if len(inTurn) < 5 {
		t.Fatalf("only %d problems; the faults were not put in:\n%s", len(inTurn), inTurn.Error())
	}
	if inTurn.Error() != parallel.Error() {
		t.Errorf("checked in parallel:\n%s\n\nchecked in turn:\n%s", parallel.Error(), inTurn.Error())
	}
}
