package main

import (
	"context"
	"encoding/json"
	"errors"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
)

// failingWriter fails every write with err.
type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }

func runWith(t *testing.T, stdout failingWriter, args ...string) (stderr string, code int) {
	t.Helper()
	var errb strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: stdout, stderr: &errb, getenv: func(string) string { return "" }, width: 80}
	code = run(context.Background(), args, e)
	return errb.String(), code
}

// TestWriteErrorsAreReported: a full disk or closed stdout is exit 1 with
// one line on stderr; a reader that went away (| head) is quiet.
func TestWriteErrorsAreReported(t *testing.T) {
	for _, args := range [][]string{{"roles"}, {"role", "CNS"}, {"bands"}, {"version"}, {"validate", "../../examples/mytrust.toml"},
		{"roles", "--json"}, {"--role", "CNS"}, {"ids"}, {"man"}, {"completion", "bash"}, {}} {
		stderr, code := runWith(t, failingWriter{syscall.ENOSPC}, args...)
		want := "pathways: cannot write the output: no space left on device\n"
		if wantsJSON(args) {
			want = "{\n  \"error\": \"cannot write the output: no space left on device\",\n  \"exit\": 1\n}\n"
		}
		if code != 1 || stderr != want {
			t.Errorf("pathways %q to a full disk: exit %d, stderr %q", args, code, stderr)
		}
		stderr, code = runWith(t, failingWriter{syscall.EPIPE}, args...)
		if code != 1 || stderr != "" {
			t.Errorf("pathways %q to a closed pipe: exit %d, stderr %q", args, code, stderr)
		}
	}
	stderr, code := runWith(t, failingWriter{errStdoutClosed}, "roles", "--json")
	var j jsonError
	if code != 1 || json.Unmarshal([]byte(stderr), &j) != nil || j.Exit != 1 || !strings.Contains(j.Error, "standard output is closed") {
		t.Errorf("closed stdout with --json: exit %d, stderr %q", code, stderr)
	}
}

// TestFlagsMeanWhatTheySay: booleans take =false, messages name flags with
// two dashes, and a single-dash long flag is refused with the right name.
func TestFlagsMeanWhatTheySay(t *testing.T) {
	cat := []string{"--catalogue-only", "--catalogue", fixture}
	tests := []struct {
		args   []string
		env    map[string]string
		code   int
		stdout string // in stdout
		stderr string // in stderr
	}{
		{[]string{"--plain=false"}, map[string]string{"PATHWAYS_PLAIN": "1"}, 0, "Roles by band", ""},
		{[]string{"--plain"}, nil, 0, "Type a number from 1 to 9", ""},
		{[]string{"--help=false"}, nil, 0, "Roles by band", ""},
		{[]string{"roles", "--json=false"}, nil, 0, "ID  ", ""},
		{[]string{"roles", "-json"}, nil, 2, "", "unknown option -json for 'roles': options take two dashes, --json"},
		{[]string{"roles", "--band"}, nil, 2, "", "pathways: --band needs a value\n"},
		{[]string{"next", "HCA", "--within", "x"}, nil, 2, "", `--within takes a whole number, not "x"`},
		{[]string{"rles"}, nil, 2, "", `unknown command "rles" (did you mean "roles"?)`},
		{[]string{"help", "rles"}, nil, 2, "", `unknown command "rles" (did you mean "roles"?)`},
		{[]string{"help", "route"}, nil, 0, "--by", ""},
		{[]string{"roles", "--jsn"}, nil, 2, "", "(did you mean --json?)"},
		{[]string{"--version"}, nil, 0, "pathways ", ""},
		{[]string{"-v"}, nil, 0, "catalogue: test base", ""},
		{[]string{"--catalog", fixture, "roles"}, nil, 0, "support-worker", ""},
		// An empty name is a usage error, not the option left out.
		{[]string{"--role", ""}, nil, 2, "", "--role needs a name, not an empty string"},
		{[]string{"--case", " "}, nil, 2, "", "--case needs a name, not an empty string"},
		{[]string{"--route", "", ""}, nil, 2, "", "--route needs a name, not an empty string"},
		{[]string{"--route", "support worker", ""}, nil, 2, "", "--route needs two names: --route FROM TO"},
		{[]string{"--compare", "", ""}, nil, 2, "", "--compare needs a name, not an empty string"},
		{[]string{"--compare", "support worker", ""}, nil, 2, "", "--compare needs two names: --compare A B"},
		{[]string{"--catalogue", "", "roles"}, nil, 2, "", "--catalogue needs a path, not an empty string"},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, tt.env, append(append([]string{}, cat...), tt.args...)...)
		if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("pathways %q: exit %d (want %d)\nstdout %q\nstderr %q", tt.args, code, tt.code, stdout, stderr)
		}
		if strings.Contains(stderr, " -band") || strings.Contains(stderr, "flag needs") {
			t.Errorf("pathways %q: %q", tt.args, stderr)
		}
	}
}

