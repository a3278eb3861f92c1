package ui

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// The whole catalogue, every size: every word of every role, route, case
// study and programme can be reached by scrolling its screen, and no line
// of text is cut off with "…". Frames are driven directly (Update, View),
// so this is quick.

var wholeSizes = [][2]int{{60, 16}, {80, 24}, {100, 30}, {120, 40}, {200, 50}}

// scrollAll collects the screen, plain, while keys scroll it to the end.
func (d *driver) scrollAll(keys ...string) []string {
	var out []string
	for _, k := range keys {
		last := ""
		for i := 0; i < 200; i++ {
			s := ansi.Strip(d.m.View().Content)
			if s == last {
				break
			}
			out = append(out, s)
			last = s
			d.keys(k)
		}
	}
	return out
}

var letters = regexp.MustCompile(`^\p{L}+$`)

var wordEdge = regexp.MustCompile(`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`)

// words are the words of catalogue text, as a reader would see them.
func words(texts ...string) []string {
	var out []string
	for _, t := range texts {
		for _, w := range strings.Fields(clean(t)) {
			if w = wordEdge.ReplaceAllString(w, ""); w != "" && !strings.Contains(w, "://") {
				out = append(out, w)
			}
		}
	}
	return out
}

// checkFrames fails when a word is missing from every frame, or a line of
// text ends in a truncation mark.
func checkFrames(t *testing.T, what string, frames []string, want []string) {
	t.Helper()
	var cols []string // each pane of each frame on its own
	for _, f := range frames {
		var left, right []string
		for _, l := range strings.Split(f, "\n") {
			if i := strings.LastIndex(l, "│"); i >= 0 {
				left, right = append(left, l[:i]), append(right, l[i+len("│"):])
			} else {
				left = append(left, l)
			}
		}
		cols = append(cols, strings.Join(left, "\n"), strings.Join(right, "\n"))
	}
	all := strings.Join(cols, "\n")
	// words at the end of one line and the start of the next are found too
	joined := strings.Join(strings.Fields(strings.ReplaceAll(all, "│", " ")), " ")
	// and a word longer than the width, broken across lines
	squashed := strings.Join(strings.Fields(all), "")
	for _, w := range want {
		if !strings.Contains(joined, w) && !(len(w) > 40 && strings.Contains(squashed, w)) {
			t.Errorf("%s: %q never shown; last frame:\n%s", what, w, frames[len(frames)-1])
			return
		}
	}
	for _, f := range frames {
		lines := strings.Split(f, "\n")
		for _, l := range lines[1 : len(lines)-1] { // not the breadcrumb nor the keys
			for _, part := range strings.Split(l, "│") {
				part = strings.TrimRight(part, " ")
				if strings.HasSuffix(part, "…") && !strings.HasSuffix(part, "story…") && !strings.Contains(part, "://") {
					t.Errorf("%s: a line is cut off: %q\n%s", what, part, f)
					return
				}
			}
		}
	}
}

func checkWhole(t *testing.T, cat *catalogue.Catalogue, sizes [][2]int) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		at := func(kind, id string) string { return fmt.Sprintf("%dx%d %s %s", w, h, kind, id) }
		for _, r := range cat.Roles {
			d := newDriver(t, cat, Options{Role: r.ID}, w, h)
			want := words(r.Title, r.Summary, r.Work, r.Note, r.BandNote)
			for _, e := range r.Entry {
				want = append(want, words(e.Name, e.Duration, e.Funding, e.Note)...)
			}
			for _, s := range r.Sources {
				if src := cat.Source(s); src != nil {
					want = append(want, words(src.Title)...)
				}
			}
			checkFrames(t, at("role", r.ID), d.scrollAll("pgdown"), want)
		}
		for _, r := range cat.Routes {
			d := newDriver(t, cat, Options{}, w, h)
			d.m.route(openCurated{r.ID})
			want := words(r.Title, r.Summary)
			var frames []string
			for i := range r.Roles {
				frames = append(frames, d.scrollAll("pgdown")...)
				if i+1 < len(r.Roles) {
					if x := cat.Graph().Step(r.Roles[i], r.Roles[i+1]); x != nil {
						want = append(want, words(x.Takes, x.Funding, x.Note)...)
						if x.Duration != "varies" { // said as "not given in the sources"
							want = append(want, words(x.Duration)...)
						}
					}
				}
				d.keys("j")
			}
			checkFrames(t, at("route", r.ID), frames, want)
		}
		for _, c := range cat.Cases {
			d := newDriver(t, cat, Options{Case: c.ID}, w, h)
			want := words(c.Title, c.Summary, strings.Join(c.Themes, " "), c.Note, c.Organisation)
			for _, s := range c.Sources {
				if src := cat.Source(s); src != nil {
					want = append(want, words(src.Title)...)
				}
			}
			want = append(want, bodyWords(c.Body)...)
			frames := d.scrollAll("pgdown")
			if w >= twoPanes+2 {
				d.keys("tab")
				frames = append(frames, d.scrollAll("pgdown")...)
			}
			checkFrames(t, at("case", c.ID), frames, want)
		}
		for _, p := range cat.Programmes {
			d := newDriver(t, cat, Options{}, w, h)
			d.m.route(openProgramme{p.ID})
			checkFrames(t, at("programme", p.ID), d.scrollAll("pgdown"), words(p.Name, p.Summary, p.Offers, p.Note))
		}
	}
}

// bodyWords are the plain words of a Markdown body: letters only, so that
// Markdown marks and links do not count.
func bodyWords(body string) []string {
	var out []string
	for _, w := range words(catalogue.Clean(body)) {
		if letters.MatchString(w) {
			out = append(out, w)
		}
	}
	return out
}

func TestEveryWordReachable(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	checkWhole(t, cat, wholeSizes)
}

func TestEveryWordReachableHostile(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS}, catalogue.Layer{FS: os.DirFS("../cmd/pathways/testdata/hostile")})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	checkWhole(t, cat, [][2]int{{60, 16}, {80, 24}})
}

// TestEveryRoleUnderByBand: the ladder lists every role of the catalogue.
func TestEveryRoleUnderByBand(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs.Error())
	}
	l := newLadder(&shared{cat: cat, st: newStyles(themeDark, true), rendered: map[renderKey]string{}}, "")
	listed := map[string]bool{}
	for _, it := range l.list.items {
		if rg, ok := it.value.(rung); ok {
			listed[rg.role] = true
		}
	}
	for _, r := range cat.Roles {
		if !listed[r.ID] {
			t.Errorf("%s (%s) is not under By band", r.ID, bandLabel(cat, r))
		}
	}
}
