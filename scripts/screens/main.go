// Command screens normalises a tmux capture (tmux capture-pane -e -p) so that
// charmbracelet/freeze draws it with the right colours. It is a build-time
// helper for scripts/screens.sh and is never linked into pathways.
//
//	screens -fg '#dddddd' -bg '#171717' -cols 100 -rows 30 < pane.ans > pane.norm.ans
//	screens -svg < freeze.svg > fixed.svg
//
// freeze v0.2.2 ignores SGR 39 (default foreground) and 49 (default
// background), so text after them keeps the previous colour and a highlight
// bar runs on to the end of the line; it also has its own 16-colour palette.
// This program tracks the SGR state itself and writes every run of text as
// ESC[0m followed by explicit 24-bit colours: the foreground always (-fg for
// the terminal's default), the background only where it differs from the
// default (freeze fills the default with its --background). Each line is
// padded with spaces to -cols cells and the screen to -rows lines, so every
// picture has the same size. Bold, faint and the like are dropped: freeze
// v0.2.2 draws no bold. Other escape sequences are removed.
//
// With -svg it corrects freeze's SVG instead (see fixSVG).
//
// Input is read from stdin, output written to stdout; exit 1 on a read or
// write error, 2 on a bad flag.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// style is the SGR state that matters to the picture: colours as "#rrggbb",
// empty for the terminal's default.
type style struct{ fg, bg string }

func main() {
	fg := flag.String("fg", "#dddddd", "the terminal's default foreground, #rrggbb")
	bg := flag.String("bg", "#171717", "the terminal's default background, #rrggbb (freeze --background)")
	cols := flag.Int("cols", 100, "pad each line to this many cells")
	rows := flag.Int("rows", 30, "pad the screen to this many lines")
	svg := flag.Bool("svg", false, "correct an SVG written by freeze instead")
	flag.Parse()
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "screens:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	if *svg {
		w.WriteString(fixSVG(string(in)))
	} else {
		w.WriteString(normalise(string(in), *fg, *bg, *cols, *rows))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "screens:", err)
		os.Exit(1)
	}
}

// normalise rewrites an ANSI screen as described in the package comment.
func normalise(s, fg, bg string, cols, rows int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for len(lines) < rows {
		lines = append(lines, "")
	}
	var out strings.Builder
	var cur style // carried across lines, as in the terminal
	for _, line := range lines {
		var written *style
		width := 0
		emit := func(r rune) {
			if written == nil || *written != cur {
				c := cur
				written = &c
				f := cur.fg
				if f == "" {
					f = fg
				}
				out.WriteString("\x1b[0m" + sgrRGB(38, f))
				if cur.bg != "" && cur.bg != bg {
					out.WriteString(sgrRGB(48, cur.bg))
				}
			}
			out.WriteRune(r)
			width++ // the explorer draws no wide characters
		}
		for i := 0; i < len(line); {
			if line[i] == 0x1b {
				n, params, final := escape(line[i:])
				if final == 'm' {
					cur = apply(cur, params)
				}
				i += n
				continue
			}
			r, n := utf8.DecodeRuneInString(line[i:])
			i += n
			if r < 0x20 || r == 0x7f {
				continue
			}
			emit(r)
		}
		saved := cur
		cur = style{}
		for width < cols {
			emit(' ')
		}
		cur = saved
		out.WriteString("\x1b[0m\n")
	}
	return out.String()
}

// escape measures the escape sequence at the start of s: its length in
// bytes, its parameters and final byte for a CSI, final 0 for anything else.
func escape(s string) (int, string, byte) {
	if len(s) < 2 {
		return len(s), "", 0
	}
	if s[1] == ']' { // OSC, such as a hyperlink: up to BEL or ESC \
		for j := 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1, "", 0
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2, "", 0
			}
		}
		return len(s), "", 0
	}
	if s[1] != '[' {
		return 2, "", 0
	}
	for j := 2; j < len(s); j++ {
		if s[j] >= 0x40 && s[j] <= 0x7e {
			return j + 1, s[2:j], s[j]
		}
	}
	return len(s), "", 0
}

// apply updates st with one SGR's parameters ("1;38;2;1;2;3").
func apply(st style, params string) style {
	if params == "" {
		return style{}
	}
	p := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	num := func(i int) int {
		if i >= len(p) {
			return 0
		}
		n, _ := strconv.Atoi(p[i])
		return n
	}
	for i := 0; i < len(p); i++ {
		switch v := num(i); {
		case v == 0:
			st = style{}
		case v == 39:
			st.fg = ""
		case v == 49:
			st.bg = ""
		case v >= 30 && v <= 37:
			st.fg = xterm(v - 30)
		case v >= 90 && v <= 97:
			st.fg = xterm(v - 90 + 8)
		case v >= 40 && v <= 47:
			st.bg = xterm(v - 40)
		case v >= 100 && v <= 107:
			st.bg = xterm(v - 100 + 8)
		case v == 38 || v == 48:
			var c string
			switch num(i + 1) {
			case 5:
				c = xterm(num(i + 2))
				i += 2
			case 2:
				c = fmt.Sprintf("#%02x%02x%02x", num(i+2)&255, num(i+3)&255, num(i+4)&255)
				i += 4
			}
			if v == 38 {
				st.fg = c
			} else {
				st.bg = c
			}
		}
	}
	return st
}

// xterm gives colour n (0..255) of xterm's default palette as "#rrggbb".
func xterm(n int) string {
	base := []string{"#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
		"#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff"}
	switch {
	case n < 0 || n > 255:
		return ""
	case n < 16:
		return base[n]
	case n < 232:
		n -= 16
		level := func(x int) int {
			if x == 0 {
				return 0
			}
			return 55 + 40*x
		}
		return fmt.Sprintf("#%02x%02x%02x", level(n/36), level(n/6%6), level(n%6))
	default:
		g := 8 + 10*(n-232)
		return fmt.Sprintf("#%02x%02x%02x", g, g, g)
	}
}

// sgrRGB is the SGR that sets the foreground (38) or background (48) to a
// "#rrggbb" colour.
func sgrRGB(code int, hex string) string {
	v, _ := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	return fmt.Sprintf("\x1b[%d;2;%d;%d;%dm", code, v>>16&255, v>>8&255, v&255)
}
