package catalogue

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
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
	FS fs.FS
	// Root is the folder as the user typed it (C:\Users\me\trust, ./trust/
	// or empty), so that messages name files the way the user would:
	// Root joined with the file's path in FS by the system's separator
	// (C:\Users\me\trust\roles\a.toml). When Root is empty, Prefix is
	// put before the file's path instead: "(built-in) data/roles/a.toml".
	Root     string
	Prefix   string
	Files    []string // when set, only these files are read
	Snapshot []byte   // the files already decoded (see WriteSnapshot); optional
	// Checked says the layer's files were checked whole when Snapshot
	// was made (WriteSnapshot refuses a layer with any problem, warnings
	// included): a Load of this layer alone, from its snapshot, skips
	// validation, which is then known to find nothing. The built-in
	// catalogue sets it; `pathways validate` does not.
	Checked bool
}

// pathSeparator joins Root to file names; a variable so that tests can
// show Windows paths on any system.
var pathSeparator = filepath.Separator

// name is how a file of the layer (a slash-separated path in its FS) is
// named in messages.
func (l Layer) name(file string) string {
	if l.Root == "" {
		return l.Prefix + file
	}
	sep := string(pathSeparator)
	if sep != "/" {
		file = strings.ReplaceAll(file, "/", sep)
	}
	if file == "." {
		return l.Root
	}
	if strings.HasSuffix(l.Root, sep) || strings.HasSuffix(l.Root, "/") {
		return l.Root + file
	}
	return l.Root + sep + file
}

// folder is how the layer's folder is named in messages.
func (l Layer) folder() string {
	if l.Root != "" {
		return l.Root
	}
	if l.Prefix == "" {
		return "."
	}
	return strings.TrimSuffix(l.Prefix, "/")
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

	// unread names the files (or folders) whose entries are all missing
	// because they could not be read or decoded at all (see unreadNote).
	unread []string
}

// Load reads the layers in order, later ones replacing entries of earlier
// ones with the same id, then validates the result as a whole. It returns
// the catalogue and every problem found; the catalogue must not be used
// when problems.Errors() > 0.
func Load(layers ...Layer) (*Catalogue, Problems) {
	c := newCatalogue()
	var probs Problems
	checked := len(layers) > 0
	for _, l := range layers {
		layer, snap, ps := readLayer(l)
		checked = checked && l.Checked && snap
		probs = append(probs, ps...)
		probs = append(probs, c.add(layer)...)
	}
	c.build()
	if !checked || len(layers) > 1 || len(probs) > 0 {
		probs = append(probs, c.validate()...)
	}
	probs.Sort()
	return c, probs
}

// decodeAll decodes the files in parallel: decoding TOML is most of the
// cost of loading a large catalogue. A file that could not be read (its
// text is empty) decodes to nothing.
func decodeAll(prefix string, files, srcs []string) ([]*doc, Problems) {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = prefix + f
	}
	return decodeNamed(names, srcs)
}

// decodeNamed decodes files named in messages by names.
func decodeNamed(names, srcs []string) ([]*doc, Problems) {
	docs := make([]*doc, len(names))
	probs := make([]Problems, len(names))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			docs[i], probs[i] = parseFile(names[i], srcs[i])
		}()
	}
	wg.Wait()
	var all Problems
	for _, ps := range probs {
		all = append(all, ps...)
	}
	return docs, all
}

