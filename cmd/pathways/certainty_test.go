package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// rowsByID reads a roles table: each row's columns by its first.
func rowsByID(out string) map[string][]string {
	rows := map[string][]string{}
	for _, l := range strings.Split(out, "\n") {
		f := strings.Split(l, "  ")
		var cols []string
		for _, x := range f {
			if x = strings.TrimSpace(x); x != "" {
				cols = append(cols, x)
			}
		}
		if len(cols) >= 3 {
			rows[cols[0]] = cols
		}
	}
	return rows
}

// TestRolesShowBandCertainty: every role in 'pathways roles' (and a band's,
// a family's and a route's list) carries its certainty mark after its band,
// with the legend once under the list; the role card says it in words,
// and the JSON says it as band_certainty.
func TestRolesShowBandCertainty(t *testing.T) {
	c := embedded(t)
	out, _ := runAt(t, 80, false, "roles")
	rows := rowsByID(out)
	marked := 0
	for _, r := range c.Roles {
		row := rows[r.ID]
		if len(row) < 4 {
			t.Fatalf("no row for %s in:\n%s", r.ID, out)
		}
		m := catalogue.CertaintyMark(r)
		if m != "" {
			marked++
		}
		if got := row[1]; m != "" && !strings.HasSuffix(got, " "+m) || m == "" && (strings.HasSuffix(got, "~") || strings.HasSuffix(got, "?")) {
			t.Errorf("%s: band column %q, want mark %q", r.ID, got, m)
		}
	}
	if marked == 0 {
		t.Fatal("no role has a mark: is band_certainty read?")
	}
	for _, args := range [][]string{{"roles"}, {"roles", "--band", "6"}, {"roles", "--family", "nursing"}, {"route", "hca", "nurse consultant"}, {"role", "cns"}} {
		out, _ := runAt(t, 80, false, args...)
		legend := strings.Count(out, "~ band typical nationally, varies by trust")
		marks := strings.Contains(out, " ~\n") || strings.Contains(out, " ~ ") || strings.Contains(out, " ?\n") || strings.Contains(out, " ? ") || strings.Contains(out, " ~,") || strings.Contains(out, " ?,")
		if marks && legend != 1 || !marks && legend != 0 {
			t.Errorf("pathways %q: marks %v, legend %d times:\n%s", args, marks, legend, out)
		}
	}
	for _, r := range c.Roles {
		out, _ := runAt(t, 80, false, "role", r.ID)
		if !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(clean(c.BandText(r, false))), " ")) {
			t.Errorf("role %s does not say %q", r.ID, c.BandText(r, false))
		}
	}
	js, _ := runAt(t, 80, false, "roles", "--json")
	var list []struct {
		ID            string   `json:"id"`
		Bands         []string `json:"bands"`
		BandCertainty string   `json:"band_certainty"`
	}
	if err := json.Unmarshal([]byte(js), &list); err != nil {
		t.Fatal(err)
	}
	for _, r := range list {
		if len(r.Bands) > 0 && r.BandCertainty == "" {
			t.Errorf("%s: bands %v without band_certainty in JSON", r.ID, r.Bands)
		}
	}
}

// TestBandsSayThePayYearOnce: 'pathways bands' never heads its pay with a
// year as if current; it says the year and whether it is out of date once.
func TestBandsSayThePayYearOnce(t *testing.T) {
	c := embedded(t)
	out, _ := runAt(t, 80, false, "bands")
	note := c.PayNote(time.Now())
	if note == "" || strings.Count(out, note) != 1 {
		t.Errorf("bands says %q %d times:\n%s", note, strings.Count(out, note), out)
	}
	if py := c.PayYear(); strings.Contains(out, "PAY "+py) {
		t.Errorf("bands heads its pay %q as if current:\n%s", "PAY "+py, out)
	}
}

