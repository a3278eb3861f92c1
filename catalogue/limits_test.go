package catalogue_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

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

func TestFileTooLarge(t *testing.T) {
	big := make([]byte, 50<<20) // 50 MB
	for i := range big {
		big[i] = '#'
	}
	_, probs := catalogue.Load(catalogue.Layer{FS: fstest.MapFS{"big.toml": {Data: big}}})
	onlyProblem(t, probs, "big.toml: file is larger than the 8 MB")
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
	onlyProblem(t, probs, "trust/pipe.toml: not a regular file")
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

func TestMissingFolder(t *testing.T) {
	_, probs := catalogue.Load(catalogue.Layer{FS: os.DirFS("no-such-folder"), Prefix: "no-such-folder/"})
	if probs.Errors() != 1 {
		t.Fatalf("want one problem, got:\n%s", probs.Error())
	}
	onlyProblem(t, probs, "no-such-folder: cannot read the folder: no such file or directory")
}
