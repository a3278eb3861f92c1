package plain

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/nhs-pathways/pathways/catalogue"
)

// safeWriter is the last filter before the terminal: it passes printable
// text and newlines only. Escape sequences lose their ESC and so cannot
// act; every other control character (C0 but newline, DEL, C1, and the
// bidirectional overrides) is dropped, tabs become spaces, and bytes that
// are not UTF-8 are dropped. A character split across writes is held back
// until the rest of it arrives.
type safeWriter struct {
	w    io.Writer
	pend []byte
}

func (s *safeWriter) Write(p []byte) (int, error) {
	buf := append(s.pend, p...)
	out := make([]byte, 0, len(buf))
	i := 0
	for i < len(buf) {
		r, n := utf8.DecodeRune(buf[i:])
		if r == utf8.RuneError && n <= 1 {
			if !utf8.FullRune(buf[i:]) {
				break // the rest of the character is still to come
			}
			i++ // not UTF-8: drop the byte
			continue
		}
		switch {
		case r == '\n':
			out = append(out, '\n')
		case r == '\t':
			out = append(out, ' ')
		case allowed(r):
			out = append(out, buf[i:i+n]...)
		}
		i += n
	}
	s.pend = append([]byte(nil), buf[i:]...)
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// allowed reports whether a character may reach the terminal.
func allowed(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return false
	case (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
		return false
	}
	return true
}

// printer writes lines of plain text. It never wraps: one idea is one
// line, and the terminal (or a screen reader's line-by-line reading) does
// the wrapping, so no sentence is broken into fragments.
type printer struct {
	w   *bufio.Writer
	err error
}

func newPrinter(w io.Writer) *printer {
	return &printer{w: bufio.NewWriter(&safeWriter{w: w})}
}

func (p *printer) write(s string) {
	if p.err != nil {
		return
	}
	_, p.err = p.w.WriteString(s)
}

func (p *printer) flush() error {
	if p.err == nil {
		p.err = p.w.Flush()
	}
	return p.err
}

// line writes one line of our own text, which must not need wrapping.
func (p *printer) line(s string) { p.write(strings.TrimRight(s, " ") + "\n") }

// blank writes an empty line.
func (p *printer) blank() { p.write("\n") }

// para writes text on one line after first.
func (p *printer) para(first, text string) {
	for _, l := range lineOf(first, text) {
		p.line(l)
	}
}

// lineOf is text cleaned and folded onto one line after first, or nothing
// when there is no text.
func lineOf(first, text string) []string {
	text = tidy(text)
	if text == "" {
		return nil
	}
	return []string{strings.TrimRight(first+text, " ")}
}

// field writes "Label: value", wrapped, when there is a value.
func (p *printer) field(label, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	p.para(label+": ", value)
}

// tidy cleans catalogue text and folds it onto one line: one idea per line,
// and the terminal does the wrapping.
func tidy(s string) string {
	return strings.Join(strings.Fields(catalogue.Clean(s)), " ")
}
