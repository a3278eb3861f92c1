package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// bigCatalogue generates a catalogue of n roles in memory: every role has
// up to three next steps to roles further up, a few routes, case studies of
// about 3 KB and programmes.
func bigCatalogue(tb testing.TB, n int) *catalogue.Catalogue {
	tb.Helper()
	var b strings.Builder
	b.WriteString("[catalogue]\nname = \"generated\"\nversion = \"1\"\ndate = \"2025-01-01\"\n\n[[source]]\nid = \"000\"\ntitle = \"Generated\"\nurl = \"https://example.org\"\n\n")
	bands := []string{"2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"}
	for i, id := range bands {
		fmt.Fprintf(&b, "[[band]]\nid = %q\nlabel = \"Band %s\"\nmeans = \"Band %s work.\"\npay_from = %d\npay_to = %d\npay_year = \"2025/26\"\nsources = [\"000\"]\n\n", id, id, id, 24000+i*5000, 27000+i*5000)
	}
	b.WriteString("[[grade]]\nid = \"consultant\"\nlabel = \"Consultant\"\n\n[[regulator]]\nid = \"nmc\"\nname = \"NMC\"\n\n")
	for f := 0; f < 10; f++ {
		fmt.Fprintf(&b, "[[family]]\nid = \"family-%d\"\nname = \"Family %d\"\nsummary = \"Roles of family %d.\"\n\n", f, f, f)
	}
	b.WriteString("[[domain]]\nid = \"cancer-treatment\"\narea = \"Cancer\"\nname = \"Treatment\"\n\n")
	for i := 0; i < n; i++ {
		band := bands[i*len(bands)/n]
		fmt.Fprintf(&b, "[[role]]\nid = \"role-%05d\"\ntitle = \"Role %05d %s\"\naliases = [\"R%d\"]\nfamily = \"family-%d\"\ndomains = [\"cancer-treatment\"]\nbands = [%q]\nregulator = \"nmc\"\nsummary = \"Role %d does useful work for people with cancer.\"\nprogrammes = [\"programme-%d\"]\nsources = [\"000\"]\n\n",
			i, i, []string{"support worker", "nurse", "radiographer", "scientist"}[i%4], i, i%10, band, i, i%20)
		fmt.Fprintf(&b, "[[role.entry]]\nkind = \"apprenticeship\"\nname = \"Apprenticeship %d\"\nlevel = 3\nduration = \"18 months\"\n\n", i)
		for _, d := range []int{1, 7, 31} {
			if i+d < n {
				fmt.Fprintf(&b, "[[role.next]]\nto = \"role-%05d\"\ntakes = \"Training for step %d\"\nduration = \"about a year\"\nyears = 1\nfunding = \"Apprenticeship levy\"\n\n", i+d, d)
			}
		}
	}
	for p := 0; p < 20; p++ {
		fmt.Fprintf(&b, "[[programme]]\nid = \"programme-%d\"\nname = \"Programme %d\"\nkind = \"funding\"\nsummary = \"Pays for training.\"\nsources = [\"000\"]\n\n", p, p)
	}
	fmt.Fprintf(&b, "[[route]]\nid = \"long\"\ntitle = \"A long route\"\nsummary = \"Up the ladder.\"\nroles = [\"role-00000\", \"role-00001\", \"role-00008\", \"role-00039\"]\nsources = [\"000\"]\n")
	fs := fstest.MapFS{"catalogue.toml": {Data: []byte(b.String())}}
	for c := 0; c < 50; c++ {
		fs[fmt.Sprintf("cases/case-%d.md", c)] = &fstest.MapFile{Data: []byte(caseText(c))}
	}
	cat, probs := catalogue.Load(catalogue.Layer{FS: fs})
	if probs.Errors() > 0 {
		tb.Fatalf("generated catalogue: %v", probs)
	}
	return cat
}

// caseText is a case study of about 3 KB of Markdown.
func caseText(c int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "+++\nid = \"case-%d\"\ntitle = \"Case %d\"\norganisation = \"Trust %d\"\nroles = [\"role-%05d\"]\nsources = [\"000\"]\n+++\n", c, c, c, c)
	for s := 0; s < 6; s++ {
		fmt.Fprintf(&b, "## Part %d\n\nThe trust set up a new **support worker** role so that specialist nurses could spend more time on complex care. ", s)
		b.WriteString("Staff trained on the job, with a day a week of study, and the apprenticeship levy paid for it. The team measured waiting times before and after.\n\n")
		b.WriteString("- Fewer missed appointments\n- More time for complex care\n- A route into registered practice\n\n")
	}
	return b.String()
}

