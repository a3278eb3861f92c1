package catalogue_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
)

func base() catalogue.Layer {
	return catalogue.Layer{FS: os.DirFS("testdata/base"), Prefix: "base/"}
}

func overlay(file string) catalogue.Layer {
	return catalogue.Layer{FS: os.DirFS("testdata/broken"), Prefix: "broken/", Files: []string{file}}
}

func TestBaseIsValid(t *testing.T) {
	c, probs := catalogue.Load(base())
	if len(probs) != 0 {
		t.Fatalf("base catalogue has problems:\n%s", probs.Error())
	}
	if got := len(c.Roles); got != 3 {
		t.Errorf("roles = %d, want 3", got)
	}
	if c.Case("story") == nil || !strings.Contains(c.Case("story").Body, "Things.") {
		t.Errorf("case study body not loaded: %+v", c.Case("story"))
	}
}

// TestBrokenCatalogues checks that each broken file gives exactly the
// problems expected, with file and line.
func TestBrokenCatalogues(t *testing.T) {
	tests := []struct {
		file string
		want []string // every problem, as Problem.String()
	}{
		{"syntax.toml", []string{
			"broken/syntax.toml:3: TOML: strings cannot contain newlines\n    hint: check quotes, brackets and '=' on this line; text values need \"double quotes\"",
		}},
		{"unknown-key.toml", []string{
			"broken/unknown-key.toml:3: unknown key \"role.titel\"\n    hint: did you mean \"title\"?",
			"broken/unknown-key.toml:12: unknown key \"role.next.yeras\"\n    hint: did you mean \"years\"?",
		}},
		{"duplicate.toml", []string{
			"broken/duplicate.toml:16: twin: duplicate role id, also at broken/duplicate.toml:1\n    hint: give each entry its own id, or remove one of them",
		}},
		{"unknown-ref.toml", []string{
			"broken/unknown-ref.toml:1: warning: lost: nothing links to this role: its only step leads to an unknown role, no step leads to it and no route includes it\n    hint: fix the step's 'to', or add a step to it",
			"broken/unknown-ref.toml:4: lost: unknown family \"nursng\"\n    hint: did you mean \"nursing\"?",
			"broken/unknown-ref.toml:14: lost: unknown role \"staf-nurse\"\n    hint: did you mean \"staff-nurse\"?",
		}},
		{"band-order.toml", []string{
			"broken/band-order.toml:5: upside-down: band range 6–4 is out of order\n    hint: write bands = [\"4\", \"6\"]",
		}},
		{"route-gap.toml", []string{
			"broken/route-gap.toml:5: gap: no progression step joins support-worker to nurse-specialist\n    hint: add a [[role.next]] with to = \"nurse-specialist\" under role \"support-worker\", or put a role between them",
		}},
		{"no-source.toml", []string{
			"broken/no-source.toml:2: unsourced: role has no source\n    hint: add sources = [\"000\"] (a source id) or a URL",
		}},
		{"no-front-matter.md", []string{
			"broken/no-front-matter.md:1: case study has no front matter\n    hint: start the file with a line '+++', the TOML fields (id, title, organisation, roles, sources), and another '+++'",
		}},
		{"no-body.md", []string{
			"broken/no-body.md:7: empty: case study has no body\n    hint: write the story below the closing '+++' line",
		}},
		{"empty-title.toml", []string{
			"broken/empty-title.toml:3: nameless: title is empty\n    hint: add title = \"…\"",
		}},
		{"unlinked.toml", []string{
			"broken/unlinked.toml:1: warning: island: no way in: the role has no entry route and no step leads to it\n    hint: add an [[role.entry]] or a step from another role",
			"broken/unlinked.toml:1: warning: island: nothing links to this role: no step leads to or from it and no route includes it\n    hint: add a [[role.next]] step to or from it",
		}},
		{"bad-utf8.toml", []string{
			"broken/bad-utf8.toml:3: the file is not valid UTF-8 text\n    hint: save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)",
		}},
		{"notepad-ok.toml", nil},
		{"notepad-ok.md", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, probs := catalogue.Load(base(), overlay(tt.file))
			var got []string
			for _, p := range probs {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n---\n") != strings.Join(tt.want, "\n---\n") {
				t.Errorf("problems:\n%s\n\nwant:\n%s", strings.Join(got, "\n---\n"), strings.Join(tt.want, "\n---\n"))
			}
		})
	}
}

// TestTypeMistakes: every value of the wrong type in a file is reported,
// in plain words, at the line of its key; the values are left out and the
// rest of the file is kept.
func TestTypeMistakes(t *testing.T) {
	c, probs := catalogue.Load(base(), overlay("types.toml"))
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	want := []string{
		"broken/types.toml:4: catalogue.date: expected text in quotes (\"2026-11-01\"), found a date\n    hint: write date = \"2026-11-01\"",
		"broken/types.toml:10: role.bands: expected a list in [brackets] of text in quotes ([\"4\"]), found a whole number\n    hint: write bands = [\"4\"]",
		"broken/types.toml:11: role.new_role: expected true or false (true), found text in quotes\n    hint: write new_role = true",
		"broken/types.toml:13: role.sources: expected text in quotes (\"2\"), found a whole number\n    hint: text goes in \"double quotes\"; numbers, dates, true and false do not",
		"broken/types.toml:18: role.entry.level: expected a whole number (5), found text in quotes\n    hint: write level = 5",
		"broken/types.toml:26: role.next.years: expected a number of years, or [lowest, highest] (2), found text in quotes\n    hint: write years = 2",
	}
	if strings.Join(got, "\n---\n") != strings.Join(want, "\n---\n") {
		t.Errorf("problems:\n%s\n\nwant:\n%s", strings.Join(got, "\n---\n"), strings.Join(want, "\n---\n"))
	}
	r := c.Role("typed")
	if r == nil || r.Title != "Typed" || len(r.Bands) != 0 || len(r.Next) != 2 || r.Next[0].To != "support-worker" {
		t.Errorf("the well-typed values of the file were not kept: %+v", r)
	}
}

