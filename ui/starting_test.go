package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// TestKeysTypedWhileLoading: keys pressed, and the window size and
// background colour reported, before the catalogue has loaded reach the
// explorer in order once it has; the loading line shows only after
// loadingDelay.
func TestKeysTypedWhileLoading(t *testing.T) {
	release := make(chan struct{})
	cat := testCatalogue(t)
	s := startLoading(func(*Options) (*catalogue.Catalogue, error) {
		<-release
		return cat, nil
	}, Options{}, 80, 24)

	if v := s.View(); v.Content != "" || v.AltScreen {
		t.Errorf("before loadingDelay the screen should stay blank, got %q (alt screen %v)", v.Content, v.AltScreen)
	}
	s.Update(slowMsg{})
	if v := s.View(); !strings.Contains(v.Content, "loading the catalogue") {
		t.Errorf("after loadingDelay the screen should say the catalogue is loading, got %q", v.Content)
	}
	s.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	s.Update(tea.KeyPressMsg{Code: 'b', Text: "b"})
	if s.ready() {
		t.Fatal("ready before the load ended")
	}
	close(release)
	s.Update(<-s.loaded)
	if !s.ready() {
		t.Fatal("not ready after the load ended")
	}
	if s.m.w != 100 || s.m.h != 30 {
		t.Errorf("size %dx%d, want the 100x30 reported while loading", s.m.w, s.m.h)
	}
	if got := titles(s.m); len(got) != 2 || got[1] != "Bands" {
		t.Errorf("screens %q: the b typed while loading should have opened the band ladder", got)
	}
	if v := s.View(); !strings.Contains(v.Content, "Band") || !v.AltScreen {
		t.Errorf("after loading the view should be the explorer's, got %q", v.Content)
	}
}

