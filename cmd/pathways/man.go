package main

import (
	"fmt"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// manCommand prints the manual page, made by mango from the command tree
// (as fang's own 'man' does, but written to our checked stdout), with the
// examples, environment and exit status added.
func manCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:                   "man",
		Short:                 "print the manual page (roff), e.g. pathways man | man -l -",
		Example:               "pathways man > pathways.1\npathways man | man -l -",
		Args:                  cobra.NoArgs,
		DisableFlagsInUseLine: true,
		ValidArgsFunction:     cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			var ex strings.Builder
			for _, c := range cmd.Root().Commands() {
				if c.Example != "" && !c.Hidden {
					ex.WriteString(c.Example + "\n")
				}
			}
			page = page.
				WithSection("Examples", cmd.Root().Example+"\n"+ex.String()).
				WithSection("Environment", "PATHWAYS_CATALOGUE: a catalogue to layer over the built-in one, as --catalogue.\n"+
					"PATHWAYS_PLAIN=1: plain mode, as --plain.\nNO_COLOR: no colour.\nPATHWAYS_DEBUG=1: show the details of an internal error.").
				WithSection("Exit status", "0 ok; 1 not found, invalid catalogue or output that could not be written; 2 usage; 130 interrupted by ctrl+c (in the full-screen explorer ctrl+c is a key that quits with 0); 141 when the reader of a pipe went away (SIGPIPE, on Unix).")
			_, err = fmt.Fprint(a.env.stdout, page.Build(roff.NewDocument()))
			return err
		},
	}
}
