package handout

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// WriteFile saves data at path and nowhere else. An existing file is never
// overwritten unless force is set; a folder, or anything not a regular
// file, never is. The data goes to a temporary file in the same folder
// first, which is then renamed into place (with force) or linked to the
// name, which fails if the name was taken meanwhile (without), so a reader
// never sees half a handout and a failure leaves nothing behind. Errors
// name the path and say what to do, such as "route.html already exists;
// give --force to replace it, or -o another name".
func WriteFile(path string, data []byte, force bool) error {
	if path == "" {
		return errors.New("no file name given")
	}
	if st, err := os.Stat(path); err == nil {
		switch {
		case st.IsDir():
			return fmt.Errorf("%s is a folder; give a file name such as %s", path, filepath.Join(path, "handout.html"))
		case !st.Mode().IsRegular():
			return fmt.Errorf("%s is not a regular file; give another name", path)
		case !force:
			return fmt.Errorf("%s already exists; give --force to replace it, or -o another name", path)
		}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, plain(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	if force {
		err = os.Rename(tmp.Name(), path)
	} else {
		err = os.Link(tmp.Name(), path) // fails if path appeared meanwhile
		if err == nil {
			os.Remove(tmp.Name())
		} else if !errors.Is(err, fs.ErrExist) {
			err = os.Rename(tmp.Name(), path) // file systems without links
		}
	}
	if errors.Is(err, fs.ErrExist) {
		os.Remove(tmp.Name())
		done = true
		return fmt.Errorf("%s already exists; give --force to replace it, or -o another name", path)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plain(err))
	}
	done = true
	return nil
}

// plain is the cause of a path error without the path, which the message
// names already.
func plain(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// DefaultName is a file name for a handout: the kind, then the names
// (role titles, or a case's) made into lower-case words joined by "-",
// with "to" between the two roles of a route and "and" between compared
// roles, and the format's extension ("html" or "md"):
// DefaultName("route", "html", "Imaging support worker", "Consultant
// radiographer") is "route-imaging-support-worker-to-consultant-radiographer.html".
// Each name is cut to its whole words within 60 characters.
func DefaultName(kind, ext string, names ...string) string {
	parts := []string{slug(kind)}
	join := "-"
	switch kind {
	case "route":
		join = "-to-"
	case "compare":
		join = "-and-"
	}
	var ns []string
	for _, n := range names {
		if s := slug(n); s != "" {
			ns = append(ns, s)
		}
	}
	if len(ns) > 0 {
		parts = append(parts, strings.Join(ns, join))
	}
	return strings.Join(parts, "-") + "." + strings.TrimPrefix(ext, ".")
}

// slug makes a name into lower-case ASCII letters and digits joined by "-".
func slug(s string) string {
	words := strings.FieldsFunc(strings.ToLower(catalogue.Norm(s)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	out := strings.Join(words, "-")
	if len(out) > 60 { // cut at the last whole word
		out = out[:60]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		}
	}
	return out
}
