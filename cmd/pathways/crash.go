package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
)

// runExplorer runs the full-screen explorer. If it ever panics, Bubble Tea
// restores the terminal and writes the panic with a Go stack trace to
// os.Stderr; we hold that back and show it only with PATHWAYS_DEBUG=1, and
// the user sees one short message saying what to report.
func runExplorer(a *app, opts ui.Options) error {
	debug := a.env.getenv("PATHWAYS_DEBUG") == "1"
	// The catalogue loads while the explorer starts; its errors (a broken
	// catalogue, a deep link that names nothing) are the user's to fix,
	// not a crash, and are told on the command line as before.
	load := func(o *ui.Options) (*catalogue.Catalogue, error) {
		cat, err := loadLinked(a, o)
		if err != nil {
			return nil, loadError{err}
		}
		return cat, nil
	}
	err := withStderrHeld(debug, func() error { return ui.RunLoading(a.ctx, opts, load) })
	if le, ok := errors.AsType[loadError](err); ok {
		return le.err
	}
	if err == nil || errors.Is(err, a.ctx.Err()) {
		return err
	}
	if debug {
		var crash *ui.CrashError
		if errors.As(err, &crash) {
			fmt.Fprintf(a.env.stderr, "panic: %v\n\n%s\n", crash.Value, crash.Stack)
		}
		return failf("%v", err)
	}
	return failf("something went wrong inside the explorer, and it has closed. Please report it, with what you pressed just before. Run 'PATHWAYS_DEBUG=1 pathways' to see the details to report; 'pathways --plain' works meanwhile")
}

// loadError is an error of the catalogue's load or of a deep link, passed
// through the explorer (ui.RunLoading returns it as it is) so that it is
// told as itself, not as a crash.
type loadError struct{ err error }

func (e loadError) Error() string { return e.err.Error() }
func (e loadError) Unwrap() error { return e.err }

// withStderrHeld runs f with os.Stderr going to a pipe; what was written
// reaches the real stderr afterwards only when show is true.
func withStderrHeld(show bool, f func() error) error {
	r, w, err := os.Pipe()
	if err != nil {
		return f()
	}
	saved := os.Stderr
	os.Stderr = w
	var held bytes.Buffer
	done := make(chan struct{})
	go func() {
		io.Copy(&held, io.LimitReader(r, 1<<20))
		io.Copy(io.Discard, r)
		close(done)
	}()
	defer func() {
		os.Stderr = saved
		w.Close()
		<-done
		r.Close()
		if show {
			saved.Write(held.Bytes())
		}
	}()
	return f()
}
