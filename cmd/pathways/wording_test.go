package main

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/data"
)

// A note about a merger never splits the name it follows from the rest of
// it ("Health Education England (merged into NHS England in 2023) South
// East case studies"), as a text substitution once left it across the
// built-in catalogue.
func TestNoParenthesisSplitsAName(t *testing.T) {
	split := regexp.MustCompile(`\([^()]*NHS England[^()]*\) (South East|STAR|funding)\b`)
	n := 0
	err := fs.WalkDir(data.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".toml") || strings.HasSuffix(path, ".md")) {
			return err
		}
		b, err := fs.ReadFile(data.FS, path)
		if err != nil {
			return err
		}
		n++
		for i, line := range strings.Split(string(b), "\n") {
			if m := split.FindString(line); m != "" {
				t.Errorf("data/%s:%d: a parenthesis splits a name: %q", path, i+1, m)
			}
		}
		return nil
	})
	if err != nil || n < 10 {
		t.Fatalf("read %d files: %v", n, err)
	}
}
