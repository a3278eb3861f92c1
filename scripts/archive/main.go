// Command archive writes a release archive whose bytes depend only on the
// files' contents and names: entries sorted by name, each with the same
// modification time (the commit's), owner root (0:0), and mode 0755 for
// the binary and 0644 for the rest; gzip without a name or time.
//
//	go run ./scripts/archive -o OUT.tar.gz|OUT.zip -prefix DIR/ -mtime UNIX FILE...
//
// The first FILE is the executable. Each is stored under prefix with its
// base name.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// entry is one file in an archive.
type entry struct {
	name string
	mode int64
	data []byte
}

func main() {
	out := flag.String("o", "", "archive to write: .tar.gz or .zip")
	prefix := flag.String("prefix", "", "folder inside the archive, ending in /")
	mtime := flag.Int64("mtime", 0, "modification time of every entry, seconds since 1970 (the commit's)")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: archive -o OUT.tar.gz|OUT.zip -prefix DIR/ -mtime UNIX EXECUTABLE [FILE...]")
		os.Exit(2)
	}
	var entries []entry
	for i, f := range flag.Args() {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "archive:", err)
			os.Exit(1)
		}
		mode := int64(0o644)
		if i == 0 {
			mode = 0o755
		}
		entries = append(entries, entry{*prefix + filepath.Base(f), mode, data})
	}
	var buf bytes.Buffer
	var err error
	if strings.HasSuffix(*out, ".zip") {
		err = writeZip(&buf, entries, time.Unix(*mtime, 0).UTC())
	} else {
		err = writeTarGz(&buf, entries, time.Unix(*mtime, 0).UTC())
	}
	if err == nil {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "archive:", err)
		os.Exit(1)
	}
}

func sorted(entries []entry) []entry {
	s := append([]entry(nil), entries...)
	sort.Slice(s, func(i, j int) bool { return s[i].name < s[j].name })
	return s
}

// writeTarGz writes a gzipped tar (USTAR where it fits) of entries.
func writeTarGz(w io.Writer, entries []entry, mtime time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	for _, e := range sorted(entries) {
		h := &tar.Header{Name: e.name, Mode: e.mode, Size: int64(len(e.data)), ModTime: mtime,
			Typeflag: tar.TypeReg, Uid: 0, Gid: 0, Uname: "root", Gname: "root", Format: tar.FormatUSTAR}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(e.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

// writeZip writes a zip of entries, deflated.
func writeZip(w io.Writer, entries []entry, mtime time.Time) error {
	zw := zip.NewWriter(w)
	for _, e := range sorted(entries) {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mtime}
		h.SetMode(os.FileMode(e.mode))
		f, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := f.Write(e.data); err != nil {
			return err
		}
	}
	return zw.Close()
}
