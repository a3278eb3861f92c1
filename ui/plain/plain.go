// Package plain is the accessible explorer: the same journeys as the
// full-screen explorer, as numbered, line-oriented prompts for screen
// readers and simple terminals. It writes no escape sequences, no colour
// and no box drawing; every prompt is "> " on a line of its own, after a
// line that says what can be typed.
package plain

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Start holds optional deep links, as resolved ids: a role to open, a route
// to find (from, to, or both) and a case study to read.
type Start struct {
	Role, RouteFrom, RouteTo, Case string
	CompareA, CompareB             string // two roles side by side
}

// maxLine is the longest input line kept; the rest of a longer line is
// ignored.
const maxLine = 1024

// Run runs the plain, line-oriented explorer until the user quits or input
// ends. The end of input ends it cleanly, returning nil; a cancelled
// context returns its error.
func Run(ctx context.Context, cat *catalogue.Catalogue, in io.Reader, out io.Writer, start Start) error {
	s := &session{cat: cat, p: newPrinter(out)}
	lines := make(chan string)
	readErr := make(chan error, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 4096), 64*1024)
		sc.Split(splitLines(maxLine))
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-stop:
				return
			}
		}
		readErr <- sc.Err()
		close(lines)
	}()

	s.intro()
	s.stack = []*page{s.home()}
	s.deepLinks(start)
	s.show(s.top())
	first := true
	for {
		s.prompt()
		if err := s.p.flush(); err != nil {
			return err
		}
		var input string
		var ok bool
		select {
		case <-ctx.Done():
			s.p.blank()
			s.p.flush()
			return ctx.Err()
		case input, ok = <-lines:
		}
		if !ok {
			s.p.blank()
			if err := s.p.flush(); err != nil {
				return err
			}
			return <-readErr
		}
		if first {
			input = strings.TrimPrefix(input, "\ufeff") // a byte order mark from a Windows file
			first = false
		}
		s.p.blank()
		if quit := s.handle(input); quit {
			s.p.line("Goodbye.")
			return s.p.flush()
		}
	}
}

// splitLines is bufio.ScanLines that also accepts a bare \r line end, and
// cuts lines longer than limit bytes, dropping the rest of such a line.
func splitLines(limit int) bufio.SplitFunc {
	skipping := false
	return func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			if skipping {
				skipping = false
				return i + 1, nil, nil
			}
			return i + 1, bytes.TrimSuffix(data[:i], []byte("\r")), nil
		}
		if len(data) >= limit {
			if skipping {
				return len(data), nil, nil
			}
			skipping = true
			return len(data), data[:limit], nil
		}
		if atEOF && len(data) > 0 {
			if skipping {
				return len(data), nil, nil
			}
			return len(data), bytes.TrimSuffix(data, []byte("\r")), nil
		}
		return 0, nil, nil
	}
}

// page is one menu: text with numbered choices among it, and perhaps a
// question that takes words as well as numbers.
type page struct {
	title   string
	lines   []pline
	choices int                     // how many choices
	keys    map[string]func() *page // what typing a choice's key opens
	ask     string                  // what to type, said before the prompt
	// text handles typed words that are not a choice or a command; nil
	// when the page takes only choices.
	text func(s *session, words string)
}

// pline is one line of a page (never wrapped by us): text after first,
// or a choice.
type pline struct {
	first, text string
	key         string // the choice's key, "1" or "8a"; "" when not a choice
}

func newPage(title string) *page { return &page{title: title, keys: map[string]func() *page{}} }

// say adds a paragraph.
func (pg *page) say(text string) { pg.lines = append(pg.lines, pline{text: text}) }

// blank adds an empty line.
func (pg *page) blank() { pg.lines = append(pg.lines, pline{}) }

// heading adds a blank line and a heading.
func (pg *page) heading(text string) {
	pg.blank()
	pg.say(text)
}

