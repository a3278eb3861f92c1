package ui

import (
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// Filtering the ladder hides its headings, so a role listed under each of
// its bands would show as unexplained duplicates: it is listed once, with
// its band (or grade) on the right.
func TestLadderFilterListsARoleOnce(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	d := newDriver(t, cat, Options{}, 80, 24).keys("b", "/")
	for _, r := range "consultant rad" {
		d.keys(string(r))
	}
	screen := d.screen()
	for _, title := range []string{"Consultant radiographer ", "Consultant therapeutic radiographer "} {
		if n := strings.Count(screen, title); n != 1 {
			t.Errorf("%q is listed %d times:\n%s", title, n, screen)
		}
	}
	if !strings.Contains(screen, "Consultant clinical radiologist") || !strings.Contains(screen, "Consultant\n") && !strings.Contains(screen, "Consultant ") {
		t.Errorf("no grade shown for a doctor:\n%s", screen)
	}
}
