package ui

import (
	"io"
	"sync"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// lifecycle wraps the root model with what concerns the program's life in
// the terminal rather than any screen: ctrl+z suspends (job control), a
// continue after an outside stop repaints the whole screen, the first View
// is noted for firstFrameWriter, and whether the terminal has answered any
// query is noted for drainReplies.
type lifecycle struct {
	tea.Model
	jobs     *jobControl  // nil where there is no job control (Windows)
	viewed   atomic.Bool  // View has been called once
	answered *atomic.Bool // a reply to a terminal query has arrived
}

func (l *lifecycle) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+l" { // redraw the whole screen, as in most terminal programs
			return l, tea.ClearScreen
		}
		if msg.String() == "ctrl+z" {
			if l.jobs == nil || !l.jobs.beginSuspend() {
				return l, nil // nowhere to go back to: stay
			}
			return l, tea.Suspend
		}
	case tea.ResumeMsg:
		// Back from our own suspend: the shell has used the screen, and
		// the renderer would only draw what changed since the last frame,
		// so draw everything again.
		m, cmd := l.Model.Update(msg)
		l.Model = m
		return l, tea.Batch(cmd, tea.ClearScreen)
	case continuedMsg:
		// Stopped from outside and continued: the shell has used the
		// screen (and maybe the terminal modes) meanwhile. Release and
		// take the terminal back, then draw everything again.
		return l, tea.Exec(noExec{}, func(error) tea.Msg { return tea.ClearScreen() })
	case tea.ModeReportMsg, tea.BackgroundColorMsg, tea.ForegroundColorMsg,
		tea.KeyboardEnhancementsMsg, tea.CursorPositionMsg, tea.TerminalVersionMsg:
		l.answered.Store(true)
	}
	m, cmd := l.Model.Update(msg)
	l.Model = m
	return l, cmd
}

func (l *lifecycle) View() tea.View {
	v := l.Model.View()
	if s, ok := l.Model.(*starting); !ok || s.ready() {
		l.viewed.Store(true) // the explorer itself, not the loading line
	}
	return v
}

// continuedMsg: the process was continued (SIGCONT) after a stop it did
// not ask for.
type continuedMsg struct{}

// noExec is a command that does nothing: tea.Exec of it releases the
// terminal and takes it back.
type noExec struct{}

func (noExec) Run() error          { return nil }
func (noExec) SetStdin(io.Reader)  {}
func (noExec) SetStdout(io.Writer) {}
func (noExec) SetStderr(io.Writer) {}

// firstFrameWriter is the program's output; after the first write that
// follows the first View and has text in it (the first frame reaching the
// terminal, not the terminal queries written just before it) it calls done
// once.
type firstFrameWriter struct {
	w      io.Writer
	viewed *atomic.Bool
	done   func()
	fired  atomic.Bool
}

func (f *firstFrameWriter) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if !f.fired.Load() && f.viewed.Load() && hasText(p) {
		f.fired.Store(true)
		f.done()
	}
	return n, err
}

// hasText reports whether p has a printable byte outside escape sequences
// (CSI, OSC, DCS/APC/PM strings, two-byte escapes).
func hasText(p []byte) bool {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != 0x1b {
			if c >= 0x20 && c != 0x7f {
				return true
			}
			continue
		}
		if i+1 >= len(p) {
			return false
		}
		i++
		switch p[i] {
		case '[': // CSI: parameters and intermediates, then a final byte
			for i+1 < len(p) && (p[i+1] < 0x40 || p[i+1] > 0x7e) {
				i++
			}
			i++
		case ']', 'P', '_', '^': // strings, ended by BEL or ST
			for i+1 < len(p) && p[i+1] != 0x07 && !(p[i+1] == 0x1b && i+2 < len(p) && p[i+2] == '\\') {
				i++
			}
			if i+1 < len(p) && p[i+1] == 0x1b {
				i++
			}
			i++
		}
	}
	return false
}

// firstFrameFile is a firstFrameWriter over a terminal, so that Bubble Tea
// still sees the terminal (size, raw mode) through it.
type firstFrameFile struct {
	term.File
	ff *firstFrameWriter
}

func (f *firstFrameFile) Write(p []byte) (int, error) { return f.ff.Write(p) }

// watchFirstFrame wraps out so that done (nil: nothing) runs once the first
// frame is written; the returned function runs done if it has not run yet.
func watchFirstFrame(out io.Writer, viewed *atomic.Bool, done func()) (io.Writer, func()) {
	if done == nil {
		return out, func() {}
	}
	once := sync.OnceFunc(done)
	ff := &firstFrameWriter{w: out, viewed: viewed, done: once}
	if f, ok := out.(term.File); ok {
		return &firstFrameFile{File: f, ff: ff}, once
	}
	return ff, once
}
