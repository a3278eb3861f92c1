package catalogue

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Clean makes untrusted catalogue text safe to show on a terminal: it drops
// escape sequences (colour, cursor movement, OSC 52 clipboard writes, window
// titles, hyperlinks) and every other control character but newline and tab.
func Clean(s string) string {
	if !needsClean(s) {
		return s
	}
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return -1
		case (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
			return -1 // bidirectional overrides can disguise text
		}
		return r
	}, s)
}

func needsClean(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') {
			return true
		}
	}
	return false
}
