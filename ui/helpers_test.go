package ui

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
)

// testCatalogue is the small fixed catalogue in testdata, so that goldens do
// not change as the embedded catalogue grows.
func testCatalogue(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	cat, probs := catalogue.Load(catalogue.Layer{FS: os.DirFS("testdata/catalogue")})
	if probs.Errors() > 0 {
		tb.Fatalf("test catalogue: %v", probs)
	}
	return cat
}

// driver drives the root model directly: messages in, View out, commands
// run at once (renderings included), so no timing is involved.
type driver struct {
	tb testing.TB
	m  *model
}

func newDriver(tb testing.TB, cat *catalogue.Catalogue, opts Options, w, h int) *driver {
	if opts.Theme == "" {
		opts.Theme = themeDark
	}
	d := &driver{tb: tb, m: newModel(cat, opts)}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

func (d *driver) send(msgs ...tea.Msg) *driver {
	for _, msg := range msgs {
		_, cmd := d.m.Update(msg)
		d.run(cmd, 0)
	}
	return d
}

// run runs a command and feeds back what the explorer itself produces.
func (d *driver) run(cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 5 {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c, depth+1)
		}
	case renderedMsg:
		_, next := d.m.Update(msg)
		d.run(next, depth+1)
	}
}

// keys sends key presses: names such as "enter", "esc", "down", or text,
// one key per rune.
func (d *driver) keys(names ...string) *driver {
	for _, n := range names {
		for _, k := range keyMsgs(n) {
			d.send(k)
		}
	}
	return d
}

func keyMsgs(name string) []tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if c, ok := special[name]; ok {
		return []tea.KeyPressMsg{{Code: c}}
	}
	if name == "ctrl+c" {
		return []tea.KeyPressMsg{{Code: 'c', Mod: tea.ModCtrl}}
	}
	var out []tea.KeyPressMsg
	for _, r := range name {
		k := tea.KeyPressMsg{Code: r, Text: string(r)}
		if r >= 'A' && r <= 'Z' {
			k.Code, k.ShiftedCode, k.Mod = r+32, r, tea.ModShift
		}
		out = append(out, k)
	}
	return out
}

// screen is the view as plain text, trailing spaces trimmed.
func (d *driver) screen() string {
	return trimRight(ansi.Strip(d.m.View().Content)) + "\n"
}

func (d *driver) top() screen { return d.m.top() }

func (d *driver) contains(s string) {
	d.tb.Helper()
	if got := d.screen(); !strings.Contains(got, s) {
		d.tb.Fatalf("screen does not show %q:\n%s", s, got)
	}
}
