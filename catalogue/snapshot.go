package catalogue

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
)

// A snapshot is a layer's files already decoded, so that the program does
// not decode the embedded catalogue's TOML at every start (decoding is most
// of the start-up time). `go generate ./data` writes it. It is used only
// while its fingerprint matches the files it was made from; otherwise the
// files are decoded as usual, so a stale snapshot is slow, never wrong.
type snapshot struct {
	Fingerprint uint64
	Docs        []doc // one a file, in file order
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
	snap := snapshot{Fingerprint: fingerprint(files, srcs), Docs: make([]doc, len(docs))}
	for i, d := range docs {
		snap.Docs[i] = *d
	}
	return gob.NewEncoder(w).Encode(snap)
}

// fromSnapshot gives the decoded files from a snapshot, if it was made
// from exactly these files.
func fromSnapshot(data []byte, prefix string, files, srcs []string) ([]*doc, bool) {
	if len(data) == 0 {
		return nil, false
	}
	var snap snapshot
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&snap); err != nil || len(snap.Docs) != len(files) || snap.Fingerprint != fingerprint(files, srcs) {
		return nil, false
	}
	docs := make([]*doc, len(files))
	for i := range snap.Docs {
		d := &snap.Docs[i]
		name := prefix + files[i]
		if strings.HasSuffix(name, ".md") {
			// As parseCase: lines count from the front matter.
			front, _, _, _ := SplitFrontMatter(srcs[i])
			for j := range d.Cases {
				d.Cases[j].Pos = Pos{File: name, src: &fileText{text: front, offset: 1}}
			}
		} else {
			d.setPos(name, &fileText{text: strings.TrimPrefix(srcs[i], "\uFEFF")})
		}
		docs[i] = d
	}
	return docs, true
}

// SnapshotCurrent reports whether a layer's snapshot matches its files.
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
	_, ok := fromSnapshot(l.Snapshot, l.Prefix, files, srcs)
	return ok
}
