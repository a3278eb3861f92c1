package catalogue

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Limits on what Load reads, so that a hand-made catalogue can never make
// the program hang or run out of memory. They are stated in the README.
const (
	MaxFileBytes  = 8 << 20  // one file
	MaxTotalBytes = 32 << 20 // one layer
	MaxFiles      = 5000     // one layer
)

// Layer is one source of catalogue files: the embedded catalogue, or a
// trust's own folder or file layered over it.
type Layer struct {
	FS       fs.FS
	Prefix   string   // put before file names in messages, e.g. "mytrust/"
	Files    []string // when set, only these files are read
	Snapshot []byte   // the files already decoded (see WriteSnapshot); optional
}

// doc is what one TOML file may hold. Any file may hold any kind of entry.
type doc struct {
	Catalogue  *Meta       `toml:"catalogue"`
	Bands      []Band      `toml:"band"`
	Grades     []Grade     `toml:"grade"`
	Levels     []Level     `toml:"level"`
	Accend     []Level     `toml:"accend"`
	Families   []Family    `toml:"family"`
	Domains    []Domain    `toml:"domain"`
	Regulators []Regulator `toml:"regulator"`
	Alliances  []Alliance  `toml:"alliance"`
	Sources    []Source    `toml:"source"`
	Roles      []Role      `toml:"role"`
	Routes     []Route     `toml:"route"`
	Programmes []Programme `toml:"programme"`
	Cases      []Case      `toml:"case"`
}

// Load reads the layers in order, later ones replacing entries of earlier
// ones with the same id, then validates the result as a whole. It returns
// the catalogue and every problem found; the catalogue must not be used
// when problems.Errors() > 0.
func Load(layers ...Layer) (*Catalogue, Problems) {
	c := newCatalogue()
	var probs Problems
	for _, l := range layers {
		layer, ps := readLayer(l)
		probs = append(probs, ps...)
		probs = append(probs, c.add(layer)...)
	}
	c.build()
	probs = append(probs, c.validate()...)
	probs.Sort()
	return c, probs
}

// decodeAll decodes the files in parallel: decoding TOML is most of the
// cost of loading a large catalogue. A file that could not be read (its
// text is empty) decodes to nothing.
func decodeAll(prefix string, files, srcs []string) ([]*doc, Problems) {
	docs := make([]*doc, len(files))
	probs := make([]Problems, len(files))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			docs[i], probs[i] = parseFile(prefix+files[i], srcs[i])
		}()
	}
	wg.Wait()
	var all Problems
	for _, ps := range probs {
		all = append(all, ps...)
	}
	return docs, all
}

// readLayer reads every .toml and .md file of a layer into one doc.
func readLayer(l Layer) (*doc, Problems) {
	var probs Problems
	files := l.Files
	if files == nil {
		var err error
		files, err = listFiles(l.FS)
		if err != nil {
			return &doc{}, Problems{{File: folderName(l.Prefix), Message: "cannot read the folder: " + cause(err).Error(), Hint: "check that the folder exists and can be read"}}
		}
	}
	if len(files) > MaxFiles {
		return &doc{}, Problems{{File: folderName(l.Prefix), Message: fmt.Sprintf("%d files is more than the %d a catalogue may have", len(files), MaxFiles), Hint: "point --catalogue at the folder that holds only the catalogue"}}
	}
	// Read every file first, so that a catalogue over the size limit is
	// refused before any decoding.
	srcs := make([]string, len(files))
	total := 0
	for i, name := range files {
		src, err := readFile(l.FS, name)
		if err != nil {
			probs = append(probs, Problem{File: l.Prefix + name, Message: err.Error(), Hint: "check the file exists and you can read it"})
			continue
		}
		if total += len(src); total > MaxTotalBytes {
			return &doc{}, Problems{{File: l.Prefix + name, Message: fmt.Sprintf("the catalogue is larger than %d MB in all", MaxTotalBytes>>20), Hint: "split it into smaller catalogues, or leave out what you do not need"}}
		}
		srcs[i] = src
	}
	docs, ok := fromSnapshot(l.Snapshot, l.Prefix, files, srcs)
	if !ok {
		var ps Problems
		docs, ps = decodeAll(l.Prefix, files, srcs)
		probs = append(probs, ps...)
	}
	all := &doc{}
	for _, d := range docs {
		if d != nil {
			appendDoc(all, d)
		}
	}
	return all, probs
}

func listFiles(fsys fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if ext := path.Ext(p); ext == ".toml" || ext == ".md" {
			if !strings.HasPrefix(d.Name(), ".") && !strings.EqualFold(d.Name(), "README.md") {
				files = append(files, p)
			}
		}
		if len(files) > MaxFiles {
			return fs.SkipAll
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func readFile(fsys fs.FS, name string) (string, error) {
	// A FIFO or device would block or never end: read regular files only.
	if info, err := fs.Stat(fsys, name); err != nil {
		return "", plainErr(err)
	} else if !info.Mode().IsRegular() {
		return "", fmt.Errorf("not a regular file")
	}
	f, err := fsys.Open(name)
	if err != nil {
		return "", plainErr(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return "", plainErr(err)
	}
	if len(b) > MaxFileBytes {
		return "", fmt.Errorf("file is larger than the %d MB a catalogue file may be", MaxFileBytes>>20)
	}
	return string(b), nil
}

// cause is the innermost error: "no such file or directory".
func cause(err error) error {
	for u := errors.Unwrap(err); u != nil; u = errors.Unwrap(err) {
		err = u
	}
	return err
}

func folderName(prefix string) string {
	if prefix == "" {
		return "."
	}
	return strings.TrimSuffix(prefix, "/")
}

// plainErr drops the Go-ish "open x:" prefix of path errors.
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot %s: %w", pe.Op, pe.Err)
	}
	return err
}

// parseFile decodes one file: TOML, or a Markdown case study.
func parseFile(name, src string) (*doc, Problems) {
	src = strings.TrimPrefix(src, "\uFEFF")
	if !utf8.ValidString(src) {
		return &doc{}, Problems{{File: name, Line: badUTF8Line(src), Message: "the file is not valid UTF-8 text", Hint: "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"}}
	}
	if strings.HasSuffix(name, ".md") {
		cs, ps := parseCase(name, src)
		if cs == nil {
			return &doc{}, ps
		}
		return &doc{Cases: []Case{*cs}}, ps
	}
	var d doc
	ft, probs, ok := decodeTOML(name, src, 0, &d)
	if !ok {
		return &doc{}, probs
	}
	d.setPos(name, ft)
	return &d, probs
}

func tomlProblem(name string, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Problem{File: name, Line: pe.Position.Line, Message: "TOML: " + pe.Message, Hint: tomlHint(pe)}
	}
	return Problem{File: name, Message: "TOML: " + err.Error()}
}

func tomlHint(pe toml.ParseError) string {
	if pe.Usage != "" {
		return strings.TrimSpace(strings.SplitN(pe.Usage, "\n", 2)[0])
	}
	return "check quotes, brackets and '=' on this line; text values need \"double quotes\""
}

func badUTF8Line(s string) int {
	line := 1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line
}
