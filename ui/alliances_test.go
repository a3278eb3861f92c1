package ui

import (
	"strings"
	"testing"
)

// TestAllianceByPlace: typing a town finds its alliance, first, and its
// page says what it covers.
func TestAllianceByPlace(t *testing.T) {
	cat := embedded(t)
	for _, size := range [][2]int{{80, 24}, {120, 30}} {
		d := newDriver(t, cat, Options{}, size[0], size[1]).keys("n", "Leeds")
		d.contains("West Yorkshire and Harrogate Cancer Alliance")
		if size[0] < twoPanes {
			d.contains("covers Leeds") // why it matched; two panes show the places beside
		} else {
			d.contains("Covers: West Yorkshire ICB, West Yorkshire, Leeds")
		}
		d.keys("enter")
		if got := d.top().title(); got != "West Yorkshire and Harrogate Cancer Alliance" {
			t.Fatalf("%v: enter opened %q", size, got)
		}
		d.contains("Covers: West Yorkshire ICB")
		d.contains("Leeds, Bradford")
	}
	d := newDriver(t, cat, Options{}, 80, 24).keys("n", "NHS Kent and Medway ICB", "enter")
	if got := d.top().title(); got != "Kent and Medway Cancer Alliance" {
		t.Errorf("NHS Kent and Medway ICB opened %q", got)
	}
	newDriver(t, cat, Options{}, 80, 24).keys("n", "wessex").contains("▸ Wessex Cancer Alliance")
	if got := leftFlat(newDriver(t, cat, Options{}, 60, 20).keys("n", "Atlantis").screen()); !strings.Contains(got, "No alliance in this catalogue covers “Atlantis”. Try your county") {
		t.Errorf("Atlantis: %s", got)
	}
}

// TestEveryPlaceFindsItsAlliance: for every place of every alliance of the
// embedded catalogue, typing it lists that alliance.
func TestEveryPlaceFindsItsAlliance(t *testing.T) {
	cat := embedded(t)
	if n := len(cat.Alliances); n < 23 {
		t.Errorf("%d alliances and regional bodies, want 23", n)
	}
	sh := &shared{cat: cat, st: newStyles(themeDark, true), rendered: map[renderKey]string{}}
	m := newAlliances(sh)
	m.resize(100, 40)
	for _, a := range cat.Alliances {
		for _, p := range a.Places {
			m.list.filter.set(p)
			m.list.refilter()
			found := false
			for _, i := range m.list.shown {
				if it := m.list.items[i]; it.value == (openAlliance{a.ID}) {
					found = true
				}
			}
			if !found {
				t.Errorf("typing %q does not list %s", p, a.Name)
			}
		}
	}
}
