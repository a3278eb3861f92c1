package ui

import (
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"github.com/nhs-pathways/pathways/catalogue"
	"strings"
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

// Sources are shown as "Title: address", never by their id, and an address
// wider than the pane is broken over lines, never cut: on every role, case
// study and programme at 60 and 100 columns, every character of every
// source's address is on screen (consecutive lines joined).
func TestSourcesWholeWithoutIDs(t *testing.T) {
	cat := embedded(t)
	type page struct {
		name    string
		open    any
		sources []string
	}
	var pages []page
	for _, r := range cat.Roles {
		pages = append(pages, page{r.ID, openRole{r.ID}, r.Sources})
	}
	for _, c := range cat.Cases {
		pages = append(pages, page{c.ID, openCase{id: c.ID}, c.Sources})
	}
	for _, p := range cat.Programmes {
		pages = append(pages, page{p.ID, openProgramme{id: p.ID}, p.Sources})
	}
	for _, w := range []int{60, 100} {
		for _, p := range pages {
			if len(p.sources) == 0 {
				continue
			}
			d := newDriver(t, cat, Options{}, w, 400)
			d.m.route(p.open)
			d.keys("tab") // a case study's side pane, where it has one
			text := allText(d)
			for _, id := range p.sources {
				s := cat.Source(id)
				if s == nil {
					continue
				}
				if s.URL != "" && !strings.Contains(text, s.URL) {
					t.Errorf("%s at %d columns: %s not shown whole", p.name, w, s.URL)
				}
				if strings.Contains(text, " "+s.ID+" ") || strings.Contains(text, "│"+s.ID+" ") {
					t.Errorf("%s at %d columns shows the source id %s", p.name, w, s.ID)
				}
			}
		}
	}
}

// allText is the screen with each pane's lines joined without spaces, so
// that an address broken over lines reads whole; it also keeps the lines
// as they are, with a space between them.
func allText(d *driver) string {
	var left, right []string
	for _, l := range strings.Split(d.screen(), "\n") {
		a, b, ok := strings.Cut(l, "│")
		left = append(left, strings.TrimSpace(a))
		if ok {
			right = append(right, strings.TrimSpace(b))
		}
	}
	return strings.Join(left, "") + "\n" + strings.Join(right, "") + "\n " + strings.Join(left, " ") + " \n " + strings.Join(right, " ") + " "
}

// Each piece of a broken address links to the whole address.
func TestBrokenAddressLinksEachPiece(t *testing.T) {
	st := newStyles(themeDark, true)
	url := "https://example.org/a/very/long/address/that/does/not/fit"
	lines := st.wrap(st.Muted, "Title: "+url, 20)
	n := 0
	for _, l := range lines {
		if strings.Contains(l, "example") || strings.Contains(l, "/") {
			n++
			if !strings.Contains(l, ansi.SetHyperlink(url)) {
				t.Errorf("piece %q does not link to %s", l, url)
			}
		}
	}
	if n < 3 {
		t.Errorf("address not broken into pieces: %q", lines)
	}
}

// The home screen's list scrolls: moving down through every way in, the
// selected one is always on screen, and what is hidden is said.
func TestHomeSelectionStaysOnScreen(t *testing.T) {
	cat := embedded(t)
	for _, size := range [][2]int{{40, 12}, {60, 16}} {
		d := newDriver(t, cat, Options{}, size[0], size[1])
		h := d.top().(*home)
		for i, w := range h.ways {
			if i > 0 {
				d.keys("j")
			}
			screen := d.screen()
			if n := strings.Count(screen, "\n"); n > size[1] {
				t.Fatalf("%dx%d: %d lines:\n%s", size[0], size[1], n, screen)
			}
			if !strings.Contains(screen, "▸ "+w.key.Help().Key+"  "+w.label) {
				t.Errorf("%dx%d: way %d (%s) selected but not on screen:\n%s", size[0], size[1], i, w.label, screen)
			}
			if i < len(h.ways)-1 && !strings.Contains(screen, "more below") && !strings.Contains(screen, h.ways[len(h.ways)-1].label) {
				t.Errorf("%dx%d: the last way is hidden and nothing says so:\n%s", size[0], size[1], screen)
			}
		}
	}
}

// No list row is cut with "…", nor shows as another row does, in any list
// screen at 80x24 on the embedded catalogue: rows too wide take two lines.
func TestListRowsNeverCut(t *testing.T) {
	cat := embedded(t)
	for _, keys := range [][]string{{}, {"b"}, {"l"}, {"a"}, {"r"}, {"f"}, {"f", "tab"}, {"c"}, {"p"}, {"n"}, {"s"}, {"s", "cancer"}, {"f", "cns"}, {"r", "120"}} {
		w := 80
		if len(keys) == 2 && keys[1] == "120" {
			keys, w = keys[:1], 120
		}
		d := newDriver(t, cat, Options{}, w, 24).keys(keys...)
		var lists []*list
		switch s := d.top().(type) {
		case *home:
			lists = append(lists, s.list)
		case *ladder:
			lists = append(lists, s.list)
		case *menu:
			lists = append(lists, s.list)
		case *search:
			lists = append(lists, s.list)
		case *finder:
			lists = append(lists, s.lists[:]...)
		case *comparePicker:
			lists = append(lists, s.list)
		default:
			t.Errorf("%v: no list in %T", keys, s)
		}
		for _, l := range lists {
			heads := map[string]bool{}
			for _, it := range l.items {
				if it.header {
					heads[strings.TrimSpace(ansi.Strip(it.text))] = true
				}
			}
			for i := range l.items {
				it := &l.items[i]
				if it.header || l.height(it) == 1 {
					continue
				}
				if got, want := strings.Join(strings.Fields(strings.Join(l.parts(it), " ")), " "), strings.Join(strings.Fields(it.text), " "); got != want {
					t.Errorf("%v: row %q wrapped as %q", keys, want, got)
				}
			}
			// every row in turn: scroll the whole list past
			for l.cur = 0; l.cur < len(l.shown); l.cur++ {
				l.fix(1)
				var rows []string // a row's second line joined to it
				for _, r := range l.view(d.m.sh.st, true) {
					if r = ansi.Strip(r); strings.HasPrefix(r, "    ") && len(rows) > 0 {
						rows[len(rows)-1] += " " + strings.TrimSpace(r)
						continue
					}
					rows = append(rows, r)
				}
				seen := map[string]bool{}
				for _, r := range rows {
					r = strings.TrimSpace(strings.TrimPrefix(ansi.Strip(r), "▸"))
					if strings.HasSuffix(r, "…") {
						t.Errorf("%v: row cut: %q", keys, r)
					}
					if heads[r] { // a new group: a role may be under two bands
						seen = map[string]bool{}
					}
					if seen[r] && r != "" {
						t.Errorf("%v: two rows alike: %q", keys, r)
					}
					seen[r] = true
				}
				if t.Failed() {
					return
				}
			}
		}
	}
}

// The stepper counts roles as roles, names the ordering chosen in the
// finder, and shows the destination or says that there is more below.
func TestStepperLabels(t *testing.T) {
	cat := embedded(t)
	for _, byYears := range []bool{false, true} {
		d := newDriver(t, cat, Options{}, 80, 24).keys("f", "hca", "enter", "cns", "enter")
		if byYears {
			d.keys("y")
		}
		d.keys("enter")
		s, ok := d.top().(*stepper)
		if !ok {
			t.Fatalf("enter did not open the route:\n%s", d.screen())
		}
		screen := d.screen()
		if !strings.Contains(screen, fmt.Sprintf("Role 1 of %d", len(s.roles))) || strings.Contains(screen, "Step 1 of") {
			t.Errorf("the stepper does not count roles:\n%s", screen)
		}
		want := "fewest steps"
		if byYears {
			want = "least typical time"
		}
		if !strings.Contains(s.title(), want) {
			t.Errorf("title %q does not say %q", s.title(), want)
		}
		if !strings.Contains(screen, fmt.Sprintf("%d. ", len(s.roles))) && !strings.Contains(screen, "more below") {
			t.Errorf("the destination is hidden and nothing says so:\n%s", screen)
		}
	}
}

// The full help of every screen lists the keys that work everywhere.
func TestFullHelpListsGlobalKeys(t *testing.T) {
	cat := embedded(t)
	for _, keys := range [][]string{{}, {"b"}, {"l"}, {"a"}, {"r"}, {"f"}, {"c"}, {"p"}, {"n"}, {"s"}, {"r", "enter"}} {
		d := newDriver(t, cat, Options{}, 100, 30).keys(keys...)
		help := ansi.Strip(strings.Join(d.m.fullHelp(100), "\n"))
		for _, k := range []string{"ctrl+f", "ctrl+z", "ctrl+l", "backspace", "ctrl+h", "home", "end", "space", "pgup", "pgdn", "H ", "esc", "ctrl+c", "?"} {
			if !strings.Contains(help, k) {
				t.Errorf("%v: the full help does not mention %s:\n%s", keys, k, help)
			}
		}
	}
}

// The alliance search never matches a place by letters scattered in an
// alliance's name, and says so as the command line does.
func TestAllianceSearchNoFalseMatch(t *testing.T) {
	cat := embedded(t)
	d := newDriver(t, cat, Options{}, 100, 30).keys("n", "Narnia")
	screen := d.screen()
	if strings.Contains(screen, "item") || !strings.Contains(leftFlat(screen), "No alliance in this catalogue covers “Narnia”") {
		t.Errorf("Narnia:\n%s", screen)
	}
	// A real place still finds its alliance.
	if len(cat.Alliances) > 0 && len(cat.Alliances[0].Places) > 0 {
		p := cat.Alliances[0].Places[0]
		d = newDriver(t, cat, Options{}, 100, 30).keys("n", p)
		if !strings.Contains(d.screen(), cat.Alliances[0].Name) {
			t.Errorf("%s does not find %s:\n%s", p, cat.Alliances[0].Name, d.screen())
		}
	}
}

// leftFlat is the left pane's text (all of a one-pane screen), its lines
// joined with single spaces, so that wrapped text reads as one.
func leftFlat(screen string) string {
	var left []string
	for _, l := range strings.Split(screen, "\n") {
		a, _, _ := strings.Cut(l, "│")
		left = append(left, a)
	}
	return strings.Join(strings.Fields(strings.Join(left, " ")), " ")
}

// A window too small shows its message whole, wrapped to it, with how to
// quit, at every size down to 8×2.
func TestTooSmallMessageWhole(t *testing.T) {
	cat := embedded(t)
	for _, size := range [][2]int{{20, 5}, {39, 11}, {30, 3}, {8, 2}, {25, 12}, {60, 4}} {
		d := newDriver(t, cat, Options{}, size[0], size[1])
		lines := strings.Split(strings.TrimRight(ansi.Strip(d.m.View().Content), "\n"), "\n")
		if len(lines) > size[1] {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("%v: line wider than the window: %q", size, l)
			}
		}
		text := strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
		if !strings.Contains(text, "q quits.") {
			t.Errorf("%v: no q quits: %q", size, text)
		}
		if size == [2]int{20, 5} && !strings.Contains(text, "20×5") {
			t.Errorf("%v: does not say the size: %q", size, text)
		}
	}
}

