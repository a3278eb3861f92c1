package plain

import (
	"fmt"
	"sort"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// maxResults is how many of each kind a search lists at first; a last
// choice opens the rest.
const maxResults = 20

func (s *session) searchPage() *page {
	pg := newPage("Search")
	pg.say("Search roles, case studies and programmes by name, alias or any words in them.")
	pg.ask = "Type words to search for, such as navigator or CNS; b for back, q to quit."
	pg.text = func(s *session, words string) { s.push(s.resultsPage(words)) }
	return pg
}

// resultsPage lists what matches the words, best first: matches on a name
// before matches in the text. Typing other words searches again.
func (s *session) resultsPage(words string) *page {
	c := s.cat
	terms := strings.Fields(catalogue.Norm(words))
	pg := newPage(fmt.Sprintf("Search for \"%s\"", shorten(words)))
	pg.ask = "Type a number to open one, or other words to search again; b for back, q to quit."
	pg.text = func(s *session, words string) {
		s.stack = s.stack[:len(s.stack)-1]
		s.push(s.resultsPage(words))
	}
	if len(terms) == 0 {
		pg.say("Type some letters or numbers to search for.")
		return pg
	}

	var roles []scored[*catalogue.Role]
	for _, r := range c.Roles {
		names := append([]string{r.ID, r.Title}, r.Aliases...)
		text := []string{r.Summary, r.Work, r.Note}
		for _, e := range r.Entry {
			text = append(text, e.Name, e.Funding)
		}
		if sc := score(terms, names, text); sc > 0 {
			roles = append(roles, scored[*catalogue.Role]{r, sc})
		}
	}
	var cases []scored[*catalogue.Case]
	for _, cs := range c.Cases {
		if sc := score(terms, []string{cs.ID, cs.Title}, []string{cs.Organisation, cs.Region, cs.Summary, cs.Body}); sc > 0 {
			cases = append(cases, scored[*catalogue.Case]{cs, sc})
		}
	}
	var progs []scored[*catalogue.Programme]
	for _, p := range c.Programmes {
		if sc := score(terms, []string{p.ID, p.Name}, []string{p.Organisation, p.Summary, p.Offers, p.Note}); sc > 0 {
			progs = append(progs, scored[*catalogue.Programme]{p, sc})
		}
	}
	if len(roles)+len(cases)+len(progs) == 0 {
		pg.say(fmt.Sprintf("Nothing matches \"%s\". Try fewer or other words.", shorten(words)))
		return pg
	}
	pg.say(fmt.Sprintf("Found %s, %s and %s.", catalogue.Plural(len(roles), "role"), catalogue.Plural(len(cases), "case study"), catalogue.Plural(len(progs), "programme")))
	title := fmt.Sprintf("\"%s\"", shorten(words))
	listed(s, pg, "Roles", "roles matching "+title, roles, func(r *catalogue.Role) (string, func() *page) {
		return roleLabel(c, r), func() *page { return s.rolePage(r) }
	})
	listed(s, pg, "Case studies", "case studies matching "+title, cases, func(cs *catalogue.Case) (string, func() *page) {
		return caseLabel(cs), func() *page { return s.casePage(cs) }
	})
	listed(s, pg, "Programmes", "programmes matching "+title, progs, func(p *catalogue.Programme) (string, func() *page) {
		return p.Name, func() *page { return s.programmePage(p) }
	})
	return pg
}

// listed adds one kind of result under its heading, best first: the first
// maxResults as choices and, when there are more, a choice that opens a
// page with every one of them, so that no result is out of reach.
func listed[T any](s *session, pg *page, heading, what string, list []scored[T], label func(T) (string, func() *page)) {
	if len(list) == 0 {
		return
	}
	all := best(list)
	pg.heading(heading)
	for _, x := range all[:min(len(all), maxResults)] {
		text, open := label(x.v)
		pg.choice(text, open)
	}
	if len(all) > maxResults {
		pg.choice(fmt.Sprintf("Show all %d %s", len(all), what), func() *page {
			more := newPage("All " + what)
			more.ask = "Type a number to open one; b for back, q to quit."
			for _, x := range all {
				text, open := label(x.v)
				more.choice(text, open)
			}
			return more
		})
	}
}

type scored[T any] struct {
	v  T
	sc int
}

// best sorts by score, keeping the catalogue's order among equals.
func best[T any](list []scored[T]) []scored[T] {
	sort.SliceStable(list, func(i, j int) bool { return list[i].sc > list[j].sc })
	return list
}

// score ranks an entry for the search words: by the shared ranking of
// names (catalogue.Score: exact, prefix, word starts, within) first, then
// every word somewhere in the names, then every word somewhere in the
// names or text; 0 when the words are not all there.
func score(terms []string, names, text []string) int {
	folded := make([]string, len(names))
	for i, n := range names {
		folded[i] = catalogue.Norm(n)
	}
	q := strings.Join(terms, " ")
	best := -1
	for _, n := range folded {
		best = max(best, catalogue.Score(q, n))
	}
	if catalogue.Tier(best) > catalogue.TierFuzzy {
		return 100 + best
	}
	nameText := strings.Join(folded, " | ")
	if hasAll(nameText, terms) {
		return 2
	}
	all := nameText
	for _, t := range text {
		all += " | " + catalogue.Norm(t)
	}
	if hasAll(all, terms) {
		return 1
	}
	return 0
}

func hasAll(s string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(s, t) {
			return false
		}
	}
	return true
}
