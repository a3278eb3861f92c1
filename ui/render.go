package ui

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	gstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"

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

// renderTimeout bounds one rendering in the explorer. Within the Markdown
// limits (catalogue.CheckMarkdown) a rendering takes milliseconds; past
// this the text is shown plain instead.
const renderTimeout = 5 * time.Second

// inFlight holds each rendering under way.
var inFlight sync.Map // renderKey → *flight

type flight struct{ cancel context.CancelFunc }

// cancelRenders stops every rendering under way except keep's; their
// results, if any, are errors that Update ignores. The reader calls it when
// the user leaves the screen (renderKey{} keeps none); renderCase calls it
// so that a new rendering supersedes the others.
func cancelRenders(keep renderKey) {
	inFlight.Range(func(k, v any) bool {
		if k.(renderKey) != keep {
			v.(*flight).cancel()
		}
		return true
	})
}

// renderCase renders a case study's Markdown off the update loop. Glamour's
// renderer is not safe across goroutines, so each call makes its own. The
// work is bounded: by the Markdown limits, by renderTimeout and by a newer
// rendering, which cancels this one. A rendering that fails or runs out of
// time gives the text plain, wrapped to the width, under a note.
func renderCase(k renderKey, body string) tea.Cmd {
	cancelRenders(k)
	ctx, cancel := context.WithTimeout(context.Background(), renderTimeout)
	f := &flight{cancel}
	inFlight.Store(k, f)
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = renderedMsg{key: k, out: plainFallback(body, k.width, fmt.Sprint(r))}
			}
			cancel()
			inFlight.CompareAndDelete(k, f)
		}()
		out, err := renderMarkdown(ctx, body, k.width, k.theme, false)
		switch {
		case errors.Is(err, context.Canceled):
			return renderedMsg{key: k, err: err} // superseded: nobody waits
		case err != nil:
			return renderedMsg{key: k, out: plainFallback(body, k.width, err.Error())}
		}
		return renderedMsg{key: k, out: out}
	}
}

// plainFallback is a case study as plain text: cleaned, every escape
// sequence gone, wrapped to width, under a one-line note of why.
func plainFallback(body string, width int, why string) string {
	width = max(width, minRenderWidth)
	note := "This case study could not be laid out (" + why + "); here it is as plain text."
	text := ansi.Strip(catalogue.Clean(body))
	return ansi.Wrap(note, width, "") + "\n\n" + ansi.Wrap(text, width, "")
}

// minRenderWidth is the narrowest width Markdown is laid out at.
const minRenderWidth = 20

// ErrMarkdownLimits is wrapped by the error RenderMarkdown gives for text
// outside the Markdown limits (catalogue.CheckMarkdown).
var ErrMarkdownLimits = errors.New("the text is outside the Markdown limits")

// RenderMarkdown renders untrusted Markdown for a terminal in a theme
// ("dark", "light", "high-contrast", "no-colour"), width in columns
// (at least 20 is used). The text is cleaned first. Text outside the
// Markdown limits is refused with an error wrapping ErrMarkdownLimits that
// names the line. OSC 8 hyperlinks (whose target is the URL written out
// beside the link text) are kept, except in the "no-colour" theme, where
// they are taken out; either way a URL is never split across lines (see
// PATCHES.md in third_party/glamour).
func RenderMarkdown(body string, width int, theme string) (string, error) {
	return renderMarkdown(context.Background(), body, width, theme+"/dark", theme != themeNoColour)
}

// RenderMarkdownContext is RenderMarkdown that stops, with ctx's error,
// soon after ctx is done.
func RenderMarkdownContext(ctx context.Context, body string, width int, theme string) (string, error) {
	return renderMarkdown(ctx, body, width, theme+"/dark", theme != themeNoColour)
}

// hyperlinks matches OSC 8 hyperlinks, ended by BEL or ST.
var hyperlinks = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("\x1b\\]8;[^\x07\x1b]*(?:\x07|\x1b\\\\)") })

// renderMarkdown renders for RenderMarkdown and the explorer; links keeps
// OSC 8 hyperlinks. The explorer leaves them out: it shows a window of the
// lines and captures the mouse, and no catalogue text becomes a live link
// on its screen.
func renderMarkdown(ctx context.Context, body string, width int, theme string, links bool) (string, error) {
	body = catalogue.Clean(body)
	if is := catalogue.CheckMarkdown(body); len(is) > 0 {
		return "", fmt.Errorf("%w: line %d: %s", ErrMarkdownLimits, is[0].Line, is[0].Message)
	}
	return renderGlamour(ctx, body, width, theme, links)
}

// renderGlamour is renderMarkdown without the cleaning and the pre-scan.
func renderGlamour(ctx context.Context, body string, width int, theme string, links bool) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStyles(glamourStyle(theme)),
		glamour.WithWordWrap(max(width, minRenderWidth)),
		glamour.WithContext(ctx),
	)
	if err != nil {
		return "", err
	}
	out, err := r.Render(body)
	if err != nil {
		return "", err
	}
	if !links {
		out = hyperlinks().ReplaceAllString(out, "")
	}
	return strings.Trim(out, "\n"), nil
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
	// Headings are told apart by their style, never by literal "#" marks:
	// the stock styles mark "## " to "###### " but not the first level
	// (dark, light) or mark every level (ASCII). A first-level heading in
	// the colourless styles is underlined as well as bold.
	for _, h := range []*gansi.StyleBlock{&s.H1, &s.H2, &s.H3, &s.H4, &s.H5, &s.H6} {
		if strings.Contains(h.Prefix, "#") {
			h.Prefix = ""
		}
	}
	if s.H1.BackgroundColor == nil {
		underline := true
		s.H1.Underline = &underline
	}
	zero := uint(0)
	s.Document.Color = nil
	s.Document.Margin = &zero
	s.Paragraph.Color = nil
	return s
}
