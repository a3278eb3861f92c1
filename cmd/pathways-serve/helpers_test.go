package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// syncBuf is a bytes.Buffer safe to write from one goroutine and read from
// another.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// text is what was written, without escape sequences.
func (s *syncBuf) text() string { return ansi.Strip(s.String()) }

// waitFor waits until the text written contains want, and fails after d.
func (s *syncBuf) waitFor(t testing.TB, want string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !strings.Contains(s.text(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q within %s; got:\n%s", want, d, s.text())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// running is a pathways-serve started by run, as from the command line.
type running struct {
	addr   string
	log    *syncBuf
	cancel context.CancelFunc
	code   chan int
}

var listening = regexp.MustCompile(`listening on (\S+);`)

// start runs pathways-serve with args on a free loopback port (--listen and
// --host-key in a temporary folder unless args give them) and waits until
// it listens. It is stopped when the test ends.
func start(t testing.TB, args ...string) *running {
	t.Helper()
	joined := strings.Join(args, " ")
	if !strings.Contains(joined, "--listen") {
		args = append(args, "--listen", "127.0.0.1:0")
	}
	if !strings.Contains(joined, "--host-key") {
		args = append(args, "--host-key", filepath.Join(t.TempDir(), "host_key"))
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{log: &syncBuf{}, cancel: cancel, code: make(chan int, 1)}
	go func() { r.code <- run(ctx, args, io.Discard, r.log) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m := listening.FindStringSubmatch(r.log.String()); m != nil {
			r.addr = m[1]
			break
		}
		select {
		case code := <-r.code:
			t.Fatalf("pathways-serve %q exited %d before listening:\n%s", args, code, r.log)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("pathways-serve did not start:\n%s", r.log)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Cleanup(func() { r.stop(t) })
	return r
}

// stop cancels the server (as SIGTERM does) and returns its exit status.
func (r *running) stop(t testing.TB) int {
	r.cancel()
	select {
	case c := <-r.code:
		r.code <- c
		return c
	case <-time.After(15 * time.Second):
		t.Fatalf("pathways-serve did not stop:\n%s", r.log)
		return -1
	}
}

// dial connects without a key (auth "none"), remembering the host key.
func dial(t testing.TB, addr string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	t.Helper()
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "visitor", Auth: auth, Timeout: 10 * time.Second,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
}

func mustDial(t testing.TB, addr string) *gossh.Client {
	t.Helper()
	c, err := dial(t, addr)
	if err != nil {
		t.Fatal("dial:", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// term is one session with a PTY: keys go in, the screen's bytes come out.
type term struct {
	sess *gossh.Session
	in   io.WriteCloser
	out  *syncBuf
}

// openTerm opens a session with a w×h xterm-256color PTY and a shell
// request, as `ssh HOST` does.
func openTerm(t testing.TB, c *gossh.Client, w, h int) *term {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal("new session:", err)
	}
	tm := &term{sess: sess, out: &syncBuf{}}
	sess.Stdout, sess.Stderr = tm.out, tm.out
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal("pty:", err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal("shell:", err)
	}
	return tm
}

func (tm *term) keys(t testing.TB, s string) {
	t.Helper()
	if _, err := io.WriteString(tm.in, s); err != nil {
		t.Fatal("keys:", err)
	}
}

// wait waits for the session to end and returns its exit status.
func (tm *term) wait(t testing.TB, d time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- tm.sess.Wait() }()
	select {
	case err := <-done:
		return exitStatus(err)
	case <-time.After(d):
		t.Fatalf("session did not end within %s; screen:\n%s", d, tm.out.text())
		return -1
	}
}

func exitStatus(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(*gossh.ExitError); ok {
		return e.ExitStatus()
	}
	return -1
}

func (r *running) String() string { return fmt.Sprintf("pathways-serve on %s", r.addr) }
