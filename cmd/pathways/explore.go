package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
)

// explore opens the explorer when stdin and stdout are terminals; piped,
// it prints an overview. Deep links are resolved first, so a wrong name is
// explained on the command line and no screen is ever drawn for it.
//
// The explorer loads the catalogue while Bubble Tea sets the terminal up
// (ui.RunLoading), so the first frame does not wait for the load and then
// for the renderer's first tick in turn: the built-in catalogue is loaded
// and laid out before that tick (1/120 s) is due.
func explore(a *app) error {
	if a.opts.catalogueOnly && a.opts.catalogue == "" {
		return usagef("--catalogue-only needs --catalogue PATH")
	}
	opts := ui.Options{Theme: a.opts.theme, Mouse: a.opts.mouse, NoColor: a.env.getenv("NO_COLOR") != ""}
	interactive := a.env.stdinTTY && a.env.stdoutTTY
	dumb := a.env.getenv("TERM") == "dumb"
	if interactive && !a.opts.plain && !dumb {
		opts.FirstFrame = gcStartDone
		profile := a.env.colorProfile()
		opts.Profile = &profile
		return runExplorerSignals(a, opts)
	}
	cat, err := loadLinked(a, &opts)
	if err != nil {
		return err
	}
	a.cat = cat
	gcStartDone() // no frame to wait for
	switch {
	case a.opts.plain:
		return runPlain(a, opts)
	case interactive && dumb:
		// One line, as plain mode writes, short enough for 80 columns.
		fmt.Fprintln(a.env.stdout, "This terminal (TERM=dumb) cannot show the explorer; using plain mode instead.")
		return runPlain(a, opts)
	}
	return overview(a)
}

// loadLinked loads the catalogue and resolves the deep links (--role,
// --route, --case, --compare) in opts to ids. It reads a but does not
// change it, so it may run on its own goroutine.
func loadLinked(a *app, opts *ui.Options) (*catalogue.Catalogue, error) {
	cat, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		return nil, err
	}
	if a.opts.role != "" {
		r, err := cat.FindRole(a.opts.role)
		if err != nil {
			return nil, nameErr(err)
		}
		opts.Role = r.ID
	}
	if a.opts.routeFrom != "" {
		from, err := cat.FindRole(a.opts.routeFrom)
		if err != nil {
			return nil, nameErr(err)
		}
		to, err := cat.FindRole(a.opts.routeTo)
		if err != nil {
			return nil, nameErr(err)
		}
		opts.RouteFrom, opts.RouteTo = from.ID, to.ID
	}
	if a.opts.caseName != "" {
		cs, err := cat.FindCase(a.opts.caseName)
		if err != nil {
			return nil, nameErr(err)
		}
		opts.Case = cs.ID
	}
	if err := compareLink(a, cat, opts); err != nil {
		return nil, err
	}
	return cat, nil
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
	p.para("", "Open the explorer in a terminal with 'pathways'. Try "+overviewExamples(a.cat)+"or 'pathways --help'.")
	return nil
}

// overviewExamples suggests a role card and a route that this catalogue
// has (a catalogue of the user's alone may have neither of the built-in
// examples): "'pathways role CNS', 'pathways route \"A\" \"B\"', ".
func overviewExamples(cat *catalogue.Catalogue) string {
	role, from, to := "CNS", "cancer support worker", "nurse consultant"
	_, errRole := cat.FindRole(role)
	_, errFrom := cat.FindRole(from)
	_, errTo := cat.FindRole(to)
	if errRole != nil || errFrom != nil || errTo != nil {
		role, from, to = "", "", ""
		for _, r := range cat.Roles {
			if role == "" {
				role = r.Title
			}
			if e := cat.Graph().Next(r.ID); from == "" && len(e) > 0 {
				if t := cat.Role(e[0].To); t != nil {
					from, to = r.Title, t.Title
				}
			}
		}
	}
	quote := func(name string) string {
		if strings.ContainsAny(name, " '\"") {
			return `"` + strings.ReplaceAll(name, `"`, `\"`) + `"`
		}
		return name
	}
	var out string
	if role != "" {
		out += "'pathways role " + quote(role) + "', "
	}
	if from != "" {
		out += "'pathways route " + quote(from) + " " + quote(to) + "', "
	}
	return out
}