// TestEscapesInArgumentsAreCleaned: the program's own arguments and
// PATHWAYS_CATALOGUE reach the terminal without their escape sequences.
func TestEscapesInArgumentsAreCleaned(t *testing.T) {
	evil := "x\x1b]0;pwned\x07\x1b[2J\x9b1m"
	for _, c := range []struct {
		args []string
		env  map[string]string
	}{
		{[]string{"--" + evil}, nil},
		{[]string{"roles", "--" + evil}, nil},
		{[]string{evil}, nil},
		{[]string{"roles", evil}, nil},
		{[]string{"roles", "--band", evil}, nil},
		{[]string{"--catalogue", evil, "roles"}, nil},
		{[]string{"roles"}, map[string]string{"PATHWAYS_CATALOGUE": evil}},
		{[]string{"validate", evil}, nil},
		{[]string{"ids", evil}, nil},
	} {
		_, stderr, code := runCLI(t, c.env, c.args...)
		if code == 0 || stderr == "" {
			t.Errorf("pathways %q: exit %d, stderr %q", c.args, code, stderr)
		}
		for _, bad := range []string{"\x1b", "\x07", "\x9b", "\u009b"} {
			if strings.Contains(stderr, bad) {
				t.Errorf("pathways %q let %q through: %q", c.args, bad, stderr)
			}
		}
	}
}

// TestDeepLinkPiped: with output redirected, --role, --route and --case
// print what 'role', 'route' and 'case' print.
func TestDeepLinkPiped(t *testing.T) {
	for _, c := range [][2][]string{
		{{"--role", "cns"}, {"role", "cns"}},
		{{"--route", "support worker", "cns"}, {"route", "support worker", "cns"}},
		{{"--case", "story"}, {"case", "story"}},
	} {
		cat := []string{"--catalogue-only", "--catalogue", fixture}
		got, _, code := runCLI(t, nil, append(cat, c[0]...)...)
		want, _, _ := runCLI(t, nil, append(cat, c[1]...)...)
		if code != 0 || got != want || want == "" {
			t.Errorf("pathways %q gave (exit %d)\n%s\nwant\n%s", c[0], code, got, want)
		}
	}
}

// TestJSONEverywhere: every command that prints data prints JSON that
// parses, and errors with --json are JSON on stderr.
func TestJSONEverywhere(t *testing.T) {
	for _, args := range [][]string{{"roles"}, {"role", "CNS"}, {"next", "nursing associate"}, {"route", "hca", "cns"},
		{"routes"}, {"routes", "cancer-nursing-to-acp"}, {"cases"}, {"case", "esht-endoscopy-assistant"}, {"programmes"},
		{"programmes", "accend"}, {"bands"}, {"alliances"}, {"alliances", "wessex"}, {"ids"}, {"ids", "regulator"},
		{"validate", "../../examples/mytrust.toml"}, {"version"}} {
		stdout, stderr, code := runCLI(t, nil, append(args, "--json")...)
		var v any
		if code != 0 || json.Unmarshal([]byte(stdout), &v) != nil || stderr != "" {
			t.Errorf("pathways %q --json: exit %d\n%.300s\n%s", args, code, stdout, stderr)
		}
		if strings.Contains(stdout, `"name"`) {
			t.Errorf("pathways %q --json says \"name\", not \"title\"", args)
		}
	}
	for _, c := range []struct {
		args []string
		code int
	}{{[]string{"role", "nobody-at-all", "--json"}, 1}, {[]string{"roles", "--json", "--colour"}, 2},
		{[]string{"validate", "../../catalogue/testdata/broken/unknown-ref.toml", "--json"}, 1}} {
		stdout, stderr, code := runCLI(t, nil, c.args...)
		var j jsonError
		if code != c.code || stdout != "" || json.Unmarshal([]byte(stderr), &j) != nil || j.Exit != c.code || j.Error == "" {
			t.Errorf("pathways %q: exit %d, stdout %q, stderr %q", c.args, code, stdout, stderr)
		}
	}
}

