package catalogue

import (
	"fmt"
	"strings"
)

// Markdown limits. A case study body that breaks one is refused when the
// catalogue is loaded, and ui.RenderMarkdown refuses it too, so that a small
// hostile body can never hang or crash a Markdown renderer: the parser and
// renderer do work that grows much faster than the text for deep nesting,
// long emphasis runs, unclosed links and large tables (see CheckMarkdown).
const (
	// MaxMarkdownNesting is how deeply block quotes and list items may sit
	// inside each other.
	MaxMarkdownNesting = 10
	// MaxEmphasisRun is the longest run of '*' or '_' touching a word.
	MaxEmphasisRun = 12
	// MaxTableColumns is the most columns a table may have.
	MaxTableColumns = 20
	// MaxTableCells is the most cells (rows, header included, × columns).
	MaxTableCells = 2000
	// MaxLinkWork bounds link openings "](" × bytes in one paragraph (lines
	// without a blank line between them): goldmark scans the rest of the
	// paragraph for each opening that is never closed, so 100 links may
	// share 50,000 bytes, one link 5 MB.
	MaxLinkWork = 5_000_000
	// MaxWordLength is the longest word (bytes without a space): goldmark's
	// GFM linkify scans the rest of a word at each character that could
	// start an e-mail address (yuin/goldmark issue 595).
	MaxWordLength = 2000
	// MaxParagraphEmphasis is the most runs of '*' or '_' in one paragraph:
	// goldmark's emphasis matching grows faster than their number (yuin/
	// goldmark issue 555).
	MaxParagraphEmphasis = 1000
)

// MarkdownIssue is one reason a Markdown text is refused: Line counts from
// 1 at the text's first line.
type MarkdownIssue struct {
	Line    int
	Message string
	Hint    string
}

// CheckMarkdown scans Markdown text, without parsing it, for what would make
// rendering it slow or unsafe: nesting of quotes and lists deeper than
// MaxMarkdownNesting, emphasis runs longer than MaxEmphasisRun, tables wider
// than MaxTableColumns or larger than MaxTableCells, paragraphs whose link
// openings "](" times their length passes MaxLinkWork, words longer than
// MaxWordLength, paragraphs with more than MaxParagraphEmphasis runs of
// '*' or '_'. It gives
// at most one issue of each kind, the first, in line order; none means the
// text is within the limits. The scan is linear in the text and allocates
// little; it is an approximation of CommonMark's block structure that errs
// towards counting more nesting, never less, for ordinary text.
func CheckMarkdown(md string) []MarkdownIssue {
	s := scanner{}
	for n, line := range strings.Split(md, "\n") {
		s.line(n+1, strings.TrimSuffix(line, "\r"))
	}
	s.endParagraph()
	return s.issues
}

// container is an open block quote or list item; indent is a list item's
// content column.
type container struct {
	quote  bool
	indent int
}

type scanner struct {
	stack    []container
	fence    string // the open code fence, or ""
	fenceAt  int    // stack depth of the open fence
	lastText bool   // the previous line was paragraph text (for laziness)
	issues   []MarkdownIssue
	seen     map[string]bool

	// the paragraph being read
	paraStart, paraLinks, paraChars int
	paraRuns                        int
	prevLine                        string // for table headers
	table                           struct{ cols, rows, start int }
}

func (s *scanner) report(kind string, line int, msg, hint string) {
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	if s.seen[kind] {
		return
	}
	s.seen[kind] = true
	s.issues = append(s.issues, MarkdownIssue{Line: line, Message: msg, Hint: hint})
}

