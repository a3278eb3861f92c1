//go:build !unix

package ui

import tea "charm.land/bubbletea/v2"

// jobControl: no job control here; ctrl+z is ignored.
type jobControl struct{}

func startJobControl(*tea.Program) *jobControl { return nil }
func (j *jobControl) beginSuspend() bool       { return false }
func (j *jobControl) stop()                    {}

// drainReplies does nothing here: the console answers queries in-band.
func drainReplies(in, out any, answered bool) {}