// TestLoadErrorEndsBeforeDrawing: a Loader's error (a broken catalogue, a
// deep link naming nothing) ends the explorer with that very error, and
// nothing of the explorer is drawn: no alternate screen, no text.
func TestLoadErrorEndsBeforeDrawing(t *testing.T) {
	broken := errors.New("your catalogue has errors")
	var out bytes.Buffer
	r, w := io.Pipe()
	defer w.Close()
	done := make(chan error, 1)
	go func() {
		done <- RunLoading(context.Background(), Options{Input: r, Output: &out, Theme: themeDark},
			func(*Options) (*catalogue.Catalogue, error) { return nil, broken })
	}()
	select {
	case err := <-done:
		if !errors.Is(err, broken) {
			t.Errorf("RunLoading returned %v, want the Loader's error", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("RunLoading did not end after the Loader failed")
	}
	if s := out.String(); strings.Contains(s, "\x1b[?1049h") || strings.Contains(s, "pathways") {
		t.Errorf("something was drawn before the error: %q", s)
	}
}

// TestLoaderPanicIsACrash: a panic while loading or building the model
// ends the explorer with the short crash error, not a Go stack trace.
func TestLoaderPanicIsACrash(t *testing.T) {
	s := startLoading(func(*Options) (*catalogue.Catalogue, error) { panic("boom") }, Options{}, 80, 24)
	s.Update(<-s.loaded)
	var crash *CrashError
	if err := s.modelErr(); !errors.As(err, &crash) || crash.Value != "boom" {
		t.Errorf("modelErr() = %v, want a CrashError carrying the panic", err)
	}
}

// TestDeepLinksResolvedByTheLoader: the options a Loader sets (deep links
// resolved to ids) are the ones the explorer opens with.
func TestDeepLinksResolvedByTheLoader(t *testing.T) {
	cat := testCatalogue(t)
	id := cat.Roles[0].ID
	s := startLoading(func(o *Options) (*catalogue.Catalogue, error) {
		o.Role = id
		return cat, nil
	}, Options{}, 80, 24)
	s.Update(<-s.loaded)
	if got := titles(s.m); len(got) != 2 || got[1] != cat.Roles[0].Title {
		t.Errorf("screens %q, want home then the role card of %q", got, cat.Roles[0].Title)
	}
}

// TestWarmRendererAnySize: the throwaway first draw copes with any size the
// terminal may report, down to 1x1.
func TestWarmRendererAnySize(t *testing.T) {
	cat := testCatalogue(t)
	for _, sz := range [][2]int{{1, 1}, {20, 5}, {80, 24}, {300, 100}} {
		m := newModel(cat, Options{Theme: themeDark})
		m.presize(sz[0], sz[1])
		warmRenderer(m.View().Content, sz[0], sz[1])
	}
}

// TestLightTerminalAnsweredWhileLoading: the background colour is asked for
// as the explorer starts (once, not again by the model), and an answer that
// arrives while loading gives the first frame the light theme.
func TestLightTerminalAnsweredWhileLoading(t *testing.T) {
	release := make(chan struct{})
	cat := testCatalogue(t)
	s := startLoading(func(*Options) (*catalogue.Catalogue, error) {
		<-release
		return cat, nil
	}, Options{}, 80, 24)
	if !s.askBG {
		t.Fatal("with no theme chosen, starting should ask for the background colour")
	}
	s.Update(tea.BackgroundColorMsg{Color: colorWhite{}})
	close(release)
	s.Update(<-s.loaded)
	if s.m.sh.st.dark {
		t.Error("the light background reported while loading was not applied")
	}
	if !s.m.askedBG {
		t.Error("the model would ask for the background colour a second time")
	}
	if fixed := startLoading(func(*Options) (*catalogue.Catalogue, error) { return cat, nil }, Options{Theme: themeDark}, 80, 24); fixed.askBG {
		t.Error("with --theme dark, the background colour should not be asked for")
	}
}

// TestQuitWhileLoading: ctrl+c, or q pressed before any other key, ends the
// explorer at once instead of after the load; q after other keys is kept
// for the explorer (where it may mean "back").
func TestQuitWhileLoading(t *testing.T) {
	never := func(*Options) (*catalogue.Catalogue, error) { select {} }
	isQuit := func(cmd tea.Cmd) bool {
		if cmd == nil {
			return false
		}
		_, ok := cmd().(tea.QuitMsg)
		return ok
	}
	for _, tc := range []struct {
		keys []tea.KeyPressMsg
		quit bool
	}{
		{[]tea.KeyPressMsg{{Code: 'q', Text: "q"}}, true},
		{[]tea.KeyPressMsg{{Code: 'c', Mod: tea.ModCtrl}}, true},
		{[]tea.KeyPressMsg{{Code: 'b', Text: "b"}, {Code: 'q', Text: "q"}}, false},
	} {
		s := startLoading(never, Options{}, 80, 24)
		var cmd tea.Cmd
		for _, k := range tc.keys {
			_, cmd = s.Update(k)
		}
		if got := isQuit(cmd); got != tc.quit {
			t.Errorf("keys %v while loading: quit %v, want %v", tc.keys, got, tc.quit)
		}
	}
}

// TestLoadingLineFits: the loading line is indented like every screen and
// wrapped at spaces, so no word is cut in a narrow window.
func TestLoadingLineFits(t *testing.T) {
	for _, w := range []int{0, 1, 12, 20, 40, 80} {
		got := loadingLine(w)
		words := strings.Fields(got)
		if strings.Join(words, " ") != "pathways: loading the catalogue…" {
			t.Errorf("width %d: words changed: %q", w, got)
		}
		for _, line := range strings.Split(got, "\n") {
			if !strings.HasPrefix(line, " ") {
				t.Errorf("width %d: line %q not indented", w, line)
			}
			if w >= 12 && len([]rune(line)) > w {
				t.Errorf("width %d: line %q is wider than the window", w, line)
			}
		}
	}
}
