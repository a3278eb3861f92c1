package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/nhs-pathways/pathways/ui"
)

// explore opens the explorer when stdin and stdout are terminals; piped,
// it prints an overview. Deep links are resolved first, so a wrong name is
// explained on the command line and no screen is ever drawn for it.
func explore(a *app) error {
	cat, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		return err
	}
	a.cat = cat
	opts := ui.Options{Theme: a.opts.theme, Mouse: a.opts.mouse, NoColor: a.env.getenv("NO_COLOR") != ""}
	if a.opts.role != "" {
		r, err := cat.FindRole(a.opts.role)
		if err != nil {
			return nameErr(err)
		}
		opts.Role = r.ID
	}
	if a.opts.routeFrom != "" {
		from, err := cat.FindRole(a.opts.routeFrom)
		if err != nil {
			return nameErr(err)
		}
		to, err := cat.FindRole(a.opts.routeTo)
		if err != nil {
			return nameErr(err)
		}
		opts.RouteFrom, opts.RouteTo = from.ID, to.ID
	}
	if a.opts.caseName != "" {
		cs, err := cat.FindCase(a.opts.caseName)
		if err != nil {
			return nameErr(err)
		}
		opts.Case = cs.ID
	}
	if err := compareLink(a, &opts); err != nil {
		return err
	}
	interactive := a.env.stdinTTY && a.env.stdoutTTY
	if !interactive || a.opts.plain || a.env.getenv("TERM") == "dumb" {
		gcStartDone() // no frame to wait for
	}
	switch {
	case a.opts.plain:
		return runPlain(a, opts)
	case interactive && a.env.getenv("TERM") == "dumb":
		fmt.Fprintln(a.env.stdout, "This terminal (TERM=dumb) cannot show the full-screen explorer, so pathways is using plain mode.")
		return runPlain(a, opts)
	case interactive:
		opts.FirstFrame = gcStartDone
		profile := a.env.colorProfile()
		opts.Profile = &profile
		return runExplorerSignals(a, opts)
	}
	return overview(a)
}

// runExplorerSignals runs the explorer so that SIGTERM and SIGHUP end it like
// a quit (the terminal restored: main screen, cursor shown, mouse off) and
// the program exits with the shell's status for the signal, 128+n: 143 for
// SIGTERM, 129 for SIGHUP. Ctrl+C and SIGINT are main's (130). Commands other
// than the explorer keep the default actions, which end them at once.
func runExplorerSignals(a *app, opts ui.Options) error {
	ctx, cancel := context.WithCancelCause(a.ctx)
	defer cancel(nil)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	go func() {
		select {
		case s := <-sigs:
			cancel(signalError{s})
		case <-ctx.Done():
		}
	}()
	in := *a
	in.ctx = ctx
	err := runExplorer(&in, opts)
	var se signalError
	if errors.As(context.Cause(ctx), &se) {
		return exitError{se.status()}
	}
	return err
}

// signalError is the cause of the explorer's end when a signal ended it.
type signalError struct{ sig os.Signal }

func (e signalError) Error() string { return "ended by " + e.sig.String() }

// status is the exit status a shell gives a process the signal ended.
func (e signalError) status() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFail
}

// overview is what `pathways` prints when stdout is not a terminal.
func overview(a *app) error {
	p := a.printer()
	if err := ui.Overview(a.out, a.cat, p.width); err != nil {
		return err
	}
	p.para("", "Open the explorer in a terminal with 'pathways'. Try 'pathways role CNS', 'pathways route \"cancer support worker\" \"nurse consultant\"', or 'pathways --help'.")
	return nil
}
