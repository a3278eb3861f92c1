// Package cataloguetest makes large catalogues for benchmarks and tests.
package cataloguetest

import (
	"fmt"
	"strings"
	"testing/fstest"
)

// Generate makes a valid catalogue of n roles, each with three steps
// forward (so 3n steps), spread over bands 2 to 8a, in ten TOML files, plus
// one case study. Role i has id "role-i" and title "Generated role i".
func Generate(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	bands := []string{"2", "3", "4", "5", "6", "7", "8a"}
	var head strings.Builder
	head.WriteString("[catalogue]\nname = \"generated\"\nversion = \"1\"\ndate = \"2026-01-01\"\n")
	for _, b := range bands {
		fmt.Fprintf(&head, "[[band]]\nid = %q\nlabel = \"Band %s\"\n", b, b)
	}
	head.WriteString("[[family]]\nid = \"generated\"\nname = \"Generated\"\n")
	head.WriteString("[[source]]\nid = \"gen\"\ntitle = \"Generated\"\nurl = \"https://example.org\"\n")
	fsys["base.toml"] = &fstest.MapFile{Data: []byte(head.String())}
	const files = 10
	per := (n + files - 1) / files
	for f := 0; f < files; f++ {
		var b strings.Builder
		for i := f * per; i < min(n, (f+1)*per); i++ {
			band := bands[i*len(bands)/n]
			fmt.Fprintf(&b, "[[role]]\nid = \"role-%d\"\ntitle = \"Generated role %d\"\naliases = [\"GR%d\"]\nfamily = \"generated\"\nbands = [%q]\nsummary = \"A generated role for benchmarks.\"\nsources = [\"gen\"]\n", i, i, i, band)
			fmt.Fprintf(&b, "[[role.entry]]\nkind = \"apprenticeship\"\nname = \"Generated apprenticeship\"\nlevel = 3\nduration = \"12 months\"\n")
			for k, jump := range []int{1, 7, 31} {
				to := (i + jump) % n
				if to == i {
					continue
				}
				fmt.Fprintf(&b, "[[role.next]]\nto = \"role-%d\"\ntakes = \"Generated training\"\nyears = %d\n", to, k+1)
			}
		}
		fsys[fmt.Sprintf("roles/%02d.toml", f)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	fsys["cases/generated.md"] = &fstest.MapFile{Data: []byte("+++\nid = \"generated\"\ntitle = \"Generated\"\norganisation = \"Generated trust\"\nroles = [\"role-0\"]\nsources = [\"gen\"]\n+++\n# Generated\n\nA generated case study.\n")}
	return fsys
}
