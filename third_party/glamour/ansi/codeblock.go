package ansi

import (
	"io"
)

// A CodeBlockElement is used to render code blocks.
//
// pathways patch: upstream highlights code with chroma, whose package
// initialisation decodes every embedded lexer and style (~18 ms and ~4 MB of
// allocations before main). This copy writes the code as plain text in the
// code block's style; Language is kept for callers but not used.
type CodeBlockElement struct {
	Code     string
	Language string
}

// Render renders a CodeBlockElement as plain, indented text.
func (e *CodeBlockElement) Render(w io.Writer, ctx RenderContext) error {
	bs := ctx.blockStack

	var indentation uint
	var margin uint
	rules := ctx.options.Styles.CodeBlock
	if rules.Indent != nil {
		indentation = *rules.Indent
	}
	if rules.Margin != nil {
		margin = *rules.Margin
	}

	iw := NewIndentWriter(w, int(indentation+margin), func(_ io.Writer) {
		_, _ = renderText(w, bs.Current().Style.StylePrimitive, " ")
	})
	defer iw.Close() //nolint:errcheck

	el := &BaseElement{
		Token: wrapCode(e.Code, int(bs.Width(ctx))-int(indentation+margin)), // pathways: keep.go
		Style: rules.StylePrimitive,
	}

	return el.Render(iw, ctx)
}
