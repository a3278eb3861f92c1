package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

func captureStderr(t *testing.T, f func()) string {
	t.Helper()
	r, w, _ := os.Pipe()
	saved := os.Stderr
	os.Stderr = w
	f()
	os.Stderr = saved
	w.Close()
	b, _ := io.ReadAll(r)
	return string(b)
}

func TestStackTraceHeldBackUnlessDebugging(t *testing.T) {
	trace := "Caught panic:\r\n\r\ngoroutine 1 [running]:\r\n"
	got := captureStderr(t, func() {
		withStderrHeld(false, func() error { os.Stderr.WriteString(trace); return nil })
	})
	if got != "" {
		t.Errorf("without PATHWAYS_DEBUG the user saw %q", got)
	}
	got = captureStderr(t, func() {
		withStderrHeld(true, func() error { os.Stderr.WriteString(trace); return nil })
	})
	if !strings.Contains(got, "goroutine 1") {
		t.Errorf("with PATHWAYS_DEBUG=1 the trace was lost: %q", got)
	}
}