// TestRolesByLevel: --accend takes a level's id or name and "none"; every
// role is in exactly one group of 'pathways levels', and the counts there
// are the lengths of 'roles --accend'.
func TestRolesByLevel(t *testing.T) {
	c := embedded(t)
	js, _ := runAt(t, 80, false, "levels", "--json")
	var groups []levelOut
	if err := json.Unmarshal([]byte(js), &groups); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, g := range groups {
		for _, r := range g.Roles {
			seen[r.ID]++
		}
		out, _ := runAt(t, 80, false, "roles", "--accend", g.ID, "--json")
		var roles []struct{ ID string }
		if err := json.Unmarshal([]byte(out), &roles); err != nil || len(roles) != len(g.Roles) {
			t.Errorf("roles --accend %s: %d roles (%v), levels says %d", g.ID, len(roles), err, len(g.Roles))
		}
	}
	if len(seen) != len(c.Roles) || groups[len(groups)-1].ID != noLevel {
		t.Errorf("levels covers %d of %d roles; last group %q", len(seen), len(c.Roles), groups[len(groups)-1].ID)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s is in %d level groups", id, n)
		}
	}
	text, _ := runAt(t, 80, false, "levels")
	for _, want := range []string{"enhanced", "No level stated", "roles --accend LEVEL"} {
		if !strings.Contains(text, want) {
			t.Errorf("levels lacks %q:\n%s", want, text)
		}
	}
	byName, _ := runAt(t, 80, false, "roles", "--accend", "Enhanced")
	byID, _ := runAt(t, 80, false, "roles", "--accend", "enhanced")
	if byName != byID || !strings.Contains(byID, "cancer-cns") {
		t.Errorf("--accend Enhanced and enhanced differ or lack cancer-cns:\n%s\n%s", byName, byID)
	}
	_, stderr, code := runCLI(t, nil, "roles", "--accend", "enhnced")
	if code != 1 || !strings.Contains(stderr, "did you mean") || !strings.Contains(stderr, "enhanced") {
		t.Errorf("--accend enhnced: exit %d, %q", code, stderr)
	}
	stdout, _, _ := runCLI(t, nil, "__complete", "roles", "--accend", "")
	if !strings.Contains(stdout, "enhanced\tACCEnD: enhanced") || !strings.Contains(stdout, "none\tNo level stated") {
		t.Errorf("--accend completes:\n%s", stdout)
	}
}

// TestBrokenCatalogueSaysWhatToDo: a command stopped by the user's
// catalogue names each problem at its line, then says it stopped and how
// to go on; validate's report stands alone.
func TestBrokenCatalogueSaysWhatToDo(t *testing.T) {
	bad := t.TempDir() + "/broken.toml"
	if err := os.WriteFile(bad, []byte("[[role]]\nid = \"x\"\ntitle = \"X\"\nfamily = \"nursing\"\nbands = 5\ncolour = \"blue\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		env  map[string]string
		want []string
		not  string
	}{
		{[]string{"--catalogue", bad, "roles"}, nil, []string{"broken.toml:5:", "broken.toml:6: unknown key", "stopped", "pathways validate " + bad, "run without --catalogue."}, ""},
		{[]string{"roles"}, map[string]string{"PATHWAYS_CATALOGUE": bad}, []string{"unset PATHWAYS_CATALOGUE"}, ""},
		{[]string{"--catalogue-only", "--catalogue", bad, "role", "x"}, nil, []string{"without --catalogue and --catalogue-only"}, ""},
		{[]string{"validate", bad}, nil, []string{"broken.toml:5:", "broken.toml:1: x: summary is empty", "4 errors"}, "stopped"}, // the role is kept without its bands, so its other problems show too
	} {
		stdout, stderr, code := runCLI(t, tt.env, tt.args...)
		if code != 1 || stdout != "" || strings.Contains(stderr, "goroutine") || tt.not != "" && strings.Contains(stderr, tt.not) {
			t.Errorf("pathways %q: exit %d, stdout %q, stderr:\n%s", tt.args, code, stdout, stderr)
		}
		for _, w := range tt.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("pathways %q: no %q in:\n%s", tt.args, w, stderr)
			}
		}
	}
}
