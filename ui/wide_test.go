package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// cellsByRune is the width of a line as tmux and wcwidth-based terminals
// draw it: each character on its own, so "💅🏻" takes 4 cells and "🎙️" 1,
// where a grapheme-aware measure (ansi.StringWidth) says 2 for both.
func cellsByRune(s string) int {
	n := 0
	for _, r := range s {
		n += ansi.StringWidth(string(r))
	}
	return n
}

// TestDividerStraightWithWideTitles: with titles full of skin-tone
// modifiers, variation selectors, joiner sequences, flags and keycaps, the
// two-pane divider stands in one column on every line of every frame, at
// 100 and 120 columns, whichever way a terminal measures the characters.
func TestDividerStraightWithWideTitles(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS}, catalogue.Layer{FS: os.DirFS("testdata/wide")})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	journeys := [][]string{
		nil, {"b"}, {"b", "/", "nail"}, {"b", "/", "podcast"}, {"b", "/", "flag"}, {"b", "G"},
		{"a"}, {"a", "/", "support", "enter"}, {"a", "/", "support", "enter", "G"},
		{"f"}, {"f", "nail"}, {"f", "nail", "enter"}, {"f", "nail", "enter", "registered nurse", "enter"},
		{"s", "nail"}, {"s", "podcast"}, {"s", "💅🏻"}, {"n"}, {"n", "wide"}, {"n", "wideton"},
	}
	if len(cat.Accend) > 0 {
		journeys = append(journeys, []string{"l"}, []string{"l", "/", "nail"})
	}
	for _, size := range [][2]int{{100, 30}, {120, 40}} {
		for _, j := range journeys {
			d := newDriver(t, cat, Options{}, size[0], size[1]).keys(j...)
			frame := ansi.Strip(d.m.View().Content)
			col, by := -1, -1
			for i, l := range strings.Split(frame, "\n")[1:] {
				if strings.ContainsFunc(l, unsteady) {
					t.Errorf("%dx%d %q: line %d keeps a character of unsure width: %q", size[0], size[1], j, i+2, l)
				}
				at := strings.Index(l, " │ ")
				if at < 0 {
					continue
				}
				c, b := ansi.StringWidth(l[:at]), cellsByRune(l[:at])
				if col < 0 {
					col, by = c, b
				}
				if c != col || b != by || c != b {
					t.Errorf("%dx%d %q: the divider moved on line %d (%d or %d, not %d):\n%s", size[0], size[1], j, i+2, c, b, col, frame)
					break
				}
			}
			if col < 0 && len(j) > 0 && j[0] != "s" {
				t.Errorf("%dx%d %q: no divider:\n%s", size[0], size[1], j, frame)
			}
		}
	}
}
