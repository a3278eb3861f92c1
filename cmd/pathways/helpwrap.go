package main

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// helpWriter holds the help that fang writes, which lays commands and
// options out in two columns but never wraps the second, so that at 80
// columns a terminal would break descriptions mid-word. flush writes it
// with each over-long line wrapped at spaces under its own column.
type helpWriter struct {
	out   *checkedWriter
	width int
	buf   bytes.Buffer
}

func (h *helpWriter) Write(p []byte) (int, error) { return h.buf.Write(p) }

// Fd is the descriptor of stdout, so that help keeps its colours on a
// terminal.
func (h *helpWriter) Fd() uintptr { return h.out.Fd() }

func (h *helpWriter) flush() {
	if h.buf.Len() == 0 {
		return
	}
	text := strings.TrimSuffix(h.buf.String(), "\n")
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		b.WriteString(wrapHelpLine(l, h.width))
		b.WriteByte('\n')
	}
	io.WriteString(h.out, b.String())
}

// column finds where the second column of a help row starts: after the
// leading spaces and a name (words one space apart), at the first text
// after two or more spaces.
var column = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ +\S+(?: \S+)*  +`) })

// wrapHelpLine wraps one line of help (which may hold styles) to width
// cells: a two-column row under its second column, other text under its
// own indent. A line that fits is unchanged.
func wrapHelpLine(l string, width int) string {
	plain := strings.TrimRight(ansi.Strip(l), " ")
	if ansi.StringWidth(l) <= width {
		return l
	}
	// Padding after the text goes, so that it never spills onto a line of
	// its own; a style left open is closed.
	l = ansi.Truncate(l, ansi.StringWidth(plain), "")
	if strings.Contains(l, "\x1b") {
		l += ansi.ResetStyle
	}
	if ansi.StringWidth(plain) <= width {
		return l
	}
	col := len(plain) - len(strings.TrimLeft(plain, " "))
	if m := column().FindString(plain); m != "" && ansi.StringWidth(m) <= width-20 {
		col = ansi.StringWidth(m)
	}
	if col > width-20 {
		return l
	}
	head := ansi.Cut(l, 0, col)
	parts := strings.Split(wrap(ansi.Cut(l, col, ansi.StringWidth(plain)), width-col), "\n")
	pad := strings.Repeat(" ", col)
	for i := range parts {
		if i > 0 {
			parts[i] = pad + parts[i]
		}
	}
	return head + strings.Join(parts, "\n")
}

// wantsHelp says whether the command line asks for help (--help or -h
// before any "--", or the help command), read before parsing.
func wantsHelp(args []string) bool {
	for i, a := range args {
		switch {
		case a == "--":
			return false
		case a == "-h" || a == "--help":
			return true
		case strings.HasPrefix(a, "--help="):
			on, _ := strconv.ParseBool(strings.TrimPrefix(a, "--help="))
			return on
		case i == 0 && a == "help":
			return true
		}
	}
	return false
}
