package ui

import (
	"testing"
)

// The route finder ranks by the same names and the same ranking as the
// command line: every alias that names one role puts that role first in
// both of the finder's lists.
func TestFinderRanksAliasesLikeTheCommandLine(t *testing.T) {
	cat := embedded(t)
	n := 0
	for _, r := range cat.Roles {
		for _, a := range r.Aliases {
			got, err := cat.FindRole(a)
			if err != nil || got.ID != r.ID {
				continue
			}
			n++
			d := newDriver(t, cat, Options{}, 100, 30).keys("f", a, "enter", a, "enter")
			f, ok := d.top().(*finder)
			if !ok {
				t.Fatalf("f did not open the finder:\n%s", d.screen())
			}
			if f.from != r.ID || f.to != r.ID {
				t.Errorf("%q picks From %s and To %s, want %s (%s)", a, f.from, f.to, r.ID, r.Title)
			}
		}
	}
	if n == 0 {
		t.Fatal("no alias resolves to one role")
	}
}

// The tester's words: "hca" to "cns" is Healthcare support worker to
// Cancer clinical nurse specialist, as on the command line.
func TestFinderHcaToCns(t *testing.T) {
	cat := embedded(t)
	d := newDriver(t, cat, Options{}, 100, 30).keys("f", "hca", "enter", "cns", "enter")
	f := d.top().(*finder)
	for _, c := range [][2]string{{"hca", f.from}, {"cns", f.to}} {
		want, err := cat.FindRole(c[0])
		if err != nil {
			t.Fatal(err)
		}
		if c[1] != want.ID {
			t.Errorf("%q picks %s, want %s", c[0], c[1], want.ID)
		}
	}
}
