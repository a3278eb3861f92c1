package catalogue_test

import (
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
	"github.com/nhs-pathways/pathways/data"
)

func TestGeneratedCatalogueIsValid(t *testing.T) {
	c, probs := catalogue.Load(catalogue.Layer{FS: cataloguetest.Generate(10000)})
	if len(probs) > 0 {
		t.Fatalf("%d problems, first: %s", len(probs), probs[0])
	}
	steps := 0
	for _, r := range c.Roles {
		steps += len(c.Graph().Next(r.ID))
	}
	if len(c.Roles) != 10000 || steps != 30000 {
		t.Errorf("roles %d steps %d, want 10000 and 30000", len(c.Roles), steps)
	}
}

// BenchmarkLoadEmbedded: load and validate the embedded catalogue from its
// TOML.
func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		if _, probs := catalogue.Load(catalogue.Layer{FS: data.FS}); probs.Errors() > 0 {
			b.Fatal(probs.Error())
		}
	}
}

// BenchmarkLoadEmbeddedSnapshot: the same, as the program does it, from
// the snapshot of the decoded files (target under 5 ms).
func BenchmarkLoadEmbeddedSnapshot(b *testing.B) {
	for b.Loop() {
		if _, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Snapshot: data.Snapshot}); probs.Errors() > 0 {
			b.Fatal(probs.Error())
		}
	}
}

// BenchmarkLoadBuiltin: the built-in catalogue as the program loads it:
// from its snapshot, Checked (so not validated again).
func BenchmarkLoadBuiltin(b *testing.B) {
	for b.Loop() {
		if _, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Snapshot: data.Snapshot, Checked: true}); probs.Errors() > 0 {
			b.Fatal(probs.Error())
		}
	}
}

// BenchmarkLoadGenerated1k: load and validate 1,000 roles and 3,000 steps.
func BenchmarkLoadGenerated1k(b *testing.B) {
	fsys := cataloguetest.Generate(1000)
	b.ResetTimer()
	for b.Loop() {
		if _, probs := catalogue.Load(catalogue.Layer{FS: fsys}); probs.Errors() > 0 {
			b.Fatal(probs.Error())
		}
	}
}

// BenchmarkLoadGenerated10k: load and validate 10,000 roles and 30,000
// steps (target under 150 ms).
func BenchmarkLoadGenerated10k(b *testing.B) {
	fsys := cataloguetest.Generate(10000)
	b.ResetTimer()
	for b.Loop() {
		if _, probs := catalogue.Load(catalogue.Layer{FS: fsys}); probs.Errors() > 0 {
			b.Fatal(probs.Error())
		}
	}
}

// BenchmarkRoute10k: the shortest route across the 10,000-role catalogue
// (target under 1 ms).
func BenchmarkRoute10k(b *testing.B) {
	c, _ := catalogue.Load(catalogue.Layer{FS: cataloguetest.Generate(10000)})
	g := c.Graph()
	b.ResetTimer()
	for b.Loop() {
		if _, ok := g.Shortest("role-0", "role-5000", false); !ok {
			b.Fatal("no route")
		}
	}
}

// BenchmarkRouteAlternatives10k: the shortest route and three alternatives.
func BenchmarkRouteAlternatives10k(b *testing.B) {
	c, _ := catalogue.Load(catalogue.Layer{FS: cataloguetest.Generate(10000)})
	g := c.Graph()
	b.ResetTimer()
	for b.Loop() {
		if len(g.Alternatives("role-0", "role-5000", 4, false)) == 0 {
			b.Fatal("no route")
		}
	}
}

// BenchmarkFindRole10k: name resolution by a title prefix among 10,000.
func BenchmarkFindRole10k(b *testing.B) {
	c, _ := catalogue.Load(catalogue.Layer{FS: cataloguetest.Generate(10000)})
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.FindRole("Generated role 4242"); err != nil {
			b.Fatal(err)
		}
	}
}
