package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// within runs f and fails the test if it has not returned after d: a hang
// is reported, not waited out. f's own failures are its to report.
func within(t *testing.T, d time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s: still running after %v", what, d)
	}
}

// hostileBodies hung or crashed the renderer (issue 9): a stack overflow
// in glamour's emphasis elements, and block nesting whose time and memory
// doubled with each level once the width ran out. Each holds a word that
// must survive.
var hostileBodies = map[string]string{
	"underscores": strings.Repeat("_", 85000) + "keep" + strings.Repeat("_", 85000),
	"stars":       strings.Repeat("*", 20000) + "keep" + strings.Repeat("*", 20000),
	"quotes":      strings.Repeat("> ", 150) + "keep",
	"bullets":     strings.Repeat("- ", 1000) + "keep",
	"mixed":       strings.Repeat("* > ", 60) + "keep",
	"numbers":     strings.Repeat("1. ", 300) + "keep",
}

// TestGlamourBoundsHostileNesting renders past the pre-scan, straight
// through glamour, so that glamour's own bounds are what is tested.
func TestGlamourBoundsHostileNesting(t *testing.T) {
	for name, body := range hostileBodies {
		within(t, 30*time.Second, name, func() {
			out, err := renderGlamour(context.Background(), body, 80, themeDark+"/dark", false)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				return
			}
			if !strings.Contains(out, "keep") {
				t.Errorf("%s: the text was lost", name)
			}
			if len(out) > 1<<20 {
				t.Errorf("%s: %d bytes of output", name, len(out))
			}
		})
	}
}

// Text past the Markdown limits is refused before it is parsed, naming the
// line; a table of 20,000 × 60 cells took 1.5 GB before.
func TestRenderMarkdownRefusesPastLimits(t *testing.T) {
	var table strings.Builder
	table.WriteString("|" + strings.Repeat(" h |", 60) + "\n|" + strings.Repeat("---|", 60) + "\n")
	for range 20000 {
		table.WriteString("|" + strings.Repeat(" c |", 60) + "\n")
	}
	bodies := map[string]string{"table": "Intro\n\n" + table.String(), "links": strings.Repeat("[a](", 50000)}
	for name, body := range hostileBodies {
		bodies[name] = body
	}
	for name, body := range bodies {
		within(t, 10*time.Second, name, func() {
			_, err := RenderMarkdown(body, 80, themeDark)
			if !errors.Is(err, ErrMarkdownLimits) || !strings.Contains(err.Error(), "line ") {
				t.Errorf("%s: got %v, want a refusal naming the line", name, err)
			}
		})
	}
}

// A rendering stops when its context is done, and a newer rendering of
// another key cancels an older one.
func TestRenderingIsCancelled(t *testing.T) {
	body := strings.Repeat("A paragraph of *some* words, with a [link](https://example.org/x).\n\n", 2000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	within(t, 10*time.Second, "cancelled", func() {
		if _, err := RenderMarkdownContext(ctx, body, 80, themeDark); !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	})
	old := renderCase(renderKey{id: "a", width: 80, theme: "dark/dark"}, body)
	_ = renderCase(renderKey{id: "a", width: 100, theme: "dark/dark"}, "short")
	within(t, 10*time.Second, "superseded", func() {
		if msg := old().(renderedMsg); !errors.Is(msg.err, context.Canceled) {
			t.Errorf("the older rendering was not cancelled: %v", msg.err)
		}
	})
	cancelRenders(renderKey{})
}

// A rendering that fails shows the words as plain text, not only an error.
func TestRenderCaseFallsBackToPlainText(t *testing.T) {
	msg := renderCase(renderKey{id: "b", width: 60, theme: "dark/dark"}, strings.Repeat("> ", 40)+"kept words \x1b[2J here")().(renderedMsg)
	if msg.err != nil || !strings.Contains(msg.out, "kept words") || !strings.Contains(msg.out, "plain text") || strings.Contains(msg.out, "\x1b") {
		t.Errorf("got %v %q", msg.err, msg.out)
	}
}
