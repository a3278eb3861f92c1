package main

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

const hostile = "testdata/hostile"

// TestHostileCatalogueStaysInert: no escape sequence or control character
// from catalogue text reaches the terminal through any command, and JSON
// keeps the text exactly.
func TestHostileCatalogueStaysInert(t *testing.T) {
	for _, args := range [][]string{
		{"roles"}, {"role", "evil"}, {"next", "evil"}, {"route", "evil", "CNS"}, {"cases"},
		{"case", "evil-case"}, {"programmes"}, {"programmes", "evil-programme"}, {"version"}, {"role", "EV"}, {},
		{"validate", hostile},
	} {
		all := append([]string{"--catalogue", hostile}, args...)
		if len(args) > 0 && args[0] == "validate" {
			all = args
		}
		stdout, stderr, code := runCLI(t, nil, all...)
		out := stdout + stderr
		if code != 0 {
			t.Errorf("pathways %q: exit %d\n%s", args, code, out)
		}
		for _, bad := range []string{"\x1b", "\x07", "\u009b", "\r", "\x9b"} {
			if strings.Contains(out, bad) {
				t.Errorf("pathways %q let %q through:\n%q", args, bad, out)
			}
		}
	}
}

func TestHostileJSONIsExact(t *testing.T) {
	stdout, _, code := runCLI(t, nil, "--catalogue", hostile, "role", "evil", "--json")
	if code != 0 {
		t.Fatal(stdout)
	}
	var r struct{ Title string }
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	want := "Evil\x1b[31m red\x1b]52;c;aGk=\x07 clip\x1b]0;title\x07 \x1b]8;;http://x\x07link\x1b]8;;\x07\r\u009b2J end"
	if r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
}

// TestHostileCatalogueOnATerminal: on a terminal our own colours are the
// only escape sequences written (SGR), also through glamour.
func TestHostileCatalogueOnATerminal(t *testing.T) {
	sgr := regexp.MustCompile(`\x1b\[[0-9;]*m`)
	for _, args := range [][]string{{"role", "evil"}, {"case", "evil-case"}, {"roles"}, {"route", "evil", "CNS"}} {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
			environ: []string{"TERM=xterm-256color"}, stdoutTTY: true, stdinTTY: true, width: 100}
		if code := run(context.Background(), append([]string{"--catalogue", hostile}, args...), e); code != 0 {
			t.Fatalf("pathways %q: exit %d\n%s", args, code, errb.String())
		}
		rest := sgr.ReplaceAllString(out.String()+errb.String(), "")
		for _, bad := range []string{"\x1b", "\x07", "\u009b", "\r"} {
			if strings.Contains(rest, bad) {
				t.Errorf("pathways %q on a terminal let %q through:\n%q", args, bad, rest)
			}
		}
		if !strings.Contains(rest, "Evil") {
			t.Errorf("pathways %q printed no title:\n%s", args, rest)
		}
	}
}
