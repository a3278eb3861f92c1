package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// TestAlliancesNearYou: from home, the alliances, then Wessex with its
// case studies and offers, then one of its case studies.
func TestAlliancesNearYou(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	var out bytes.Buffer
	if err := Run(context.Background(), cat, strings.NewReader("8\n4\n1\n"), &out, Start{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Cancer alliances near you", "4. Wessex Cancer Alliance (South East)",
		"Programmes, education offers and funding", "Region: South East", "Organisation:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in:\n%s", want, out.String())
		}
	}
}

// A user types their town and finds their alliance.
func TestAllianceByPlace(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	a := answers(runScript(t, cat, Start{}, "8\nLeeds\n1\n"))
	has(t, "place", a[2], "Cancer alliances for \"Leeds\"\n", "1. West Yorkshire and Harrogate Cancer Alliance")
	has(t, "opened", a[3], "Covers: ")
	a = answers(runScript(t, cat, Start{}, "8\nMordor\n"))
	has(t, "nowhere", a[2], "No alliance in this catalogue covers \"Mordor\"")
}
