package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Exit codes, mapped in one place.
const (
	exitOK          = 0
	exitFail        = 1 // not found, invalid catalogue, cannot write output
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

	// term is the stdout the process was given, before run wraps it to
	// check writes: colour detection needs the terminal itself.
	term    io.Writer
	profile *profileCache // see colorProfile
}

// profileCache holds the colour profile, detected once a process.
type profileCache struct {
	once sync.Once
	p    colorprofile.Profile
}

func newEnv() *env {
	var stdout io.Writer = os.Stdout
	if stdoutWasClosed() {
		stdout = closedWriter{}
	}
	e := &env{
		stdin: os.Stdin, stdout: stdout, stderr: os.Stderr,
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

// app is what a subcommand gets: the catalogue, where to write, the global
// options and the command's own flags.
type app struct {
	ctx  context.Context
	env  *env
	cat  *catalogue.Catalogue
	opts globalOpts
	out  io.Writer // stdout, with colour only on a terminal without NO_COLOR

	// The commands' own flags, bound by cobra.
	json   bool
	band   string
	family string
	accend string
	within int
	by     string
	adv    advFlags // handout, compare and map
}

// run is the whole command line: it parses args, runs one command and
// returns the exit status. Data goes to e.stdout, messages to e.stderr;
// every write to stdout is checked once at the end.
func run(ctx context.Context, args []string, e *env) (code int) {
	stdout := &checkedWriter{w: e.stdout}
	e2 := *e
	if e2.term == nil {
		e2.term = e.stdout
	}
	if e2.profile == nil {
		e2.profile = &profileCache{}
	}
	e2.stdout = stdout
	e = &e2
	asJSON := wantsJSON(args)
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
	a := &app{ctx: ctx, env: e, out: colourWriter(e)}
	root := newRoot(a)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(stdout)
	root.SetErr(e.stderr)
	var help *helpWriter
	if wantsHelp(args) {
		help = &helpWriter{out: stdout, width: helpWidth(e)}
		root.SetOut(help)
	}
	err := execute(ctx, root, e)
	if help != nil {
		help.flush()
	}
	if stdout.err != nil {
		err = writeError{stdout.err} // whatever else went wrong, this is why
	}
	return exitCode(e, err, asJSON)
}

// execute runs the command tree through fang, which styles the help. Fang
// asks the terminal for its background colour whenever os.Stdout is a
// terminal, before it prints help or an error; pathways prints with its own
// colours and must not query the terminal for a command that only prints,
// so os.Stdout is hidden from fang while it runs, and given back only to
// the explorer (see rootRun). fang's width comes from __FANG_TEST_WIDTH,
// which we set to the terminal's width for the same reason.
func execute(ctx context.Context, root *cobra.Command, e *env) error {
	if os.Getenv("__FANG_TEST_WIDTH") == "" {
		os.Setenv("__FANG_TEST_WIDTH", strconv.Itoa(helpWidth(e)))
	}
	saved := os.Stdout
	os.Stdout = nil // a nil *os.File is not a terminal, and writes to it fail
	defer func() { os.Stdout = saved }()
	realStdout = saved
	return fang.Execute(ctx, root,
		fang.WithoutVersion(), // --version and -v are ours: see version.go
		fang.WithoutManpage(), // 'pathways man' is ours, writing where we say
		fang.WithColorSchemeFunc(helpColours),
		fang.WithErrorHandler(func(io.Writer, fang.Styles, error) {}), // exitCode says it
	)
}

// helpWidth is the width help is laid out for: the terminal's, from 40 to
// 100 columns.
func helpWidth(e *env) int { return min(max(e.width, 40), 100) }

// realStdout is os.Stdout while fang runs, for the explorer.
var realStdout *os.File

// withStdout gives os.Stdout back for f: the explorer draws on it.
func withStdout(f func() error) error {
	hidden := os.Stdout
	os.Stdout = realStdout
	defer func() { os.Stdout = hidden }()
	return f()
}

// writeError is a failed write to stdout.
type writeError struct{ err error }

func (w writeError) Error() string {
	return "cannot write the output: " + clean(unwrapPathErr(w.err).Error())
}

// exitCode maps an error to an exit status and says it on stderr: one line
// of text, or with --json one JSON object {"error": "...", "exit": N}.
func exitCode(e *env, err error, asJSON bool) int {
	var (
		u     usageError
		x     exitError
		probs problemsError
		w     writeError
	)
	code, msg := exitFail, ""
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &x):
		return x.code
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.As(err, &w) && isBrokenPipe(w.err):
		return exitFail // the reader has gone (| head): nothing to say
	case errors.As(err, &probs):
		if asJSON {
			writeJSONError(e.stderr, probs.summary(), exitFail, probs.lines())
		} else {
			reportProblems(e.stderr, probs.probs)
			if s := probs.advice(); s != "" {
				fmt.Fprintln(e.stderr, s)
			}
		}
		return exitFail
	case errors.As(err, &u):
		code, msg = exitUsage, u.msg
	default:
		msg = err.Error()
	}
	if asJSON {
		writeJSONError(e.stderr, msg, code, nil)
		return code
	}
	fmt.Fprintf(e.stderr, "pathways: %s\n", msg)
	if code == exitUsage {
		fmt.Fprintln(e.stderr, "Run 'pathways --help' for usage.")
	}
	return code
}

// wantsJSON says whether the command line asks for JSON (the last --json or
// --json=BOOL before any "--"), read before parsing so that even a
// mistake in the flags is reported as JSON.
func wantsJSON(args []string) bool {
	on := false
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "--json" {
			on = true
		} else if v, ok := strings.CutPrefix(a, "--json="); ok {
			on, _ = strconv.ParseBool(v)
		}
	}
	return on
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
