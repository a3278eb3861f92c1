package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestNoNetworkPackages fails if anything in the binary's dependency graph
// can open a network connection. (os/exec is there, from bubbletea and
// colorprofile, which run tput and the like on some systems; it is not a
// network package.) The package net itself is allowed only as pflag uses
// it, for its IP-address flag types: the test of the built binary below
// checks that none of its code that dials, listens, resolves or opens a
// socket is linked.
func TestNoNetworkPackages(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}:{{range .Imports}} {{.}}{{end}}", ".").Output()
	if err != nil {
		t.Skip("go list is not available:", err)
	}
	banned := map[string]bool{"net/http": true, "crypto/tls": true, "net/rpc": true, "net/smtp": true,
		"golang.org/x/net/http2": true, "golang.org/x/net/proxy": true}
	netUsers := map[string]bool{"github.com/spf13/pflag": true}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 20 {
		t.Fatalf("go list gave only %d packages: %q", len(lines), out)
	}
	for _, l := range lines {
		pkg, imports, _ := strings.Cut(l, ":")
		if banned[pkg] || strings.HasPrefix(pkg, "net/http/") {
			t.Errorf("the pathways binary depends on %s", pkg)
		}
		if slices.Contains(strings.Fields(imports), "net") && !netUsers[pkg] {
			t.Errorf("%s imports net", pkg)
		}
	}
}

// TestNoNetworkCodeLinked: the built binary has no function that dials,
// listens, resolves a name or opens a socket.
func TestNoNetworkCodeLinked(t *testing.T) {
	bin := binary(t)
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Skip("go tool nm is not available:", err)
	}
	bad := regexp.MustCompile(`\bnet\.(Dial|\(\*Dialer\)|Listen|\(\*ListenConfig\)|\(\*Resolver\)|LookupHost|\(\*netFD\)|\(\*sysDialer\))|\bsyscall\.(Socket|Connect|socket|connect)\b|\bnet/http\.`)
	var found []string
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Fields(l); len(f) == 3 && (f[1] == "T" || f[1] == "t") && bad.MatchString(f[2]) {
			found = append(found, f[2])
		}
	}
	if len(found) > 0 {
		t.Errorf("network code is linked into the binary: %v", found[:min(len(found), 10)])
	}
	// The check can fail: the same pattern finds the dialer in a program
	// that dials.
	if !bad.MatchString("net.(*Dialer).DialContext") || !bad.MatchString("syscall.Socket") {
		t.Error("the pattern misses the dialer")
	}
}

// commandsToTry is every subcommand, as a user would run them.
var commandsToTry = [][]string{
	{"roles"}, {"roles", "--band", "4", "--json"}, {"role", "CNS"}, {"next", "nursing associate", "--within", "3"},
	{"route", "cancer support worker", "nurse consultant"}, {"route", "hca", "consultant radiographer", "--by", "years", "--json"},
	{"routes"}, {"routes", "cancer-nursing-to-acp"}, {"cases"}, {"case", "esht-endoscopy-assistant"}, {"programmes"},
	{"programmes", "accend"}, {"bands", "--json"}, {"alliances"}, {"alliances", "wessex"}, {"version"}, {"--help"}, {},
}

// TestRunsWithNoNetwork runs every subcommand, the overview and plain mode
// in a network namespace with no interfaces but loopback (down).
func TestRunsWithNoNetwork(t *testing.T) {
	bin := binary(t)
	if runtime.GOOS != "linux" {
		t.Skip("network namespaces are Linux only")
	}
	if err := exec.Command("unshare", "-n", "true").Run(); err != nil {
		t.Skip("cannot make a network namespace here (unshare -n needs privileges):", err)
	}
	for _, args := range commandsToTry {
		cmd := exec.Command("unshare", append([]string{"-n", bin}, args...)...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Errorf("pathways %q with no network: %v\n%s", args, err, errb.String())
		}
		if out.Len() == 0 {
			t.Errorf("pathways %q printed nothing", args)
		}
	}
	cmd := exec.Command("unshare", "-n", bin, "--plain")
	cmd.Stdin = strings.NewReader("1\n4\n1\nq\n")
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "Band") {
		t.Errorf("plain mode with no network: %v\n%s", err, out)
	}
}

// TestWritesNothing runs every command with HOME unset, then with a
// read-only home and a read-only working folder, and checks that no file
// appears anywhere it could have written.
func TestWritesNothing(t *testing.T) {
	bin := binary(t)
	home, work := t.TempDir(), t.TempDir()
	for _, env := range [][]string{{"PATH=" + os.Getenv("PATH")}, {"PATH=" + os.Getenv("PATH"), "HOME=" + home, "XDG_CONFIG_HOME=" + home, "XDG_CACHE_HOME=" + home}} {
		os.Chmod(home, 0o555)
		os.Chmod(work, 0o555)
		for _, args := range commandsToTry {
			cmd := exec.Command(bin, args...)
			cmd.Env, cmd.Dir = env, work
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("pathways %q with env %q: %v\n%s", args, env, err, out)
			}
		}
	}
	os.Chmod(home, 0o755)
	os.Chmod(work, 0o755)
	for _, dir := range []string{home, work} {
		var made []string
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if p != dir {
				made = append(made, p)
			}
			return nil
		})
		if len(made) > 0 {
			t.Errorf("pathways wrote %v", made)
		}
	}
}
