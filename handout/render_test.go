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

// TestWriteRouteSamples writes every curated route's handout to
// $HANDOUT_DIR/routes, to check each prints on one A4 page.
func TestWriteRouteSamples(t *testing.T) {
	dir := os.Getenv("HANDOUT_DIR")
	if dir == "" {
		t.Skip("set HANDOUT_DIR to write samples")
	}
	cat := embedded(t)
	os.MkdirAll(filepath.Join(dir, "routes"), 0o755)
	for _, rt := range cat.Routes {
		p, ok := cat.Graph().Shortest(rt.Roles[0], rt.Roles[len(rt.Roles)-1], false)
		if !ok {
			continue
		}
		if err := WriteFile(filepath.Join(dir, "routes", rt.ID+".html"), []byte(HTML(Route(cat, p, Options{Now: day}))), true); err != nil {
			t.Fatal(err)
		}
	}
}
