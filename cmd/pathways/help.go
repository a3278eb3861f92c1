package main

import (
	"image/color"

	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"
)

// helpColours are the colours of help text: the terminal's own foreground
// and background, with the 16 ANSI colours (which every terminal theme
// adapts to light or dark) for titles, commands, flags and quoted text. So
// help reads on any background without asking the terminal which it has.
func helpColours(lipgloss.LightDarkFunc) fang.ColorScheme {
	none := lipgloss.NoColor{}
	return fang.ColorScheme{
		Base: none, Title: lipgloss.Blue, Description: none, Codeblock: none, Program: lipgloss.Cyan,
		DimmedArgument: none, Comment: none, Flag: lipgloss.Magenta, FlagDefault: none,
		Command: lipgloss.Cyan, QuotedString: lipgloss.Green, Argument: none, Help: none, Dash: none,
		ErrorHeader: [2]color.Color{lipgloss.Black, lipgloss.Red}, ErrorDetails: lipgloss.Red,
	}
}
