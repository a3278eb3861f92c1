package catalogue_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// A name that matches many roles says how many, lists MaxListed of them and
// says how many more there are and where to see them; the error carries
// every one, so that plain mode can offer them all.
func TestNameErrorCountsEveryMatch(t *testing.T) {
	c := embedded(t)
	_, err := c.FindRole("consultant")
	var ne *catalogue.NameError
	if !errors.As(err, &ne) || !ne.Ambiguous {
		t.Fatalf("consultant: %v, want ambiguous", err)
	}
	n := len(ne.Candidates)
	if n <= catalogue.MaxListed {
		t.Fatalf("consultant: %d candidates, want more than %d (every role that matches)", n, catalogue.MaxListed)
	}
	want := 0
	for _, m := range catalogue.Rank("consultant", c.RoleNames()) {
		if catalogue.Tier(m.Score) == catalogue.Tier(catalogue.Rank("consultant", c.RoleNames())[0].Score) {
			want++
		}
	}
	if n != want {
		t.Errorf("consultant: %d candidates, want the %d of the best tier", n, want)
	}
	msg := err.Error()
	for _, s := range []string{
		fmt.Sprintf("matches %d roles:", n),
		fmt.Sprintf("and %d more: type more of the name, or see 'pathways roles'", n-catalogue.MaxListed),
	} {
		if !strings.Contains(msg, s) {
			t.Errorf("message lacks %q:\n%s", s, msg)
		}
	}
	if lines := strings.Count(msg, "\n"); lines != catalogue.MaxListed+1 {
		t.Errorf("message has %d lines after the first, want %d:\n%s", lines, catalogue.MaxListed+1, msg)
	}
}

// A query of digits alone matches only a whole id, title or alias: "1"
// must not pick a role whose name has "F1" or "band 1" in it.
func TestDigitsMatchOnlyWholeNames(t *testing.T) {
	c := embedded(t)
	for i := 0; i <= 12; i++ {
		q := strconv.Itoa(i)
		r, err := c.FindRole(q)
		if err == nil {
			exact := false
			for _, n := range append([]string{r.ID, r.Title}, r.Aliases...) {
				exact = exact || catalogue.Norm(n) == q
			}
			if !exact {
				t.Errorf("FindRole(%q) = %s (%s); want no role, as no name is %q", q, r.ID, r.Title, q)
			}
			continue
		}
		var ne *catalogue.NameError
		if !errors.As(err, &ne) || ne.Ambiguous || len(ne.Candidates) != 0 {
			t.Errorf("FindRole(%q): %v; want a plain \"no role called\"", q, err)
		}
		if want := fmt.Sprintf("no role called %q", q); err.Error() != want {
			t.Errorf("FindRole(%q): %q, want %q", q, err, want)
		}
	}
}
