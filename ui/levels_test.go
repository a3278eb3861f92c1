package ui

import (
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// TestEveryRoleUnderByLevel: the levels of practice list every role of the
// embedded catalogue, each under its ACCEnD level or under "No level
// stated", and a heading for every level.
func TestEveryRoleUnderByLevel(t *testing.T) {
	cat := embedded(t)
	if len(cat.Accend) == 0 {
		t.Fatal("the embedded catalogue has no ACCEnD levels")
	}
	m := newLevels(&shared{cat: cat, st: newStyles(themeDark, true), rendered: map[renderKey]string{}})
	under := map[string]string{}
	heads := map[string]bool{}
	head := ""
	for _, it := range m.list.items {
		switch v := it.value.(type) {
		case openRole:
			under[v.id] = head
		default:
			if it.header && !it.dim {
				head = it.text
				heads[head] = true
			}
		}
	}
	for _, l := range cat.Accend {
		if !heads[levelName(l)] {
			t.Errorf("no heading for the level %s", l.ID)
		}
	}
	for _, r := range cat.Roles {
		want := noLevel
		if l := cat.AccendLevel(r.Accend); l != nil {
			want = levelName(l)
		}
		if got, ok := under[r.ID]; !ok {
			t.Errorf("%s is not under By level", r.ID)
		} else if got != want {
			t.Errorf("%s is under %q, want %q", r.ID, got, want)
		}
	}
}

// TestLevelsFromHome: l on the home screen opens the levels, and the home
// screen and its keys say so.
func TestLevelsFromHome(t *testing.T) {
	cat := embedded(t)
	d := newDriver(t, cat, Options{}, 80, 24)
	d.contains("l  By level of practice")
	d.contains("l by level")
	d.keys("l")
	if got := d.top().title(); got != "Levels of practice" {
		t.Fatalf("l opened %q", got)
	}
	d.contains("Supportive")
	d.keys("/", "navigator", "enter")
	if _, ok := d.top().(*roleCard); !ok {
		t.Fatalf("enter on a role did not open its card: %q", d.top().title())
	}
}

// TestLevelName: the heading of a level, whatever its label.
func TestLevelName(t *testing.T) {
	for label, want := range map[string]string{"ACCEnD: supportive": "Supportive", "": "x", "ACCEnD: ": "ACCEnD:", "élan": "Élan", "Consultant": "Consultant"} {
		if got := levelName(&catalogue.Level{ID: "x", Label: label}); got != want {
			t.Errorf("%q: got %q, want %q", label, got, want)
		}
	}
}
