package plain

import (
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// Every prompt offers q to quit: on every page within three choices of the
// home menu of the embedded catalogue, and on the pages that ask for words.
func TestEveryPromptOffersQuit(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	s := &session{cat: cat, p: newPrinter(&strings.Builder{})}
	home := s.home()
	r := cat.Roles[0]
	pages := []*page{home, s.searchPage(), s.resultsPage("nurse"), s.finderFrom(nil), s.finderFrom(r), s.finderTo(r), s.bandsPage()}
	seen := map[string]bool{}
	level := []*page{home}
	for depth := 0; depth < 3 && len(pages) < 3000; depth++ {
		var next []*page
		for _, pg := range level {
			for _, open := range pg.keys {
				if sub := open(); sub != nil && !seen[sub.title] {
					seen[sub.title] = true
					next = append(next, sub)
				}
			}
		}
		pages = append(pages, next...)
		level = next
	}
	for _, pg := range pages {
		s.stack = []*page{home, pg}
		if ask := s.ask(); !strings.Contains(ask, "q to quit") {
			t.Errorf("%s: prompt %q does not offer q to quit", pg.title, ask)
		}
	}
	if len(pages) < 50 {
		t.Errorf("walked only %d pages", len(pages))
	}
}

// Help says what q, the end of input and ctrl+c each do, as the README does.
func TestHelpSaysHowToLeave(t *testing.T) {
	a := answers(runScript(t, fixture(t), Start{}, "?\n"))
	has(t, "help", a[1], "q quits. So does the end of input", "Ctrl+C stops pathways at once, as an interruption (exit status 130).")
}
