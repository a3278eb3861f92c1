package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"syscall"

	"github.com/nhs-pathways/pathways/catalogue"
)

// checkedWriter is stdout for one run: it remembers the first write error,
// writes nothing after it, and run checks it once at the end, so that a
// full disk, a closed stdout or a reader that went away is never taken for
// success. It passes on the file descriptor of the file under it, so that
// colour detection still sees a terminal.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		c.err = err
	}
	return n, err
}

// Fd is the descriptor of the file written to, or ^0 (not a terminal).
func (c *checkedWriter) Fd() uintptr {
	if f, ok := c.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

// Read and Close make it a term.File for colour detection; stdout is
// never read or closed here.
func (c *checkedWriter) Read([]byte) (int, error) { return 0, io.EOF }
func (c *checkedWriter) Close() error             { return nil }

// isBrokenPipe: the reader of a pipe has gone (pathways roles | head).
func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }

// problemsError is a catalogue that did not load: every problem found,
// and for a command other than validate the user's catalogue path (from
// --catalogue, or PATHWAYS_CATALOGUE when fromEnv).
type problemsError struct {
	probs   catalogue.Problems
	path    string
	fromEnv bool
	alone   bool // --catalogue-only
}

// advice says, after the problems, that nothing was shown and what to do;
// "" for validate, whose report is the answer.
func (p problemsError) advice() string {
	if p.path == "" {
		return ""
	}
	without := "run without --catalogue"
	switch {
	case p.fromEnv:
		without = "unset PATHWAYS_CATALOGUE"
	case p.alone:
		without = "run without --catalogue and --catalogue-only"
	}
	return fmt.Sprintf("pathways: stopped, as your catalogue has errors.\nFix them (check again with 'pathways validate %s'), or %s.", clean(p.path), without)
}

func (p problemsError) Error() string { return p.summary() }

func (p problemsError) summary() string {
	return fmt.Sprintf("the catalogue has %s, %s", catalogue.Plural(p.probs.Errors(), "error"), catalogue.Plural(p.probs.Warnings(), "warning"))
}

func (p problemsError) lines() []string {
	out := make([]string, 0, len(p.probs))
	for _, x := range p.probs {
		out = append(out, x.String())
	}
	return out
}

// jsonError is what a command run with --json writes to stderr when it
// fails: the message, the exit status and, for a catalogue that did not
// load, each problem as "FILE:LINE: message".
type jsonError struct {
	Error    string   `json:"error"`
	Exit     int      `json:"exit"`
	Problems []string `json:"problems,omitempty"`
}

func writeJSONError(w io.Writer, msg string, code int, problems []string) {
	writeJSON(w, jsonError{Error: msg, Exit: code, Problems: problems})
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// closedWriter is stdout when pathways was started with it closed.
type closedWriter struct{}

var errStdoutClosed = errors.New("standard output is closed")

func (closedWriter) Write([]byte) (int, error) { return 0, errStdoutClosed }
