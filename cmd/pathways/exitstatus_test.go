//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// The exit statuses the README promises for ctrl+c and a reader that goes
// away: ctrl+c in plain mode is an interrupt (130); a closed pipe ends a
// command by SIGPIPE (141), as for other Unix tools.
func TestExitStatusesAsDocumented(t *testing.T) {
	bin := binary(t)
	t.Run("plain ctrl+c", func(t *testing.T) {
		cmd := exec.Command(bin, "--plain")
		cmd.Env = []string{"TERM=xterm-256color", "HOME=/nonexistent"}
		f, err := pty.Start(cmd)
		if err != nil {
			t.Skipf("no pseudo-terminal: %v", err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); f.Close() })
		go func() {
			buf := make([]byte, 4096)
			for {
				if _, err := f.Read(buf); err != nil {
					return
				}
			}
		}()
		time.Sleep(300 * time.Millisecond)
		f.Write([]byte{3}) // ctrl+c
		if code := waitCode(t, cmd); code != exitInterrupted {
			t.Errorf("plain mode, ctrl+c: exit %d, want %d", code, exitInterrupted)
		}
	})
	t.Run("closed pipe", func(t *testing.T) {
		cmd := exec.Command(bin, "roles")
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close() // the reader has gone before anything is written
		cmd.Stdout = w
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		w.Close()
		if code := waitCode(t, cmd); code != 141 {
			t.Errorf("roles into a closed pipe: exit %d, want 141 (SIGPIPE)", code)
		}
	})
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(readme)), " ")
	for _, want := range []string{"141", "SIGPIPE", "130 interrupted", "in plain mode", "explorer ctrl+c is a key"} {
		if !strings.Contains(text, want) {
			t.Errorf("README's exit status paragraph does not say %q", want)
		}
	}
}

// waitCode waits up to 5 s for cmd and returns its exit status as a shell
// reports it: 128+n when signal n ended it.
func waitCode(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				return 128 + int(ws.Signal()) // as a shell reports it
			}
			return ee.ExitCode()
		}
		return 0
	case <-time.After(5 * time.Second):
		t.Fatalf("still running after 5 s")
	}
	return 0
}
