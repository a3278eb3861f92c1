package main

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"

	"github.com/nhs-pathways/pathways/ui"
)

// TestExplorer is a visit: a PTY, the home screen, a key, back, quit.
func TestExplorer(t *testing.T) {
	r := start(t)
	tm := openTerm(t, mustDial(t, r.addr), 80, 24)
	tm.out.waitFor(t, "Choose a way in", 10*time.Second)
	tm.keys(t, "c")
	tm.out.waitFor(t, "Case studies", 5*time.Second)
	tm.keys(t, "\x1b") // esc: back home
	time.Sleep(100 * time.Millisecond)
	if err := tm.sess.WindowChange(10, 30); err != nil {
		t.Fatal("window change:", err)
	}
	tm.out.waitFor(t, "Make the window larger", 5*time.Second)
	mark := len(tm.out.text())
	tm.sess.WindowChange(24, 80)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(tm.out.text()[mark:], "By band") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if !strings.Contains(tm.out.text()[mark:], "By band") {
		t.Fatalf("no home screen after growing the window again:\n%s", tm.out.text()[mark:])
	}
	tm.keys(t, "q")
	if code := tm.wait(t, 5*time.Second); code != 0 {
		t.Errorf("exit status %d after q, want 0", code)
	}
	r.stop(t)
	if !strings.Contains(r.log.String(), "explorer 80x24") {
		t.Errorf("no log line for the session:\n%s", r.log)
	}
}

// TestRefusals: no commands, no forwarding of ports, agents or X11, no
// SFTP; and the session still works afterwards.
func TestRefusals(t *testing.T) {
	r := start(t)
	c := mustDial(t, r.addr)

	sess, _ := c.NewSession()
	var out, errb bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errb
	err := sess.Run("cat /etc/passwd")
	if code := exitStatus(err); code != 1 {
		t.Errorf("exec: exit status %d (%v), want 1", code, err)
	}
	if !strings.Contains(errb.String(), "runs no commands") || strings.Contains(out.String(), "root:") {
		t.Errorf("exec was not refused clearly: stdout %q stderr %q", out.String(), errb.String())
	}

	sess, _ = c.NewSession()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was accepted")
	}
	sess, _ = c.NewSession()
	if err := agent.RequestAgentForwarding(sess); err == nil {
		t.Error("agent forwarding was accepted")
	}
	if ok, _ := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single        bool
		Proto, Cookie string
		Screen        uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})); ok {
		t.Error("X11 forwarding was accepted")
	}
	if conn, err := c.Dial("tcp", r.addr); err == nil {
		conn.Close()
		t.Error("local port forwarding (direct-tcpip) was accepted")
	}
	if ln, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Error("remote port forwarding (tcpip-forward) was accepted")
	}
	if _, _, err := c.OpenChannel("x11", nil); err == nil {
		t.Error("an x11 channel was accepted")
	}
	tm := openTerm(t, c, 80, 24)
	tm.out.waitFor(t, "Choose a way in", 10*time.Second)
	tm.keys(t, "\x03") // ctrl+c
	tm.wait(t, 5*time.Second)
	r.stop(t)
	for _, want := range []string{"refused a command", `refused subsystem "sftp"`, `refused a "direct-tcpip" channel`, `refused "tcpip-forward"`, `refused a "x11" channel`} {
		if !strings.Contains(r.log.String(), want) {
			t.Errorf("the log does not say %s:\n%s", want, r.log)
		}
	}
}

