package main

import (
	"strings"
	"testing"
)

// Deep-link flags: --by and --json work with --route; two deep links at
// once, or one with a command, are usage errors that name the flags.
func TestDeepLinkFlags(t *testing.T) {
	base := []string{"--catalogue-only", "--catalogue", fixture}
	cli := func(args ...string) (string, string, int) { return runCLI(t, nil, append(base, args...)...) }

	out, errs, code := cli("--route", "support worker", "CNS", "--by", "years")
	if code != 0 || !strings.Contains(out, "least typical time") {
		t.Errorf("--route --by years: exit %d\n%s%s", code, out, errs)
	}
	out, errs, code = cli("--route", "support worker", "CNS", "--json")
	want, _, _ := cli("route", "support worker", "CNS", "--json")
	if code != 0 || out != want || !strings.HasPrefix(out, "{") {
		t.Errorf("--route --json: exit %d, want the output of 'route --json'\n%s%s", code, out, errs)
	}
	out, _, code = cli("--role", "cns", "--json")
	if want, _, _ := cli("role", "cns", "--json"); code != 0 || out != want {
		t.Errorf("--role --json: exit %d\n%s", code, out)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--role", "cns", "--case", "story"}, "--role and --case open different pages"},
		{[]string{"--route", "support worker", "CNS", "--case", "story"}, "--route and --case open different pages"},
		{[]string{"--role", "cns", "--compare", "cns", "staff nurse"}, "--role and --compare open different pages"},
		{[]string{"roles", "--role", "cns"}, "--role opens the explorer; with a command, use 'pathways role NAME'"},
		{[]string{"--role", "cns", "bands"}, "--role opens the explorer; with a command, use 'pathways role NAME'"},
		{[]string{"cases", "--case", "story"}, "--case opens the explorer; with a command, use 'pathways case NAME'"},
		{[]string{"route", "a", "--route", "b", "c"}, "--route opens the explorer; with a command, use 'pathways route FROM TO'"},
	} {
		out, errs, code := cli(tc.args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, tc.want) {
			t.Errorf("%q: exit %d, want 2 and %q\nstdout: %s\nstderr: %s", tc.args, code, tc.want, out, errs)
		}
	}
}
