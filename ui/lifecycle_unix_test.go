//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package ui

import (
	"bytes"
	"io"
	"os"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// openPty gives a pseudo-terminal: the terminal's side (term) and the
// program's (tty). It skips where none can be opened.
func openPty(t *testing.T) (term, tty *os.File) {
	t.Helper()
	term, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { term.Close(); tty.Close() })
	return term, tty
}

// pending reports whether tty has input waiting.
func pending(t *testing.T, tty *os.File) bool {
	fds := []unix.PollFd{{Fd: int32(tty.Fd()), Events: unix.POLLIN}}
	n, _ := unix.Poll(fds, 50)
	return n > 0
}

// TestDrainLateReplies: a terminal on a slow link answers the program's
// queries 150 ms late, after it has quit; drainFd reads them and its own
// query's answer, so none is left for the shell.
func TestDrainLateReplies(t *testing.T) {
	term, tty := openPty(t)
	late := "\x1b[?2026;2$y\x1b]11;rgb:0000/0000/0000\x1b\\"
	go func() {
		buf := make([]byte, 64)
		var got []byte
		for !bytes.Contains(got, []byte("\x1b[c")) {
			n, err := term.Read(buf)
			if err != nil {
				return
			}
			got = append(got, buf[:n]...)
		}
		time.Sleep(150 * time.Millisecond)
		io.WriteString(term, late)
		time.Sleep(100 * time.Millisecond)
		io.WriteString(term, "\x1b[?62;22c")
	}()
	start := time.Now()
	got := drainFd(int(tty.Fd()), tty, drainAnswering)
	if took := time.Since(start); took < 200*time.Millisecond || took > drainAnswering+100*time.Millisecond {
		t.Errorf("drain took %v; want it to wait for the answer (~250 ms) and no longer than the bound", took)
	}
	if want := late + "\x1b[?62;22c"; string(got) != want {
		t.Errorf("drained %q, want %q", got, want)
	}
	if pending(t, tty) {
		t.Error("replies left for the shell after draining")
	}
}

// TestDrainSilentTerminal: a terminal that never answers costs the bound,
// never a hang.
func TestDrainSilentTerminal(t *testing.T) {
	term, tty := openPty(t)
	go io.Copy(io.Discard, term)
	start := time.Now()
	drainFd(int(tty.Fd()), tty, drainSilent)
	if took := time.Since(start); took > drainSilent+150*time.Millisecond {
		t.Errorf("drain on a silent terminal took %v, bound %v", took, drainSilent)
	}
}

// TestDrainRestoresTerminal: echo and line mode are back after draining.
func TestDrainRestoresTerminal(t *testing.T) {
	term, tty := openPty(t)
	go io.Copy(io.Discard, term)
	before, err := unix.IoctlGetTermios(int(tty.Fd()), ioctlGetTermios)
	if err != nil {
		t.Skip(err)
	}
	drainFd(int(tty.Fd()), tty, 20*time.Millisecond)
	after, _ := unix.IoctlGetTermios(int(tty.Fd()), ioctlGetTermios)
	if before.Lflag != after.Lflag || before.Iflag != after.Iflag {
		t.Errorf("terminal modes changed: lflag %#x -> %#x, iflag %#x -> %#x", before.Lflag, after.Lflag, before.Iflag, after.Iflag)
	}
}

// TestHasText: terminal queries are not a frame; a frame's text is.
func TestHasText(t *testing.T) {
	for in, want := range map[string]bool{
		"\x1b[?2026$p\x1b[?2027$p\x1b]11;?\x07":  false,
		"\x1b]2;pathways\x1b\\\x1b[?1049h":       false,
		"\x1b[>4;2m\x1b[>1u\x1b[?u\x1b[H\x1b[2J": false,
		"\x1b[H pathways":                        true,
		"\x1b[38;5;111;1mChoose\x1b[m":           true,
		"\r\n":                                   false,
	} {
		if got := hasText([]byte(in)); got != want {
			t.Errorf("hasText(%q) = %v, want %v", in, got, want)
		}
	}
}
