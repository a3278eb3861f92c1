//go:build unix

package ui

import (
	"io"
	"os"
	"os/signal"
	"regexp"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// jobControl suspends and resumes the explorer properly. ctrl+z (a key in
// raw mode) releases the terminal (main screen, cursor, modes) before the
// process stops, and takes it back and repaints on `fg` (tea.Suspend). A
// stop from outside (SIGSTOP, or SIGTSTP, which is left at its default:
// once notified, Go could not give it back to the kernel to stop us) cannot
// release the terminal first, so on the SIGCONT that follows it the
// terminal is taken back and the screen repainted in full.
type jobControl struct {
	p          *tea.Program
	sigs       chan os.Signal
	done       chan struct{}
	suspending atomic.Bool // a suspend we asked for awaits its SIGCONT
}

func startJobControl(p *tea.Program) *jobControl {
	j := &jobControl{p: p, sigs: make(chan os.Signal, 2), done: make(chan struct{})}
	signal.Notify(j.sigs, syscall.SIGCONT)
	go j.loop()
	return j
}

func (j *jobControl) loop() {
	for {
		select {
		case <-j.done:
			return
		case <-j.sigs:
			// The first SIGCONT after our own suspend is Bubble Tea's
			// to handle; any other follows a stop from outside. (The
			// runtime merges a SIGCONT still pending with the next, so a
			// stop within moments of a resume may not be repainted;
			// ctrl+l then redraws the screen.)
			if !j.suspending.CompareAndSwap(true, false) {
				j.p.Send(continuedMsg{})
			}
		}
	}
}

// beginSuspend readies a suspend. It reports false when stopping would
// hang: a process group with no shell to continue it (orphaned) ignores
// SIGTSTP, and Bubble Tea would wait for a SIGCONT that never comes.
func (j *jobControl) beginSuspend() bool {
	return stoppable() && j.suspending.CompareAndSwap(false, true)
}

func (j *jobControl) stop() {
	signal.Stop(j.sigs)
	close(j.done)
}

// stoppable reports whether a shell can continue this process after a stop:
// its parent is in the same session but another process group, as a job
// control shell is to its jobs.
func stoppable() bool {
	ppid := os.Getppid()
	psid, err := unix.Getsid(ppid)
	if err != nil {
		return false
	}
	sid, err := unix.Getsid(0)
	if err != nil || sid != psid {
		return false
	}
	ppg, err := unix.Getpgid(ppid)
	return err == nil && ppg != unix.Getpgrp()
}

// Bounds for drainReplies: how long to wait for the terminal's answer to
// the closing query, when it has answered queries before, and when it
// never has (it may be slow, or may never answer).
const (
	drainAnswering = 500 * time.Millisecond
	drainSilent    = 100 * time.Millisecond
)

// da1Reply matches a terminal's reply to Primary Device Attributes.
var da1Reply = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\x1b\[\?[0-9;:]*c`) })

// drainReplies keeps replies to terminal queries from reaching the shell
// after the explorer ends: on a slow link they arrive late, when the
// terminal is back in cooked mode, and are echoed and read by the shell as
// typed text. It turns echo off, asks for Primary Device Attributes (which
// every terminal answers, and after every earlier reply) and discards
// input until that answer arrives or the bound passes, then restores the
// terminal. in must be the terminal the program read from; out the one it
// wrote to. It never waits longer than the bound, and does nothing if in or
// out is not a terminal.
func drainReplies(in, out any, answered bool) {
	fi, ok1 := in.(term.File)
	fo, ok2 := out.(term.File)
	if !ok1 || !ok2 || !term.IsTerminal(fi.Fd()) || !term.IsTerminal(fo.Fd()) {
		return
	}
	bound := drainSilent
	if answered {
		bound = drainAnswering
	}
	drainFd(int(fi.Fd()), fo, bound)
}

// drainFd is drainReplies on a file descriptor; it returns what it read.
func drainFd(fd int, out io.Writer, bound time.Duration) []byte {
	state, err := term.MakeRaw(uintptr(fd))
	if err != nil {
		return nil
	}
	defer term.Restore(uintptr(fd), state) //nolint:errcheck
	if _, err := io.WriteString(out, "\x1b[c"); err != nil {
		return nil
	}
	deadline := time.Now().Add(bound)
	var got []byte
	buf := make([]byte, 256)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return got
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left.Milliseconds())+1)
		if err == unix.EINTR {
			continue
		}
		broken := fds[0].Revents&(unix.POLLERR|unix.POLLHUP|unix.POLLNVAL) != 0 && fds[0].Revents&unix.POLLIN == 0
		if err != nil || n == 0 || broken {
			return got
		}
		r, err := unix.Read(fd, buf)
		if err == unix.EAGAIN || err == unix.EINTR {
			continue
		}
		if err != nil || r <= 0 {
			return got
		}
		got = append(got, buf[:r]...)
		if da1Reply().Match(got) {
			return got
		}
	}
}
