package ansi

import "testing"

// TestSanitizeHTMLMatchesStrictPolicy pins SanitizeHTML (our replacement for
// bluemonday, see PATCHES.md) to what upstream's bluemonday.StrictPolicy()
// plus html.UnescapeString gave for the same input; the expectations were
// produced by bluemonday v1.0.27.
func TestSanitizeHTMLMatchesStrictPolicy(t *testing.T) {
	ctx := NewRenderContext(Options{})
	for _, c := range []struct{ in, want string }{
		{"<b>bold</b> text", "bold text"},
		{"<p>a &amp; b &lt;c&gt; &quot;q&quot; &#39;s&#39;</p>", "a & b <c> \"q\" 's'"},
		{"<script>alert(1)</script>after", "after"},
		{"<style>p{color:red}</style>x", "x"},
		{"<title>T</title><div>body</div>", "body"},
		{"<!-- comment -->kept", "kept"},
		{"<!DOCTYPE html><p>doc</p>", "doc"},
		{"<iframe src=x>inner</iframe>out", "out"},
		{"<object><b>o</b></object>z", "z"},
		{"<a href=\"javascript:alert(1)\">link</a>", "link"},
		{"<img src=x onerror=alert(1)>", ""},
		{"  <br/>  spaced  ", "spaced"},
		{"<SCRIPT>x</SCRIPT>y", "y"},
		{"<noscript><p>n</p></noscript>m", "m"},
		{"a < b > c", "a < b > c"},
		{"unclosed <b", "unclosed"},
		{"\x1b[31mred\x1b[0m <i>i</i>", "\x1b[31mred\x1b[0m i"},
		{"<details><summary>S</summary>D</details>", "SD"},
	} {
		if got := ctx.SanitizeHTML(c.in, true); got != c.want {
			t.Errorf("SanitizeHTML(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
