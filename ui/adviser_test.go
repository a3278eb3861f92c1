package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
	"github.com/nhs-pathways/pathways/ui/diagram"
)

func builtinCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	return cat
}

// saveTo types a path into the save prompt in place of the name offered.
func (d *driver) saveTo(path string) *driver {
	s, ok := d.top().(*saver)
	if !ok {
		d.tb.Fatalf("the save prompt is not open:\n%s", d.screen())
	}
	s.in.SetValue(path)
	return d
}

// TestSavePrompt: w on a role card asks for a file name, offering
// DefaultName; a new file is written and the screen says where; an
// existing file is never replaced without a yes, and n leaves it alone.
func TestSavePrompt(t *testing.T) {
	cat := testCatalogue(t)
	dir := t.TempDir()
	d := newDriver(t, cat, Options{Role: "cancer-support-worker"}, 80, 24)
	d.keys("w")
	d.contains("File: role-cancer-support-worker.html")
	path := filepath.Join(dir, "csw.html")
	d.saveTo(path).keys("enter")
	d.contains("Saved the handout to")
	if !strings.Contains(strings.Join(strings.Fields(d.screen()), ""), strings.ReplaceAll(path, " ", "")) {
		t.Errorf("the screen does not say where:\n%s", d.screen())
	}
	got, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(got), "<html") || !strings.Contains(string(got), "Cancer support worker") {
		t.Fatalf("the handout was not written as HTML: %v\n%.200s", err, got)
	}
	d.keys("enter")
	if _, ok := d.top().(*roleCard); !ok {
		t.Fatalf("enter after saving does not go back to the role card")
	}

	// the same name again: it asks, and n keeps the file
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.keys("w").saveTo(path).keys("enter")
	d.contains("already exists. Replace it?")
	d.keys("n")
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Fatalf("n replaced the file: %q", b)
	}
	if !d.top().typing() {
		t.Errorf("after n the name is not being edited again")
	}
	d.keys("enter")
	d.contains("already exists. Replace it?")
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Fatalf("asking replaced the file: %q", b)
	}
	d.keys("y")
	d.contains("Saved the handout to")
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "<html") {
		t.Fatalf("y did not replace the file: %.100q", b)
	}

	// a name ending .md is Markdown; an error is said, not a crash
	md := filepath.Join(dir, "csw.md")
	d.keys("enter", "w").saveTo(md).keys("enter")
	if b, _ := os.ReadFile(md); !strings.HasPrefix(string(b), "# Cancer support worker") {
		t.Errorf(".md is not Markdown: %.60q", b)
	}
	d.keys("enter", "w").saveTo(filepath.Join(dir, "no-such-folder", "x.html")).keys("enter")
	if s := d.screen(); strings.Contains(s, "Saved") || !strings.Contains(s, "no-such-folder") {
		t.Errorf("a failed save does not say why:\n%s", s)
	}
	d.keys("esc")
	if _, ok := d.top().(*roleCard); !ok {
		t.Fatalf("esc does not cancel the save prompt")
	}
}

// TestSaveOffers: w on the stepper, a case study and a comparison offers
// the right name.
func TestSaveOffers(t *testing.T) {
	cat := testCatalogue(t)
	for _, c := range []struct {
		opts Options
		name string
	}{
		{Options{RouteFrom: "healthcare-support-worker", RouteTo: "registered-nurse"}, "route-healthcare-support-worker-to-registered-nurse.html"},
		{Options{Case: "esht-endoscopy-assistant"}, "case-the-new-endoscopy-assistant-role.html"},
		{Options{CompareA: "registered-nurse", CompareB: "cancer-cns"}, "compare-registered-nurse-and-cancer-clinical-nurse-specialist.html"},
	} {
		d := newDriver(t, cat, c.opts, 120, 30)
		d.keys("w")
		d.contains("File: " + c.name)
	}
}

// clipboard finds the text a command sends to the clipboard
// (tea.SetClipboard, written as OSC 52), or "".
func clipboard(cmd tea.Cmd) string {
	if cmd == nil {
		return ""
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if s := clipboard(c); s != "" {
				return s
			}
		}
		return ""
	}
	if fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" {
		return reflect.ValueOf(msg).String()
	}
	return ""
}

// TestCopyKey: y sends the command that reopens the screen to the
// clipboard and shows it.
func TestCopyKey(t *testing.T) {
	cat := testCatalogue(t)
	for _, c := range []struct {
		opts Options
		want string
	}{
		{Options{Role: "cancer-cns"}, `pathways --role "cancer clinical nurse specialist"`},
		{Options{RouteFrom: "healthcare-support-worker", RouteTo: "registered-nurse"}, `pathways --route "healthcare support worker" "registered nurse"`},
		{Options{RouteFrom: "healthcare-support-worker", RouteTo: "registered-nurse", ByYears: true}, `pathways --route "healthcare support worker" "registered nurse" --by years`},
		{Options{Case: "esht-endoscopy-assistant"}, `pathways --case "the new endoscopy assistant role"`},
		{Options{CompareA: "registered-nurse", CompareB: "cancer-cns"}, `pathways --compare "registered nurse" "cancer clinical nurse specialist"`},
	} {
		d := newDriver(t, cat, c.opts, 120, 30)
		_, cmd := d.m.Update(keyMsgs("y")[0])
		if got := clipboard(cmd); got != c.want {
			t.Errorf("%+v: y copies %q, want %q", c.opts, got, c.want)
		}
		d.contains(c.want)
		if strings.Contains(d.screen(), "among the others") {
			t.Errorf("%+v: the command opens this very route, yet the screen says it does not", c.opts)
		}
		d.keys("esc")
		if _, ok := d.top().(*linkView); ok {
			t.Errorf("esc does not leave the copied command")
		}
	}
}