// benchKeys measures one key press (Update and View) on the screen the keys
// lead to, alternating down and up so the work stays the same.
func benchKeys(b *testing.B, cat *catalogue.Catalogue, w, h int, open []string, keys ...string) {
	d := newDriver(b, cat, Options{Theme: themeDark}, w, h).keys(open...)
	msgs := make([]tea.KeyPressMsg, 0, len(keys))
	for _, k := range keys {
		msgs = append(msgs, keyMsgs(k)...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.m.Update(msgs[i%len(msgs)])
		_ = d.m.View()
	}
}

func BenchmarkKeyLadder(b *testing.B) {
	benchKeys(b, testCatalogue(b), 120, 40, []string{"b"}, "j", "k")
}

func BenchmarkKeyRoleCard(b *testing.B) {
	benchKeys(b, testCatalogue(b), 120, 40, []string{"b", "enter"}, "j", "k")
}

func BenchmarkKeyFinder(b *testing.B) {
	benchKeys(b, testCatalogue(b), 120, 40, []string{"f", "healthcare", "enter", "cns", "enter"}, "j", "k")
}

func BenchmarkKeyLadder10k(b *testing.B) {
	benchKeys(b, bigCatalogue(b, 10000), 120, 40, []string{"b"}, "j", "k")
}

func BenchmarkKeyRoleCard10k(b *testing.B) {
	benchKeys(b, bigCatalogue(b, 10000), 120, 40, []string{"b", "enter"}, "j", "k")
}

// BenchmarkKeyFinderResults10k moves through the routes and within-3 list
// of a role with many routes.
func BenchmarkKeyFinderResults10k(b *testing.B) {
	benchKeys(b, bigCatalogue(b, 10000), 120, 40, []string{"f", "role 00000", "enter", "role 00100", "enter"}, "j", "k")
}

// BenchmarkTypeFinder10k types a letter and deletes it in the finder's
// type-to-filter list of 10,000 roles.
func BenchmarkTypeFinder10k(b *testing.B) {
	benchKeys(b, bigCatalogue(b, 10000), 120, 40, []string{"f", "nurse"}, "1", "backspace")
}

// BenchmarkTypeSearch10k types a letter and deletes it in the fuzzy search
// over 10,000 roles, their aliases, 50 case studies and 20 programmes.
func BenchmarkTypeSearch10k(b *testing.B) {
	benchKeys(b, bigCatalogue(b, 10000), 120, 40, []string{"s", "nurse"}, "1", "backspace")
}

// benchOpenCase opens a case study from its list and draws it: cold
// renders the Markdown with Glamour, cached finds it rendered.
func benchOpenCase(b *testing.B, cached bool) {
	cat := bigCatalogue(b, 100)
	d := newDriver(b, cat, Options{Theme: themeDark}, 120, 40).keys("c")
	enter, esc := keyMsgs("enter")[0], keyMsgs("esc")[0]
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !cached {
			clear(d.m.sh.rendered)
		}
		d.send(enter)
		_ = d.m.View()
		b.StopTimer()
		if d.m.top().(*reader).lines == nil {
			b.Fatal("not rendered")
		}
		d.send(esc)
		b.StartTimer()
	}
}

func BenchmarkOpenCaseCold(b *testing.B)   { benchOpenCase(b, false) }
func BenchmarkOpenCaseCached(b *testing.B) { benchOpenCase(b, true) }

// BenchmarkTypeSearchCold10k is the worst case of a letter typed in search:
// nothing remembered, every entry ranked.
func BenchmarkTypeSearchCold10k(b *testing.B) {
	d := newDriver(b, bigCatalogue(b, 10000), Options{Theme: themeDark}, 120, 40).keys("s", "nurs")
	s := d.top().(*search)
	msgs := []tea.KeyPressMsg{keyMsgs("e")[0], keyMsgs("backspace")[0]}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		clear(s.memo)
		d.m.Update(msgs[i%2])
		_ = d.m.View()
	}
}
