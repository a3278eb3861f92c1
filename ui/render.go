package ui

import (
	"fmt"
	"regexp"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	gstyles "charm.land/glamour/v2/styles"

	"github.com/nhs-pathways/pathways/catalogue"
)

// renderKey names one rendering of a case study: the same text at the same
// width in the same theme is rendered once.
type renderKey struct {
	id    string
	width int
	theme string // theme name and background
}

// renderedMsg carries a finished rendering back to Update.
type renderedMsg struct {
	key renderKey
	out string
	err error
}

func themeKey(st *styles) string {
	if st.dark {
		return st.theme + "/dark"
	}
	return st.theme + "/light"
}

// renderCase renders a case study's Markdown off the update loop. Glamour's
// renderer is not safe across goroutines, so each call makes its own.
func renderCase(k renderKey, body string) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = renderedMsg{key: k, err: fmt.Errorf("could not lay out this case study: %v", r)}
			}
		}()
		out, err := renderMarkdown(body, k.width, k.theme)
		return renderedMsg{key: k, out: out, err: err}
	}
}

// RenderMarkdown renders untrusted Markdown for a terminal in a theme
// ("dark", "light", "high-contrast"): the text is cleaned first, and the
// OSC 8 hyperlinks glamour always writes are taken out, so that nothing
// from a catalogue becomes a live link or an escape sequence.
func RenderMarkdown(body string, width int, theme string) (string, error) {
	return renderMarkdown(body, width, theme+"/dark")
}

// hyperlinks matches OSC 8 hyperlinks, ended by BEL or ST.
var hyperlinks = regexp.MustCompile("\x1b\\]8;[^\x07\x1b]*(?:\x07|\x1b\\\\)")

func renderMarkdown(body string, width int, theme string) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStyles(glamourStyle(theme)),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return "", err
	}
	out, err := r.Render(catalogue.Clean(body))
	if err != nil {
		return "", err
	}
	return strings.Trim(hyperlinks.ReplaceAllString(out, ""), "\n"), nil
}

// glamourStyle picks a stock style and drops what makes it slow or
// unreadable here: the document colour (the terminal's own is best) and the
// margin (the screen has its own).
func glamourStyle(theme string) gansi.StyleConfig {
	var s gansi.StyleConfig
	switch theme {
	case themeDark + "/dark", themeDark + "/light":
		s = gstyles.DarkStyleConfig
	case themeLight + "/dark", themeLight + "/light":
		s = gstyles.LightStyleConfig
	default: // high contrast and no colour: no colours at all
		s = gstyles.ASCIIStyleConfig
		bold := true
		s.Heading.Bold = &bold
		s.Strong.Bold = &bold
	}
	zero := uint(0)
	s.Document.Color = nil
	s.Document.Margin = &zero
	s.Paragraph.Color = nil
	return s
}
