// Package ui is the terminal explorer: one root model with a stack of
// screens (home, band ladder, role card, route stepper, route finder, case
// study reader, programmes, search, help), built on Bubble Tea v2.
package ui

import (
	"context"
	"errors"
	"io"
	"os"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Options are what the command line gives the explorer.
type Options struct {
	Theme              string // "", "dark", "light", "high-contrast"; "" follows the terminal
	NoColor            bool   // NO_COLOR: no colour at all
	Mouse              bool
	Role               string // deep links: already-resolved ids
	RouteFrom, RouteTo string
	Case               string
	CompareA, CompareB string    // deep link --compare A B
	ByYears            bool      // with RouteFrom: the route of least typical time
	Input              io.Reader // nil = stdin
	Output             io.Writer // nil = stdout

	// Profile is the terminal's colour profile, detected once by the
	// caller; nil: Bubble Tea detects it. NoColor wins over it.
	Profile *colorprofile.Profile
	// FirstFrame, if set, runs once when the first frame has been written
	// to the terminal (or when Run ends without one). The command line
	// turns the garbage collector back on from it.
	FirstFrame func()
}

// fps is the renderer's frame rate: the most Bubble Tea allows, so that the
// first frame and each key press reach the screen within ~8 ms.
const fps = 120

// RunLoading opens the explorer while load runs, so that loading the
// catalogue overlaps Bubble Tea's start (see starting): the first frame
// comes a load's time sooner. It returns when the user quits: nil, the
// context's error when the context ends first, load's error as it is, or a
// short error (the terminal restored) if something inside goes wrong.
func RunLoading(ctx context.Context, opts Options, load Loader) (err error) {
	out := opts.Output
	if out == nil {
		out = os.Stdout
	}
	// Lay out the first frame at the real size, so it is complete the
	// first time it is drawn rather than after the size message.
	var w, h int
	if f, ok := out.(term.File); ok && term.IsTerminal(f.Fd()) {
		w, h, _ = term.GetSize(f.Fd())
	}
	s := startLoading(load, opts, w, h)
	var answered atomic.Bool
	life := &lifecycle{Model: s, answered: &answered}
	watched, firstFrameDone := watchFirstFrame(out, &life.viewed, opts.FirstFrame)
	defer firstFrameDone()
	// Signals are the caller's: it ends ctx on SIGINT, SIGTERM and SIGHUP,
	// which restores the terminal; job control (ctrl+z) is lifecycle's.
	popts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithFPS(fps), tea.WithOutput(watched), tea.WithoutSignalHandler()}
	if opts.Input != nil {
		popts = append(popts, tea.WithInput(opts.Input))
	}
	switch {
	case opts.NoColor:
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	case opts.Profile != nil:
		popts = append(popts, tea.WithColorProfile(*opts.Profile))
	}
	defer func() {
		if r := recover(); r != nil {
			err = crashed(r)
		}
	}()
	p := tea.NewProgram(life, popts...)
	life.jobs = startJobControl(p)
	_, err = p.Run()
	life.jobs.stop()
	in := opts.Input
	if in == nil {
		in = os.Stdin
	}
	drainReplies(in, out, answered.Load())
	switch merr := s.modelErr(); {
	case merr != nil:
		return merr
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(err, tea.ErrInterrupted):
		return context.Canceled
	case errors.Is(err, tea.ErrProgramPanic):
		return errors.New("something went wrong inside pathways")
	}
	return err
}
