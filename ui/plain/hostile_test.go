package plain

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nhs-pathways/pathways/catalogue"
)

// nasty is every kind of escape a hostile catalogue might hide: colour, an
// OSC 52 clipboard write, a window title, a hyperlink, a carriage return
// and a C1 control sequence introducer.
var nasty = []string{"\x1b[31m", "\x1b]52;c;aGk=\x07", "\x1b]0;title\x07", "\x1b]8;;http://x\x07link\x1b]8;;\x07", "\r", "\u009b", "\x07", "\x7f", "\u202e"}

// tomlNasty is nasty written as the contents of a TOML basic string, its
// control characters as \u escapes, which TOML turns back into the
// characters themselves.
func tomlNasty() string {
	var b strings.Builder
	for _, r := range strings.Join(nasty, "") {
		if !allowed(r) {
			fmt.Fprintf(&b, `\u%04X`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hostileCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	n := tomlNasty()
	toml := `
[catalogue]
name = "evil` + n + `"
version = "1"
date = "2026-01-01"

[[band]]
id = "4"
label = "Band 4` + n + `"
means = "Means` + n + `"
pay_from = 1
pay_to = 2
pay_year = "2025/26` + n + `"

[[band]]
id = "5"
label = "Band 5` + n + `"

[[grade]]
id = "consultant"
label = "Consultant` + n + `"

[[family]]
id = "f"
name = "Family` + n + `"
summary = "Summary` + n + `"

[[regulator]]
id = "r"
name = "Reg` + n + `"
full = "Regulator` + n + `"

[[source]]
id = "s"
title = "Source` + n + `"
url = "https://example.org/` + n + `"

[[programme]]
id = "p"
name = "Programme` + n + `"
kind = "funding"
organisation = "Org` + n + `"
summary = "Summary` + n + `"
offers = "Offers` + n + `"
url = "https://example.org/p` + n + `"
roles = ["a"]
sources = ["s"]

[[role]]
id = "a"
title = "Alpha` + n + `"
aliases = ["al` + n + `"]
family = "f"
bands = ["4"]
band_note = "note` + n + `"
regulator = "r"
regulator_note = "regnote` + n + `"
summary = "Summary` + n + `"
work = "Work` + n + `"
note = "Note` + n + `"
sources = ["s", "https://example.org/` + n + `"]

[[role.entry]]
kind = "degree"
name = "Entry` + n + `"
duration = "Duration` + n + `"
funding = "Funding` + n + `"
note = "Note` + n + `"

[[role.next]]
to = "b"
takes = "Takes` + n + `"
duration = "Duration` + n + `"
years = 2
funding = "Funding` + n + `"
note = "Note` + n + `"

[[role]]
id = "b"
title = "Beta` + n + `"
family = "f"
bands = ["5"]
summary = "Summary` + n + `"
sources = ["s"]

[[route]]
id = "r1"
title = "Route` + n + `"
summary = "Summary` + n + `"
note = "Note` + n + `"
roles = ["a", "b"]
sources = ["s"]
`
	raw := strings.Join(nasty, "")
	md := `+++
id = "c"
title = "Case` + n + `"
organisation = "Org` + n + `"
region = "Region` + n + `"
roles = ["a", "b"]
programmes = ["p"]
summary = "Summary` + n + `"
note = "Note` + n + `"
sources = ["s"]
+++
## Heading ` + raw + `

Body ` + raw + ` **bold ` + raw + `** [link ` + raw + `](http://x` + raw + `)

- item ` + raw + `
`
	fsys := fstest.MapFS{
		"evil.toml":  {Data: []byte(toml)},
		"cases/c.md": {Data: []byte(md)},
	}
	cat, probs := catalogue.Load(catalogue.Layer{FS: fsys})
	if probs.Errors() > 0 {
		t.Fatalf("hostile catalogue: %v", probs)
	}
	if !strings.Contains(cat.Role("a").Title, "\x1b") || !strings.Contains(cat.Case("c").Body, "\x1b]52") {
		t.Fatalf("the hostile catalogue lost its escapes on loading; the test would prove nothing")
	}
	return cat
}

// TestHostileCatalogue visits every page of a catalogue whose every text
// holds escape sequences: no ESC, BEL, C1 CSI or carriage return may be
// written.
func TestHostileCatalogue(t *testing.T) {
	cat := hostileCatalogue(t)
	scripts := []struct {
		start Start
		input string
	}{
		{Start{}, "1\n4\n1\n1\nb\nb\nb\n10\nh\n2\n1\n1\nh\n3\nalpha\nbeta\n1\nb\n2\nb\n3\nh\n4\n1\nh\n5\n1\n3\nh\n6\n1\n1\nh\n7\nalpha\nbody\nprogramme\nh\n"},
		{Start{Role: "a", RouteFrom: "a", RouteTo: "b", Case: "c"}, "b\nb\nb\nb\n"},
		{Start{Role: "a\x1b]52;c;aGk=\x07"}, "\x1b[31m\n\x1b]0;title\x07\n3\n\x1b]8;;http://x\x07al\x1b]8;;\x07\n\r\x9b\n"},
	}
	for _, sc := range scripts {
		var out bytes.Buffer
		if err := Run(context.Background(), cat, strings.NewReader(sc.input), &out, sc.start); err != nil {
			t.Fatalf("Run: %v", err)
		}
		got := out.Bytes()
		for _, b := range []byte{0x1b, 0x07, 0x9b, '\r'} {
			if i := bytes.IndexByte(got, b); i >= 0 {
				t.Errorf("output holds byte %#x at %d: %q", b, i, got[max(0, i-40):min(len(got), i+40)])
			}
		}
		checkPlain(t, got)
		s := out.String()
		has(t, "hostile", s, "Alpha")
		hasNot(t, "hostile", s, "52;c;", "]0;title", "]8;;", "[31m")
	}
}

// TestSafeWriter feeds the final filter everything a terminal could act
// on, whole and split across writes.
func TestSafeWriter(t *testing.T) {
	in := "a\x1b[31mb\x1b]52;c;aGk=\x07c\r\nd\x9be\xc2\x9bf\x7fg\u202eh\ti\u00a3j\xff\n"
	want := "a[31mb]52;c;aGk=c\nde" + "fgh i\u00a3j\n"
	for split := 0; split <= len(in); split++ {
		var out bytes.Buffer
		w := &safeWriter{w: &out}
		n1, err1 := w.Write([]byte(in[:split]))
		n2, err2 := w.Write([]byte(in[split:]))
		if err1 != nil || err2 != nil || n1+n2 != len(in) {
			t.Fatalf("split %d: wrote %d+%d, %v %v", split, n1, n2, err1, err2)
		}
		if out.String() != want {
			t.Errorf("split %d: got %q, want %q", split, out.String(), want)
		}
	}
}
