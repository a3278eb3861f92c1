package catalogue_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
)

// FuzzLoad: no file, however broken, may make the loader panic, and every
// problem must name its file.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"base/base.toml", "broken/syntax.toml", "broken/unknown-key.toml", "broken/duplicate.toml", "broken/notepad-ok.toml", "broken/types.toml"} {
		if b, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(string(b), false)
		}
	}
	f.Add("+++\nid = \"x\"\n+++\nbody", true)
	f.Add("[[role]]\n[[role.next]]\nto = 1", false)
	// Each kind of shape the pre-scan refuses, just over its limit, and
	// the same inside strings and comments, where it does not count.
	f.Add("x = "+strings.Repeat("[", 17), false)
	f.Add("x = "+strings.Repeat("{a = ", 17)+"1"+strings.Repeat("}", 17), false)
	f.Add("["+strings.Repeat("a.", 10)+"a]", false)
	f.Add("x = ["+strings.Repeat("1,", 10001)+"]", false)
	f.Add("[catalogue]\n"+strings.Repeat("k = 1\n", 1001), false)
	f.Add("x = \"[[[[[[[[[[[[[[[[[[\\\"\" # {{{{{{{{{{{{{{{{{{\ny = \"\"\"\n[[[[[[[[[[[[[[[[[[\n\"\"\"\nz = '''a.a.a.a.a.a.a.a.a.a.a'''", false)
	// Values of the wrong type.
	f.Add("[catalogue]\ndate = 2026-11-01\n[[role]]\nbands = 4\nnew_role = \"yes\"\n[[role.entry]]\nlevel = \"5\"\n[[role.next]]\nyears = \"2\"", false)
	f.Add("+++\nid = 1\nroles = \"a\"\nthemes = [1, 2]\n+++\nbody", true)
	f.Fuzz(func(t *testing.T, src string, markdown bool) {
		name := "f.toml"
		if markdown {
			name = "f.md"
		}
		base, _ := os.ReadFile("testdata/base/base.toml")
		c, probs := catalogue.Load(
			catalogue.Layer{FS: fstest.MapFS{"base.toml": {Data: base}}},
			catalogue.Layer{FS: fstest.MapFS{name: {Data: []byte(src)}}, Prefix: "user/"},
		)
		for _, p := range probs {
			if p.File == "" || p.Message == "" || p.Line < 0 {
				t.Fatalf("problem without a file or message: %#v", p)
			}
		}
		if probs.Errors() == 0 {
			for _, r := range c.Roles {
				c.RoleJSON(r)
				c.Graph().Within(r.ID, 3)
			}
		}
	})
}

// FuzzSplitFrontMatter: the splitter never panics, and what it returns is
// made of the input.
func FuzzSplitFrontMatter(f *testing.F) {
	f.Add("+++\nid = \"a\"\n+++\nbody\n")
	f.Add("\uFEFF+++\r\nid = \"a\"\r\n+++\r\nbody")
	f.Add("+++")
	f.Add("no front matter")
	f.Fuzz(func(t *testing.T, src string) {
		front, body, line, ok := catalogue.SplitFrontMatter(src)
		if line < 1 {
			t.Fatalf("body line %d", line)
		}
		if ok && !strings.Contains(src, body) {
			t.Fatalf("body %q is not part of the input", body)
		}
		if !ok && front != "" {
			t.Fatalf("front matter %q without ok", front)
		}
	})
}

// FuzzFindRole: any query either finds one role or explains why not.
func FuzzFindRole(f *testing.F) {
	c, probs := catalogue.Load(base())
	if probs.Errors() > 0 {
		f.Fatal(probs.Error())
	}
	for _, s := range []string{"cns", "Staff nurse", "s", "", "nurse specalist", "ÉÉ", "  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		r, err := c.FindRole(q)
		if (r == nil) == (err == nil) {
			t.Fatalf("FindRole(%q) = %v, %v", q, r, err)
		}
		if err != nil && err.Error() == "" {
			t.Fatal("empty error")
		}
	})
}

// FuzzRoute: routes found between any two roles are connected and start
// and end where asked.
func FuzzRoute(f *testing.F) {
	g := diamondFor(f).Graph()
	ids := []string{"a", "b", "c", "d", "e", "x"}
	f.Add(uint8(0), uint8(4), false, uint8(3))
	f.Fuzz(func(t *testing.T, from, to uint8, byYears bool, k uint8) {
		a, b := ids[int(from)%len(ids)], ids[int(to)%len(ids)]
		for _, p := range g.Alternatives(a, b, int(k%6), byYears) {
			if p.Roles[0] != a || p.Roles[len(p.Roles)-1] != b || len(p.Steps) != len(p.Roles)-1 {
				t.Fatalf("bad path %v from %s to %s", p.Roles, a, b)
			}
			for i, e := range p.Steps {
				if e.From != p.Roles[i] || e.To != p.Roles[i+1] || e.Step == nil {
					t.Fatalf("step %d of %v does not join its roles", i, p.Roles)
				}
			}
		}
		g.Within(a, int(k%5))
	})
}