// TestRoleJSONDescribesItself: related entries carry titles, and roles
// carry pay.
func TestRoleJSONDescribesItself(t *testing.T) {
	stdout, _, _ := runCLI(t, nil, "role", "CNS", "--json")
	var r struct {
		Family struct{ ID, Title string }
		Pay    struct{ From, To int }
		Next   []struct{ ID, Title string }
		Steps  []struct{ From, To struct{ ID, Title string } }
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	if r.Family.Title == "" || r.Pay.From == 0 || r.Pay.To < r.Pay.From || len(r.Next) == 0 || r.Next[0].Title == "" ||
		len(r.Steps) == 0 || r.Steps[0].To.Title == "" || r.Steps[0].From.ID != "cancer-cns" {
		t.Errorf("role JSON lacks titles or pay: %+v", r)
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		stdout, _, code := runCLI(t, nil, "completion", shell)
		if code != 0 || !strings.Contains(stdout, "pathways") {
			t.Errorf("completion %s: exit %d", shell, code)
		}
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"__complete", "ro"}, "roles"},
		{[]string{"__complete", "role", ""}, "cancer-cns\tCancer clinical nurse specialist"},
		{[]string{"__complete", "route", "hca", ""}, "cancer-cns"},
		{[]string{"__complete", "case", ""}, "esht-endoscopy-assistant"},
		{[]string{"__complete", "programmes", ""}, "accend"},
		{[]string{"__complete", "alliances", ""}, "wessex"},
		{[]string{"__complete", "routes", ""}, "cancer-nursing-to-acp"},
		{[]string{"__complete", "roles", "--band", ""}, "8a"},
		{[]string{"__complete", "route", "a", "b", "--by", ""}, "years"},
		{[]string{"__complete", "--role", ""}, "cancer-cns"},
		{[]string{"__complete", "ids", ""}, "regulator"},
		{[]string{"__complete", "--catalogue-only", "--catalogue", fixture, "role", ""}, "nurse-specialist\tNurse specialist"},
	}
	for _, tt := range tests {
		stdout, _, _ := runCLI(t, nil, tt.args...)
		if !strings.Contains(stdout, tt.want) {
			t.Errorf("pathways %q offers:\n%s\nwant %q", tt.args, stdout, tt.want)
		}
	}
	stdout, _, _ := runCLI(t, map[string]string{"PATHWAYS_CATALOGUE": fixture}, "__complete", "--catalogue-only", "role", "")
	if !strings.Contains(stdout, "nurse-specialist") || strings.Contains(stdout, "cancer-cns") {
		t.Errorf("completion ignores PATHWAYS_CATALOGUE:\n%s", stdout)
	}
}

func TestManPage(t *testing.T) {
	stdout, _, code := runCLI(t, nil, "man")
	for _, want := range []string{".TH PATHWAYS 1", "roles", "--catalogue", "Exit status", "PATHWAYS_CATALOGUE"} {
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("man page (exit %d) lacks %q", code, want)
		}
	}
}

// TestHelpDescribesEveryOption: each command's help has an example and
// describes each of its options.
func TestHelpDescribesEveryOption(t *testing.T) {
	for _, s := range specs() {
		name := strings.Fields(s.use)[0]
		stdout, _, code := runCLI(t, nil, name, "--help")
		if code != 0 || !strings.Contains(stdout, "EXAMPLES") || !strings.Contains(stdout, "pathways "+name) {
			t.Errorf("pathways %s --help: exit %d\n%s", name, code, stdout)
		}
		root := newRoot(&app{env: &env{getenv: func(string) string { return "" }}})
		cmd, _, _ := root.Find([]string{name})
		for _, f := range []string{"json", "band", "family", "within", "by"} {
			if cmd.Flags().Lookup(f) != nil && !strings.Contains(stdout, "--"+f) {
				t.Errorf("pathways %s --help leaves out --%s", name, f)
			}
		}
	}
}

// TestVersionFromBuildInfo: a plain go build or go install still says
// which commit and version it is.
func TestVersionFromBuildInfo(t *testing.T) {
	info := &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-11-30T12:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	v, c, d := stamp("dev", "unknown", "unknown", info)
	if v != "v1.4.0" || c != "0123456789ab-dirty" || d != "2026-11-30T12:00:00Z" {
		t.Errorf("stamp gave %q %q %q", v, c, d)
	}
	v, c, d = stamp("v2.0.0", "abc", "2026-01-01", info)
	if v != "v2.0.0" || c != "abc" || d != "2026-01-01" {
		t.Errorf("ldflags lost: %q %q %q", v, c, d)
	}
	if _, err := json.Marshal(versionJSON{}); err != nil || errors.Is(err, nil) != true {
		t.Error(err)
	}
}
