package catalogue_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
)

func onlyProblem(t *testing.T, probs catalogue.Problems, want string) {
	t.Helper()
	if probs.Errors() == 0 {
		t.Fatalf("no error, want one saying %q", want)
	}
	for _, p := range probs {
		if strings.Contains(p.String(), want) {
			return
		}
	}
	t.Fatalf("no problem says %q:\n%s", want, probs.Error())
}

func hasProblem(t *testing.T, probs catalogue.Problems, want string) {
	t.Helper()
	for _, p := range probs {
		if strings.Contains(p.String(), want) {
			return
		}
	}
	t.Fatalf("no problem says %q:\n%s", want, probs.Error())
}

func TestFileTooLarge(t *testing.T) {
	big := make([]byte, 50<<20) // 50 MB
	for i := range big {
		big[i] = '#'
	}
	_, probs := catalogue.Load(catalogue.Layer{FS: fstest.MapFS{"big.toml": {Data: big}}})
	onlyProblem(t, probs, "big.toml: file is larger than the 8 MB")
	onlyProblem(t, probs, "hint: split it into smaller files")
}

func TestCatalogueTooLarge(t *testing.T) {
	// 100,000 roles come to about 49 MB of TOML: refused, before decoding.
	_, probs := catalogue.Load(catalogue.Layer{FS: cataloguetest.Generate(100000)})
	onlyProblem(t, probs, "the catalogue is larger than 32 MB in all")
}

func TestLargeCaseStudy(t *testing.T) {
	body := strings.Repeat("A long paragraph about a service that grew. ", 1<<20/44)
	fsys := fstest.MapFS{"big.md": {Data: []byte("+++\nid = \"big\"\ntitle = \"Big\"\norganisation = \"A trust\"\nroles = [\"staff-nurse\"]\nsources = [\"s1\"]\n+++\n" + body)}}
	c, probs := catalogue.Load(base(), catalogue.Layer{FS: fsys})
	if len(probs) > 0 {
		t.Fatal(probs.Error())
	}
	if got := len(c.Case("big").Body); got < 1<<20-100 {
		t.Errorf("body is %d bytes, want about 1 MB", got)
	}
}

// failing is a file system whose one file cannot be read.
type failing struct{ fstest.MapFS }

func (f failing) Open(name string) (fs.File, error) {
	if name == "locked.toml" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.Open(name)
}

func TestUnreadableFile(t *testing.T) {
	fsys := failing{fstest.MapFS{"locked.toml": {Data: []byte("x = 1")}, "ok.toml": {Data: []byte("")}}}
	_, probs := catalogue.Load(catalogue.Layer{FS: fsys, Prefix: "trust/"})
	onlyProblem(t, probs, "trust/locked.toml: cannot open: permission denied")
}

func TestSymlinkLoopAndFIFO(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks and FIFOs need a Unix file system")
	}
	dir := t.TempDir()
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil {
		t.Skip("cannot make a symlink:", err)
	}
	os.Symlink("loop", filepath.Join(dir, "loop2.toml"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.toml"), 0o644); err != nil {
		t.Skip("cannot make a FIFO:", err)
	}
	os.WriteFile(filepath.Join(dir, "ok.toml"), []byte("[[family]]\nid = \"f\"\nname = \"F\"\n"), 0o644)
	c, probs := catalogue.Load(catalogue.Layer{FS: os.DirFS(dir), Prefix: "trust/"})
	// As the README says: named and skipped, with a warning.
	if probs.Errors() > 0 {
		t.Fatalf("a FIFO or a link to a folder stopped the load:\n%s", probs.Error())
	}
	hasProblem(t, probs, "trust/pipe.toml: warning: not a regular file (a pipe, device or socket), so it was skipped")
	hasProblem(t, probs, "trust/loop2.toml: warning: not a regular file but a folder, so it was skipped")
	if c.Family("f") == nil {
		t.Error("the good file beside the loop and the FIFO was not read")
	}
}

