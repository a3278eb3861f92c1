package main

import (
	"strings"
	"testing"
)

// After SGR 39 and 49 the text must be drawn in the default colours again:
// freeze alone keeps the previous ones.
func TestNormaliseDefaultColours(t *testing.T) {
	in := "\x1b[38;2;1;2;3m\x1b[48;5;196mab\x1b[39m\x1b[49mcd\n"
	got := normalise(in, "#dddddd", "#171717", 6, 2)
	want := "\x1b[0m\x1b[38;2;1;2;3m\x1b[48;2;255;0;0mab" +
		"\x1b[0m\x1b[38;2;221;221;221mcd  \x1b[0m\n" +
		"\x1b[0m\x1b[38;2;221;221;221m      \x1b[0m\n"
	if got != want {
		t.Errorf("normalise:\n got %q\nwant %q", got, want)
	}
}

func TestNormaliseDropsOtherEscapes(t *testing.T) {
	got := normalise("\x1b[1mA\x1b]8;;x\x07\x1b[?25lB\tC\x1b]8;;\x1b\\\n", "#000000", "#ffffff", 3, 1)
	if want := "\x1b[0m\x1b[38;2;0;0;0mABC\x1b[0m\n"; got != want {
		t.Errorf("normalise:\n got %q\nwant %q", got, want)
	}
}

func TestXterm(t *testing.T) {
	for n, want := range map[int]string{1: "#cd0000", 16: "#000000", 196: "#ff0000", 231: "#ffffff", 232: "#080808", 255: "#eeeeee"} {
		if got := xterm(n); got != want {
			t.Errorf("xterm(%d) = %s, want %s", n, got, want)
		}
	}
}

// A highlight at column 60 moves onto JetBrains Mono's 8.4 px grid and
// loses freeze's extra half cell.
func TestFixSVG(t *testing.T) {
	in := `<g font-family="JetBrains Mono"><rect fill="#005eb8" x="520.00px" y="306.84px" height="17.80px" width="162.50000px"/><text x="20.00px" y="1px">`
	got := fixSVG(in)
	for _, want := range []string{`x="524.00px"`, `width="160.10px"`, `'DejaVu Sans Mono'`} {
		if !strings.Contains(got, want) {
			t.Errorf("fixSVG lacks %s:\n%s", want, got)
		}
	}
}
