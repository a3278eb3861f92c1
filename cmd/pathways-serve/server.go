package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
)

// Timeouts that are not flags.
const (
	handshakeTimeout = 30 * time.Second // to finish the SSH handshake and sign-in
	goodbyeWait      = 5 * time.Second  // for sessions to say goodbye on shutdown
	maxEnvRequests   = 64               // environment variables a session may send
)

// server is one pathways-serve: the catalogue every session shares, the
// limits, and the SSH server.
type server struct {
	cat     *catalogue.Catalogue
	cfg     config
	log     *logger
	ssh     *ssh.Server
	slots   chan struct{}  // one per session running; cap is --max-sessions
	closing chan struct{}  // closed when the server starts shutting down
	connWg  sync.WaitGroup // connections not yet logged
	conns   sync.Map       // client address → *connLog

	// newModel makes a session's explorer; tests replace it.
	newModel func(cat *catalogue.Catalogue, opts ui.Options, s ui.Session) tea.Model
}

// serve loads everything, listens, and serves until ctx ends; then it says
// goodbye to every session and returns nil.
func serve(ctx context.Context, cfg config, stderr io.Writer) error {
	cat, err := loadCatalogue(cfg.catalogue, stderr)
	if err != nil {
		return err
	}
	signer, made, err := hostKey(cfg.hostKey, stderr)
	if err != nil {
		return err
	}
	var keys []gossh.PublicKey
	if cfg.authorizedKeys != "" {
		if keys, err = authorizedKeys(cfg.authorizedKeys); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", cfg.listen)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %v", cfg.listen, errors.Unwrap(err))
	}
	s := newServer(cat, cfg, signer, keys, &logger{w: stderr, now: time.Now})
	how := "read from"
	if made {
		how = "made in"
	}
	who := "anyone may connect"
	if keys != nil {
		who = fmt.Sprintf("%s in %s may connect", catalogue.Plural(len(keys), "key"), cfg.authorizedKeys)
	}
	s.log.printf("pathways-serve listening on %s; host key %s %s (%s); %s; at most %s, closed after %s with no key",
		ln.Addr(), how, cfg.hostKey, gossh.FingerprintSHA256(signer.PublicKey()), who,
		catalogue.Plural(cfg.maxSessions, "session"), humanDuration(cfg.idle))
	return s.serve(ctx, ln)
}

func newServer(cat *catalogue.Catalogue, cfg config, signer gossh.Signer, keys []gossh.PublicKey, log *logger) *server {
	s := &server{
		cat: cat, cfg: cfg, log: log,
		slots:    make(chan struct{}, cfg.maxSessions),
		closing:  make(chan struct{}),
		newModel: ui.NewModel,
	}
	s.ssh = &ssh.Server{
		Handler:          s.handle,
		HostSigners:      []ssh.Signer{signer},
		Version:          "pathways",
		HandshakeTimeout: handshakeTimeout,
		// A backstop for connections with no session; sessions close
		// themselves, with a goodbye, after --idle-timeout with no key.
		IdleTimeout: cfg.idle + time.Minute,
		// Only sessions: no port forwarding (direct-tcpip), no X11 or agent
		// channels. No global requests (tcpip-forward), no subsystems (sftp).
		ChannelHandlers:   map[string]ssh.ChannelHandler{"session": session, "default": refuseChannel},
		RequestHandlers:   map[string]ssh.RequestHandler{"default": refuseRequest},
		SubsystemHandlers: map[string]ssh.SubsystemHandler{},
		SessionRequestCallback: func(sess ssh.Session, kind string) bool {
			if kind == "subsystem" {
				note(sess.Context(), "refused subsystem %q", sess.Subsystem())
				return false
			}
			return true
		},
		ConnCallback: s.track,
		ConnectionFailedCallback: func(conn net.Conn, err error) {
			if c, ok := s.conns.Load(conn.RemoteAddr().String()); ok {
				c.(*connLog).note("did not sign in (%v)", err)
			}
		},
		ConnectionCloseCallback: func(conn net.Conn) {
			if c, ok := s.conns.LoadAndDelete(conn.RemoteAddr().String()); ok {
				c.(*connLog).finish()
				s.connWg.Done()
			}
		},
	}
	if keys != nil {
		// With no handler at all, the server lets everyone in ("none").
		s.ssh.PublicKeyHandler = func(_ ssh.Context, key ssh.PublicKey) bool {
			for _, k := range keys {
				if ssh.KeysEqual(key, k) {
					return true
				}
			}
			return false
		}
	}
	return s
}

// track wraps each new connection so that it logs one line when it closes.
func (s *server) track(ctx ssh.Context, conn net.Conn) net.Conn {
	addr := conn.RemoteAddr().String()
	c := &connLog{Conn: conn, start: s.log.now(), log: s.log}
	s.connWg.Add(1)
	s.conns.Store(addr, c)
	ctx.SetValue(connKey{}, c)
	return c
}

type connKey struct{}

// note records what happened on the connection of ctx, for its log line.
func note(ctx ssh.Context, format string, a ...any) {
	if c, ok := ctx.Value(connKey{}).(*connLog); ok {
		c.note(format, a...)
	}
}

// refuseChannel turns down every channel but a session: port forwarding
// (direct-tcpip), X11, agent, and any other kind.
func refuseChannel(_ *ssh.Server, _ *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	note(ctx, "refused a %q channel", ch.ChannelType())
	ch.Reject(gossh.Prohibited, "pathways-serve offers the careers explorer only")
}

// refuseRequest turns down every global request, noting those that ask
// for forwarding (keepalives are not worth a note).
func refuseRequest(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	if strings.Contains(req.Type, "forward") {
		note(ctx, "refused %q", req.Type)
	}
	return false, nil
}

// serve accepts connections on ln until ctx ends, then closes every
// session with a goodbye, waits up to goodbyeWait for them, closes what is
// left and returns nil.
func (s *server) serve(ctx context.Context, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- s.ssh.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("stopped serving: %v", err)
	case <-ctx.Done():
	}
	n := len(s.slots)
	s.log.printf("pathways-serve shutting down; saying goodbye to %s", catalogue.Plural(n, "session"))
	ln.Close()
	close(s.closing)
	if !s.drained(goodbyeWait) {
		s.log.printf("pathways-serve: some sessions did not finish within %s; closing them", goodbyeWait)
	}
	s.ssh.Close()
	<-errc
	wait(&s.connWg, time.Second) // for each connection's log line
	s.log.printf("pathways-serve stopped")
	return nil
}

// drained waits up to d for every session with a slot to end, and says
// whether they did.
func (s *server) drained(d time.Duration) bool {
	deadline := time.Now().Add(d)
	for len(s.slots) > 0 {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return true
}

// wait waits for wg up to d, and says whether it finished.
func wait(wg *sync.WaitGroup, d time.Duration) bool {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// session handles a session channel as the ssh package does, but first
// refuses agent forwarding and X11 (which it would otherwise accept or
// ignore) and stops a client from sending environment variables without end.
func session(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, filtered{ch}, ctx)
}

type filtered struct{ gossh.NewChannel }

func (f filtered) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, in, err := f.NewChannel.Accept()
	if err != nil {
		return ch, in, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		env := 0
		for req := range in {
			switch req.Type {
			case "auth-agent-req@openssh.com", "x11-req":
				req.Reply(false, nil)
				continue
			case "env":
				if env++; env > maxEnvRequests {
					req.Reply(false, nil)
					continue
				}
			}
			out <- req
		}
	}()
	return ch, out, nil
}