// field adds "Label: value" when there is a value.
func (pg *page) field(label, value string) {
	if tidy(value) == "" {
		return
	}
	pg.lines = append(pg.lines, pline{first: label + ": ", text: value})
}

// item adds an indented line under a choice.
func (pg *page) item(text string) {
	if tidy(text) == "" {
		return
	}
	pg.lines = append(pg.lines, pline{first: "   ", text: text})
}

// bullet adds a line of a list that is not a choice.
func (pg *page) bullet(text string) {
	if tidy(text) == "" {
		return
	}
	pg.lines = append(pg.lines, pline{first: "- ", text: text})
}

// choice adds the next numbered choice.
func (pg *page) choice(text string, open func() *page) {
	pg.keyed(strconv.Itoa(pg.choices+1), text, open)
}

// keyed adds a choice that is opened by typing its key, such as a band.
func (pg *page) keyed(key, text string, open func() *page) {
	pg.choices++
	pg.keys[strings.ToLower(key)] = open
	pg.lines = append(pg.lines, pline{text: text, key: key})
}

// numbered reports whether the page's choices are numbered 1 to choices
// (not keyed by name, such as bands).
func (pg *page) numbered() bool {
	if pg.choices == 0 || len(pg.keys) != pg.choices {
		return false
	}
	for i := 1; i <= pg.choices; i++ {
		if pg.keys[strconv.Itoa(i)] == nil {
			return false
		}
	}
	return true
}

type session struct {
	cat   *catalogue.Catalogue
	p     *printer
	stack []*page
}

func (s *session) top() *page { return s.stack[len(s.stack)-1] }

func (s *session) push(pg *page) {
	if pg == nil {
		return
	}
	s.stack = append(s.stack, pg)
	s.show(pg)
}

func (s *session) intro() {
	s.p.line("pathways: careers in the NHS cancer and diagnostics workforce.")
	s.p.line("Plain mode: type the number of a choice and press Enter.")
	s.p.line("Type b to go back, h for home, q to quit, or ? for help.")
	s.p.blank()
}

// render is a page as lines of text.
func render(pg *page) []string {
	out := []string{tidy(pg.title)}
	for _, l := range pg.lines {
		switch {
		case l.key != "":
			out = append(out, lineOf(l.key+". ", l.text)...)
		case l.text == "" && l.first == "":
			if out[len(out)-1] != "" {
				out = append(out, "") // never two blank lines
			}
		default:
			out = append(out, lineOf(l.first, l.text)...)
		}
	}
	if out[len(out)-1] != "" {
		out = append(out, "")
	}
	return out
}

// show writes a page in full.
func (s *session) show(pg *page) {
	for _, l := range render(pg) {
		s.p.line(l)
	}
}

// shortPage is the most lines a page may have to be shown again in full
// on going back to it; a longer one is named, and Enter reads it again.
const shortPage = 30

// showAgain writes a page that is being returned to.
func (s *session) showAgain(pg *page) {
	lines := render(pg)
	if len(lines) <= shortPage {
		s.show(pg)
		return
	}
	s.p.para("Back to: ", pg.title)
	s.p.line("Press Enter on its own to read this page again.")
	s.p.blank()
}

// prompt says what can be typed on the current page, then "> ".
func (s *session) prompt() {
	s.p.para("", s.ask())
	s.p.write("> ")
}

// ask is what can be typed on the current page; it always offers q.
func (s *session) ask() string {
	pg := s.top()
	var ask string
	switch {
	case pg.ask != "":
		ask = pg.ask
	case pg.choices == 1:
		ask = "Type 1 to choose, or b for back, h for home, q to quit, ? for help."
	case pg.choices > 1:
		ask = fmt.Sprintf("Type a number from 1 to %d, or b for back, h for home, q to quit, ? for help.", pg.choices)
	case len(s.stack) > 1:
		ask = "Type b for back, h for home, q to quit, or ? for help."
	default:
		ask = "Type q to quit, or ? for help."
	}
	if !strings.Contains(ask, "q to quit") {
		ask += " Type q to quit."
	}
	return ask
}