// The ladder keeps a role's certainty mark when the heading says its band.
func TestLadderKeepsMarkOfSingleBandRoles(t *testing.T) {
	cat := embedded(t)
	d := newDriver(t, cat, Options{}, 100, 30).keys("b")
	l := d.top().(*ladder).list
	n := 0
	for _, it := range l.items {
		rg, ok := it.value.(rung)
		if !ok {
			continue
		}
		r := cat.Role(rg.role)
		if r == nil || !hasMark(r) || len(r.Bands) != 1 || r.Grade != "" {
			continue
		}
		n++
		if !strings.Contains(it.right, catalogue.CertaintyMark(r)) {
			t.Errorf("%s under band %s: right label %q has no mark", r.ID, rg.band, it.right)
		}
	}
	if n == 0 {
		t.Skip("no single-band role with a mark in the embedded catalogue")
	}
}

// The finder's "From:" and "To:" headings are wrapped, never cut.
func TestFinderHeadingsWhole(t *testing.T) {
	cat := embedded(t)
	for _, w := range []int{60, 80, 100} {
		d := newDriver(t, cat, Options{}, w, 24).keys("f", "hca", "enter", "cns", "enter")
		f := d.top().(*finder)
		for i, want := range []string{"From: " + roleTitle(cat, f.from), "To: " + roleTitle(cat, f.to)} {
			got := strings.Join(strings.Fields(ansi.Strip(strings.Join(f.labels()[i], " "))), " ")
			if got != want {
				t.Errorf("%d columns: heading %q, want %q", w, got, want)
			}
		}
		for _, l := range strings.Split(d.screen(), "\n")[:3] {
			if strings.Contains(l, "…") {
				t.Errorf("%d columns: cut heading %q", w, l)
			}
		}
	}
}
