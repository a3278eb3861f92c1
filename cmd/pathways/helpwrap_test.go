package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestHelpFitsEightyColumns: the help of pathways and of every command
// fits 80 columns, its descriptions wrapped under their column, never cut
// mid-word, and nothing of it is lost.
func TestHelpFitsEightyColumns(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}, {"help", "route"}} {
		check(t, args)
	}
	for _, s := range specs() {
		check(t, []string{strings.Fields(s.use)[0], "--help"})
	}
}

func check(t *testing.T, args []string) {
	t.Helper()
	out, _, code := runCLI(t, nil, args...)
	if code != 0 {
		t.Fatalf("pathways %q: exit %d", args, code)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("pathways %q: a line of %d columns: %q", args, w, l)
		}
	}
	flat := strings.Join(strings.Fields(out), " ")
	if !strings.Contains(out, "--theme") {
		return
	}
	for _, want := range []string{"PATHWAYS_CATALOGUE, e.g. --catalogue mytrust.toml", "the explorer asks the terminal otherwise"} {
		if !strings.Contains(flat, want) {
			t.Errorf("pathways %q lost %q:\n%s", args, want, out)
		}
	}
}

func TestWrapHelpLine(t *testing.T) {
	row := "    --theme           Colours for THEME dark, light or high-contrast (the explorer asks the terminal otherwise)"
	want := "    --theme           Colours for THEME dark, light or high-contrast (the\n" +
		"                      explorer asks the terminal otherwise)"
	if got := wrapHelpLine(row, 80); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := wrapHelpLine("  short  line   ", 80); got != "  short  line   " {
		t.Errorf("a line that fits changed: %q", got)
	}
	if got := wrapHelpLine("x"+strings.Repeat(" ", 90), 80); got != "x" {
		t.Errorf("padding kept: %q", got)
	}
	for _, tt := range []struct {
		args []string
		want bool
	}{{[]string{"--help"}, true}, {[]string{"role", "-h"}, true}, {[]string{"help", "route"}, true},
		{[]string{"role", "help"}, false}, {[]string{"route", "--", "--help"}, false}, {[]string{"--help=false"}, false}} {
		if got := wantsHelp(tt.args); got != tt.want {
			t.Errorf("wantsHelp(%q) = %v", tt.args, got)
		}
	}
}
