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

// The home screen says which catalogue is shown, whole, at every width
// with two panes.
func TestHomeNamesTheCatalogueWhole(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	for _, w := range []int{100, 120, 160} {
		screen := flatScreen(newDriver(t, cat, Options{}, w, 30).screen())
		if want := cat.Meta.Name + " " + cat.Meta.Version + ", " + cat.Meta.Date; !strings.Contains(screen, want) {
			t.Errorf("at %d columns the home screen does not say %q", w, want)
		}
	}
}

// flatScreen is a screen's text with the right-hand pane's lines joined,
// the divider and runs of spaces removed, so wrapped text reads as one.
func flatScreen(s string) string {
	var right []string
	for _, l := range strings.Split(s, "\n") {
		if _, r, ok := strings.Cut(l, "│"); ok {
			right = append(right, strings.TrimSpace(r))
		}
	}
	return strings.Join(strings.Fields(strings.Join(right, " ")), " ")
}