func TestDuplicateAcrossFilesOfOneCatalogue(t *testing.T) {
	role := "[[role]]\nid = \"twin\"\ntitle = \"Twin\"\nfamily = \"nursing\"\nbands = [\"4\"]\nsummary = \"x\"\nsources = [\"s1\"]\n[[role.next]]\nto = \"staff-nurse\"\n"
	fsys := fstest.MapFS{"a.toml": {Data: []byte(role)}, "b/copy.toml": {Data: []byte(role)}}
	_, probs := catalogue.Load(base(), catalogue.Layer{FS: fsys, Prefix: "trust/"})
	onlyProblem(t, probs, "trust/b/copy.toml:1: twin: duplicate role id, also at trust/a.toml:1")
}

// lockedDir is a file system in which one folder cannot be listed.
type lockedDir struct{ fstest.MapFS }

func (f lockedDir) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == "roles/locked" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.ReadDir(name)
}

// TestUnreadableSubfolder: a folder that cannot be read is named by its
// own path, and the rest of the catalogue is still read and checked.
func TestUnreadableSubfolder(t *testing.T) {
	fsys := lockedDir{fstest.MapFS{
		"roles/locked/a.toml": {Data: []byte("")},
		"roles/b.toml":        {Data: []byte("[[family]]\nid = \"f\"\nname = \"F\"\ncolour = 1\n")},
	}}
	_, probs := catalogue.Load(catalogue.Layer{FS: fsys, Prefix: "trust/"})
	hasProblem(t, probs, "trust/roles/locked: cannot read this folder: permission denied")
	hasProblem(t, probs, "trust/roles/b.toml:4: unknown key \"family.colour\"")
}

