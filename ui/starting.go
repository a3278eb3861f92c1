package ui

import (
	"errors"
	"io"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Loader loads the catalogue for RunLoading and resolves the deep links in
// opts against it (setting opts.Role and the like to ids). It runs on its
// own goroutine while Bubble Tea sets the terminal up. An error ends the
// explorer, before anything of it is drawn when the load takes less than
// loadingDelay (the built-in catalogue takes about 5 ms); RunLoading
// returns the error as it is, for the caller to explain on the command line.
type Loader func(opts *Options) (*catalogue.Catalogue, error)

// loadedMsg carries the real model, or the Loader's error, to the starting
// model.
type loadedMsg struct {
	m   *model
	err error
}

// starting is the explorer's model while the catalogue loads: Bubble Tea's
// set-up (raw mode, terminal queries, and the wait for its first frame,
// 1/fps) and the load run at the same time, rather than one after the
// other. Messages that arrive meanwhile (the window size, the terminal's
// background colour, keys typed ahead) are kept and given to the real model
// in order once it exists. While loading it draws nothing for
// loadingDelay, then one line saying so; the built-in catalogue is ready
// before the first frame is due, so that line is only ever seen with a
// large catalogue of the user's.
type starting struct {
	loaded chan loadedMsg
	m      *model // nil until the catalogue is loaded
	err    error  // the Loader's error
	early  []tea.Msg
	askBG  bool // ask the terminal's background colour at once (the theme follows it)
	slow   bool // loadingDelay has passed: say that the catalogue is loading
	width  int  // the terminal's width as last reported, for the loading line
}

// loadingDelay is how long the screen stays blank before the loading line
// is shown: a load shorter than this (the built-in catalogue) never shows
// it, so nothing flickers.
const loadingDelay = 150 * time.Millisecond

// slowMsg: loadingDelay has passed since the explorer started.
type slowMsg struct{}

// startLoading starts load at once on its own goroutine, which then makes
// the real model, laid out at w×h (0×0: not yet known) so that its first
// frame is complete.
func startLoading(load Loader, opts Options, w, h int) *starting {
	s := &starting{loaded: make(chan loadedMsg, 1), askBG: followsTerminal(opts)}
	go func() {
		l, first := prepare(load, opts, w, h)
		s.loaded <- l
		if first != "" {
			warmRenderer(first, w, h)
		}
	}()
	return s
}

// prepare runs load and makes the real model from what it gives, laid out
// at w×h (0×0: not yet known). first is the model's first frame, "" when
// there is none to draw yet. A panic is returned as the explorer's crash.
func prepare(load Loader, opts Options, w, h int) (l loadedMsg, first string) {
	defer func() {
		if r := recover(); r != nil {
			l, first = loadedMsg{err: crashed(r)}, ""
		}
	}()
	cat, err := load(&opts)
	switch {
	case err != nil:
		return loadedMsg{err: err}, ""
	case cat == nil:
		return loadedMsg{err: errors.New("no catalogue was loaded")}, ""
	}
	m := newModel(cat, opts)
	m.askedBG = followsTerminal(opts) // starting asked already
	if w > 0 && h > 0 {
		m.presize(w, h)
		first = m.View().Content
	}
	return loadedMsg{m: m}, first
}

// Init waits for the model, and asks for the background colour now rather
// than once the model exists, so that the answer usually arrives while the
// catalogue loads and the first frame already has the right theme.
func (s *starting) Init() tea.Cmd {
	cmds := []tea.Cmd{
		func() tea.Msg { return <-s.loaded },
		tea.Tick(loadingDelay, func(time.Time) tea.Msg { return slowMsg{} }),
	}
	if s.askBG {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

func (s *starting) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if s.m != nil {
		if _, ok := msg.(slowMsg); ok {
			return s, nil
		}
		_, cmd := s.m.Update(msg)
		return s, cmd
	}
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			s.err = msg.err
			return s, tea.Quit
		}
		return s, s.begin(msg)
	case slowMsg:
		s.slow = true
		return s, nil
	case tea.WindowSizeMsg:
		s.width = msg.Width
	case tea.KeyPressMsg:
		// ctrl+c quits at once; so does q typed first, which on the home
		// screen would quit anyway (after other keys it may mean "back").
		if msg.String() == "ctrl+c" || msg.String() == "q" && !s.typedAhead() {
			return s, tea.Quit
		}
	}
	s.early = append(s.early, msg)
	return s, nil
}

// typedAhead reports whether a key was pressed while loading.
func (s *starting) typedAhead() bool {
	for _, m := range s.early {
		if _, ok := m.(tea.KeyPressMsg); ok {
			return true
		}
	}
	return false
}

// begin takes the real model and gives it what arrived while loading.
func (s *starting) begin(l loadedMsg) tea.Cmd {
	m := l.m
	cmds := []tea.Cmd{m.Init()}
	for _, msg := range s.early {
		_, cmd := m.Update(msg)
		cmds = append(cmds, cmd)
	}
	s.early = nil
	s.m = m
	return tea.Batch(cmds...)
}

func (s *starting) View() tea.View {
	if s.m != nil {
		return s.m.View()
	}
	if s.err != nil || !s.slow {
		// Nothing drawn: a load error is told on the command line, and a
		// quick load goes straight to the explorer.
		return tea.View{}
	}
	v := tea.NewView(loadingLine(s.width))
	v.AltScreen = true
	v.WindowTitle = "pathways"
	return v
}

// loadingLine is what the screen says while a large catalogue loads,
// indented like every screen and wrapped at spaces to width (0: unknown).
func loadingLine(width int) string {
	const text = "pathways: loading the catalogue…"
	if width < 2 {
		return " " + text
	}
	return " " + strings.Join(wrap(text, width-1), "\n ")
}

// ready reports whether the real model exists (its View is the explorer).
func (s *starting) ready() bool { return s.m != nil }

// modelErr is the error the explorer ended with, if any: the Loader's, or
// the real model's (a crash).
func (s *starting) modelErr() error {
	if s.err != nil {
		return s.err
	}
	if s.m != nil {
		return s.m.err
	}
	return nil
}

// warmRenderer draws content once the way Bubble Tea's renderer will draw
// the first frame (ultraviolet: parse the styled text into a w×h cell
// buffer, then work out the bytes to send), and throws the result away.
// It runs on the loading goroutine, after the model is handed over, while
// Bubble Tea waits for its first tick (the second core is otherwise idle
// then), so the code and tables that drawing uses are warm when the first
// frame is drawn for real.
func warmRenderer(content string, w, h int) {
	buf := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(content).Draw(buf, buf.Bounds())
	r := uv.NewTerminalRenderer(io.Discard, []string{"TERM=xterm-256color"})
	r.Resize(w, h)
	r.Render(buf.RenderBuffer)
	_ = r.Flush()
}
