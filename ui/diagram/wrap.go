// Package diagram lays out text for the terminal without Bubble Tea:
// two roles compared side by side (CompareText), a map of the roles a role
// leads to (Map), and the same map as an indented tree for narrow screens
// and plain mode (Tree). Every function takes strings from the catalogue
// (cleaned of control sequences) and gives lines of plain text, measured
// in terminal cells; callers add colour.
package diagram

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// width is the number of terminal cells s takes.
func width(s string) int { return ansi.StringWidth(s) }

// wrap breaks s into lines no wider than w cells, at spaces. A word is
// only cut when it is wider than w on its own. w below 1 counts as 1.
func wrap(s string, w int) []string {
	w = max(w, 1)
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		for width(word) > w { // a word too wide for any line
			if line != "" {
				out = append(out, line)
				line = ""
			}
			head := ansi.Truncate(word, w, "")
			out = append(out, head)
			word = word[len(head):]
		}
		switch {
		case line == "":
			line = word
		case width(line)+1+width(word) <= w:
			line += " " + word
		default:
			out = append(out, line)
			line = word
		}
	}
	if line != "" || len(out) == 0 {
		out = append(out, line)
	}
	return out
}

// pad fills s with spaces to w cells.
func pad(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}
