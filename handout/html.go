package handout

import (
	_ "embed"
	"html/template"
	"strings"
	"sync"
)

//go:embed page.html
var pageHTML string

//go:embed page.css
var pageCSS string

// page is parsed on first use, not at start-up: most runs never write a handout.
var page = sync.OnceValue(func() *template.Template { return template.Must(template.New("page").Parse(pageHTML)) })

// HTML writes a handout as one self-contained HTML page: inline CSS (a
// print stylesheet that fits a route on A4, and a layout that reads at
// phone width), no script, no outside fonts, images or stylesheets; the
// only links are the sources' own web addresses. html/template escapes
// all catalogue text, and drops any address that is not http or https.
func HTML(d Doc) string {
	var b strings.Builder
	data := struct {
		Doc
		CSS      template.CSS
		KindName string
	}{d, template.CSS(pageCSS), kindNames[d.Kind]}
	if err := page().Execute(&b, data); err != nil {
		// The template is fixed and the data plain strings: this cannot
		// happen short of a bug, which a test would catch.
		panic("handout: " + err.Error())
	}
	return b.String()
}

var kindNames = map[string]string{"role": "a role", "route": "a route", "case": "a case study", "compare": "two roles compared"}
