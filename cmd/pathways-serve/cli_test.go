package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
)

// TestUsage: command-line mistakes exit 2 with a message, and start nothing.
func TestUsage(t *testing.T) {
	key := filepath.Join(t.TempDir(), "k")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "--listen ADDR:PORT is required"},
		{[]string{"--listen", ":0"}, "--host-key FILE is required"},
		{[]string{"--listen", ":0", "--host-key", key, "--max-sessions", "0"}, "--max-sessions must be at least 1"},
		{[]string{"--listen", ":0", "--host-key", key, "--idle-timeout", "-1s"}, "--idle-timeout must be a positive"},
		{[]string{"--listen", ":0", "--host-key", key, "--idle-timeout", "soon"}, "invalid argument"},
		{[]string{"--listen", ":0", "--host-key", key, "--port", "22"}, "unknown flag: --port"},
		{[]string{"--listen", ":0", "--host-key", key, "extra"}, `unexpected argument "extra"`},
	} {
		var errb bytes.Buffer
		code := run(context.Background(), tc.args, io.Discard, &errb)
		if code != exitUsage || !strings.Contains(errb.String(), tc.want) || !strings.Contains(errb.String(), "--help") {
			t.Errorf("pathways-serve %q: exit %d, stderr %q; want 2 and %q", tc.args, code, errb.String(), tc.want)
		}
	}
	if _, err := os.Stat(key); err == nil {
		t.Error("a usage error wrote the host key")
	}
	var out bytes.Buffer
	if code := run(context.Background(), []string{"--help"}, &out, io.Discard); code != 0 || !strings.Contains(out.String(), "--idle-timeout") {
		t.Errorf("--help: exit %d, %q", code, out.String())
	}
}

// TestFailures: a broken catalogue, host key or authorized keys file stops
// the server with exit 1 and a FILE:LINE message, before it listens.
func TestFailures(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "trust.toml")
	os.WriteFile(bad, []byte("[[role]]\nid = \"x\"\ntitle = \n"), 0o644)
	notKey := filepath.Join(dir, "notkey")
	os.WriteFile(notKey, []byte("hello\n"), 0o600)
	keys := filepath.Join(dir, "authorized_keys")
	os.WriteFile(keys, []byte("# staff\n\nssh-ed25519 not-base64 someone\n"), 0o644)
	empty := filepath.Join(dir, "empty_keys")
	os.WriteFile(empty, []byte("# nobody yet\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--catalogue", bad}, "trust.toml:3"},
		{[]string{"--catalogue", filepath.Join(dir, "missing")}, "cannot read catalogue"},
		{[]string{"--host-key", notKey}, "is not a private key"},
		{[]string{"--host-key", filepath.Join(dir, "no", "such", "dir", "k")}, "host key"},
		{[]string{"--authorized-keys", keys}, "authorized_keys:3: not a public key"},
		{[]string{"--authorized-keys", empty}, "has no keys"},
		{[]string{"--listen", "256.1.1.1:22"}, "cannot listen on 256.1.1.1:22"},
	} {
		args := append([]string{"--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key")}, tc.args...)
		var errb bytes.Buffer
		code := run(context.Background(), args, io.Discard, &errb)
		if code != exitFail || !strings.Contains(errb.String(), tc.want) || strings.Contains(errb.String(), "goroutine") || strings.Contains(errb.String(), "listening") {
			t.Errorf("pathways-serve %q: exit %d, stderr %q; want 1 and %q", tc.args, code, errb.String(), tc.want)
		}
	}
}

// TestAuthorizedKeys: with --authorized-keys, only those keys get in.
func TestAuthorizedKeys(t *testing.T) {
	dir := t.TempDir()
	signer := func() gossh.Signer {
		_, priv, _ := ed25519.GenerateKey(rand.Reader)
		s, err := gossh.NewSignerFromKey(priv)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	staff, stranger := signer(), signer()
	path := filepath.Join(dir, "authorized_keys")
	os.WriteFile(path, append([]byte("# the workforce team\n"), gossh.MarshalAuthorizedKey(staff.PublicKey())...), 0o644)
	r := start(t, "--authorized-keys", path)
	if c, err := dial(t, r.addr); err == nil {
		c.Close()
		t.Error("a client with no key got in")
	}
	if c, err := dial(t, r.addr, gossh.PublicKeys(stranger)); err == nil {
		c.Close()
		t.Error("a key not in the file got in")
	}
	c, err := dial(t, r.addr, gossh.PublicKeys(staff))
	if err != nil {
		t.Fatal("the listed key was refused:", err)
	}
	defer c.Close()
	tm := openTerm(t, c, 80, 24)
	tm.out.waitFor(t, "Choose a way in", 10*time.Second)
	r.stop(t)
	if log := r.log.String(); strings.Contains(log, "AAAA") || !strings.Contains(log, "did not sign in") {
		t.Errorf("log (no key material; failed sign-ins noted):\n%s", log)
	}
}

// panicky is an explorer that panics on the first key.
type panicky struct{}

func (panicky) Init() tea.Cmd { return nil }
func (panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		panic("a bug in a screen")
	}
	return panicky{}, nil
}
func (panicky) View() tea.View { return tea.NewView("Choose a way in (panics on a key)") }

// TestCrashIsolated: a panic in one session's explorer, or in the code
// that starts it, ends that session with a message; the server and the
// other sessions go on.
func TestCrashIsolated(t *testing.T) {
	cat, err := loadCatalogue("", os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	signer, _, err := hostKey(filepath.Join(t.TempDir(), "k"), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	log := &syncBuf{}
	s := newServer(cat, config{maxSessions: 10, idle: time.Minute}, signer, nil, &logger{w: log, now: time.Now})
	calls := 0
	s.newModel = func(cat *catalogue.Catalogue, o ui.Options, ss ui.Session) tea.Model {
		calls++
		switch calls {
		case 1:
			return ui.NewModel(cat, o, ss)
		case 2:
			return panicky{}
		case 3:
			panic("a bug before the program starts")
		}
		return ui.NewModel(cat, o, ss)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, ln) }()
	defer func() { cancel(); <-done }()

	addr := ln.Addr().String()
	good := openTerm(t, mustDial(t, addr), 80, 24)
	good.out.waitFor(t, "Choose a way in", 10*time.Second)
	bad := openTerm(t, mustDial(t, addr), 80, 24)
	bad.out.waitFor(t, "panics on a key", 10*time.Second)
	bad.keys(t, "x")
	bad.out.waitFor(t, "Something went wrong inside pathways", 5*time.Second)
	bad.wait(t, 5*time.Second)
	worse := openTerm(t, mustDial(t, addr), 80, 24)
	worse.out.waitFor(t, "Something went wrong inside pathways", 5*time.Second)
	if code := worse.wait(t, 5*time.Second); code != 1 {
		t.Errorf("the session whose start panicked exited %d, want 1", code)
	}
	good.keys(t, "c")
	good.out.waitFor(t, "Case studies", 5*time.Second)
	after := openTerm(t, mustDial(t, addr), 80, 24)
	after.out.waitFor(t, "Choose a way in", 10*time.Second)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	done <- nil
	if n := strings.Count(log.String(), "crashed"); n != 2 {
		t.Errorf("%d crashes logged, want 2:\n%s", n, log)
	}
}
