//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// ansiSeq matches the escape sequences a frame is drawn with.
var ansiSeq = regexp.MustCompile(`\x1b\[[0-9;:?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[P_^][^\x1b]*\x1b\\|\x1b[ -/]*[0-~]`)

// The explorer loads the catalogue while Bubble Tea starts (ui.RunLoading).
// In a real terminal: a deep link that names nothing and a broken catalogue
// are still told on the command line, with exit status 1 and nothing of the
// explorer drawn; a good start draws the home screen.
func TestExplorerStartInATerminal(t *testing.T) {
	bin := binary(t)
	broken := filepath.Join(t.TempDir(), "broken.toml")
	if err := os.WriteFile(broken, []byte("[[role]]\nid = \"x\"\ntitle = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		want     string // on the screen
		drawn    bool   // the explorer's alternate screen was entered
		quitKeys string
	}{
		{"home", nil, 0, "Choose a way in", true, "q"},
		{"deep link to a role", []string{"--role", "cancer support worker"}, 0, "Cancer support worker", true, "qq"},
		{"no such role", []string{"--role", "no such role"}, exitFail, `no role called "no such role"`, false, ""},
		{"no such route end", []string{"--route", "cancer support worker", "zzzz"}, exitFail, `no role called "zzzz"`, false, ""},
		{"broken catalogue", []string{"--catalogue", broken}, exitFail, "stopped, as your catalogue has errors", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			cmd.Env = []string{"TERM=xterm-256color", "HOME=/nonexistent", "PATH=" + os.Getenv("PATH")}
			f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
			if err != nil {
				t.Skipf("no pseudo-terminal: %v", err)
			}
			defer f.Close()
			var mu sync.Mutex
			var out bytes.Buffer
			go func() {
				buf := make([]byte, 32<<10)
				for {
					n, err := f.Read(buf)
					mu.Lock()
					out.Write(buf[:n])
					mu.Unlock()
					if bytes.Contains(buf[:n], []byte("\x1b[c")) {
						f.Write([]byte("\x1b[?62;22c"))
					}
					if err != nil {
						return
					}
				}
			}()
			screen := func() string {
				mu.Lock()
				defer mu.Unlock()
				return strings.Join(strings.Fields(ansiSeq.ReplaceAllString(out.String(), " ")), " ")
			}
			deadline := time.Now().Add(5 * time.Second)
			for !strings.Contains(screen(), tc.want) && time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
			}
			if !strings.Contains(screen(), tc.want) {
				t.Fatalf("%q never appeared; the terminal showed: %q", tc.want, screen())
			}
			if tc.quitKeys != "" {
				time.Sleep(100 * time.Millisecond)
				for _, k := range tc.quitKeys {
					f.Write([]byte(string(k)))
					time.Sleep(100 * time.Millisecond)
				}
			}
			if code := waitCode(t, cmd); code != tc.code {
				t.Errorf("exit status %d, want %d; the terminal showed: %q", code, tc.code, screen())
			}
			mu.Lock()
			drawn := bytes.Contains(out.Bytes(), []byte("\x1b[?1049h"))
			mu.Unlock()
			if drawn != tc.drawn {
				t.Errorf("explorer drawn: %v, want %v; the terminal showed: %q", drawn, tc.drawn, screen())
			}
		})
	}
}

// TestDumbTerminalNotice: with TERM=dumb in a terminal, pathways says in one
// line that fits 80 columns that it uses plain mode (plain mode never wraps,
// so a longer line would break mid-word in an 80-column terminal).
func TestDumbTerminalNotice(t *testing.T) {
	cmd := exec.Command(binary(t))
	cmd.Env = []string{"TERM=dumb", "HOME=/nonexistent", "PATH=" + os.Getenv("PATH")}
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer f.Close()
	var out bytes.Buffer
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 4096)
		for !bytes.Contains(out.Bytes(), []byte("Type a number")) {
			n, err := f.Read(buf)
			out.Write(buf[:n])
			if err != nil {
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	f.Write([]byte("q\r"))
	waitCode(t, cmd)
	first, _, _ := strings.Cut(strings.ReplaceAll(out.String(), "\r", ""), "\n")
	if !strings.Contains(first, "plain mode") || len([]rune(first)) > 80 {
		t.Errorf("first line %q (%d characters): want a plain-mode notice of at most 80", first, len([]rune(first)))
	}
}
