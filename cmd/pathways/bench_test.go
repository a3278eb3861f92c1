package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

// BenchmarkParse: the command line alone (an unknown command: no catalogue).
func BenchmarkParse(b *testing.B) {
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }, width: 80}
	for b.Loop() {
		run(context.Background(), []string{"rolez", "--catalogue-only"}, e)
	}
}

// BenchmarkVersion: pathways version, with the catalogue load.
func BenchmarkVersion(b *testing.B) {
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }, width: 80}
	for b.Loop() {
		run(context.Background(), []string{"version"}, e)
	}
}
