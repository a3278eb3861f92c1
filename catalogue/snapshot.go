package catalogue

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"strings"
)

// A snapshot is a layer's files already decoded, so that the program does
// not decode the embedded catalogue's TOML at every start (decoding is most
// of the start-up time). `go generate ./data` writes it.
//
// At load it is used when the layer has the same files, by name and length
// in bytes, as it was made from; otherwise the files are decoded as usual.
// Whether the contents match too (the fingerprint) is checked by
// SnapshotCurrent, which a test runs over the embedded catalogue, rather
// than at every start: hashing the 330 KB of files cost more than a tenth
// of the load. A snapshot written before Names and Sizes existed is checked
// by its fingerprint.
type snapshot struct {
	Fingerprint uint64   // FNV-64a of names and contents
	Names       []string // the files, in order
	Sizes       []int    // their lengths in bytes
	Docs        []doc    // one a file, in file order
}

// fingerprint identifies a set of files by their names and contents.
func fingerprint(files, srcs []string) uint64 {
	h := fnv.New64a()
	for i := range files {
		io.WriteString(h, files[i])
		h.Write([]byte{0})
		io.WriteString(h, srcs[i])
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// WriteSnapshot decodes a layer's files and writes them as a snapshot for
// Layer.Snapshot. It refuses a layer with any problem.
func WriteSnapshot(w io.Writer, l Layer) error {
	files, err := listFiles(l.FS)
	if err != nil {
		return err
	}
	srcs := make([]string, len(files))
	for i, name := range files {
		if srcs[i], err = readFile(l.FS, name); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if _, probs := Load(Layer{FS: l.FS, Files: files}); len(probs) > 0 {
		return fmt.Errorf("the catalogue has problems; fix them first:\n%s", probs.Error())
	}
	docs, _ := decodeAll("", files, srcs)
	snap := snapshot{Fingerprint: fingerprint(files, srcs), Names: files, Sizes: make([]int, len(srcs)), Docs: make([]doc, len(docs))}
	for i, src := range srcs {
		snap.Sizes[i] = len(src)
	}
	for i, d := range docs {
		snap.Docs[i] = *d
	}
	return gob.NewEncoder(w).Encode(snap)
}

// decodeSnapshot decodes a snapshot made from files of these names and
// lengths in bytes; with srcs (the files' contents), they must match its
// fingerprint too.
func decodeSnapshot(data []byte, files []string, sizes []int, srcs []string) (*snapshot, bool) {
	if len(data) == 0 {
		return nil, false
	}
	var snap snapshot
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&snap); err != nil || len(snap.Docs) != len(files) {
		return nil, false
	}
	if snap.Names == nil || srcs != nil {
		return &snap, srcs != nil && snap.Fingerprint == fingerprint(files, srcs)
	}
	if len(snap.Names) != len(files) || len(snap.Sizes) != len(files) {
		return nil, false
	}
	for i := range files {
		if snap.Names[i] != files[i] || snap.Sizes[i] != sizes[i] {
			return nil, false
		}
	}
	return &snap, true
}

// fromSnapshot gives the decoded files of a layer from its snapshot, if it
// was made from files of these names and lengths (see snapshot). The
// files' text is not read: it is needed only to give a problem's line, and
// is read then (fileText.read).
func fromSnapshot(l Layer, files []string) ([]*doc, bool) {
	if len(l.Snapshot) == 0 {
		return nil, false
	}
	sizes := make([]int, len(files))
	for i, name := range files {
		info, err := fs.Stat(l.FS, name)
		if err != nil || !info.Mode().IsRegular() {
			return nil, false
		}
		sizes[i] = int(info.Size())
	}
	snap, ok := decodeSnapshot(l.Snapshot, files, sizes, nil)
	if !ok {
		return nil, false
	}
	docs := make([]*doc, len(files))
	for i := range snap.Docs {
		d := &snap.Docs[i]
		file := files[i]
		name := l.name(file)
		if strings.HasSuffix(name, ".md") {
			// As parseCase: lines count from the front matter.
			text := &fileText{offset: 1, read: func() string {
				src, _ := readFile(l.FS, file)
				front, _, _, _ := SplitFrontMatter(src)
				return front
			}}
			for j := range d.Cases {
				d.Cases[j].Pos = Pos{File: name, src: text}
			}
		} else {
			d.setPos(name, &fileText{read: func() string {
				src, _ := readFile(l.FS, file)
				return strings.TrimPrefix(src, "\uFEFF")
			}})
		}
		docs[i] = d
	}
	return docs, true
}

// SnapshotCurrent reports whether a layer's snapshot matches its files:
// names, lengths and contents (the fingerprint).
func SnapshotCurrent(l Layer) bool {
	files, err := listFiles(l.FS)
	if err != nil {
		return false
	}
	srcs := make([]string, len(files))
	for i, name := range files {
		if srcs[i], err = readFile(l.FS, name); err != nil {
			return false
		}
	}
	_, ok := decodeSnapshot(l.Snapshot, files, nil, srcs)
	return ok
}
