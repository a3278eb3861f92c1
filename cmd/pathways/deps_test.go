package main

import (
	"os/exec"
	"strings"
	"testing"
)

// removedPackages are module paths the local glamour copy (third_party/glamour,
// see its PATCHES.md) exists to keep out of the program: their package
// initialisation costs start-up time in every run.
var removedPackages = []string{
	"github.com/alecthomas/chroma",
	"github.com/dlclark/regexp2",
	"github.com/microcosm-cc/bluemonday",
	"github.com/gorilla/css",
	"github.com/aymerick/douceur",
}

// TestRemovedPackagesNotLinked fails if `go list -deps` of the program names
// any package under removedPackages, e.g. after the replace directive for
// glamour is lost or the copy is updated without its patches.
func TestRemovedPackagesNotLinked(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Skipf("go list unavailable: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 || !contains(deps, "charm.land/glamour/v2") {
		t.Fatalf("go list -deps looks wrong (%d packages, no glamour):\n%s", len(deps), out)
	}
	for _, d := range deps {
		for _, bad := range removedPackages {
			if d == bad || strings.HasPrefix(d, bad+"/") {
				t.Errorf("%s is linked into cmd/pathways; see third_party/glamour/PATCHES.md", d)
			}
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// TestPatchedCopiesInUse fails if the program is no longer built with the
// patched copies in third_party (each has a PATCHES.md saying why): the
// replace directives in go.mod must stay until a PATCHES.md says to drop it.
func TestPatchedCopiesInUse(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	want := map[string]string{
		"charm.land/glamour/v2":      "./third_party/glamour",
		"github.com/BurntSushi/toml": "./third_party/toml",
		"github.com/yuin/goldmark":   "./third_party/goldmark",
	}
	for mod, dir := range want {
		out, err := exec.Command("go", "list", "-m", "-f", "{{with .Replace}}{{.Path}}{{end}}", mod).CombinedOutput()
		if err != nil {
			t.Skipf("go list unavailable: %v\n%s", err, out)
		}
		if got := strings.TrimSpace(string(out)); got != dir {
			t.Errorf("%s is replaced by %q, want %q (see %s/PATCHES.md)", mod, got, dir, dir)
		}
	}
}