// TestOverview: a session without a PTY gets the overview and the hint.
func TestOverview(t *testing.T) {
	r := start(t)
	sess, err := mustDial(t, r.addr).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sess.Stdout = &out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	if err := sess.Wait(); err != nil {
		t.Fatalf("overview session: %v\n%s", err, out.String())
	}
	got := out.String()
	cat, err := loadCatalogue("", os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	ui.Overview(&want, cat, 80)
	if !strings.HasPrefix(got, want.String()) {
		t.Errorf("the overview is not ui.Overview's:\n%s", got)
	}
	for _, w := range []string{"Roles by band", "Curated routes", "ssh -t -p "} {
		if !strings.Contains(got, w) {
			t.Errorf("the overview has no %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "\x1b") {
		t.Errorf("the overview has escape sequences: %q", got)
	}
}

// TestOverviewIsPathwaysPiped: the overview is what `pathways` prints when
// piped, up to its closing hint.
func TestOverviewIsPathwaysPiped(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/pathways")
	}
	bin := filepath.Join(t.TempDir(), "pathways")
	if out, err := exec.Command("go", "build", "-o", bin, "../pathways").CombinedOutput(); err != nil {
		t.Skipf("cannot build pathways: %v\n%s", err, out)
	}
	piped, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	cat, err := loadCatalogue("", os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var ours bytes.Buffer
	ui.Overview(&ours, cat, 80)
	if !strings.HasPrefix(string(piped), ours.String()) {
		t.Errorf("ui.Overview differs from `pathways | cat`:\n--- pathways\n%s\n--- ui.Overview\n%s", piped, ours.String())
	}
}

// TestMaxSessions: the N+1th session is told the server is full and
// closed; when one leaves, the next gets in.
func TestMaxSessions(t *testing.T) {
	r := start(t, "--max-sessions", "2")
	c := mustDial(t, r.addr)
	a, b := openTerm(t, c, 80, 24), openTerm(t, mustDial(t, r.addr), 80, 24)
	a.out.waitFor(t, "Choose a way in", 10*time.Second)
	b.out.waitFor(t, "Choose a way in", 10*time.Second)
	third := openTerm(t, mustDial(t, r.addr), 80, 24)
	third.out.waitFor(t, "pathways is full (2 sessions at once)", 5*time.Second)
	if code := third.wait(t, 5*time.Second); code != 1 {
		t.Errorf("the session turned away exited %d, want 1", code)
	}
	a.keys(t, "q")
	a.wait(t, 5*time.Second)
	fourth := openTerm(t, c, 80, 24)
	fourth.out.waitFor(t, "Choose a way in", 10*time.Second)
	r.stop(t)
	if !strings.Contains(r.log.String(), "turned away: full") {
		t.Errorf("the log does not say who was turned away:\n%s", r.log)
	}
}

// TestIdleTimeout: a session with no key for D is closed with a message;
// one that keeps pressing keys is not.
func TestIdleTimeout(t *testing.T) {
	r := start(t, "--idle-timeout", "1s")
	idle, busy := openTerm(t, mustDial(t, r.addr), 80, 24), openTerm(t, mustDial(t, r.addr), 80, 24)
	idle.out.waitFor(t, "Choose a way in", 10*time.Second)
	busy.out.waitFor(t, "Choose a way in", 10*time.Second)
	begin := time.Now()
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				busy.in.Write([]byte("j"))
			}
		}
	}()
	idle.out.waitFor(t, "No key was pressed for 1s", 5*time.Second)
	idle.wait(t, 5*time.Second)
	if d := time.Since(begin); d < 800*time.Millisecond {
		t.Errorf("closed after %s, before the idle timeout", d)
	}
	time.Sleep(time.Second)
	close(stop)
	if strings.Contains(busy.out.text(), "No key was pressed") {
		t.Error("a session pressing keys was closed as idle")
	}
}

// TestShutdown: SIGTERM (the context ending) says goodbye to every
// session, and run returns 0.
func TestShutdown(t *testing.T) {
	r := start(t)
	a, b := openTerm(t, mustDial(t, r.addr), 80, 24), openTerm(t, mustDial(t, r.addr), 100, 30)
	a.out.waitFor(t, "Choose a way in", 10*time.Second)
	b.out.waitFor(t, "Choose a way in", 10*time.Second)
	idle := mustDial(t, r.addr) // a connection with no session at all
	_ = idle
	begin := time.Now()
	if code := r.stop(t); code != 0 {
		t.Errorf("exit status %d on shutdown, want 0", code)
	}
	if d := time.Since(begin); d > goodbyeWait+time.Second {
		t.Errorf("shutdown took %s", d)
	}
	for _, tm := range []*term{a, b} {
		tm.out.waitFor(t, "pathways is closing for now. Goodbye.", 2*time.Second)
	}
	if !strings.Contains(r.log.String(), "stopped") {
		t.Errorf("log:\n%s", r.log)
	}
}

