package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestMouse: off by default; with Options.Mouse a click selects, a second
// click opens, and the wheel scrolls.
func TestMouse(t *testing.T) {
	cat := testCatalogue(t)
	click := tea.MouseClickMsg{X: 5, Y: 4, Button: tea.MouseLeft} // band 3: Cancer support worker
	off := newDriver(t, cat, Options{}, 80, 24).keys("b").send(click, click)
	if off.m.View().MouseMode != tea.MouseModeNone || off.top().title() != "Bands" {
		t.Fatal("mouse should be off by default")
	}
	on := newDriver(t, cat, Options{Mouse: true}, 80, 24).keys("b")
	if on.m.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("mouse mode not set")
	}
	on.send(click)
	on.contains("▸ Cancer support worker")
	on.send(click)
	if got := on.top().title(); got != "Cancer support worker" {
		t.Fatalf("second click opened %q", got)
	}
	on.keys("esc").send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if it := on.top().(*ladder).list.selected(); it.value != (rung{"4", "nursing-associate"}) {
		t.Fatalf("wheel moved to %v", it.value)
	}
}

// TestQuitAndBack: q goes back and quits only at the top; esc and backspace
// go back; ctrl+c always quits; ? shows every key and closes again.
func TestQuitAndBack(t *testing.T) {
	d := newDriver(t, testCatalogue(t), Options{}, 80, 24).keys("b", "enter")
	quits := func(k string) bool {
		_, cmd := d.m.Update(keyMsgs(k)[0])
		if cmd == nil {
			return false
		}
		_, ok := cmd().(tea.QuitMsg)
		return ok
	}
	if quits("q") || d.top().title() != "Bands" {
		t.Fatalf("q on a role card should go back, not quit; on %q", d.top().title())
	}
	d.keys("?")
	d.contains("Keys on this screen: Bands")
	d.keys("esc")
	if strings.Contains(d.screen(), "Keys on this screen") || d.top().title() != "Bands" {
		t.Fatal("esc should close help and stay")
	}
	d.keys("backspace")
	if d.top().title() != "Home" || !quits("q") {
		t.Fatal("q at the top should quit")
	}
	d.keys("s", "q")
	if d.top().title() != "Search" || !strings.Contains(d.screen(), "Search: q") {
		t.Fatal("q in a search box is a letter")
	}
	if !quits("ctrl+c") {
		t.Fatal("ctrl+c should always quit")
	}
}

// TestThemeFollowsTerminal starts dark, turns light when the terminal says
// its background is light, and keeps an explicit theme.
func TestThemeFollowsTerminal(t *testing.T) {
	cat := testCatalogue(t)
	m := newModel(cat, Options{})
	if m.Init() == nil || !m.sh.st.dark {
		t.Fatal("should start dark and ask for the background")
	}
	m.Update(tea.BackgroundColorMsg{Color: colorWhite{}})
	if m.sh.st.dark || m.sh.st.theme != themeLight {
		t.Fatal("should follow a light background")
	}
	fixed := newModel(cat, Options{Theme: themeHighContrast})
	fixed.Update(tea.BackgroundColorMsg{Color: colorWhite{}})
	if fixed.sh.st.theme != themeHighContrast || fixed.Init() != nil {
		t.Fatal("an explicit theme must not change")
	}
	if nc := newModel(cat, Options{NoColor: true, Theme: "dark"}); nc.sh.st.theme != themeNoColour {
		t.Fatal("NoColor wins over a theme")
	}
}

type colorWhite struct{}

func (colorWhite) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// TestDeepLinks open on the screen asked for; unknown ids say so.
func TestDeepLinks(t *testing.T) {
	cat := testCatalogue(t)
	d := newDriver(t, cat, Options{RouteFrom: "nursing-associate", RouteTo: "nurse-consultant"}, 80, 24)
	if s, ok := d.top().(*stepper); !ok || len(s.roles) != 4 {
		t.Fatalf("route deep link opened %q", d.top().title())
	}
	d = newDriver(t, cat, Options{Role: "no-such-role"}, 80, 24)
	d.contains("There is no role no-such-role")
	d = newDriver(t, cat, Options{Case: "no-such-case"}, 80, 24)
	d.contains("There is no case study no-such-case")
}

// TestCleanText: escape sequences in catalogue text never reach the screen.
func TestCleanText(t *testing.T) {
	d := newDriver(t, testCatalogue(t), Options{Role: "cancer-support-worker"}, 80, 24).keys("G")
	v := d.m.View().Content
	if strings.Contains(v, "]52;") || strings.Contains(v, "\x1b[31m") {
		t.Fatal("an escape sequence from the catalogue reached the screen")
	}
	d.contains("Text with an escape red and a clipboard write removed.")
}

// TestPresizedCase: laid out before the program starts (as Run does), a
// deep-linked case study is still rendered, from Init.
func TestPresizedCase(t *testing.T) {
	m := newModel(testCatalogue(t), Options{Case: "surrey-cancer-support-worker", Theme: themeDark})
	m.presize(80, 24)
	d := &driver{tb: t, m: m}
	d.run(m.Init(), 0)
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24}) // the program's own size message
	d.contains("What changed")
}

// TestThemeChangeUnderneath: the theme changes while a case study is under
// a role card; going back finds it rendered in the new theme.
func TestThemeChangeUnderneath(t *testing.T) {
	d := newDriver(t, testCatalogue(t), Options{Case: "surrey-cancer-support-worker"}, 80, 24)
	d.m.auto = true
	d.keys("enter") // its first role
	d.send(tea.BackgroundColorMsg{Color: colorWhite{}})
	d.keys("backspace")
	d.contains("What changed")
	if r := d.top().(*reader); r.want.theme != "light/light" {
		t.Fatalf("rendered for %q", r.want.theme)
	}
}