// TestTypeMistakesWithOtherProblems: a value of the wrong type does not hide
// the file's other problems (unknown ids), and the value left out causes
// no further messages (such as a role with no band, or a step with no
// years).
func TestTypeMistakesWithOtherProblems(t *testing.T) {
	_, probs := catalogue.Load(base(), overlay("types-and-refs.toml"))
	var got []string
	for _, p := range probs {
		if !p.Warning {
			got = append(got, fmt.Sprintf("%d: %s", p.Line, p.Message))
		}
	}
	want := []string{
		"4: unknown family \"nursng\"",
		"5: role.bands: expected a list in [brackets] of text in quotes ([\"4\"]), found a whole number",
		"10: unknown role \"staf-nurse\"",
		"15: role.next.years: expected a number of years, or [lowest, highest] (3), found text in quotes",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\n\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTypeMistakeInFrontMatter: lines count from the top of the Markdown
// file, not of its front matter.
func TestTypeMistakeInFrontMatter(t *testing.T) {
	_, probs := catalogue.Load(base(), overlay("types.md"))
	if len(probs) != 1 || probs[0].String() != "broken/types.md:5: roles: expected a list in [brackets] of text in quotes ([\"staff-nurse\"]), found text in quotes\n    hint: write roles = [\"staff-nurse\"]" {
		t.Errorf("problems:\n%s", probs.Error())
	}
}

// TestUnknownHeaderLines: an unknown key written as a table header
// ([[rol]], [tbl.sub], [[role.entri]]) or a dotted key is reported at its
// own line, not at the top of the file or at the enclosing [[role]].
func TestUnknownHeaderLines(t *testing.T) {
	_, probs := catalogue.Load(base(), overlay("unknown-headers.toml"))
	var got []string
	for _, p := range probs {
		if strings.HasPrefix(p.Message, "unknown key") {
			got = append(got, fmt.Sprintf("%d: %s", p.Line, p.Message))
		}
	}
	want := []string{
		`9: unknown key "role.entri"`,
		`12: unknown key "rol"`,
		`15: unknown key "cases"`,
		`18: unknown key "tbl"`,
		`28: unknown key "role.colour"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("unknown keys:\n%s\n\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUnknownKeyHints: a "did you mean" hint only for a near miss.
func TestUnknownKeyHints(t *testing.T) {
	for key, want := range map[string]string{
		"foo":   "remove it, or check its spelling",
		"tilte": `did you mean "title"?`,
		"ttle":  `did you mean "title"?`,
		"xyzzy": "remove it, or check its spelling",
		"famly": `did you mean "family"?`,
	} {
		src := "[[role]]\nid = \"hinted\"\n" + key + " = 1\n"
		_, probs := catalogue.Load(base(), catalogue.Layer{FS: fstest.MapFS{"h.toml": {Data: []byte(src)}}, Prefix: "trust/"})
		found := false
		for _, p := range probs {
			if strings.HasPrefix(p.Message, "unknown key") {
				found = true
				if p.Hint != want {
					t.Errorf("%s: hint %q, want %q", key, p.Hint, want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no unknown key problem", key)
		}
	}
}

// TestLinesInsideTheFile: a case study with no body (its file ends at the
// closing +++) and an unclosed """ text are reported at a line of the file
// that shows the mistake, never past its end.
func TestLinesInsideTheFile(t *testing.T) {
	files := fstest.MapFS{
		"nobody.md":     {Data: []byte("+++\nid = \"nobody\"\ntitle = \"T\"\norganisation = \"O\"\nroles = [\"staff-nurse\"]\nsources = [\"s1\"]\n+++\n")},
		"unclosed.toml": {Data: []byte("[[role]]\nid = \"open\"\nsummary = \"\"\"\nstarts here\n\ntitle = \"t\"\n")},
	}
	_, probs := catalogue.Load(base(), catalogue.Layer{FS: files, Prefix: "trust/"})
	var got []string
	for _, p := range probs {
		if !p.Warning {
			got = append(got, fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message))
		}
	}
	want := []string{
		"trust/nobody.md:7: case study has no body",
		"trust/unclosed.toml:3: TOML: the \"\"\" text that starts on this line is never closed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAllianceKind: an alliance's kind is one of the documented values.
func TestAllianceKind(t *testing.T) {
	src := "[[alliance]]\nid = \"north\"\nname = \"North\"\nkind = \"alliance\"\n"
	_, probs := catalogue.Load(base(), catalogue.Layer{FS: fstest.MapFS{"a.toml": {Data: []byte(src)}}, Prefix: "trust/"})
	if len(probs) != 1 || probs[0].Line != 4 || probs[0].Message != `kind "alliance" is not one of: cancer-alliance, regional` {
		t.Errorf("problems:\n%s", probs.Error())
	}
}