// TestHostKey: made with mode 0600 when missing, nothing else written, and
// the same key served the next time.
func TestHostKey(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "host_key")
	var keys []string
	for range 2 {
		r := start(t, "--host-key", path)
		var got gossh.PublicKey
		c, err := gossh.Dial("tcp", r.addr, &gossh.ClientConfig{User: "v", HostKeyCallback: func(_ string, _ net.Addr, k gossh.PublicKey) error {
			got = k
			return nil
		}})
		if err != nil {
			t.Fatal(err)
		}
		c.Close()
		keys = append(keys, gossh.FingerprintSHA256(got))
		r.stop(t)
	}
	if keys[0] != keys[1] {
		t.Errorf("the host key changed between runs: %v", keys)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("pathways-serve wrote %d files, want only the key: %v", len(entries), entries)
	}
}

// TestHugeWindow: a client claiming an enormous window is served at a
// bounded size, and the server carries on.
func TestHugeWindow(t *testing.T) {
	r := start(t)
	c := mustDial(t, r.addr)
	sess, _ := c.NewSession()
	tm := &term{sess: sess, out: &syncBuf{}}
	sess.Stdout = tm.out
	tm.in, _ = sess.StdinPipe()
	if err := sess.RequestPty("xterm", 1<<30, 1<<30, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	tm.out.waitFor(t, "Choose a way in", 20*time.Second)
	tm.sess.WindowChange(1<<31-1, 1<<31-1)
	tm.keys(t, "c")
	tm.out.waitFor(t, "Case studies", 20*time.Second)
	tm.keys(t, "\x03")
	tm.wait(t, 10*time.Second)
	if !strings.Contains(r.log.String(), "listening") {
		t.Fatal(r.log)
	}
	openTerm(t, c, 80, 24).out.waitFor(t, "Choose a way in", 10*time.Second)
}

// TestTerminals: TERM=dumb gets the overview; NO_COLOR from the client
// gets no colour; a wide terminal gets a wide screen.
func TestTerminals(t *testing.T) {
	r := start(t)
	c := mustDial(t, r.addr)

	sess, _ := c.NewSession()
	var out bytes.Buffer
	sess.Stdout = &out
	if err := sess.RequestPty("dumb", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	sess.Wait()
	if got := out.String(); !strings.Contains(got, "Roles by band") || !strings.Contains(got, "TERM=dumb") || strings.Contains(got, "\x1b[") {
		t.Errorf("TERM=dumb did not get the plain overview:\n%q", got)
	}

	colour := func(env ...string) string {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+1 < len(env); i += 2 {
			if err := sess.Setenv(env[i], env[i+1]); err != nil {
				t.Fatal(err)
			}
		}
		tm := &term{sess: sess, out: &syncBuf{}}
		sess.Stdout = tm.out
		tm.in, _ = sess.StdinPipe()
		sess.RequestPty("xterm-256color", 24, 120, gossh.TerminalModes{})
		sess.Shell()
		tm.out.waitFor(t, "Choose a way in", 10*time.Second)
		time.Sleep(100 * time.Millisecond)
		tm.keys(t, "q")
		tm.wait(t, 5*time.Second)
		return tm.out.String()
	}
	hasColour := func(s string) bool { return strings.Contains(s, "[38;") || strings.Contains(s, ";38;") }
	if s := colour(); !hasColour(s) {
		t.Errorf("xterm-256color got no colour: %q", s[:min(len(s), 400)])
	}
	if s := colour("NO_COLOR", "1"); hasColour(s) {
		t.Errorf("NO_COLOR=1 still got colour: %q", s[:min(len(s), 400)])
	}
}
