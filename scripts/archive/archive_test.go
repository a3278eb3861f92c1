package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

var files = []entry{{"p/pathways", 0o755, []byte("binary")}, {"p/README.md", 0o644, []byte("readme")}, {"p/LICENSE", 0o644, []byte("licence")}}

// TestArchivesAreReproducible: the same files in any order give the same
// bytes, and the archive holds them sorted, with the given time and owner.
func TestArchivesAreReproducible(t *testing.T) {
	mtime := time.Unix(1764500000, 0).UTC()
	reversed := []entry{files[2], files[1], files[0]}
	for _, write := range []func(io.Writer, []entry, time.Time) error{writeTarGz, writeZip} {
		var a, b bytes.Buffer
		if err := write(&a, files, mtime); err != nil {
			t.Fatal(err)
		}
		time.Sleep(1100 * time.Millisecond) // a clock that leaked in would differ
		if err := write(&b, reversed, mtime); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Error("two archives of the same files differ")
		}
	}
	var buf bytes.Buffer
	writeTarGz(&buf, files, mtime)
	gz, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !gz.ModTime.IsZero() || gz.Name != "" {
		t.Errorf("gzip header carries %v %q", gz.ModTime, gz.Name)
	}
	tr := tar.NewReader(gz)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		if !h.ModTime.Equal(mtime) || h.Uid != 0 || h.Gid != 0 {
			t.Errorf("%s: time %v owner %d:%d", h.Name, h.ModTime, h.Uid, h.Gid)
		}
		if h.Name == "p/pathways" && h.Mode != 0o755 {
			t.Errorf("binary mode %o", h.Mode)
		}
	}
	if len(names) != 3 || names[0] != "p/LICENSE" || names[2] != "p/pathways" {
		t.Errorf("entries %q", names)
	}
	buf.Reset()
	writeZip(&buf, files, mtime)
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if zr.File[2].Name != "p/pathways" || zr.File[2].Mode()&0o111 == 0 {
		t.Errorf("zip: %s %v", zr.File[2].Name, zr.File[2].Mode())
	}
}

// TestReleaseIsReproducible runs scripts/release.sh twice, into two
// folders, and compares every file byte for byte. It builds binaries, so
// it runs only with PATHWAYS_RELEASE_TEST=1: for Linux and Windows on
// amd64, or for the targets in TARGETS.
func TestReleaseIsReproducible(t *testing.T) {
	if os.Getenv("PATHWAYS_RELEASE_TEST") != "1" {
		t.Skip("set PATHWAYS_RELEASE_TEST=1 to build the release twice and compare")
	}
	if runtime.GOOS == "windows" {
		t.Skip("the release script is bash")
	}
	dirs := []string{t.TempDir(), t.TempDir()}
	for i, d := range dirs {
		cmd := exec.Command("bash", "scripts/release.sh", "v0.0.0-test")
		cmd.Dir = "../.."
		cmd.Env = append(os.Environ(), "DIST="+d)
		if os.Getenv("TARGETS") == "" {
			cmd.Env = append(cmd.Env, "TARGETS=linux/amd64 windows/amd64")
		}
		if i == 1 {
			// A different time zone and a later clock must not matter.
			cmd.Env = append(cmd.Env, "TZ=Pacific/Kiritimati")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("release.sh: %v\n%s", err, out)
		}
		if i == 0 {
			time.Sleep(1100 * time.Millisecond)
		}
	}
	names, _ := filepath.Glob(filepath.Join(dirs[0], "*"))
	if len(names) < 2 {
		t.Fatalf("release made %q", names)
	}
	for _, n := range names {
		a, _ := os.ReadFile(n)
		b, err := os.ReadFile(filepath.Join(dirs[1], filepath.Base(n)))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two builds (%v)", filepath.Base(n), err)
		} else {
			t.Logf("%s %x", filepath.Base(n), sha256.Sum256(a))
		}
	}
}
