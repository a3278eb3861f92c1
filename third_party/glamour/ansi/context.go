package ansi

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// RenderContext holds the current rendering options and state.
type RenderContext struct {
	options Options

	blockStack *BlockStack
	table      *TableElement

	keep *keepState // pathways: whole URLs, kept line breaks (keep.go)
}

// NewRenderContext returns a new RenderContext.
func NewRenderContext(options Options) RenderContext {
	return RenderContext{
		options:    options,
		blockStack: &BlockStack{},
		table:      &TableElement{},
		keep:       &keepState{},
	}
}

// SanitizeHTML returns the text of HTML content without its tags, comments
// and doctype, character references decoded, and without the content of
// elements that are not text (script, style, title, object, frames; the
// list bluemonday's StrictPolicy skips).
//
// pathways patch: upstream uses bluemonday.StrictPolicy() here, whose
// packages (with gorilla/css and douceur) compile some 7 ms of regular
// expressions at init. The result is the same: bluemonday escapes the text
// and upstream then unescaped it again.
func (ctx RenderContext) SanitizeHTML(s string, trimSpaces bool) string {
	s = stripHTML(s)
	if trimSpaces {
		s = strings.TrimSpace(s)
	}
	return s
}

// skipContent names the elements whose text is dropped with them.
var skipContent = map[string]bool{
	"frame": true, "frameset": true, "iframe": true, "noembed": true,
	"noframes": true, "noscript": true, "nostyle": true, "object": true,
	"script": true, "style": true, "title": true,
}

// stripHTML keeps only the text tokens of s outside skipContent elements.
func stripHTML(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skipping := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if skipContent[string(bytes.ToLower(name))] {
				skipping++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipContent[string(bytes.ToLower(name))] && skipping > 0 {
				skipping--
			}
		case html.TextToken:
			if skipping == 0 {
				b.Write(z.Text())
			}
		}
	}
}