func (s *scanner) line(n int, raw string) {
	ln := expandTabs(raw)
	col, matched := 0, 0
	for matched < len(s.stack) {
		c := s.stack[matched]
		sp := spaces(ln, col)
		if c.quote {
			if sp <= 3 && col+sp < len(ln) && ln[col+sp] == '>' {
				col += sp + 1
				if col < len(ln) && ln[col] == ' ' {
					col++
				}
				matched++
				continue
			}
			break
		}
		if col+sp >= len(ln) { // a blank line keeps list items open
			matched++
			continue
		}
		if sp >= c.indent {
			col += c.indent
			matched++
			continue
		}
		break
	}
	if s.fence != "" {
		if matched >= s.fenceAt {
			t := strings.TrimSpace(ln[col:])
			if strings.HasPrefix(t, s.fence) && strings.Trim(t, s.fence[:1]) == "" {
				s.fence = ""
			}
			return
		}
		s.fence = ""
	}
	// new containers on this line
	var opened []container
	for {
		sp := spaces(ln, col)
		if sp > 3 || col+sp >= len(ln) {
			break
		}
		p := col + sp
		if ln[p] == '>' {
			opened = append(opened, container{quote: true})
			col = p + 1
			if col < len(ln) && ln[col] == ' ' {
				col++
			}
			continue
		}
		if w := listMarker(ln[p:]); w > 0 && !thematicBreak(ln[p:]) {
			after := spaces(ln, p+w)
			if after > 4 || p+w+after >= len(ln) {
				after = 1
			}
			// the content column counts from where matching starts
			opened = append(opened, container{indent: (p - col) + w + after})
			col = min(p+w+after, len(ln))
			continue
		}
		break
	}
	rest := ln[min(col, len(ln)):]
	blank := strings.TrimSpace(rest) == ""
	if matched < len(s.stack) && len(opened) == 0 && !blank && s.lastText {
		matched = len(s.stack) // a lazy continuation line
	}
	s.stack = append(s.stack[:matched], opened...)
	if len(s.stack) > MaxMarkdownNesting {
		s.report("nesting", n, fmt.Sprintf("quotes and lists are nested %d deep here; at most %d is allowed", len(s.stack), MaxMarkdownNesting),
			"take out some '>' or list levels")
	}
	t := strings.TrimSpace(rest)
	if f := fenceOf(t); f != "" {
		s.fence, s.fenceAt = f, len(s.stack)
		s.endParagraph()
		s.lastText = false
		return
	}
	if blank {
		s.endParagraph()
		s.lastText = false
		return
	}
	s.lastText = !thematicBreak(t)
	s.inline(n, t)
}

// inline checks one line of paragraph text: emphasis runs, links, the
// paragraph's size and tables.
func (s *scanner) inline(n int, t string) {
	if s.paraStart == 0 {
		s.paraStart = n
	}
	s.paraChars += len(t) + 1
	s.paraLinks += strings.Count(t, "](")
	if s.paraLinks*s.paraChars > MaxLinkWork {
		s.report("links", s.paraStart, fmt.Sprintf("this paragraph has at least %d links (\"](\") in %d characters; links × characters may be at most %d", s.paraLinks, s.paraChars, MaxLinkWork),
			"split it with blank lines, or look for a link never closed with ')'")
	}
	if !thematicBreak(t) {
		r, runs := longestRun(t)
		if r > MaxEmphasisRun {
			s.report("emphasis", n, fmt.Sprintf("a run of %d '*' or '_' characters; at most %d may touch a word", r, MaxEmphasisRun), "use at most three: *italic*, **bold**, ***both***")
		}
		if s.paraRuns += runs; s.paraRuns > MaxParagraphEmphasis {
			s.report("runs", s.paraStart, fmt.Sprintf("this paragraph has over %d runs of '*' or '_'", MaxParagraphEmphasis), "split it with blank lines, or put code in `backticks`")
		}
	}
	if len(t) > MaxWordLength {
		for _, w := range strings.Fields(t) {
			if len(w) > MaxWordLength {
				s.report("word", n, fmt.Sprintf("a word of %d characters with no space; at most %d are allowed", len(w), MaxWordLength), "put spaces between words")
				break
			}
		}
	}
	switch {
	case s.table.cols > 0 && strings.Contains(t, "|"):
		s.table.rows++
	case s.table.cols > 0:
		s.table.cols = 0
	case tableDelimiter(t) > 0 && strings.Contains(s.prevLine, "|"):
		s.table.cols, s.table.rows, s.table.start = tableDelimiter(t), 1, max(n-1, 1)
	}
	s.prevLine = t
	if c := s.table.cols; c > 0 {
		if c > MaxTableColumns {
			s.report("tablecols", s.table.start, fmt.Sprintf("this table has %d columns; at most %d are allowed", c, MaxTableColumns), "split the table, or use a list")
		}
		if c*s.table.rows > MaxTableCells {
			s.report("tablecells", s.table.start, fmt.Sprintf("this table has over %d cells (rows × columns)", MaxTableCells), "split the table, or use a list")
		}
	}
}

