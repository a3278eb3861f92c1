package ui

import "strings"

// meta is who and where the case study comes from, and its roles; short
// for the top of a narrow screen, full for the side pane of a wide one.
func (r *reader) meta(w int, full bool) []string {
	st, cat := r.sh.st, r.sh.cat
	c := cat.Case(r.id)
	if c == nil {
		return []string{st.Warn.Render("There is no case study " + clean(r.id) + " in this catalogue.")}
	}
	out := wrap(st.Title.Render(clean(c.Title)), w)
	out = append(out, wrap(st.Muted.Render(caseFrom(cat, c)), w)...)
	if full && c.Summary != "" {
		out = append(out, "")
		out = append(out, wrap(clean(c.Summary), w)...)
	}
	if full && len(c.Themes) > 0 {
		out = append(out, "", st.Muted.Render("Themes: "+clean(strings.Join(c.Themes, ", "))))
	}
	if full {
		out = append(out, "", st.Heading.Render("Roles (tab, enter)"))
	}
	var chips []string
	for i, id := range c.Roles {
		name := roleTitle(cat, id)
		switch {
		case i == r.role:
			name = st.Selected.Render("▸ " + name)
		case full:
			name = "  " + st.Link.Render(name)
		default:
			name = st.Link.Render(name)
		}
		chips = append(chips, name)
	}
	if full {
		out = append(out, chips...)
		if c.Note != "" {
			out = append(out, "", st.Heading.Render("Note"))
			out = append(out, wrap(st.Muted.Render(clean(c.Note)), w)...)
		}
		return out
	}
	return append(out, wrap("Roles: "+strings.Join(chips, "  "), w)...)
}

// story is the visible part of the rendered text, with matches marked.
func (r *reader) story(w, h int) []string {
	st := r.sh.st
	switch {
	case r.failed != "":
		return wrap(st.Warn.Render(r.failed), w)
	case r.lines == nil:
		return []string{st.Muted.Render("Laying out the story…")}
	}
	marked := map[int]bool{}
	for _, at := range r.matches {
		marked[at] = true
	}
	q := strings.ToLower(strings.TrimSpace(r.query))
	end := min(r.off+h, len(r.lines))
	out := make([]string, 0, h)
	for i := r.off; i < end; i++ {
		if !marked[i] {
			out = append(out, r.lines[i])
			continue
		}
		out = append(out, highlight(st, r.plain[i], q, i == r.matches[r.hit]))
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
		if i < 0 || q == "" {
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

func (r *reader) view() string {
	st := r.sh.st
	if !r.wide() {
		head := r.meta(r.w, false)
		head = append(head, st.Border.Render(strings.Repeat("─", r.textW)))
		body := box(r.story(r.textW, r.textHeight()), r.textW, r.textHeight())
		return strings.Join(append(append(head, body...), r.status()), "\n")
	}
	lw, _ := split(r.w, 30, 40)
	left := append(box(r.story(r.textW, r.textHeight()), r.textW, r.textHeight()), r.status())
	return panes(st, left, r.meta(lw, true), r.textW, lw, r.h)
}
