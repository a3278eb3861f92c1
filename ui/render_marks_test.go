package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCaseMarkdownMarks: in every theme, headings of every level show no
// literal "#" (they are styled instead), the contents of inline script
// and style elements are dropped, and an image shows its alt text and its
// address as written (no "/" added).
func TestCaseMarkdownMarks(t *testing.T) {
	body := "# Top heading\n\nText.\n\n## What they did\n\nMore <script>alert(1)</script> and <STYLE>p{color:red}</STYLE> text.\n\n### Third\n\n![a pic](pic.png)\n"
	for _, th := range []string{themeDark, themeLight, themeHighContrast, themeNoColour} {
		out, err := RenderMarkdown(body, 60, th)
		if err != nil {
			t.Fatal(err)
		}
		plain := ansi.Strip(out)
		for _, bad := range []string{"#", "alert", "color:red", "/pic.png"} {
			if strings.Contains(plain, bad) {
				t.Errorf("%s: %q shown:\n%s", th, bad, plain)
			}
		}
		for _, good := range []string{"Top heading", "What they did", "Third", "More", "text.", "a pic", "pic.png"} {
			if !strings.Contains(plain, good) {
				t.Errorf("%s: %q missing:\n%s", th, good, plain)
			}
		}
	}
}
