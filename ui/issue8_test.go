package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	return cat
}

// TestStyleAfterWrapping: a styled text wrapped over several lines keeps
// its style on every line (the band ladder's dim rows once turned normal
// half-way), for every role's preview beside the ladder.
func TestStyleAfterWrapping(t *testing.T) {
	cat := embedded(t)
	sh := &shared{cat: cat, st: newStyles(themeDark, true)}
	for _, r := range cat.Roles {
		for _, band := range cat.RoleBands(r) {
			blocks := 0 // the title and facts, then what the band means: styled
			for _, l := range roleSummary(sh, r.ID, band, 30) {
				if l == "" {
					if blocks++; blocks == 2 {
						break
					}
					continue
				}
				if !strings.HasPrefix(l, "\x1b[") {
					t.Fatalf("%s: a line lost its style: %q", r.ID, l)
				}
			}
		}
	}
}

// TestSlashSearches: / opens search wherever no list filters, and what is
// typed after it goes into the search, not to shortcuts.
func TestSlashSearches(t *testing.T) {
	cat := embedded(t)
	for _, opts := range []Options{{}, {Role: "cancer-cns"}, {RouteFrom: "healthcare-support-worker", RouteTo: "clinical-endoscopist"}} {
		d := newDriver(t, cat, opts, 80, 24).keys("/", "radiographer")
		s, ok := d.top().(*search)
		if !ok || s.input.value() != "radiographer" {
			t.Fatalf("%+v: / then radiographer opened %q:\n%s", opts, d.top().title(), d.screen())
		}
		if strings.Contains(d.screen(), "? all keys") {
			t.Errorf("%+v: the footer offers ? while ? is text:\n%s", opts, d.screen())
		}
	}
}

// TestExactTitleFirst: the one ranking puts a role whose title is the
// query above longer titles that contain it, in search and in the finder.
func TestExactTitleFirst(t *testing.T) {
	cat := embedded(t)
	d := newDriver(t, cat, Options{}, 80, 24).keys("s", "therapeutic radiographer")
	if it := d.top().(*search).list.selected(); it == nil || it.value != (openRole{"therapeutic-radiographer"}) {
		t.Fatalf("search picked %+v:\n%s", it, d.screen())
	}
	d = newDriver(t, cat, Options{}, 80, 24).keys("f", "therapeutic radiographer", "enter")
	if f := d.top().(*finder); f.from != "therapeutic-radiographer" {
		t.Fatalf("the finder picked %q:\n%s", f.from, d.screen())
	}
}

// TestURLsWholeAndLinked: a web address that fits is never broken across lines; with
// colour it is an OSC 8 hyperlink to the whole address, without colour not.
func TestURLsWholeAndLinked(t *testing.T) {
	cat := embedded(t)
	url := "https://advanced-practice.hee.nhs.uk/multi-professional-framework-for-advanced-practice/"
	for _, noColour := range []bool{false, true} {
		d := newDriver(t, cat, Options{NoColor: noColour}, 120, 40)
		d.m.route(openProgramme{"acp-framework"})
		if !strings.Contains(d.screen(), url) {
			t.Fatalf("the address is not whole on one line:\n%s", d.screen())
		}
		linked := strings.Contains(d.m.View().Content, ansi.SetHyperlink(url))
		if linked == noColour {
			t.Errorf("no colour %v: hyperlink %v", noColour, linked)
		}
	}
	// Wider than the pane, it is broken over lines of its own for display,
	// never cut: its pieces, joined, are the whole address.
	got := wrap("see "+url+" now", 40)
	if len(got) < 4 || got[0] != "see" || got[len(got)-1] != "now" || strings.Join(got[1:len(got)-1], "") != url {
		t.Errorf("wrap lost part of the address: %q", got)
	}
	for _, l := range got {
		if ansi.StringWidth(l) > 40 {
			t.Errorf("line wider than 40: %q", l)
		}
	}
}
