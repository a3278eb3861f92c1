package main

import (
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// logger writes whole lines to the server's stderr, one writer at a time.
type logger struct {
	mu  sync.Mutex
	w   io.Writer
	now func() time.Time
}

// printf writes one line starting with the time (UTC, RFC 3339). Text from
// clients is cleaned of control sequences; no key material is ever logged.
func (l *logger) printf(format string, a ...any) {
	line := catalogue.Clean(fmt.Sprintf(format, a...))
	line = strings.ReplaceAll(line, "\n", " ")
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, "%s %s\n", l.now().UTC().Format(time.RFC3339), line)
}

// connLog is a client connection, and the one line logged for it when it
// has closed: when, who (address), for how long, and what happened on it.
type connLog struct {
	net.Conn
	start time.Time
	log   *logger

	once sync.Once
	mu   sync.Mutex
	what []string
}

// note records what happened ("explorer", "refused a command", ...).
func (c *connLog) note(format string, a ...any) {
	c.mu.Lock()
	c.what = append(c.what, fmt.Sprintf(format, a...))
	c.mu.Unlock()
}

// finish writes the connection's line, once; the server calls it when
// the connection has closed and every callback has run.
func (c *connLog) finish() {
	c.once.Do(func() {
		c.mu.Lock()
		what := strings.Join(c.what, "; ")
		c.mu.Unlock()
		if what == "" {
			what = "no session"
		}
		c.log.printf("%s connected for %s: %s", c.RemoteAddr(), c.log.now().Sub(c.start).Round(time.Millisecond), what)
	})
}

// humanDuration gives 30m0s as "30m", 1h30m0s as "1h30m", 90s as "1m30s".
func humanDuration(d time.Duration) string {
	s := d.Round(time.Second).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	if d < time.Second {
		s = d.String()
	}
	return s
}
