package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/charmbracelet/colorprofile"
	"golang.org/x/term"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Exit codes, mapped in one place.
const (
	exitOK          = 0
	exitFail        = 1 // not found, invalid catalogue
	exitUsage       = 2
	exitInterrupted = 130
)

// env is everything run needs from the outside world, so tests can give
// their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	environ        []string
	stdinTTY       bool
	stdoutTTY      bool
	width          int

	profileOnce sync.Once            // see colorProfile
	profile     colorprofile.Profile // stdout's, detected once
}

func newEnv() *env {
	e := &env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv: os.Getenv, environ: os.Environ(),
		stdinTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		stdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		width:     80,
	}
	if e.stdoutTTY {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 0 {
			e.width = w
		}
	}
	return e
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// exitError carries an exit status for an error already explained.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// app is what a subcommand gets: the catalogue, where to write, and the
// global options.
type app struct {
	ctx  context.Context
	env  *env
	cat  *catalogue.Catalogue
	opts globalOpts
	out  io.Writer // stdout, with colour only on a terminal without NO_COLOR
}

type command struct {
	name    string
	args    string
	summary string
	run     func(a *app, args []string) error
	noLoad  bool // the command loads (or does not need) the catalogue itself
}

func commands() []command {
	return []command{
		{name: "roles", args: "[--band B] [--family F] [--json]", summary: "list roles, optionally in one band or family", run: cmdRoles},
		{name: "role", args: "NAME [--json]", summary: "show one role: bands, ways in, next steps, sources", run: cmdRole},
		{name: "next", args: "NAME [--within N] [--json]", summary: "where a role can lead next", run: cmdNext},
		{name: "route", args: "FROM TO [--by steps|years] [--json]", summary: "the shortest route between two roles, and alternatives", run: cmdRoute},
		{name: "routes", args: "[ID] [--json]", summary: "list curated routes, or show one", run: cmdRoutes},
		{name: "cases", args: "[--json]", summary: "list case studies", run: cmdCases},
		{name: "case", args: "NAME [--json]", summary: "read a case study", run: cmdCase},
		{name: "programmes", args: "[--json]", summary: "list programmes, frameworks and funding", run: cmdProgrammes},
		{name: "bands", args: "[--json]", summary: "list Agenda for Change bands with pay, and the medical grades", run: cmdBands},
		{name: "alliances", args: "[NAME] [--json]", summary: "cancer alliances near you, with their case studies and offers", run: cmdAlliances},
		{name: "validate", args: "PATH", summary: "check a catalogue file or folder (exit 0 valid, 1 invalid)", run: cmdValidate, noLoad: true},
		{name: "version", summary: "show the version, build and catalogue", run: cmdVersion, noLoad: true},
	}
}

func run(ctx context.Context, args []string, e *env) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(e.stderr, "pathways: something went wrong inside pathways. Please report it, with the command you ran.")
			if e.getenv("PATHWAYS_DEBUG") == "1" {
				fmt.Fprintf(e.stderr, "panic: %v\n%s", r, debug.Stack())
			} else {
				fmt.Fprintln(e.stderr, "Run it again with PATHWAYS_DEBUG=1 to see the details to report.")
			}
			code = exitFail
		}
	}()
	err := dispatch(ctx, args, e)
	return exitCode(e, err)
}

// exitCode maps an error to an exit status and says it on stderr.
func exitCode(e *env, err error) int {
	var u usageError
	var x exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &x):
		return x.code
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &u):
		fmt.Fprintf(e.stderr, "pathways: %s\nRun 'pathways --help' for usage.\n", u.msg)
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "pathways: %s\n", err)
		return exitFail
	}
}

func dispatch(ctx context.Context, args []string, e *env) error {
	opts, rest, err := parseGlobal(args, e.getenv)
	if err != nil {
		return err
	}
	if opts.help && len(rest) == 0 {
		printUsage(e.stdout)
		return nil
	}
	if len(rest) > 0 && rest[0] == "help" {
		if len(rest) == 1 {
			printUsage(e.stdout)
			return nil
		}
		rest, opts.help = rest[1:2], true
	}
	a := &app{ctx: ctx, env: e, opts: opts, out: colourWriter(e)}
	if len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
		return usagef("unknown option %s", rest[0])
	}
	if len(rest) == 0 {
		return explore(a)
	}
	for _, c := range commands() {
		if c.name != rest[0] {
			continue
		}
		if opts.help {
			fmt.Fprintf(e.stdout, "Usage: pathways %s %s\n\n%s.\n", c.name, c.args, capitalise(c.summary))
			return nil
		}
		gcStartDone() // a command draws no frame: start-up ends here
		if !c.noLoad {
			if a.cat, err = loadCatalogue(opts, e); err != nil {
				return err
			}
		}
		return c.run(a, rest[1:])
	}
	names := make([]string, 0, len(commands()))
	for _, c := range commands() {
		names = append(names, c.name)
	}
	sort.Strings(names)
	hint := ""
	if s := nearestWord(rest[0], names); s != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", s)
	}
	return usagef("unknown command %q%s", rest[0], hint)
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `pathways: explore NHS careers in the cancer and diagnostics workforce.

Usage:
  pathways                      open the explorer (prints an overview when piped)
  pathways COMMAND [ARGS]       print what you ask for and exit

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %-36s %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprint(w, `
Options (anywhere on the line):
  --catalogue PATH     layer your own catalogue (a .toml file or a folder) over the built-in one
                       (also PATHWAYS_CATALOGUE)
  --catalogue-only     use your catalogue alone
  --role NAME          open the explorer on a role
  --route FROM TO      open the explorer on the route between two roles
  --case NAME          open the explorer on a case study
  --theme THEME        dark, light or high-contrast (the explorer asks the terminal otherwise)
  --mouse              turn on mouse wheel and clicks in the explorer
  --plain              line-by-line mode for screen readers and simple terminals (also PATHWAYS_PLAIN=1)
  -h, --help           show help; 'pathways COMMAND --help' for one command

Names can be an id, a title, an alias such as "CNS", or the start of one, in any case.
Exit status: 0 ok, 1 not found or invalid catalogue, 2 usage.
`)
}

// colourWriter gives stdout with colour only on a terminal, and never with
// NO_COLOR: the colour profile strips what the terminal cannot show.
func colourWriter(e *env) io.Writer {
	return &colorprofile.Writer{Forward: e.stdout, Profile: e.colorProfile()}
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func nearestWord(w string, words []string) string {
	for _, x := range words {
		if strings.HasPrefix(x, w) || strings.HasPrefix(w, x) {
			return x
		}
	}
	return ""
}
