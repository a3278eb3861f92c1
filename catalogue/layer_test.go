package catalogue_test

import (
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
)

func TestOverlayAddsAndReplaces(t *testing.T) {
	trust := fstest.MapFS{"trust.toml": {Data: []byte(`
[catalogue]
name = "Our trust"
version = "3"
date = "2026-11-01"

[[role]]
id = "staff-nurse"
title = "Staff nurse (our trust)"
family = "nursing"
bands = ["5"]
summary = "Replaced."
sources = ["s1"]

[[role.next]]
to = "nurse-specialist"

[[role]]
id = "trust-navigator"
title = "Trust navigator"
family = "nursing"
bands = ["4"]
summary = "Added."
sources = ["s1"]

[[role.next]]
to = "staff-nurse"
[[role.entry]]
kind = "in-house"
name = "Local training"
`)}}
	c, probs := catalogue.Load(base(), catalogue.Layer{FS: trust, Prefix: "trust/"})
	if len(probs) > 0 {
		t.Fatal(probs.Error())
	}
	if got := c.Role("staff-nurse").Title; got != "Staff nurse (our trust)" {
		t.Errorf("staff-nurse not replaced: %q", got)
	}
	if c.Role("trust-navigator") == nil || len(c.Roles) != 4 {
		t.Errorf("roles = %d, want the 3 built-in plus 1 added", len(c.Roles))
	}
	if c.Meta.Name != "test base" || len(c.Overlays) != 1 || c.Overlays[0].Name != "Our trust" {
		t.Errorf("meta %+v overlays %+v", c.Meta, c.Overlays)
	}
	if c.Role("staff-nurse").Pos.File != "trust/trust.toml" {
		t.Errorf("replaced role's file = %q", c.Role("staff-nurse").Pos.File)
	}
}

func TestOverlayAloneReportsMissingReferences(t *testing.T) {
	trust := fstest.MapFS{"trust.toml": {Data: []byte("[[role]]\nid = \"x\"\ntitle = \"X\"\nfamily = \"nursing\"\nbands = [\"5\"]\nsummary = \"s\"\nsources = [\"s1\"]\n")}}
	_, probs := catalogue.Load(catalogue.Layer{FS: trust})
	if probs.Errors() != 3 { // unknown family, band and source without the base
		t.Errorf("errors = %d, want 3:\n%s", probs.Errors(), probs.Error())
	}
}