// TestPathsAsTyped: files are named from the folder the user typed, joined
// with the system's separator: on Windows C:\Users\me\trust\roles\a.toml,
// not C:/Users/me/trust/roles/a.toml.
func TestPathsAsTyped(t *testing.T) {
	defer catalogue.SetPathSeparator('\\')()
	bad := &fstest.MapFile{Data: []byte("[[family]]\nid = \"f\"\nnme = \"F\"\n")}
	_, probs := catalogue.Load(catalogue.Layer{FS: fstest.MapFS{"roles/a.toml": bad}, Root: `C:\Users\me\trust`})
	hasProblem(t, probs, `C:\Users\me\trust\roles\a.toml:3: unknown key "family.nme"`)
	_, probs = catalogue.Load(catalogue.Layer{FS: fstest.MapFS{"mytrust.toml": bad}, Root: `C:\Users\me\`, Files: []string{"mytrust.toml"}})
	hasProblem(t, probs, `C:\Users\me\mytrust.toml:3: unknown key "family.nme"`)
	_, probs = catalogue.Load(catalogue.Layer{FS: os.DirFS("no-such-folder"), Root: `D:\no-such-folder`})
	hasProblem(t, probs, `D:\no-such-folder: cannot read the folder`)
}

func TestMissingFolder(t *testing.T) {
	_, probs := catalogue.Load(catalogue.Layer{FS: os.DirFS("no-such-folder"), Prefix: "no-such-folder/"})
	if probs.Errors() != 1 {
		t.Fatalf("want one problem, got:\n%s", probs.Error())
	}
	onlyProblem(t, probs, "no-such-folder: cannot read the folder: no such file or directory")
}

// loadWithin loads one generated file, failing the test if loading takes
// longer than a generous bound (the old code took seconds to minutes, or
// crashed, on these inputs; the limits make it a few milliseconds).
func loadWithin(t *testing.T, name, src string) catalogue.Problems {
	t.Helper()
	done := make(chan catalogue.Problems, 1)
	go func() {
		_, probs := catalogue.Load(catalogue.Layer{FS: fstest.MapFS{name: {Data: []byte(src)}}, Prefix: "trust/"})
		done <- probs
	}()
	select {
	case probs := <-done:
		return probs
	case <-time.After(20 * time.Second):
		t.Fatalf("loading %s (%d bytes) did not finish", name, len(src))
		return nil
	}
}

// TestHostileShapes: small files that made the TOML decoder (or our own
// reporting) crash, or take seconds to minutes and gigabytes, are refused
// quickly with the line and a plain message.
func TestHostileShapes(t *testing.T) {
	var unknownKeys strings.Builder
	unknownKeys.WriteString("[catalogue]\n")
	for i := range 10000 {
		fmt.Fprintf(&unknownKeys, "unknown_key_%05d = 1\n", i)
	}
	tests := []struct {
		name, src, want string
	}{
		{"brackets", strings.Repeat("[", 1500000), "trust/brackets.toml:1: more than 16 brackets or braces open at once"},
		{"brackets-value", "x = " + strings.Repeat("[", 1500000), "trust/brackets-value.toml:1: more than 16 brackets or braces open at once"},
		{"inline-tables", "\n\nx = " + strings.Repeat("{a = ", 10000) + "1" + strings.Repeat("}", 10000), "trust/inline-tables.toml:3: more than 16 brackets or braces open at once"},
		{"dotted-header", "[" + strings.Repeat("a.", 30000) + "a]", "trust/dotted-header.toml:1: a key of more than 10 dotted parts"},
		{"dotted-key", "[role]\n" + strings.Repeat("a.", 30000) + "a = 1", "trust/dotted-key.toml:2: a key of more than 10 dotted parts"},
		{"arrays", "x = " + strings.Repeat("[", 1000000) + strings.Repeat("]", 1000000), "trust/arrays.toml:1: more than 16 brackets or braces open at once"},
		{"long-list", "x = [\n" + strings.Repeat("1,\n", 20000) + "]", "trust/long-list.toml:10002: a list of more than 10000 items"},
		{"unknown-keys", unknownKeys.String(), "trust/unknown-keys.toml:1002: a table of more than 1000 keys (the table starts on line 1)"},
		{"inline-keys", "x = {" + strings.Repeat("a = 1, ", 2000) + "}", "trust/inline-keys.toml:1: an inline table of more than 1000 keys"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probs := loadWithin(t, tt.name+".toml", tt.src)
			if len(probs) != 1 {
				t.Fatalf("want one problem, got %d:\n%.2000s", len(probs), probs.Error())
			}
			onlyProblem(t, probs, tt.want)
		})
	}
}

// TestManyUnknownKeys: 10,000 misspelt keys, one in each of 10,000 roles,
// are reported in linear time (they took 18 s), and the report is bounded.
func TestManyUnknownKeys(t *testing.T) {
	var b strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&b, "[[role]]\nid = \"r%d\"\ntitel = \"R\"\n", i)
	}
	probs := loadWithin(t, "many.toml", b.String())
	onlyProblem(t, probs, "trust/many.toml:3: unknown key \"role.titel\"\n    hint: did you mean \"title\"?")
	onlyProblem(t, probs, "trust/many.toml:600: unknown key \"role.titel\"")
	onlyProblem(t, probs, "trust/many.toml:603: 9800 more problems in this file are not listed, the first of them here")
}

// TestPrescanRespectsStrings: brackets, braces and dots inside strings and
// comments are not counted.
func TestPrescanRespectsStrings(t *testing.T) {
	deep := strings.Repeat("[{", 40)
	src := "# " + deep + "\n[catalogue]\nname = \"" + deep + "\\\" " + deep + "\"\nversion = '" + deep + "'\n" +
		"note = \"\"\"\n" + deep + "\n\"\" " + deep + "\n\"\"\"\"\n" +
		"licence = '''\n" + deep + "\n'' " + deep + "'''\n" +
		"\"" + strings.Repeat("a.", 40) + "\" = 1 # " + deep + "\n" +
		"date = \"x\"\n"
	probs := loadWithin(t, "strings.toml", src)
	for _, p := range probs {
		if p.Line != 12 || !strings.Contains(p.Message, "unknown key") {
			t.Errorf("unexpected problem: %s", p)
		}
	}
	if len(probs) != 1 {
		t.Errorf("want only the unknown quoted key at line 12, got:\n%s", probs.Error())
	}
}
