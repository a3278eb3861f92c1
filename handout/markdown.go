package handout

import (
	"fmt"
	"strings"
)

// Markdown writes a handout as CommonMark: a title, the lead, key facts
// as a list, each section, the sources with their addresses, and a footer
// with the date, catalogue version and the command that reopens the same
// screen. Catalogue text has "\", "<", "[", "]", "*", "_" and "`"
// escaped, so it never becomes markup or HTML when rendered.
func Markdown(d Doc) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# %s\n\n", esc(d.Title))
	if d.Lead != "" {
		p("%s\n\n", esc(d.Lead))
	}
	fields(&b, d.Facts, "")
	for _, s := range d.Sections {
		if s.Heading != "" {
			p("## %s\n\n", esc(s.Heading))
		}
		for _, para := range s.Paras {
			p("%s\n\n", esc(para))
		}
		fields(&b, s.Fields, "")
		if len(s.List) > 0 {
			for _, item := range s.List {
				p("- %s\n", esc(item))
			}
			p("\n")
		}
		for _, st := range s.Steps {
			head := esc(st.To)
			if st.Number > 0 {
				head = fmt.Sprintf("Step %d: %s → %s", st.Number, esc(st.From), esc(st.To))
			}
			p("### %s\n\n", head)
			if st.Band != "" {
				p("%s\n\n", esc(st.Band))
			}
			fields(&b, st.Fields, "")
		}
		if s.Pair != nil {
			for _, side := range []struct {
				title string
				words []string
			}{{s.Pair.ATitle, s.Pair.A}, {s.Pair.BTitle, s.Pair.B}} {
				p("- **%s:**", esc(side.title))
				if len(side.words) == 1 {
					p(" %s\n", esc(side.words[0]))
					continue
				}
				p("\n")
				for _, w := range side.words {
					p("  - %s\n", esc(w))
				}
			}
			p("\n")
		}
	}
	if len(d.Sources) > 0 {
		p("## Sources\n\n")
		for _, src := range d.Sources {
			switch {
			case src.Title != "" && src.URL != "":
				p("- %s: <%s>\n", esc(src.Title), urlText(src.URL))
			case src.URL != "":
				p("- <%s>\n", urlText(src.URL))
			default:
				p("- %s\n", esc(src.Title))
			}
		}
		p("\n")
	}
	p("---\n\nMade on %s from the %s. To open this in pathways: `%s`\n",
		esc(d.Date), esc(d.Catalogue), strings.ReplaceAll(d.Reopen, "`", ""))
	return b.String()
}

// fields writes labelled facts as a list.
func fields(b *strings.Builder, fs []Field, indent string) {
	if len(fs) == 0 {
		return
	}
	for _, f := range fs {
		fmt.Fprintf(b, "%s- **%s:**", indent, esc(f.Label))
		if f.Text != "" {
			fmt.Fprintf(b, " %s", esc(f.Text))
		}
		b.WriteString("\n")
		for _, item := range f.List {
			fmt.Fprintf(b, "%s  - %s\n", indent, esc(item))
		}
	}
	b.WriteString("\n")
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "<", `\<`, "[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`, "`", "\\`")

// esc keeps catalogue text from becoming Markdown or HTML; a line that
// would start a heading, list or quote gets a backslash before its mark.
func esc(s string) string {
	s = mdEscaper.Replace(strings.Join(strings.Fields(s), " "))
	if s != "" && strings.ContainsRune("#>+-=|", rune(s[0])) {
		s = `\` + s
	}
	return s
}

// urlText keeps an address inside <...> whole: spaces and angle brackets
// are percent-encoded.
func urlText(u string) string {
	return strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E").Replace(u)
}
