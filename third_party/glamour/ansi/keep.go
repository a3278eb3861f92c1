package ansi

// What pathways adds so that wrapping loses nothing (see PATCHES.md): a URL
// is never split across lines, and a hard line break or <br> survives the
// paragraph's joining of lines.
//
// While a document is rendered, each URL written out stands as a
// placeholder: one rune naming it, then filler runes, as wide as the URL or
// as the block it is in, whichever is less. Wrapping sees one word that
// fits and never breaks it; when the document is finished the placeholders
// become the URLs again, so a URL longer than its block has a line of its
// own and runs past the width rather than being cut.

import (
	"strings"

	"charm.land/lipgloss/v2"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

const (
	urlFirst  = '\uE000' // first rune of a placeholder: urlFirst + index
	urlLast   = '\uF8FC' // last index rune
	urlFill   = '\uF8FD' // filler
	hardBreak = '\uF8FE' // a hard line break inside a paragraph
)

// keepState is shared by every copy of a RenderContext.
type keepState struct {
	urls []string
	off  bool // the source holds private-use runes of its own
}

// begin starts a document.
func (k *keepState) begin(source []byte) {
	k.urls = k.urls[:0]
	k.off = false
	for _, r := range string(source) {
		if r >= urlFirst && r <= hardBreak {
			k.off = true
			return
		}
	}
}

// placeholder stands for url in a block of the given width (0: no wrap).
func (k *keepState) placeholder(url string, width int) string {
	if k.off || urlFirst+rune(len(k.urls)) > urlLast {
		return url
	}
	n := ansi.StringWidth(url)
	if width > 0 {
		n = min(n, width)
	}
	k.urls = append(k.urls, url)
	return string(urlFirst+rune(len(k.urls)-1)) + strings.Repeat(string(urlFill), max(n-1, 0))
}

// lineBreak is what a hard line break writes.
func (k *keepState) lineBreak() string {
	if k.off {
		return "\n"
	}
	return string(hardBreak)
}

// restore puts the URLs and line breaks back.
func (k *keepState) restore(s string) string {
	if k.off || (len(k.urls) == 0 && !strings.ContainsRune(s, hardBreak)) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == hardBreak:
			b.WriteByte('\n')
		case r == urlFill:
		case r >= urlFirst && r <= urlLast && int(r-urlFirst) < len(k.urls):
			b.WriteString(k.urls[r-urlFirst])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isBreakTag reports whether raw HTML is <br>, <br/> or <br />.
func isBreakTag(s string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	return s == "<br>" || s == "<br/>"
}

// breakLongWords wraps a table cell whose words are too long for its share
// of the width (at least 8 columns), breaking the long words: upstream's
// table then had to shrink other columns below their own words, and cut
// them, header cells included, to "…".
func breakLongWords(cell string, width, cols int) string {
	if width <= 0 || cols <= 0 {
		return cell
	}
	limit := max(width/cols-3, 8)
	for _, w := range strings.Fields(ansi.Strip(cell)) {
		if ansi.StringWidth(w) > limit {
			return ansi.Wrap(cell, limit, "")
		}
	}
	return cell
}

// wrapCode breaks code lines longer than width, each continuation indented
// like its line: upstream left them to the enclosing block's wrapping,
// which put them at the left edge, outside the code block.
func wrapCode(code string, width int) string {
	if width < 8 {
		return code
	}
	lines := strings.Split(code, "\n")
	for i, l := range lines {
		if ansi.StringWidth(l) <= width {
			continue
		}
		rest := strings.TrimLeft(l, " ")
		lead := strings.Repeat(" ", min(len(l)-len(rest), width/2))
		parts := strings.Split(ansi.Wrap(rest, width-len(lead), ""), "\n")
		lines[i] = lead + strings.Join(parts, "\n"+lead)
	}
	return strings.Join(lines, "\n")
}

// wrapBlock wraps a block's text as upstream does, also at ",.;-+|", unless
// that leaves a line wider than width: wrapping at a breakpoint can keep
// one character past the width, and the terminal or the screen then cuts
// or wraps the line's last word. Then it wraps at spaces only.
func wrapBlock(s string, width int) string {
	out := lipgloss.Wrap(s, width, " ,.;-+|")
	if width <= 0 {
		return out
	}
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > width {
			return lipgloss.Wrap(s, width, "")
		}
	}
	return out
}
