package ansi

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// pathways: the contents of inline <script> and <style> elements are not
// text. goldmark gives "a <script>x</script> b" inside a paragraph as the
// raw HTML "<script>", the text "x" and the raw HTML "</script>", and
// SanitizeHTML sees each tag alone, so "x" was shown. dropScripts removes
// the nodes between an opening and its closing tag, or to the end of the
// enclosing block when the tag is never closed, as a browser would.
// (HTML blocks hold their whole element and are handled by SanitizeHTML.)
func dropScripts(doc ast.Node, source []byte) {
	var opens []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Kind() == ast.KindRawHTML {
			if name := openingTag(rawText(n, source)); name == "script" || name == "style" {
				opens = append(opens, n)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, open := range opens {
		if open.Parent() == nil {
			continue // already removed, inside another
		}
		name := openingTag(rawText(open, source))
		parent := open.Parent()
		for n := open.NextSibling(); n != nil; {
			next := n.NextSibling()
			if n.Kind() == ast.KindRawHTML && isClosingTag(rawText(n, source), name) {
				break
			}
			parent.RemoveChild(parent, n)
			n = next
		}
	}
}

func rawText(n ast.Node, source []byte) string {
	raw, ok := n.(*ast.RawHTML)
	if !ok {
		return ""
	}
	var b strings.Builder
	for i := 0; i < raw.Segments.Len(); i++ {
		seg := raw.Segments.At(i)
		b.Write(seg.Value(source))
	}
	return b.String()
}

// openingTag is the lower-case name of an opening tag ("<script src=x>"
// gives "script"), or "".
func openingTag(s string) string {
	if !strings.HasPrefix(s, "<") || strings.HasPrefix(s, "</") || strings.HasSuffix(s, "/>") {
		return ""
	}
	name := s[1:]
	if i := strings.IndexAny(name, " \t\r\n/>"); i >= 0 {
		name = name[:i]
	}
	return strings.ToLower(name)
}

// isClosingTag reports whether s is "</name>", in any case.
func isClosingTag(s, name string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "</") || !strings.HasSuffix(s, ">") {
		return false
	}
	return strings.TrimSpace(s[2:len(s)-1]) == name
}
