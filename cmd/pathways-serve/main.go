// Command pathways-serve serves the pathways explorer over SSH, so that a
// room at a careers event, or a whole trust on an internal server, can
// explore with `ssh -p PORT HOST` and nothing installed. Every session gets
// its own explorer over the same catalogue, loaded and checked once at start;
// no shell, command, forwarding or file transfer is ever offered.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // a broken catalogue or host key, a port in use
	exitUsage = 2
)

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

// exitError carries an exit status for a failure already explained on
// stderr (the catalogue's FILE:LINE problems).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run parses args, serves until ctx ends, and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var cfg config
	cmd := &cobra.Command{
		Use:   "pathways-serve --listen ADDR:PORT --host-key FILE",
		Short: "Serve the pathways careers explorer over SSH",
		Long: `Serve the pathways careers explorer over SSH, so that anyone can explore with
'ssh -p PORT HOST' and nothing installed. Each session gets its own explorer;
a session without a terminal gets a plain overview. No shell, command,
forwarding or file transfer is offered. SIGINT or SIGTERM says goodbye to
every session and exits 0.`,
		Example: `  pathways-serve --listen :2222 --host-key /var/lib/pathways/host_ed25519
  pathways-serve --listen 0.0.0.0:2222 --host-key key --catalogue trust/ --max-sessions 40`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Sprintf("unexpected argument %q: pathways-serve takes only options", args[0])}
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error {
			if err := cfg.check(); err != nil {
				return err
			}
			return serve(c.Context(), cfg, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.listen, "listen", "", "address and port to listen on, such as :2222 or 10.0.0.5:22 (required)")
	f.StringVar(&cfg.hostKey, "host-key", "", "the server's private key; made (ed25519, mode 0600) if the file does not exist (required)")
	f.StringVar(&cfg.catalogue, "catalogue", "", "layer a catalogue (a .toml file or a folder) over the built-in one")
	f.IntVar(&cfg.maxSessions, "max-sessions", 100, "most sessions at once; the next is told the server is full")
	f.DurationVar(&cfg.idle, "idle-timeout", 30*time.Minute, "close a session after this long with no key pressed")
	f.StringVar(&cfg.authorizedKeys, "authorized-keys", "", "only let in these public keys (an OpenSSH authorized_keys file)")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
	cmd.SetArgs(args)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)

	err := fang.Execute(ctx, cmd, fang.WithoutManpage(), fang.WithoutCompletions(),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			var u usageError
			var x exitError
			switch {
			case errors.As(err, &x):
			case errors.As(err, &u):
				fmt.Fprintf(w, "pathways-serve: %s\nRun 'pathways-serve --help' for usage.\n", u.msg)
			default:
				fmt.Fprintf(w, "pathways-serve: %s\n", err)
			}
		}))
	var u usageError
	var x exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &x):
		return x.code
	case errors.As(err, &u):
		return exitUsage
	}
	return exitFail
}

// config is the command line.
type config struct {
	listen, hostKey, catalogue, authorizedKeys string
	maxSessions                                int
	idle                                       time.Duration
}

func (c config) check() error {
	switch {
	case c.listen == "":
		return usageError{"--listen ADDR:PORT is required (for example --listen :2222)"}
	case c.hostKey == "":
		return usageError{"--host-key FILE is required; the key is made there if the file does not exist"}
	case c.maxSessions < 1:
		return usageError{fmt.Sprintf("--max-sessions must be at least 1, not %d", c.maxSessions)}
	case c.idle <= 0:
		return usageError{fmt.Sprintf("--idle-timeout must be a positive duration such as 15m, not %s", c.idle)}
	}
	return nil
}
