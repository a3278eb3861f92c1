package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// Session is what an explorer served to a remote terminal (pathways-serve)
// knows beyond Options: the client's window, in cells, when it connected.
// Zero sizes wait for the first tea.WindowSizeMsg instead.
type Session struct {
	Width, Height int
}

// NewModel makes the explorer's root model for one remote session, laid out
// at the session's size so that its first frame is complete. The caller runs
// it in its own tea.Program with the session's input, output and colour
// profile (tea.WithColorProfile); opts.NoColor picks the no-colour theme.
// The model recovers its own panics: see SessionErr.
func NewModel(cat *catalogue.Catalogue, opts Options, s Session) tea.Model {
	m := newModel(cat, opts)
	if s.Width > 0 && s.Height > 0 {
		m.presize(s.Width, s.Height)
	}
	return m
}

// SessionErr is the panic a model made by NewModel recovered (a
// *CrashError), or nil; the program has quit when it is set.
func SessionErr(m tea.Model) error {
	if r, ok := m.(*model); ok && r.err != nil {
		return r.err
	}
	return nil
}
