//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
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

// shellPty is an interactive bash with job control in a 120×40 pty, for
// what only a shell can do: stop a job and continue it with fg.
type shellPty struct {
	t   *testing.T
	f   *os.File
	cmd *exec.Cmd
	out chan []byte
	all []byte
}

func startShell(t *testing.T) *shellPty {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	cmd := exec.Command(bash, "--norc", "--noprofile", "-i")
	cmd.Env = []string{"TERM=xterm-256color", "PS1=PROMPT$ ", "HOME=/nonexistent", "PATH=/usr/bin:/bin"}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 120, Rows: 40})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	s := &shellPty{t: t, f: f, cmd: cmd, out: make(chan []byte, 64)}
	t.Cleanup(func() { cmd.Process.Kill(); f.Close() })
	go func() {
		for {
			buf := make([]byte, 16<<10)
			n, err := f.Read(buf)
			if n > 0 {
				s.out <- buf[:n]
			}
			if err != nil {
				close(s.out)
				return
			}
		}
	}()
	if !s.await("PROMPT$") {
		t.Skip("bash gave no prompt")
	}
	return s
}

// await reads until text appears in output that arrives from now on. The
// bound is generous: on a machine busy compiling, a process continued by
// fg can wait seconds for the processor before it draws.
func (s *shellPty) await(text string) bool {
	from := len(s.all)
	deadline := time.After(30 * time.Second)
	for !bytes.Contains(s.all[from:], []byte(text)) {
		select {
		case c, ok := <-s.out:
			if !ok {
				return false
			}
			s.all = append(s.all, c...)
		case <-deadline:
			return false
		}
	}
	return true
}

func (s *shellPty) send(keys string) { s.f.WriteString(keys) }

// tail is the last n bytes of output, for failure messages.
func (s *shellPty) tail(n int) []byte { return s.all[max(0, len(s.all)-n):] }

// TestSuspendAndContinue: ctrl+z gives the shell back a usable terminal
// (main screen) and `fg` redraws the explorer, which then still takes keys.
func TestSuspendAndContinue(t *testing.T) {
	s := startShell(t)
	s.send(binary(t) + "\r")
	if !s.await("Choose") {
		t.Fatal("no first frame")
	}
	from := len(s.all)
	s.send("\x1a")
	if !s.await("PROMPT$") {
		t.Fatal("ctrl+z did not give the shell back")
	}
	if !bytes.Contains(s.all[from:], []byte("\x1b[?1049l")) {
		t.Error("ctrl+z left the terminal on the alternate screen")
	}
	s.send("fg\r")
	if !s.await("Choose") {
		t.Fatal("fg did not redraw the explorer")
	}
	s.send("q")
	if !s.await("PROMPT$") {
		t.Fatalf("q did not quit after suspend and resume; the terminal got %q", s.tail(300))
	}
}

// TestOutsideStopRepaints: a stop from outside (SIGSTOP) followed by `fg`
// takes the terminal back and redraws the explorer rather than leaving the
// shell's lines on screen. Known to fail now and then on a busy machine
// (the terminal is released and not taken back; see the report of issue
// 10), so it runs only with PATHWAYS_TEST_JOBSTOP=1.
func TestOutsideStopRepaints(t *testing.T) {
	if os.Getenv("PATHWAYS_TEST_JOBSTOP") != "1" {
		t.Skip("set PATHWAYS_TEST_JOBSTOP=1 to run (known to be flaky under load)")
	}
	s := startShell(t)
	s.send(binary(t) + "\r")
	if !s.await("Choose") {
		t.Fatal("no first frame")
	}
	time.Sleep(300 * time.Millisecond)
	out, _ := exec.Command("pgrep", "-P", fmt.Sprint(s.cmd.Process.Pid)).Output()
	var pid int
	if _, err := fmt.Sscan(string(out), &pid); err != nil {
		t.Skipf("cannot find the explorer's pid: %v", err)
	}
	syscall.Kill(pid, syscall.SIGSTOP)
	if !s.await("PROMPT$") {
		t.Fatal("SIGSTOP did not give the shell back")
	}
	s.send("fg\r")
	if !s.await("Choose") {
		t.Fatalf("fg after an outside stop did not redraw the explorer; the terminal got %q", s.tail(300))
	}
	s.send("q")
	if !s.await("PROMPT$") {
		t.Fatal("q did not quit after an outside stop and fg")
	}
}
