package main

import (
	"fmt"
	"regexp"
	"strconv"
)

// freeze v0.2.2 places background rectangles on a grid of fontSize/1.68
// pixels a cell, but JetBrains Mono (which it embeds) advances 0.6 em a
// cell, so a highlight far right on a line sits up to a cell left of its
// text; and it makes each rectangle half a cell wider than its run.
const (
	freezeCell = 14.0 / 1.68 // pixels a cell, as freeze computes (font size 14)
	fontCell   = 14.0 * 0.6  // pixels a cell, as JetBrains Mono draws
)

var (
	textX      = regexp.MustCompile(`<text x="([0-9.]+)px"`)
	runRect    = regexp.MustCompile(`<rect fill="(#[0-9a-fA-F]{6})" x="([0-9.]+)px" (y="[0-9.]+px" height="[0-9.]+px") width="([0-9.]+)px"/>`)
	fontFamily = regexp.MustCompile(`<g font-family="[^"]*"`)
)

// fixSVG corrects freeze's SVG: each run's background rectangle is moved onto
// the font's own grid and given the run's exact width, and the font family
// names monospace fallbacks for viewers that cannot load the embedded font
// (rsvg-convert), so columns still line up there. Text is untouched.
func fixSVG(svg string) string {
	x0 := 0.0
	if m := textX.FindStringSubmatch(svg); m != nil {
		x0, _ = strconv.ParseFloat(m[1], 64)
	}
	svg = runRect.ReplaceAllStringFunc(svg, func(r string) string {
		m := runRect.FindStringSubmatch(r)
		x, _ := strconv.ParseFloat(m[2], 64)
		w, _ := strconv.ParseFloat(m[4], 64)
		col := (x - x0) / freezeCell
		cells := w/freezeCell - 0.5
		return fmt.Sprintf(`<rect fill="%s" x="%.2fpx" %s width="%.2fpx"/>`,
			m[1], x0+col*fontCell, m[3], cells*fontCell+0.5) // 0.5: no seam between runs
	})
	return fontFamily.ReplaceAllString(svg,
		`<g font-family="'JetBrains Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace"`)
}
