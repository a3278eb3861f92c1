package ui

import (
	"io"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// runBytes runs the explorer in a tea.Program fed with raw terminal input:
// each chunk is written in one go (as a terminal, tmux or a slow link
// delivers it), then ctrl+c. It returns the model as the program left it.
func runBytes(t *testing.T, chunks ...string) *model {
	t.Helper()
	m := newModel(testCatalogue(t), Options{Theme: themeDark})
	r, w := io.Pipe()
	p := tea.NewProgram(m, tea.WithInput(r), tea.WithOutput(io.Discard), tea.WithWindowSize(80, 24))
	go func() {
		// Each chunk after a pause longer than Bubble Tea waits to end a
		// lone Esc (so chunks are not read as one), and a longer one before
		// ctrl+c, which would otherwise join a chunk ending in Esc.
		for i, c := range append(chunks, "\x03") {
			pause := 120 * time.Millisecond
			if i == len(chunks) {
				pause = 400 * time.Millisecond
			}
			time.Sleep(pause)
			if _, err := w.Write([]byte(c)); err != nil {
				return
			}
		}
	}()
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := p.Run(); err != nil {
			t.Error(err)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		p.Kill()
		t.Fatalf("%q: the program did not quit", chunks)
	}
	_ = r.Close()
	return m
}

func titles(m *model) []string {
	var out []string
	for _, s := range m.stack {
		out = append(out, s.title())
	}
	return out
}

// TestKeysAsTerminalsSendThem: Backspace sent as ^H (0x08, which Bubble
// Tea v2 reports as ctrl+h) goes back and deletes a letter, as 0x7f does;
// Esc and the key after it arriving together ("\x1b\x1b", "\x1bq", which
// Bubble Tea reports as alt+esc and alt+q) act as the two keys, except
// where a text field gives the alt key a meaning (alt+backspace deletes a
// word).
func TestKeysAsTerminalsSendThem(t *testing.T) {
	cases := []struct {
		name   string
		chunks []string
		depth  int    // screens on the stack at the end
		field  string // the search box at the end, when on search
	}{
		{"^H goes back from a role card", []string{"b", "\r", "\x08"}, 2, ""},
		{"DEL goes back from a role card", []string{"b", "\r", "\x7f"}, 2, ""},
		{"Esc Esc together: back twice", []string{"b", "\r", "\x1b\x1b"}, 1, ""},
		{"Esc q together: back, then back", []string{"b", "\r", "\x1bq"}, 1, ""},
		{"Esc then ^H together: back twice", []string{"b", "\r", "\x1b\x08"}, 1, ""},
		{"Esc Esc in a filter: clear it, then back", []string{"a", "/", "xyz", "\x1b\x1b"}, 1, ""},
		{"^H deletes in the search box", []string{"s", "nurse", "\x08"}, 2, "nurs"},
		{"DEL deletes in the search box", []string{"s", "nurse", "\x7f"}, 2, "nurs"},
		{"alt+backspace still deletes a word", []string{"s", "cancer nurse", "\x1b\x7f"}, 2, "cancer "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // each its own program, input and model
			m := runBytes(t, c.chunks...)
			if len(m.stack) != c.depth {
				t.Fatalf("%q: screens %q, want %d of them", c.chunks, titles(m), c.depth)
			}
			if s, ok := m.top().(*search); ok && s.input.value() != c.field {
				t.Errorf("%q: search box %q, want %q", c.chunks, s.input.value(), c.field)
			}
			if l, ok := m.top().(*menu); ok && l.list.filter.value() != "" {
				t.Errorf("%q: filter %q left", c.chunks, l.list.filter.value())
			}
		})
	}
}

// TestSplitAlt: the keys made of an alt key are Esc and the key as typed.
func TestSplitAlt(t *testing.T) {
	for _, c := range []struct {
		in   tea.KeyPressMsg
		want []string
	}{
		{tea.KeyPressMsg{Code: 'q', Mod: tea.ModAlt}, []string{"esc", "q"}},
		{tea.KeyPressMsg{Code: 'h', Mod: tea.ModAlt | tea.ModShift}, []string{"esc", "H"}},
		{tea.KeyPressMsg{Code: tea.KeyEscape, Mod: tea.ModAlt}, []string{"esc", "esc"}},
		{tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModAlt}, []string{"esc", "up"}},
		{tea.KeyPressMsg{Code: 'h', Mod: tea.ModAlt | tea.ModCtrl}, []string{"esc", "ctrl+h"}},
		{tea.KeyPressMsg{Code: 'q', Text: "q"}, []string{"q"}},
	} {
		var got []string
		for _, k := range splitAlt(c.in) {
			got = append(got, k.String())
		}
		if len(got) != len(c.want) || got[len(got)-1] != c.want[len(c.want)-1] || got[0] != c.want[0] {
			t.Errorf("%s: got %q, want %q", c.in, got, c.want)
		}
	}
}
