package ui

import (
	"fmt"
	"runtime/debug"
)

// CrashError is returned when something inside the explorer panicked. The
// terminal has been restored; Stack is for PATHWAYS_DEBUG=1 only.
type CrashError struct {
	Value any
	Stack []byte
}

func (e *CrashError) Error() string {
	return fmt.Sprintf("something went wrong inside pathways (%v)", e.Value)
}

// crashed records a recovered panic with the stack where it happened.
func crashed(r any) error { return &CrashError{Value: r, Stack: debug.Stack()} }
