package catalogue

import (
	"sort"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
)

// generated10k is the text of the 10,000-role catalogue's TOML files.
func generated10k() []string {
	fsys := cataloguetest.Generate(10000)
	var names []string
	for n := range fsys {
		if n[len(n)-5:] == ".toml" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	srcs := make([]string, len(names))
	for i, n := range names {
		srcs[i] = string(fsys[n].Data)
	}
	return srcs
}

// BenchmarkTOMLFloor10k: the TOML decoder alone, into the generic form,
// on one core: the floor of decoding the 10,000-role catalogue.
func BenchmarkTOMLFloor10k(b *testing.B) {
	srcs := generated10k()
	for b.Loop() {
		for _, s := range srcs {
			var m map[string]any
			if _, err := toml.Decode(s, &m); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTOMLStructs10k: the TOML decoder straight into the structs, as
// the loader did before it checked types itself.
func BenchmarkTOMLStructs10k(b *testing.B) {
	srcs := generated10k()
	for b.Loop() {
		for _, s := range srcs {
			var d doc
			if _, err := toml.Decode(s, &d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDecode10k: what the loader does with each file: the limits'
// pre-scan, the TOML decoder and the type-checking copy into structs.
func BenchmarkDecode10k(b *testing.B) {
	srcs := generated10k()
	for b.Loop() {
		for _, s := range srcs {
			if _, probs, ok := decodeTOML("f.toml", s, 0, &doc{}); !ok {
				b.Fatal(probs.Error())
			}
		}
	}
}

// BenchmarkPrescan10k: the limits' pre-scan alone.
func BenchmarkPrescan10k(b *testing.B) {
	srcs := generated10k()
	for b.Loop() {
		for _, s := range srcs {
			if p := prescan(s); p != nil {
				b.Fatal(p.Message)
			}
		}
	}
}
