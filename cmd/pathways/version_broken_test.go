package main

import (
	"strings"
	"testing"
)

// 'pathways version' says the version even when the user's catalogue does
// not load, then says so, and exits 1.
func TestVersionWithBrokenCatalogue(t *testing.T) {
	const broken = "../../catalogue/testdata/broken/syntax.toml"
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, errs, code := runCLI(t, map[string]string{"PATHWAYS_CATALOGUE": broken}, args...)
		if code != exitFail {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		for _, want := range []string{"pathways ", "catalogue: ", "your catalogue: could not be loaded: " + broken + ":3: TOML:"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: stdout lacks %q:\n%s", args, want, out)
			}
		}
		if !strings.Contains(errs, "syntax.toml:3: TOML:") {
			t.Errorf("%v: stderr lacks the problem:\n%s", args, errs)
		}
	}
}
