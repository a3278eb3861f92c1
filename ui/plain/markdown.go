package plain

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/nhs-pathways/pathways/catalogue"
)

var (
	mdLink     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)`) })
	mdAutoLink = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`) })
	mdStrong   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`) })
	mdEmph     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(^|[\s(])[*_](\S(?:[^*_]*?\S)?)[*_]($|[\s).,;:!?])`) })
	mdCode     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("`+([^`]*)`+") })
	mdOrdered  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{1,3})[.)]\s+(.*)$`) })
	mdHTML     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`</?[a-zA-Z][^>]*>`) })
)

// markdown adds a case study's Markdown body to a page as plain lines:
// headings become lines of their own, paragraphs are joined and wrapped,
// list items are bullets, and emphasis, code marks, links and HTML tags
// lose their marks (a link keeps its address in brackets).
func markdown(pg *page, body string) {
	body = catalogue.Clean(body)
	var para []string
	flush := func() {
		if len(para) > 0 {
			pg.say(inline(strings.Join(para, " ")))
			pg.blank()
			para = nil
		}
	}
	fence := false
	for _, raw := range strings.Split(body, "\n") {
		l := strings.TrimSpace(raw)
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			flush()
			fence = !fence
			continue
		}
		if fence {
			if l != "" {
				pg.say(l)
			}
			continue
		}
		switch {
		case l == "":
			flush()
			pg.blank() // after a list, say; render never doubles a blank line
		case strings.HasPrefix(l, "#"):
			flush()
			h := strings.TrimSpace(strings.Trim(l, "#"))
			if h != "" {
				pg.say(inline(h))
				pg.blank()
			}
		case isRule(l):
			flush()
			pg.blank()
		case strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "+ "):
			flush()
			pg.bullet(inline(l[2:]))
		case mdOrdered().MatchString(l):
			flush()
			m := mdOrdered().FindStringSubmatch(l)
			pg.lines = append(pg.lines, pline{first: "(" + m[1] + ") ", text: inline(m[2])})
		case strings.HasPrefix(l, ">"):
			para = append(para, strings.TrimSpace(strings.TrimLeft(l, ">")))
		case strings.HasPrefix(l, "|"):
			flush()
			if cells := tableCells(l); cells != "" {
				pg.say(inline(cells))
			}
		default:
			if len(pg.lines) > 0 && len(para) == 0 {
				// a line straight after a list item continues it
				last := &pg.lines[len(pg.lines)-1]
				if last.text != "" && strings.HasPrefix(raw, "  ") && last.first != "" {
					last.text += " " + inline(l)
					continue
				}
			}
			para = append(para, l)
		}
	}
	flush()
	// no blank line at the end of the story
	for len(pg.lines) > 0 {
		last := pg.lines[len(pg.lines)-1]
		if last.text != "" || last.first != "" {
			break
		}
		pg.lines = pg.lines[:len(pg.lines)-1]
	}
}

// inline removes inline Markdown marks.
func inline(s string) string {
	s = mdCode().ReplaceAllString(s, "$1")
	s = mdLink().ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLink().FindStringSubmatch(m)
		text, url := strings.TrimSpace(sub[1]), sub[2]
		switch {
		case url == "" || url == text:
			return text
		case text == "":
			return url
		}
		return text + " (" + url + ")"
	})
	s = mdAutoLink().ReplaceAllString(s, "$1")
	s = mdHTML().ReplaceAllString(s, "")
	for range 3 {
		s = mdStrong().ReplaceAllString(s, "$2")
		s = mdEmph().ReplaceAllString(s, "$1$2$3")
	}
	s = strings.ReplaceAll(s, `\*`, "*")
	s = strings.ReplaceAll(s, `\_`, "_")
	return s
}

// isRule reports a thematic break: three or more -, * or _ alone.
func isRule(l string) bool {
	l = strings.ReplaceAll(l, " ", "")
	if len(l) < 3 {
		return false
	}
	return strings.Trim(l, "-") == "" || strings.Trim(l, "*") == "" || strings.Trim(l, "_") == ""
}

// tableCells turns a Markdown table row into cells joined by semicolons;
// the row under the header gives "".
func tableCells(l string) string {
	var cells []string
	for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
		c = strings.TrimSpace(c)
		if strings.TrimFunc(c, func(r rune) bool { return r == '-' || r == ':' || unicode.IsSpace(r) }) == "" {
			continue
		}
		cells = append(cells, c)
	}
	return strings.Join(cells, "; ")
}