// readLayer reads every .toml and .md file of a layer into one doc. A
// file or folder that cannot be read is named and the rest are read. snap
// says the layer's snapshot was used.
func readLayer(l Layer) (_ *doc, snap bool, _ Problems) {
	var probs Problems
	var unread []string
	files := l.Files
	if files == nil {
		var unreadable []walkError
		var err error
		files, unreadable, err = walkFiles(l.FS)
		if err != nil {
			return &doc{}, false, Problems{{File: l.folder(), Message: "cannot read the folder: " + cause(err).Error(), Hint: "check that the folder exists and can be read"}}
		}
		for _, u := range unreadable {
			unread = append(unread, l.name(u.path))
			probs = append(probs, Problem{File: l.name(u.path), Message: "cannot read this folder: " + cause(u.err).Error(), Hint: "check that you can open it; the rest of the catalogue was read without it"})
		}
	}
	if len(files) > MaxFiles {
		return &doc{}, false, Problems{{File: l.folder(), Message: fmt.Sprintf("%d files is more than the %d a catalogue may have", len(files), MaxFiles), Hint: "point --catalogue at the folder that holds only the catalogue"}}
	}
	if docs, ok := fromSnapshot(l, files); ok {
		return mergeDocs(docs), true, probs
	}
	// Read every file first, so that a catalogue over the size limit is
	// refused before any decoding.
	srcs := make([]string, len(files))
	names := make([]string, len(files))
	total := 0
	for i, file := range files {
		names[i] = l.name(file)
		src, err := readFile(l.FS, file)
		if errors.Is(err, errNotRegular) {
			probs = append(probs, Problem{File: names[i], Warning: true, Message: err.Error() + ", so it was skipped", Hint: "catalogue files must be ordinary files; remove it or rename it"})
			continue
		}
		if errors.Is(err, errTooLarge) {
			unread = append(unread, names[i])
			probs = append(probs, Problem{File: names[i], Message: err.Error(), Hint: "split it into smaller files in a folder, and give --catalogue the folder"})
			continue
		}
		if err != nil {
			unread = append(unread, names[i])
			probs = append(probs, Problem{File: names[i], Message: err.Error(), Hint: "check the file exists and you can read it"})
			continue
		}
		if total += len(src); total > MaxTotalBytes {
			return &doc{}, false, Problems{{File: names[i], Message: fmt.Sprintf("the catalogue is larger than %d MB in all", MaxTotalBytes>>20), Hint: "split it into smaller catalogues, or leave out what you do not need"}}
		}
		srcs[i] = src
	}
	docs, ps := decodeNamed(names, srcs)
	d := mergeDocs(docs)
	d.unread = append(unread, d.unread...)
	return d, false, append(probs, ps...)
}

// walkError is a folder inside a layer that could not be read.
type walkError struct {
	path string
	err  error
}

// listFiles lists a layer's catalogue files; any folder that cannot be
// read is an error.
func listFiles(fsys fs.FS) ([]string, error) {
	files, unreadable, err := walkFiles(fsys)
	if err == nil && len(unreadable) > 0 {
		err = &fs.PathError{Op: "read", Path: unreadable[0].path, Err: cause(unreadable[0].err)}
	}
	return files, err
}

// walkFiles lists the .toml and .md files of fsys in order, leaving out
// hidden files and folders and README.md. err is set only when the top
// folder cannot be read; folders below it that cannot be read are listed
// in unreadable and skipped.
func walkFiles(fsys fs.FS) (files []string, unreadable []walkError, err error) {
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			unreadable = append(unreadable, walkError{p, err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
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
	return files, unreadable, err
}

// errTooLarge is a file over MaxFileBytes.
var errTooLarge = fmt.Errorf("file is larger than the %d MB a catalogue file may be", MaxFileBytes>>20)

// errNotRegular is a FIFO, device, socket or folder named like a file: it
// is skipped with a warning, as it could block or never end.
var errNotRegular = errors.New("not a regular file")

func readFile(fsys fs.FS, name string) (string, error) {
	info, err := fs.Stat(fsys, name)
	switch {
	case err != nil:
		return "", plainErr(err)
	case info.IsDir():
		return "", fmt.Errorf("%w but a folder", errNotRegular)
	case !info.Mode().IsRegular():
		return "", fmt.Errorf("%w (a pipe, device or socket)", errNotRegular)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return "", plainErr(err)
	}
	defer f.Close()
	// Read into a buffer of the size Stat gave (a file that grew meanwhile
	// still reads whole), and make the string from it without a copy: a
	// large catalogue is read with a third of the garbage io.ReadAll and a
	// string conversion make.
	size := int(min(info.Size(), MaxFileBytes)) + 1
	var b strings.Builder
	b.Grow(size)
	if _, err := io.CopyBuffer(&b, io.LimitReader(f, MaxFileBytes+1), make([]byte, min(size, 32<<10))); err != nil {
		return "", plainErr(err)
	}
	if b.Len() > MaxFileBytes {
		return "", errTooLarge
	}
	return b.String(), nil
}

// cause is the innermost error: "no such file or directory".
func cause(err error) error {
	for u := errors.Unwrap(err); u != nil; u = errors.Unwrap(err) {
		err = u
	}
	return err
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
		return &doc{unread: []string{name}}, Problems{{File: name, Line: badUTF8Line(src), Message: "the file is not valid UTF-8 text", Hint: "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"}}
	}
	if strings.HasSuffix(name, ".md") {
		cs, ps := parseCase(name, src)
		if cs == nil {
			return &doc{unread: []string{name}}, ps
		}
		return &doc{Cases: []Case{*cs}}, ps
	}
	var d doc
	ft, probs, ok := decodeTOML(name, src, 0, &d)
	if !ok && ft.bad == nil {
		return &doc{unread: []string{name}}, probs
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
