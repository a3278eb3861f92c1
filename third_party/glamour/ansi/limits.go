package ansi

// Bounds added by pathways (see PATCHES.md): upstream glamour recurses once
// per level of inline nesting and halves the width left for each level of
// block nesting, so a small hostile document could overflow the stack or
// take time and memory that grow exponentially with its nesting.

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	astext "github.com/yuin/goldmark/extension/ast"
)

// maxInlineDepth is how many emphasis, link and strikethrough elements are
// rendered inside each other; deeper ones are written as plain text.
const maxInlineDepth = 32

// maxBlockDepth is how many block quotes and lists are laid out inside
// each other; deeper ones add no block of their own (their text is kept).
const maxBlockDepth = 32

// blockTooDeep reports whether node is a block quote or list inside more
// than maxBlockDepth others.
func blockTooDeep(node ast.Node) bool {
	d := 0
	for n := node; n != nil && d <= maxBlockDepth; n = n.Parent() {
		if k := n.Kind(); k == ast.KindBlockquote || k == ast.KindList {
			d++
		}
	}
	return d > maxBlockDepth
}

// minBlockWidth is the narrowest width a nested block quote, list or
// definition list is laid out in; deeper blocks are not indented further.
const minBlockWidth = 20

// inlineTooDeep reports whether node sits inside more than maxInlineDepth
// inline containers. It looks at most maxInlineDepth+1 ancestors.
func inlineTooDeep(node ast.Node) bool {
	d := 0
	for n := node; n != nil && d <= maxInlineDepth; n = n.Parent() {
		switch n.Kind() {
		case ast.KindEmphasis, ast.KindLink, astext.KindStrikethrough:
			d++
		default:
			return false
		}
	}
	return d > maxInlineDepth
}

// plainText is the text of node and everything in it, without recursion.
func plainText(node ast.Node, source []byte) string {
	var b strings.Builder
	stack := []ast.Node{node}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
			continue
		case *ast.String:
			b.Write(t.Value)
			continue
		case *ast.CodeSpan, *ast.RawHTML, *ast.AutoLink:
			// rare this deep; their text is their children's or none
		}
		for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
			stack = append(stack, c)
		}
	}
	return b.String()
}

// fitWidth drops a block's indent and margin when they would leave less
// than minBlockWidth columns (or half the word wrap, if that is less).
func (e *BlockElement) fitWidth(ctx RenderContext) {
	var add uint
	if e.Style.Indent != nil {
		add += *e.Style.Indent
	}
	if e.Style.Margin != nil {
		add += 2 * *e.Style.Margin
	}
	if add == 0 {
		return
	}
	least := uint(min(minBlockWidth, max(ctx.options.WordWrap/2, 1)))
	if w := ctx.blockStack.Width(ctx); w < add+least {
		var zero uint
		e.Style.Indent, e.Style.Margin = &zero, &zero
	}
}
