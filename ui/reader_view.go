package ui

import (
	"fmt"
	"strings"
)

// meta is who and where the case study comes from, its summary, themes,
// roles (links), note and sources, wrapped to w: the side pane when wide,
// the top of the document when narrow.
func (r *reader) meta(w int) []line {
	st, cat := r.sh.st, r.sh.cat
	c := cat.Case(r.id)
	var out []line
	text := func(s []string) {
		for _, l := range s {
			out = append(out, line{text: l})
		}
	}
	if c == nil {
		text(st.wrap(st.Warn, "There is no case study "+clean(r.id)+" in this catalogue.", w))
		return out
	}
	text(st.wrap(st.Title, clean(c.Title), w))
	text(st.wrap(st.Muted, caseFrom(cat, c), w))
	if c.Summary != "" {
		out = append(out, line{})
		text(st.wrap(st.Text, clean(c.Summary), w))
	}
	if len(c.Themes) > 0 {
		out = append(out, line{})
		text(st.wrap(st.Muted, "Themes: "+clean(strings.Join(c.Themes, ", ")), w))
	}
	if len(c.Roles) > 0 {
		out = append(out, line{}, line{text: st.Heading.Render("Roles (tab, enter)")})
		for _, id := range c.Roles {
			out = append(out, linkLines(roleTitle(cat, id), openRole{id: id}, w)...)
		}
	}
	if c.Note != "" {
		out = append(out, line{}, line{text: st.Heading.Render("Note")})
		text(st.wrap(st.Muted, clean(c.Note), w))
	}
	if len(c.Sources) > 0 {
		out = append(out, line{}, line{text: st.Heading.Render("Sources")})
		for _, s := range c.Sources {
			text(st.wrap(st.Muted, sourceText(cat, s), w))
		}
	}
	return out
}

// storyLines is the rendered story, with the matches of a search marked.
func (r *reader) storyLines() []string {
	st := r.sh.st
	switch {
	case r.failed != "":
		return st.wrap(st.Warn, r.failed, r.textW)
	case r.lines == nil:
		return []string{st.Muted.Render("Laying out the story…")}
	}
	if len(r.matches) == 0 {
		return r.lines
	}
	out := append([]string(nil), r.lines...)
	q := strings.ToLower(strings.TrimSpace(r.query))
	for i, at := range r.matches {
		out[at] = highlight(st, r.plain[at], q, i == r.hit)
	}
	return out
}

// highlight marks every match of q in a plain line; the current one is
// also reversed.
func highlight(st *styles, plain, q string, current bool) string {
	lower := strings.ToLower(plain)
	var b strings.Builder
	for {
		i := strings.Index(lower, q)
		if i < 0 || q == "" || len(lower) != len(plain) {
			b.WriteString(plain)
			break
		}
		b.WriteString(plain[:i])
		m := st.Match
		if current {
			m = m.Reverse(true)
		}
		b.WriteString(m.Render(plain[i : i+len(q)]))
		plain, lower = plain[i+len(q):], lower[i+len(q):]
	}
	return b.String()
}

// status is the line under the story: search, matches, or which pane has
// the keys.
func (r *reader) status() string {
	st := r.sh.st
	switch {
	case r.searching:
		return r.search.view(st, true)
	case r.query != "" && len(r.matches) == 0:
		return st.Warn.Render(fitText("No match for “"+clean(r.query)+"” · esc clears", r.textW))
	case r.query != "":
		return st.Muted.Render(fitText(fmt.Sprintf("Match %d of %d for “%s” · n/N next/previous · esc clears", r.hit+1, len(r.matches), clean(r.query)), r.textW))
	case r.wide() && r.focus == 1:
		return st.Muted.Render(fitText("The side pane has the keys · tab: back to the story", r.textW))
	case r.wide():
		return st.Muted.Render(fitText("tab: the side pane (summary, roles, note, sources)", r.textW))
	}
	return ""
}

func (r *reader) view() string {
	st := r.sh.st
	if !r.wide() {
		status := r.status()
		if status == "" { // the document has the whole height
			r.one.resize(r.textW, r.h)
			return strings.Join(r.one.view(st), "\n")
		}
		r.one.resize(r.textW, max(r.h-1, 1))
		return strings.Join(append(r.one.view(st), status), "\n")
	}
	lw, _ := split(r.w, 30, 40)
	left := append(box(r.story.view(st), r.textW, r.h-1), r.status())
	return panes(st, left, r.side.view(st), r.textW, lw, r.h)
}