func (s *scanner) endParagraph() {
	s.paraStart, s.paraLinks, s.paraChars, s.paraRuns = 0, 0, 0, 0
	s.prevLine, s.table.cols = "", 0
}

// expandTabs replaces tabs with spaces to the next multiple of 4.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			n := 4 - col%4
			b.WriteString("    "[:n])
			col += n
			continue
		}
		b.WriteByte(s[i])
		if s[i]&0xC0 != 0x80 {
			col++
		}
	}
	return b.String()
}

// spaces counts the spaces in s from i.
func spaces(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == ' ' {
		n++
	}
	return n
}

// listMarker gives the width of a list marker ("-", "+", "*", "1." or
// "1)") at the start of s, followed by a space or the end of the line, or 0.
func listMarker(s string) int {
	w := 0
	switch {
	case s[0] == '-' || s[0] == '+' || s[0] == '*':
		w = 1
	default:
		d := 0
		for d < len(s) && d < 9 && s[d] >= '0' && s[d] <= '9' {
			d++
		}
		if d == 0 || d >= len(s) || (s[d] != '.' && s[d] != ')') {
			return 0
		}
		w = d + 1
	}
	if w < len(s) && s[w] != ' ' {
		return 0
	}
	return w
}

// thematicBreak reports whether a line is three or more of one of '-', '*',
// '_', with spaces.
func thematicBreak(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.IndexByte("-*_", s[0]) < 0 {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case s[0]:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// fenceOf gives the fence ("```" or "~~~", at its full length) that opens a
// code block on this line, or "".
func fenceOf(t string) string {
	for _, c := range []string{"`", "~"} {
		n := 0
		for n < len(t) && t[n] == c[0] {
			n++
		}
		if n >= 3 && (c == "~" || !strings.Contains(t[n:], "`")) {
			return t[:n]
		}
	}
	return ""
}

// longestRun is the longest run of '*' and '_' that touches a non-space
// character on either side, outside code spans, and the number of runs.
func longestRun(t string) (best, runs int) {
	for i := 0; i < len(t); {
		if t[i] == '`' {
			j := i
			for j < len(t) && t[j] == '`' {
				j++
			}
			if k := strings.Index(t[j:], t[i:j]); k >= 0 {
				i = j + k + (j - i)
				continue
			}
			i = j
			continue
		}
		if t[i] != '*' && t[i] != '_' {
			i++
			continue
		}
		j := i
		for j < len(t) && (t[j] == '*' || t[j] == '_') {
			j++
		}
		touches := (i > 0 && t[i-1] != ' ') || (j < len(t) && t[j] != ' ')
		if touches && j-i > best {
			best = j - i
		}
		runs++
		i = j
	}
	return best, runs
}

// tableDelimiter gives the number of columns of a GFM table delimiter row
// ("| --- | :-: |"), or 0.
func tableDelimiter(t string) int {
	if !strings.Contains(t, "-") || !strings.Contains(t, "|") || strings.Trim(t, "|:- ") != "" {
		return 0
	}
	inner := strings.TrimSpace(t)
	inner = strings.TrimPrefix(inner, "|")
	inner = strings.TrimSuffix(inner, "|")
	cols := 0
	for _, c := range strings.Split(inner, "|") {
		c = strings.TrimSpace(c)
		if d := strings.TrimPrefix(strings.TrimSuffix(c, ":"), ":"); d == "" || strings.Trim(d, "-") != "" {
			return 0
		}
		cols++
	}
	return cols
}

// markdown reports a case study body that breaks the Markdown limits, at
// the line in its file (for a body in a TOML string, the line of its key).
func (v *validator) markdown(x *Case) {
	for _, is := range CheckMarkdown(Clean(x.Body)) { // what is shown
		line := x.Pos.At("body")
		if x.bodyLine > 0 {
			line = x.bodyLine + is.Line - 1
		}
		v.probs = append(v.probs, Problem{File: x.Pos.File, Line: line, ID: x.ID, Message: is.Message, Hint: is.Hint})
	}
}