// handle acts on one line of input and reports whether to quit.
func (s *session) handle(input string) bool {
	words := strings.TrimSpace(catalogue.Clean(input))
	pg := s.top()
	switch strings.ToLower(words) {
	case "":
		s.show(pg)
		return false
	case "q", "quit", "exit":
		return true
	case "b", "back":
		if len(s.stack) == 1 {
			s.p.line("You are at the home menu already. Type q to quit.")
			return false
		}
		s.stack = s.stack[:len(s.stack)-1]
		s.showAgain(s.top())
		return false
	case "h", "home":
		s.stack = s.stack[:1]
		s.showAgain(s.top())
		return false
	case "?", "help":
		s.help()
		return false
	}
	key := strings.ToLower(strings.TrimSuffix(words, "."))
	if open, ok := pg.keys[key]; ok {
		s.push(open())
		return false
	}
	// A number that is not a choice is never taken as words to search for
	// or a name, where the page has numbered choices.
	if _, err := strconv.Atoi(key); err == nil && (pg.text == nil || pg.numbered()) {
		switch {
		case pg.choices == 0:
			s.p.line("There are no numbered choices here.")
		case pg.choices == 1:
			s.p.line("There is no choice " + shorten(key) + " here; the only choice is 1.")
		default:
			s.p.line(fmt.Sprintf("There is no choice %s here; the choices are 1 to %d.", shorten(key), pg.choices))
		}
		return false
	}
	if pg.text != nil {
		pg.text(s, words)
		return false
	}
	s.p.para("", "\""+shorten(words)+"\" is not a choice here.")
	return false
}

func (s *session) help() {
	s.p.line("Help")
	s.p.line("Type the number of a choice and press Enter to open it.")
	s.p.line("Where you are asked for a name or words, type them and press Enter.")
	s.p.line("b goes back to the previous menu.")
	s.p.line("h goes to the home menu.")
	s.p.line("q quits. So does the end of input: Ctrl+D, or Ctrl+Z then Enter on Windows.")
	s.p.line("Ctrl+C stops pathways at once, as an interruption (exit status 130).")
	s.p.line("Press Enter on its own to show the current menu again.")
	s.p.line("? shows this help.")
	s.p.blank()
}

// shorten keeps a quoted echo of the user's input short.
func shorten(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "..."
	}
	return s
}

// deepLinks opens the pages a deep link asks for, over the home menu.
func (s *session) deepLinks(st Start) {
	c := s.cat
	missing := func(kind, id string) {
		s.p.para("", fmt.Sprintf("There is no %s with the id \"%s\" in this catalogue.", kind, shorten(catalogue.Clean(id))))
		s.p.blank()
	}
	if st.Role != "" {
		if r := c.Role(st.Role); r != nil {
			s.stack = append(s.stack, s.rolePage(r))
		} else {
			missing("role", st.Role)
		}
	}
	from, to := c.Role(st.RouteFrom), c.Role(st.RouteTo)
	if st.RouteFrom != "" && from == nil {
		missing("role", st.RouteFrom)
	}
	if st.RouteTo != "" && to == nil {
		missing("role", st.RouteTo)
	}
	switch {
	case from != nil && to != nil:
		s.stack = append(s.stack, s.finderFrom(nil), s.finderTo(from), s.routePage(from, to, false))
	case from != nil:
		s.stack = append(s.stack, s.finderFrom(nil), s.finderTo(from))
	case to != nil:
		s.stack = append(s.stack, s.finderFrom(to))
	}
	if st.Case != "" {
		if cs := c.Case(st.Case); cs != nil {
			s.stack = append(s.stack, s.casePage(cs))
		} else {
			missing("case study", st.Case)
		}
	}
	if a, b := c.Role(st.CompareA), c.Role(st.CompareB); a != nil && b != nil {
		s.stack = append(s.stack, s.comparePage(a, b))
	}
}
