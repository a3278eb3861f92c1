package catalogue_test

import (
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
)

// TestBrokenFileIsNotBuriedInKnockOns: when one file of a large catalogue
// cannot be decoded, the steps into its roles are not reported one by one
// as unknown roles (with "did you mean" guesses for each, which took
// seconds); one warning says how many references went unchecked and why,
// beside the file's own error.
func TestBrokenFileIsNotBuriedInKnockOns(t *testing.T) {
	fsys := cataloguetest.Generate(2000)
	f := fsys["roles/09.toml"]
	f.Data = append(append([]byte{}, f.Data...), "oops = \n"...)
	_, probs := catalogue.Load(catalogue.Layer{FS: fsys})
	if probs.Errors() != 1 {
		t.Fatalf("want the broken file's error alone, got %d errors:\n%s", probs.Errors(), probs.Error())
	}
	all := probs.Error()
	for _, want := range []string{"roles/09.toml:", "TOML: expected value", "references to entries not found, and links between roles, are not checked, as roles/09.toml could not be read"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems do not say %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "unknown role") || strings.Contains(all, "did you mean") || strings.Contains(all, "nothing links") {
		t.Errorf("knock-on problems of the broken file were reported:\n%s", all)
	}

	// With every file read, an unknown role is still reported, with a guess.
	fsys = cataloguetest.Generate(50)
	f = fsys["roles/00.toml"]
	f.Data = []byte(strings.Replace(string(f.Data), `to = "role-1"`, `to = "role-1x"`, 1))
	_, probs = catalogue.Load(catalogue.Layer{FS: fsys})
	if all := probs.Error(); !strings.Contains(all, `unknown role "role-1x"`) || !strings.Contains(all, "did you mean") {
		t.Errorf("an unknown role in a catalogue read whole was not reported with a guess:\n%s", all)
	}
}
