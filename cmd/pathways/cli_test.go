package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// runCLI runs the command line as a user would with stdout piped, and
// returns what it printed and its exit status.
func runCLI(t *testing.T, vars map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv:  func(k string) string { return vars[k] },
		environ: nil, width: 80,
	}
	code = run(context.Background(), args, e)
	return out.String(), errb.String(), code
}

const fixture = "../../catalogue/testdata/base"

// TestCLI pins the human and JSON output of every command on a small fixed
// catalogue, with its exit status.
func TestCLI(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"roles", []string{"roles"}},
		{"roles-band", []string{"roles", "--band", "5"}},
		{"roles-family-json", []string{"roles", "--family", "nursing", "--json"}},
		{"role", []string{"role", "staff nurse"}},
		{"role-alias-json", []string{"role", "cns", "--json"}},
		{"role-with-entry", []string{"role", "HCA"}},
		{"role-unknown", []string{"role", "stsff nurse"}},
		{"role-prefix", []string{"role", "nurse"}},
		{"role-ambiguous", []string{"role", "s"}},
		{"next", []string{"next", "HCA"}},
		{"next-within", []string{"next", "HCA", "--within", "2"}},
		{"route", []string{"route", "support worker", "CNS"}},
		{"route-json", []string{"route", "support worker", "CNS", "--json"}},
		{"route-none", []string{"route", "CNS", "support worker"}},
		{"route-usage", []string{"route", "CNS"}},
		{"routes", []string{"routes"}},
		{"routes-one", []string{"routes", "ladder"}},
		{"cases", []string{"cases"}},
		{"case-piped", []string{"case", "story"}},
		{"cases-json", []string{"cases", "--json"}},
		{"bands", []string{"bands"}},
		{"alliances", []string{"alliances"}},
		{"overview", nil},
		{"unknown-command", []string{"rolez"}},
		{"unknown-option", []string{"--colour"}},
		{"bad-flag", []string{"roles", "--colour"}},
		{"help-role", []string{"role", "--help"}},
		{"help", []string{"--help"}},
		{"unknown-command-typo", []string{"rles"}},
		{"single-dash", []string{"roles", "-json"}},
		{"needs-value", []string{"roles", "--band"}},
		{"ids", []string{"ids"}},
		{"ids-json", []string{"ids", "family", "--json"}},
		{"error-json", []string{"role", "nobody", "--json"}},
		{"deep-link-piped", []string{"--role", "cns"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--catalogue-only", "--catalogue", fixture}, tt.args...)
			stdout, stderr, code := runCLI(t, nil, args...)
			golden.RequireEqual(t, fmt.Sprintf("exit %d\n--- stdout\n%s--- stderr\n%s", code, stdout, stderr))
		})
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want []string // in stdout+stderr
	}{
		{"valid", []string{"validate", "--catalogue-only", fixture}, 0, []string{"is valid: 3 roles, 1 route, 1 case study"}},
		{"broken", []string{"validate", "--catalogue-only", "../../catalogue/testdata/broken/unknown-ref.toml"}, 1, []string{
			"unknown-ref.toml:4: lost: unknown family \"nursng\"", "errors"}},
		{"missing", []string{"validate", "no-such-folder"}, 1, []string{"cannot read catalogue no-such-folder"}},
		{"usage", []string{"validate"}, 2, []string{"validate needs one PATH"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, nil, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, stdout, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout+stderr, w) {
					t.Errorf("output lacks %q:\n%s%s", w, stdout, stderr)
				}
			}
		})
	}
}

func TestCatalogueFromEnvironment(t *testing.T) {
	stdout, stderr, code := runCLI(t, map[string]string{"PATHWAYS_CATALOGUE": fixture}, "--catalogue-only", "roles")
	if code != 0 || !strings.Contains(stdout, "support-worker") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestBrokenUserCatalogueStopsBeforeAnything(t *testing.T) {
	stdout, stderr, code := runCLI(t, nil, "--catalogue", "../../catalogue/testdata/broken/syntax.toml", "roles")
	if code != 1 || stdout != "" {
		t.Errorf("exit %d stdout %q", code, stdout)
	}
	if !strings.Contains(stderr, "syntax.toml:3: TOML:") || strings.Contains(stderr, "goroutine") {
		t.Errorf("stderr: %s", stderr)
	}
}

// TestExampleTrustCatalogue: the example a workforce lead starts from is
// valid, and its role joins the built-in routes.
func TestExampleTrustCatalogue(t *testing.T) {
	stdout, stderr, code := runCLI(t, nil, "validate", "../../examples/mytrust.toml")
	if code != 0 || !strings.Contains(stdout, "is valid") || stderr != "" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	stdout, _, code = runCLI(t, nil, "--catalogue", "../../examples/mytrust.toml", "route", "lung navigator", "registered nurse", "--json")
	if code != 0 || !strings.Contains(stdout, `"example-lung-cancer-navigator"`) || !strings.Contains(stdout, `"registered-nurse"`) {
		t.Fatalf("exit %d\n%s", code, stdout)
	}
}

// TestAlliancesNearYou: on the built-in catalogue an alliance lists its own
// case studies and education offers.
func TestAlliancesNearYou(t *testing.T) {
	stdout, _, code := runCLI(t, nil, "alliances", "wessex")
	for _, want := range []string{"Wessex Cancer Alliance", "wessex-cns-mentorship-pilot", "wessex-msc-cancer-modules", "Region:"} {
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("exit %d, no %q in:\n%s", code, want, stdout)
		}
	}
	stdout, _, _ = runCLI(t, nil, "alliances", "--json")
	if !strings.Contains(stdout, `"id": "lancashire-and-south-cumbria"`) || !strings.Contains(stdout, `"region": "North West"`) {
		t.Errorf("alliances --json:\n%s", stdout)
	}
}
