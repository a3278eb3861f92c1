//go:build unix

package main

import (
	"bytes"
	"errors"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// explorerInPty starts the built program in a 120×40 pseudo-terminal, waits
// for its first frame and returns the command and a function that gives
// all output so far.
func explorerInPty(t *testing.T) (*exec.Cmd, func() []byte) {
	t.Helper()
	cmd := exec.Command(binary(t), "--mouse")
	cmd.Env = []string{"TERM=xterm-256color", "HOME=/nonexistent"}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 120, Rows: 40})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); f.Close() })
	out := make(chan []byte, 64)
	go func() {
		for {
			buf := make([]byte, 16<<10)
			n, err := f.Read(buf)
			if n > 0 {
				out <- buf[:n]
			}
			if err != nil {
				close(out)
				return
			}
		}
	}()
	var all []byte
	collect := func(until func([]byte) bool, d time.Duration) {
		deadline := time.After(d)
		for !until(all) {
			select {
			case c, ok := <-out:
				if !ok {
					return
				}
				all = append(all, c...)
			case <-deadline:
				return
			}
		}
	}
	collect(func(b []byte) bool { return bytes.Contains(b, []byte("Choose")) }, 10*time.Second)
	if !bytes.Contains(all, []byte("Choose")) {
		t.Fatalf("no first frame; output %q", all)
	}
	return cmd, func() []byte {
		collect(func([]byte) bool { return false }, 300*time.Millisecond)
		return all
	}
}

// TestSignalsRestoreTerminalAndExitStatus: SIGTERM and SIGHUP end the
// explorer with the terminal restored (main screen, cursor shown, mouse
// tracking off) and the shell's status for the signal.
func TestSignalsRestoreTerminalAndExitStatus(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		want int
	}{{syscall.SIGTERM, 143}, {syscall.SIGHUP, 129}, {syscall.SIGINT, 130}} {
		t.Run(c.sig.String(), func(t *testing.T) {
			cmd, output := explorerInPty(t)
			cmd.Process.Signal(c.sig)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				t.Fatalf("still running 5 s after %v", c.sig)
			}
			var ee *exec.ExitError
			code := 0
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			}
			if code != c.want {
				t.Errorf("exit status %d after %v (%v), want %d", code, c.sig, err, c.want)
			}
			out := output()
			i := bytes.LastIndex(out, []byte("Choose"))
			tail := out[i:]
			for _, seq := range []struct{ name, seq string }{
				{"leave the alternate screen", "\x1b[?1049l"},
				{"show the cursor", "\x1b[?25h"},
				{"turn mouse tracking off", "\x1b[?1002l"},
			} {
				if !bytes.Contains(tail, []byte(seq.seq)) {
					t.Errorf("after %v the program did not %s (%q); it wrote %q", c.sig, seq.name, seq.seq, tail)
				}
			}
		})
	}
}
