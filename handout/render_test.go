package handout

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteSamples writes sample handouts to $HANDOUT_DIR for a person to
// open in a browser or print; it does nothing otherwise.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("HANDOUT_DIR")
	if dir == "" {
		t.Skip("set HANDOUT_DIR to write samples")
	}
	cat := embedded(t)
	p, _ := cat.Graph().Shortest("imaging-support-worker", "consultant-radiographer", false)
	cmp := cat.Compare(cat.Role("imaging-support-worker"), cat.Role("consultant-radiographer"))
	for name, d := range map[string]Doc{
		"route":   Route(cat, p, Options{Now: day}),
		"role":    Role(cat, cat.Role("cancer-support-worker"), Options{Now: day}),
		"case":    Case(cat, cat.Cases[0], Options{Now: day}),
		"compare": Compare(cat, cmp, Options{Now: day}),
	} {
		for ext, text := range map[string]string{"html": HTML(d), "md": Markdown(d)} {
			if err := WriteFile(filepath.Join(dir, name+"."+ext), []byte(text), true); err != nil {
				t.Fatal(err)
			}
		}
	}
}
