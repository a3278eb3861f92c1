package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Theme names, as given to Options.Theme.
const (
	themeDark         = "dark"
	themeLight        = "light"
	themeHighContrast = "high-contrast"
	themeNoColour     = "no-colour"
)

// palette is the few semantic colours every style is built from. A nil
// colour means the terminal's own foreground or background, which is always
// readable.
type palette struct {
	text, muted, accent, accent2, warn color.Color
	selFg, selBg, matchFg, matchBg     color.Color
	border                             color.Color
}

// paletteFor gives the palette of a theme on a dark or light background.
func paletteFor(theme string, dark bool) palette {
	ld := lipgloss.LightDark(dark)
	c := lipgloss.Color
	switch theme {
	case themeNoColour:
		return palette{}
	case themeHighContrast:
		return palette{
			accent:  ld(c("#0000AA"), c("#FFFF00")),
			accent2: ld(c("#000000"), c("#FFFFFF")),
			warn:    ld(c("#8B0000"), c("#FFAF00")),
			selFg:   ld(c("#FFFFFF"), c("#000000")),
			selBg:   ld(c("#000000"), c("#FFFF00")),
			matchFg: ld(c("#FFFFFF"), c("#000000")),
			matchBg: ld(c("#8B0000"), c("#00FFFF")),
			border:  ld(c("#000000"), c("#FFFFFF")),
		}
	}
	return palette{
		muted:   ld(c("#595959"), c("#A0A0A0")),
		accent:  ld(c("#005EB8"), c("#76B7FF")), // NHS blue, lightened for dark terminals
		accent2: ld(c("#00703C"), c("#7BD389")),
		warn:    ld(c("#A35200"), c("#FFB454")),
		selFg:   c("#FFFFFF"),
		selBg:   c("#005EB8"),
		matchFg: c("#000000"),
		matchBg: c("#FFD54F"),
		border:  ld(c("#B0B0B0"), c("#4E4E4E")),
	}
}

// styles is every style the screens use, built once per theme from one
// palette.
type styles struct {
	theme string
	dark  bool

	Title, Heading, Text, Muted, Accent, Warn lipgloss.Style
	Selected, Match, Link, Border, Key, Bar   lipgloss.Style
	Help                                      help.Styles
}

func fg(s lipgloss.Style, c color.Color) lipgloss.Style {
	if c == nil {
		return s
	}
	return s.Foreground(c)
}

func newStyles(theme string, dark bool) *styles {
	p := paletteFor(theme, dark)
	n := lipgloss.NewStyle
	st := &styles{theme: theme, dark: dark}
	st.Title = fg(n().Bold(true), p.accent)
	st.Heading = fg(n().Bold(true), p.accent2)
	st.Text = fg(n(), p.text)
	st.Muted = fg(n(), p.muted)
	st.Accent = fg(n(), p.accent)
	st.Warn = fg(n(), p.warn)
	st.Link = fg(n(), p.accent)
	st.Border = fg(n(), p.border)
	st.Key = fg(n().Bold(true), p.accent)
	st.Bar = fg(n(), p.muted)
	if p.selBg == nil {
		st.Selected = n().Reverse(true).Bold(true)
		st.Match = n().Underline(true).Bold(true)
	} else {
		st.Selected = n().Foreground(p.selFg).Background(p.selBg).Bold(true)
		st.Match = n().Foreground(p.matchFg).Background(p.matchBg)
	}
	if theme == themeNoColour || theme == themeHighContrast {
		st.Heading = st.Heading.Underline(true)
	}
	st.Help = help.Styles{
		Ellipsis:       st.Muted,
		ShortKey:       st.Key,
		ShortDesc:      st.Muted,
		ShortSeparator: st.Muted,
		FullKey:        st.Key,
		FullDesc:       st.Text,
		FullSeparator:  st.Muted,
	}
	return st
}
