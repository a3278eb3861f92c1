package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestOutputFitsTheTerminal: on a terminal 60 or 80 columns wide, no line
// of any listing or card is wider than the terminal, so that the terminal
// never breaks one mid-word; the only exception is a web address on a line
// of its own, which is never broken.
func TestOutputFitsTheTerminal(t *testing.T) {
	for _, args := range [][]string{{"roles"}, {"roles", "--family", "nursing"}, {"roles", "--accend", "none"}, {"cases"},
		{"alliances"}, {"alliances", "wessex"}, {"programmes"}, {"programmes", "accend"}, {"routes"}, {"routes", "cancer-nursing-to-acp"},
		{"bands"}, {"levels"}, {"ids"}, {"role", "cns"}, {"route", "hca", "nurse consultant"}, {"next", "hca", "--within", "3"},
		{"case", "esht-endoscopy-assistant"}} {
		for _, width := range []int{60, 80} {
			out, _ := runAt(t, width, true, args...)
			for _, l := range strings.Split(out, "\n") {
				if ansi.StringWidth(l) > width && !(isURL(strings.TrimSpace(l)) && !strings.Contains(strings.TrimSpace(l), " ")) {
					t.Errorf("pathways %q at %d columns: a line of %d: %q", args, width, ansi.StringWidth(l), l)
				}
			}
		}
	}
}
