package catalogue

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a catalogue, with where it is and a hint.
type Problem struct {
	File    string
	Line    int
	ID      string // the entry it is about; empty for file-level problems
	Message string
	Hint    string
	Warning bool // shown, but the catalogue is still usable
}

// String formats a problem as FILE:LINE: id: message (hint).
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Warning {
		b.WriteString("warning: ")
	}
	if p.ID != "" {
		b.WriteString(p.ID + ": ")
	}
	b.WriteString(p.Message)
	if p.Hint != "" {
		b.WriteString("\n    hint: " + p.Hint)
	}
	return b.String()
}

// Problems is every problem found, in file and line order.
type Problems []Problem

// Errors counts the problems that make a catalogue unusable.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if !p.Warning {
			n++
		}
	}
	return n
}

// Warnings counts the problems that are only shown.
func (ps Problems) Warnings() int { return len(ps) - ps.Errors() }

// Sort orders problems by file, then line, then message.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Message < b.Message
	})
}

// Error lets a Problems be returned as an error; it lists every problem.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
