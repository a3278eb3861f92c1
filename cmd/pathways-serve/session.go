package main

import (
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/colorprofile"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
)

// fps is each session's frame rate: lower than the local explorer's, since
// a frame crosses a network and many sessions share the server.
const fps = 60

// stuckWait is how long a session that should end may take to do so
// before it is closed under the program.
const stuckWait = 5 * time.Second

// The largest window a session is laid out for, in cells: a client may
// claim any size, and a frame costs memory in proportion to it.
const maxWidth, maxHeight = 1000, 400

// clampSize bounds a client's window to what the server will lay out.
func clampSize(w ssh.Window) (int, int) {
	return min(max(w.Width, 1), maxWidth), min(max(w.Height, 1), maxHeight)
}

// handle serves one SSH session: the explorer with a terminal, an overview
// without one, a refusal for a command. A panic in here ends this session
// only.
func (s *server) handle(sess ssh.Session) {
	c, _ := sess.Context().Value(connKey{}).(*connLog)
	if c == nil {
		c = &connLog{}
	}
	defer func() {
		if r := recover(); r != nil {
			c.note("crashed (%v)", r)
			fmt.Fprint(sess, "\nSomething went wrong inside pathways and this session has closed. Please connect again.\n")
			sess.Exit(1)
		}
	}()
	if cmd := sess.RawCommand(); cmd != "" {
		c.note("refused a command")
		fmt.Fprintf(sess.Stderr(), "This server shows the pathways careers explorer and runs no commands.\nConnect with nothing after the address: %s\n", s.example(sess, false))
		sess.Exit(1)
		return
	}
	select {
	case <-s.closing:
		fmt.Fprint(sess, "pathways is closing for now. Goodbye.\n")
		sess.Exit(1)
		return
	case s.slots <- struct{}{}:
	default:
		c.note("turned away: full")
		fmt.Fprintf(sess, "pathways is full (%s at once) and cannot take you now. Please try again in a few minutes.\n", catalogue.Plural(s.cfg.maxSessions, "session"))
		sess.Exit(1)
		return
	}
	s.serveSlot(sess, c)
	sess.Exit(0)
}

// serveSlot serves a session that has a slot, and frees the slot before
// the client hears that the session has ended.
func (s *server) serveSlot(sess ssh.Session, c *connLog) {
	defer func() { <-s.slots }()
	pty, winCh, ok := sess.Pty()
	switch {
	case !ok:
		c.note("overview (no terminal)")
		s.overview(sess, fmt.Sprintf("This session has no terminal, so here is an overview. For the explorer, connect with: %s", s.example(sess, true)))
	case pty.Term == "dumb" || pty.Term == "":
		c.note("overview (TERM=%q)", pty.Term)
		name := "TERM=" + pty.Term
		if pty.Term == "" {
			name = "TERM not set"
		}
		s.overview(sess, "This terminal ("+name+") cannot show the full-screen explorer, so here is an overview. Connect from a terminal such as Windows Terminal, PowerShell, Terminal on a Mac, or any Linux terminal.")
	default:
		c.note("explorer %dx%d", pty.Window.Width, pty.Window.Height)
		if end := s.explore(sess, pty, winCh); end != "" {
			c.note("%s", end)
		}
	}
}

// example is how to connect again, with this server's port and, with tty,
// -t: "ssh -t -p 2222 HOST".
func (s *server) example(sess ssh.Session, tty bool) string {
	cmd := "ssh"
	if tty {
		cmd += " -t"
	}
	if a, ok := sess.LocalAddr().(*net.TCPAddr); ok && a.Port != 22 {
		cmd += " -p " + strconv.Itoa(a.Port)
	}
	return cmd + " " + "HOST"
}

// overview writes the overview every `pathways` prints when piped, then hint.
func (s *server) overview(w io.Writer, hint string) {
	ui.Overview(w, s.cat, 80)
	for _, l := range wrapHint(hint, 80) {
		fmt.Fprintln(w, l)
	}
}

func wrapHint(text string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			out, line = append(out, line), ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, line)
}

// explore runs the explorer in this session until the user quits, goes
// idle, leaves, or the server shuts down, and says why it ended ("" when
// the user quit).
func (s *server) explore(sess ssh.Session, pty ssh.Pty, winCh <-chan ssh.Window) string {
	env := append(sess.Environ(), "TERM="+pty.Term)
	profile := colorprofile.Env(env)
	in := &keyReader{r: sess}
	in.touch()
	w, h := clampSize(pty.Window)
	m := s.newModel(s.cat, ui.Options{NoColor: profile <= colorprofile.ASCII}, ui.Session{Width: w, Height: h})
	opts := append(bubbletea.MakeOptions(sess),
		tea.WithInput(in), tea.WithColorProfile(profile), tea.WithEnvironment(env),
		tea.WithWindowSize(w, h),
		tea.WithoutSignalHandler(), tea.WithFPS(fps))
	p := tea.NewProgram(m, opts...)

	var (
		mu  sync.Mutex
		end string // why it ended, first reason only
	)
	done := make(chan struct{})
	defer close(done)
	// stop ends the program, once. If it has not ended within stuckWait
	// (a client that stopped reading leaves the program blocked writing a
	// frame), the session is closed under it, which frees the slot.
	stop := func(why string) {
		mu.Lock()
		first := end == ""
		if first {
			end = why
		}
		mu.Unlock()
		if !first {
			return
		}
		go p.Quit()
		go func() {
			select {
			case <-done:
			case <-time.After(stuckWait):
				sess.Close()
				p.Kill()
			}
		}()
	}
	in.onEnd = func() { stop("left") }
	go func() {
		tick := time.NewTicker(min(s.cfg.idle/4, time.Second))
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case win, ok := <-winCh:
				if !ok {
					winCh = nil
					continue
				}
				w, h := clampSize(win)
				p.Send(tea.WindowSizeMsg{Width: w, Height: h})
			case <-tick.C:
				if in.idle() >= s.cfg.idle {
					stop("closed after " + humanDuration(s.cfg.idle) + " idle")
				}
			case <-s.closing:
				stop("closed by shutdown")
			case <-sess.Context().Done():
				stop("left")
			}
		}
	}()
	_, err := p.Run()
	p.Kill()
	mu.Lock()
	why := end
	end = "stopped" // from here on stop changes nothing
	mu.Unlock()
	if cerr := ui.SessionErr(m); cerr != nil || err != nil {
		if cerr == nil {
			cerr = err
		}
		fmt.Fprint(sess, "Something went wrong inside pathways and this session has closed. Please connect again.\n")
		return "crashed (" + cerr.Error() + ")"
	}
	switch {
	case strings.HasPrefix(why, "closed after"):
		fmt.Fprintf(sess, "No key was pressed for %s, so pathways has closed this session. Goodbye.\n", humanDuration(s.cfg.idle))
	case why == "closed by shutdown":
		fmt.Fprint(sess, "pathways is closing for now. Goodbye.\n")
	}
	return why
}

// keyReader is a session's input that remembers when it last gave a key
// and calls onEnd once when the client's input ends.
type keyReader struct {
	r     io.Reader
	last  atomic.Int64 // unix nanoseconds
	onEnd func()
	once  sync.Once
}

func (k *keyReader) Read(p []byte) (int, error) {
	n, err := k.r.Read(p)
	if n > 0 {
		k.touch()
	}
	if err != nil && k.onEnd != nil {
		k.once.Do(k.onEnd)
	}
	return n, err
}

func (k *keyReader) touch() { k.last.Store(time.Now().UnixNano()) }

func (k *keyReader) idle() time.Duration { return time.Since(time.Unix(0, k.last.Load())) }
