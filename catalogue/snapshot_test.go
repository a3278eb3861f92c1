package catalogue_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

func TestSnapshotIsCurrent(t *testing.T) {
	if !catalogue.SnapshotCurrent(catalogue.Layer{FS: data.FS, Snapshot: data.Snapshot}) {
		t.Fatal("data/snapshot.gob does not match the catalogue files: run 'go generate ./data' and commit it")
	}
}

// TestSnapshotGivesTheSameCatalogue: loading from the snapshot and from
// the TOML give the same entries, and the same lines in messages.
func TestSnapshotGivesTheSameCatalogue(t *testing.T) {
	fromTOML, p1 := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/"})
	fromSnap, p2 := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/", Snapshot: data.Snapshot})
	if len(p1)+len(p2) > 0 {
		t.Fatalf("%s\n%s", p1.Error(), p2.Error())
	}
	dump := func(c *catalogue.Catalogue) string {
		var roles []catalogue.RoleJSON
		for _, r := range c.Roles {
			roles = append(roles, c.RoleJSON(r))
		}
		var cases []catalogue.CaseJSON
		for _, cs := range c.Cases {
			cases = append(cases, catalogue.CaseToJSON(cs))
		}
		b, _ := json.Marshal([]any{c.Meta, roles, cases, c.Bands, c.Programmes, c.Routes, c.Sources, c.Alliances})
		return string(b)
	}
	if dump(fromTOML) != dump(fromSnap) {
		t.Fatal("the snapshot gives a different catalogue from the TOML")
	}
	for _, id := range []string{"cancer-cns", "endoscopy-assistant"} {
		a, b := fromTOML.Role(id).Pos, fromSnap.Role(id).Pos
		if a.File != b.File || a.Line() != b.Line() || a.At("next.0.to") != b.At("next.0.to") || a.Line() < 2 {
			t.Errorf("%s: TOML at %s:%d, snapshot at %s:%d", id, a.File, a.Line(), b.File, b.Line())
		}
	}
	if a, b := fromTOML.Case("esht-endoscopy-assistant").Pos, fromSnap.Case("esht-endoscopy-assistant").Pos; a.At("roles") != b.At("roles") {
		t.Errorf("case study lines differ: %d and %d", a.At("roles"), b.At("roles"))
	}
}

// TestStaleSnapshotIsIgnored: a snapshot of other files is never used.
func TestStaleSnapshotIsIgnored(t *testing.T) {
	fsys := fstest.MapFS{"a.toml": {Data: []byte("[[family]]\nid = \"changed\"\nname = \"Changed\"\n")}}
	c, probs := catalogue.Load(catalogue.Layer{FS: fsys, Snapshot: data.Snapshot})
	if len(probs) > 0 || c.Family("changed") == nil || len(c.Roles) != 0 {
		t.Fatalf("a stale snapshot was used: %d roles, problems %v", len(c.Roles), probs)
	}
}

// TestSnapshotCurrentSeesSameLengthEdits: loading trusts a snapshot whose
// files have the same names and lengths (the contents are not hashed at
// start), so SnapshotCurrent, which TestSnapshotIsCurrent runs, must catch
// an edit that keeps a file's length.
func TestSnapshotCurrentSeesSameLengthEdits(t *testing.T) {
	fsys := fstest.MapFS{}
	err := fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, p)
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	l := catalogue.Layer{FS: fsys, Snapshot: data.Snapshot}
	if !catalogue.SnapshotCurrent(l) {
		t.Fatal("a copy of the embedded files does not match the snapshot")
	}
	f := fsys["bands.toml"]
	i := bytes.IndexByte(f.Data, 'a')
	f.Data = slices.Clone(f.Data)
	f.Data[i] = 'b'
	if catalogue.SnapshotCurrent(l) {
		t.Error("SnapshotCurrent missed an edit that keeps the file's length")
	}
}

// positions lists the file and line of every entry of a catalogue that has
// one, by kind and id: the lines messages give.
func positions(c *catalogue.Catalogue) map[string]string {
	out := map[string]string{}
	add := func(kind, id string, p catalogue.Pos, fields ...string) {
		s := fmt.Sprintf("%s:%d", p.File, p.Line())
		for _, f := range fields {
			s += fmt.Sprintf(" %s:%d", f, p.At(f))
		}
		out[kind+" "+id] = s
	}
	for _, x := range c.Bands {
		add("band", x.ID, x.Pos)
	}
	for _, x := range c.Sources {
		add("source", x.ID, x.Pos)
	}
	for _, x := range c.Alliances {
		add("alliance", x.ID, x.Pos)
	}
	for _, x := range c.Roles {
		add("role", x.ID, x.Pos, "title", "next.0.to", "sources")
	}
	for _, x := range c.Routes {
		add("route", x.ID, x.Pos)
	}
	for _, x := range c.Programmes {
		add("programme", x.ID, x.Pos)
	}
	for _, x := range c.Cases {
		add("case", x.ID, x.Pos, "roles")
	}
	return out
}

// TestSnapshotGivesTheSameLines: loaded from its snapshot, the built-in
// catalogue reads its files' text only when a line is asked for; every
// entry's lines are then those of a load from the TOML.
func TestSnapshotGivesTheSameLines(t *testing.T) {
	fromTOML, _ := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/"})
	fromSnap, _ := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/", Snapshot: data.Snapshot, Checked: true})
	a, b := positions(fromTOML), positions(fromSnap)
	if len(a) < 200 {
		t.Fatalf("only %d entries with positions", len(a))
	}
	for k, want := range a {
		if b[k] != want {
			t.Errorf("%s: from the TOML %s, from the snapshot %s", k, want, b[k])
		}
	}
}

// TestCheckedLayer: a Checked layer skips validation only when loaded alone
// from a snapshot that matches its files; otherwise its problems are found
// as for any layer.
func TestCheckedLayer(t *testing.T) {
	builtin := catalogue.Layer{FS: data.FS, Prefix: "data/", Snapshot: data.Snapshot, Checked: true}
	if _, probs := catalogue.Load(builtin); len(probs) > 0 {
		t.Errorf("the built-in catalogue, checked: %v", probs)
	}
	broken := fstest.MapFS{"roles.toml": {Data: []byte("[[role]]\nid = \"x\"\ntitle = \"X\"\n")}}
	for name, layers := range map[string][]catalogue.Layer{
		"checked, no snapshot":             {{FS: broken, Checked: true}},
		"checked, stale snapshot":          {{FS: broken, Snapshot: data.Snapshot, Checked: true}},
		"checked built-in, broken over it": {builtin, {FS: broken}},
	} {
		_, probs := catalogue.Load(layers...)
		if probs.Errors() == 0 || !strings.Contains(probs.Error(), "summary is empty") {
			t.Errorf("%s: the broken role was not reported: %v", name, probs)
		}
	}
}