// scrolledWords collects every word shown while scrolling a screen to its end
// with pgdown (and sideways with right, when wide is set).
func scrolledWords(d *driver, wide bool) map[string]bool {
	seen := map[string]bool{}
	add := func() {
		for _, w := range strings.Fields(d.screen()) {
			seen[w] = true
		}
	}
	for range 200 {
		before := d.screen()
		add()
		if wide {
			for range 50 {
				b := d.screen()
				d.keys("right")
				if d.screen() == b {
					break
				}
				add()
			}
			d.keys("home")
			for range 200 { // back to the same lines, at the left edge
				if d.screen() == before {
					break
				}
				d.keys("left")
			}
		}
		d.keys("pgdown")
		if d.screen() == before {
			break
		}
	}
	return seen
}

// TestCompareScreen: at 80x24 (stacked) and 120x40 (two columns) every
// word of both roles' compared fields can be scrolled to.
func TestCompareScreen(t *testing.T) {
	cat := builtinCatalogue(t)
	a, b := "diagnostic-radiographer", "therapeutic-radiographer"
	cmp := cat.Compare(cat.Role(a), cat.Role(b))
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		d := newDriver(t, cat, Options{CompareA: a, CompareB: b}, size[0], size[1])
		seen := scrolledWords(d, false)
		for _, row := range cat.Rows(cmp, time.Now()) {
			for _, para := range append(append(append([]string{row.Label}, row.A...), row.B...), row.Both...) {
				for _, w := range strings.Fields(para) {
					if !seen[w] {
						t.Errorf("%dx%d: %q of %q cannot be scrolled to", size[0], size[1], w, row.Label)
					}
				}
			}
		}
	}
}

// TestCompareFromRoleCard: c on a role card, a name typed and enter
// compare the two.
func TestCompareFromRoleCard(t *testing.T) {
	d := newDriver(t, testCatalogue(t), Options{Role: "registered-nurse"}, 80, 24)
	d.keys("c")
	d.contains("Compare Registered nurse with which role?")
	d.keys("nurse consultant", "enter")
	c, ok := d.top().(*comparer)
	if !ok || c.a != "registered-nurse" || c.b != "nurse-consultant" {
		t.Fatalf("c, a name and enter do not compare the two:\n%s", d.screen())
	}
	d.contains("Comparing Registered nurse with Nurse consultant")
	d.keys("esc")
	if _, ok := d.top().(*roleCard); !ok {
		t.Errorf("esc from the comparison does not go back to the role card:\n%s", d.screen())
	}
}

// TestMapScreen: m on a role card shows the map, and every role on it can
// be scrolled to, at 80x24 (a tree) and 120x40 (boxes), and as boxes
// scrolled sideways at 80.
func TestMapScreen(t *testing.T) {
	cat := builtinCatalogue(t)
	root := "cancer-support-worker"
	for _, c := range []struct {
		w, h int
		tree bool // press t to switch
	}{{80, 24, false}, {80, 24, true}, {120, 40, false}, {60, 20, true}} {
		d := newDriver(t, cat, Options{Role: root}, c.w, c.h)
		d.keys("m")
		if _, ok := d.top().(*mapView); !ok {
			t.Fatalf("m does not open the map:\n%s", d.screen())
		}
		if c.tree {
			d.keys("t")
		}
		seen := scrolledWords(d, true)
		for _, id := range diagram.MapIDs(cat, root, 2) {
			for _, w := range strings.Fields(catalogue.Clean(cat.TitleOf(id))) {
				if !seen[w] {
					t.Errorf("%dx%d (t: %v): %q of %s cannot be scrolled to", c.w, c.h, c.tree, w, id)
				}
			}
		}
	}
}

// TestMapFromStepperAndLadder: m in the stepper maps its route, numbered;
// m on the ladder maps the selected role.
func TestMapFromStepperAndLadder(t *testing.T) {
	cat := testCatalogue(t)
	d := newDriver(t, cat, Options{RouteFrom: "healthcare-support-worker", RouteTo: "registered-nurse"}, 120, 30)
	d.keys("m")
	m, ok := d.top().(*mapView)
	if !ok || len(m.roles) == 0 || m.roles[0] != "healthcare-support-worker" {
		t.Fatalf("m in the stepper does not map its route:\n%s", d.screen())
	}
	d.contains("1 ")
	d = newDriver(t, cat, Options{}, 120, 30)
	d.keys("b") // the ladder, from home
	if _, ok := d.top().(*ladder); !ok {
		t.Skipf("b does not open the ladder here:\n%s", d.screen())
	}
	d.keys("m")
	if m, ok := d.top().(*mapView); !ok || m.role == "" {
		t.Fatalf("m on the ladder does not map the selected role:\n%s", d.screen())
	}
}

// TestCopyKeyCuratedRoute: a curated route that is not the best route
// between its ends says that its command opens the best one.
func TestCopyKeyCuratedRoute(t *testing.T) {
	cat := builtinCatalogue(t)
	n := 0
	for _, rt := range cat.Routes {
		p, ok := cat.Graph().Shortest(rt.Roles[0], rt.Roles[len(rt.Roles)-1], false)
		if ok && slices.Equal(p.Roles, rt.Roles) {
			continue
		}
		n++
		d := newDriver(t, cat, Options{}, 120, 30)
		d.m.route(openCurated{id: rt.ID})
		d.keys("y")
		d.contains("among the others")
	}
	if n == 0 {
		t.Skip("every curated route is the best route between its ends")
	}
}
