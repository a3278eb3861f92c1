package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
)

// fixClock dates handouts 30 November 2026 for the test.
func fixClock(t *testing.T) {
	old := clock
	clock = func() time.Time { return time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { clock = old })
}

// TestAdviserCommands pins handout, compare and map on the small fixed
// catalogue, with their usage errors.
func TestAdviserCommands(t *testing.T) {
	fixClock(t)
	tests := []struct {
		name string
		args []string
	}{
		{"handout-role", []string{"handout", "role", "staff nurse"}},
		{"handout-route", []string{"handout", "route", "support worker", "nurse specialist"}},
		{"handout-route-years-html", []string{"handout", "route", "support worker", "nurse specialist", "--by", "years", "--format", "html"}},
		{"handout-case", []string{"handout", "case", "story"}},
		{"handout-compare", []string{"handout", "compare", "staff nurse", "nurse specialist"}},
		{"handout-no-kind", []string{"handout"}},
		{"handout-bad-kind", []string{"handout", "band", "5"}},
		{"handout-bad-format", []string{"handout", "role", "staff nurse", "--format", "pdf"}},
		{"handout-force-alone", []string{"handout", "role", "staff nurse", "--force"}},
		{"handout-route-one-name", []string{"handout", "route", "staff nurse"}},
		{"handout-unknown-role", []string{"handout", "role", "nobody"}},
		{"compare", []string{"compare", "staff nurse", "nurse specialist"}},
		{"compare-json", []string{"compare", "staff nurse", "nurse specialist", "--json"}},
		{"compare-usage", []string{"compare", "staff nurse"}},
		{"map", []string{"map", "support worker"}},
		{"map-depth-tree", []string{"map", "support worker", "--depth", "1", "--tree"}},
		{"map-route", []string{"map", "--route", "ladder"}},
		{"map-route-unknown", []string{"map", "--route", "nowhere"}},
		{"map-bad-depth", []string{"map", "support worker", "--depth", "0"}},
		{"map-usage", []string{"map"}},
		{"deep-link-compare-piped", []string{"--compare", "staff nurse", "nurse specialist"}},
		{"deep-link-compare-one-name", []string{"--compare", "staff nurse"}},
		{"deep-link-route-bad-by", []string{"--route", "support worker", "nurse specialist", "--by", "weeks"}},
		{"help-handout", []string{"handout", "--help"}},
		{"help-map", []string{"map", "--help"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--catalogue-only", "--catalogue", fixture}, tt.args...)
			stdout, stderr, code := runCLI(t, nil, args...)
			golden.RequireEqual(t, fmt.Sprintf("exit %d\n--- stdout\n%s--- stderr\n%s", code, stdout, stderr))
		})
	}
}

// TestHandoutFile saves a handout with -o in a temporary folder: it is
// written there and nowhere else, a second save without --force leaves the
// first file alone and fails, and --force replaces it.
func TestHandoutFile(t *testing.T) {
	fixClock(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "route.html")
	base := []string{"--catalogue-only", "--catalogue", fixture, "handout", "route", "support worker", "nurse specialist", "--format", "html"}
	stdout, stderr, code := runCLI(t, nil, append(base, "-o", path)...)
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("save: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(first), "<html") || !strings.Contains(string(first), "Support worker") {
		t.Errorf("the file is not the route's HTML handout:\n%.300s", first)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only route.html", len(entries))
	}

	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runCLI(t, nil, append(base, "-o", path)...)
	if code != exitFail || !strings.Contains(stderr, "already exists") || !strings.Contains(stderr, "--force") {
		t.Errorf("a second save without --force: exit %d, stderr %q; want 1 and a message naming --force", code, stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != "mine" {
		t.Errorf("the existing file was changed without --force: %q", got)
	}

	_, stderr, code = runCLI(t, nil, append(base, "-o", path, "--force")...)
	if code != 0 {
		t.Fatalf("--force: exit %d, %s", code, stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != string(first) {
		t.Errorf("--force did not replace the file with the handout")
	}
	entries, _ = os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("after --force the folder holds %d files, want 1", len(entries))
	}

	// without --format, the name says which: .html is HTML, others Markdown
	for name, want := range map[string]string{"a.html": "<!doctype html>", "a.md": "# From Support worker"} {
		p := filepath.Join(dir, name)
		if _, stderr, code := runCLI(t, nil, "--catalogue-only", "--catalogue", fixture, "handout", "route", "support worker", "nurse specialist", "-o", p); code != 0 {
			t.Fatalf("-o %s: exit %d: %s", name, code, stderr)
		}
		if got, _ := os.ReadFile(p); !strings.HasPrefix(string(got), want) {
			t.Errorf("-o %s: the file begins %.40q, want %q", name, got, want)
		}
	}
}

// TestReopenCommands runs, piped, the command every handout of the
// built-in catalogue prints to reopen its screen, and checks that it opens
// the same thing: the same role, route, case study or pair of roles.
func TestReopenCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("every role")
	}
	fixClock(t)
	a := &app{env: &env{getenv: func(string) string { return "" }}}
	cat, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		t.Fatal(err)
	}
	var kinds [][]string
	for i, r := range cat.Roles {
		kinds = append(kinds, []string{"role", r.ID})
		if far := cat.Graph().Within(r.ID, 4); len(far) > 0 {
			to := far[len(far)-1].ID
			kinds = append(kinds, []string{"route", r.ID, to, "--by", "steps"}, []string{"route", r.ID, to, "--by", "years"})
		}
		if i > 0 {
			kinds = append(kinds, []string{"compare", cat.Roles[i-1].ID, r.ID})
		}
	}
	for _, cs := range cat.Cases {
		kinds = append(kinds, []string{"case", cs.ID})
	}
	for _, k := range kinds {
		md, stderr, code := runCLI(t, nil, append([]string{"handout"}, k...)...)
		if code != 0 {
			t.Fatalf("handout %v: exit %d: %s", k, code, stderr)
		}
		i := strings.Index(md, "`pathways ")
		if i < 0 {
			t.Fatalf("handout %v prints no command to reopen it:\n%s", k, md)
		}
		line := md[i+1:]
		line = line[:strings.Index(line, "`")]
		args := shellWords(t, strings.TrimPrefix(line, "pathways "))
		out, stderr, code := runCLI(t, nil, args...)
		if code != 0 {
			t.Errorf("%q (from handout %v): exit %d: %s", line, k, code, stderr)
			continue
		}
		var want string
		switch k[0] {
		case "role":
			want, _, _ = runCLI(t, nil, "role", k[1])
		case "route":
			want, _, _ = runCLI(t, nil, "route", k[1], k[2], "--by", k[4])
		case "case":
			want, _, _ = runCLI(t, nil, "case", k[1])
		case "compare":
			want, _, _ = runCLI(t, nil, "compare", k[1], k[2])
		}
		if out != want {
			t.Errorf("%q (from handout %v) opens something else:\n%.400s\nwant:\n%.400s", line, k, out, want)
		}
	}
}

// shellWords splits a command line as a POSIX shell would for the quoting
// handouts use: words in double or single quotes, and '\” inside single.
func shellWords(t *testing.T, s string) []string {
	t.Helper()
	var out []string
	var cur strings.Builder
	in, quote := false, rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == '\\':
			t.Fatalf("backslash outside quotes in %q", s)
		case r == ' ':
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		t.Fatalf("unclosed quote in %q", s)
	}
	if in {
		out = append(out, cur.String())
	}
	return out
}
