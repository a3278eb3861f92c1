package catalogue

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Named is anything that can be found by name: its id and the names it
// answers to (title, aliases).
type Named struct {
	ID    string
	Title string
	Names []string // id, title and aliases
	norm  []string // Names folded by Norm, when worked out in advance
}

// NewNamed makes a Named with its names folded once, for repeated lookups.
func NewNamed(id, title string, names ...string) Named {
	n := Named{ID: id, Title: title, Names: names, norm: make([]string, len(names))}
	for i, x := range names {
		n.norm[i] = Norm(x)
	}
	return n
}

func (n Named) folded() []string {
	if n.norm != nil {
		return n.norm
	}
	out := make([]string, len(n.Names))
	for i, x := range n.Names {
		out[i] = Norm(x)
	}
	return out
}

// NameError is returned when a name matches nothing, or more than one entry.
// When Ambiguous, Candidates holds every entry that matches equally well
// (best first); otherwise the few closest names, as suggestions.
type NameError struct {
	Kind       string
	Query      string
	Ambiguous  bool
	Candidates []Named
}

// MaxListed is how many candidates a NameError's message lists; the
// message says how many more there are.
const MaxListed = 10

func (e *NameError) Error() string {
	var b strings.Builder
	if e.Ambiguous {
		fmt.Fprintf(&b, "%q matches %s:", e.Query, Plural(len(e.Candidates), e.Kind))
	} else {
		fmt.Fprintf(&b, "no %s called %q", e.Kind, e.Query)
		if len(e.Candidates) > 0 {
			b.WriteString("; did you mean:")
		}
	}
	for _, c := range firstN(e.Candidates, MaxListed) {
		fmt.Fprintf(&b, "\n  %-34s %s", c.ID, c.Title)
	}
	if more := len(e.Candidates) - MaxListed; more > 0 {
		fmt.Fprintf(&b, "\n  and %d more: type more of the name", more)
		if cmd := listCommand[e.Kind]; cmd != "" {
			fmt.Fprintf(&b, ", or see 'pathways %s'", cmd)
		}
	}
	return b.String()
}

// listCommand is the command that lists every entry of a kind.
var listCommand = map[string]string{
	KindRole:      "roles",
	KindCase:      "cases",
	KindProgramme: "programmes",
	KindAlliance:  "alliances",
	KindRoute:     "routes",
}

// allDigits reports whether a folded query is only digits and spaces, such
// as "1" or "2 3": a number, which should never pick an entry by a prefix
// or a word of its name ("F1").
func allDigits(q string) bool {
	for _, r := range q {
		if r != ' ' && (r < '0' || r > '9') {
			return false
		}
	}
	return q != ""
}

// Norm folds a name for matching: lower case, letters and digits only,
// single spaces ("Doctors' Assistant" and "doctors-assistant" match).
func Norm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// Resolve finds one entry by id, title or alias, in any case, or else by
// the best tier of Rank (prefix, then words, then within a name) when only
// one entry is in it. A query that is only digits matches only a whole id,
// title or alias. It fails with a *NameError that lists the candidates:
// every entry of the best tier when more than one is in it.
func Resolve(kind, query string, all []Named) (Named, error) {
	q := Norm(query)
	if q == "" {
		return Named{}, &NameError{Kind: kind, Query: query}
	}
	for _, n := range all {
		if n.ID == query {
			return n, nil
		}
	}
	// The best tier of the shared ranking (rank.go) decides; fuzzy matches
	// only ever become suggestions.
	ranked := rank(query, all, false)
	if allDigits(q) {
		var exact []Match
		for _, m := range ranked {
			if m.Score == TierExact {
				exact = append(exact, m)
			}
		}
		if len(exact) == 0 {
			return Named{}, &NameError{Kind: kind, Query: query}
		}
		ranked = exact
	}
	if len(ranked) > 0 && Tier(ranked[0].Score) > TierFuzzy {
		tier := Tier(ranked[0].Score)
		var group []Named
		for _, m := range ranked {
			if Tier(m.Score) != tier {
				break
			}
			group = append(group, m.Named)
		}
		if len(group) == 1 {
			return group[0], nil
		}
		return Named{}, &NameError{Kind: kind, Query: query, Ambiguous: true, Candidates: group}
	}
	return Named{}, &NameError{Kind: kind, Query: query, Candidates: Suggest(query, all, 5)}
}

// Suggest lists the entries whose names are closest to query.
func Suggest(query string, all []Named, n int) []Named {
	q := Norm(query)
	type scored struct {
		n Named
		d int
	}
	var list []scored
	for _, x := range all {
		best := -1
		for _, nn := range x.folded() {
			d := Distance(q, nn)
			if len(nn) > len(q) {
				d = min(d, Distance(q, nn[:len(q)])+1)
			}
			if best < 0 || d < best {
				best = d
			}
		}
		if best >= 0 && best <= max(2, len(q)/2) {
			list = append(list, scored{x, best})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].d < list[j].d })
	out := make([]Named, 0, n)
	for _, s := range list {
		if len(out) == n {
			break
		}
		out = append(out, s.n)
	}
	return out
}

// nearest returns the word of words closest to w, if within limit edits.
func nearest(w string, words []string, limit int) string {
	best, bestD := "", limit+1
	for _, x := range words {
		if d := Distance(w, x); d < bestD {
			best, bestD = x, d
		}
	}
	return best
}

// Distance is the Levenshtein (edit) distance between two strings, by
// rune: insertions, deletions and substitutions cost 1 each. Only the first
// 64 runes of each are compared, to keep it cheap on long
// strings.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 {
		ra = ra[:64]
	}
	if len(rb) > 64 {
		rb = rb[:64]
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func firstN(list []Named, n int) []Named {
	if len(list) > n {
		return list[:n]
	}
	return list
}

// RoleNames lists every role for Resolve, with names folded once.
func (c *Catalogue) RoleNames() []Named {
	if c.roleNames == nil {
		c.roleNames = make([]Named, 0, len(c.Roles))
		for _, r := range c.Roles {
			c.roleNames = append(c.roleNames, NewNamed(r.ID, r.Title, append([]string{r.ID, r.Title}, r.Aliases...)...))
		}
	}
	return c.roleNames
}

// FindRole resolves a role by id, title, alias or unique prefix.
func (c *Catalogue) FindRole(name string) (*Role, error) {
	n, err := Resolve(KindRole, name, c.RoleNames())
	if err != nil {
		return nil, err
	}
	return c.Role(n.ID), nil
}

// FindRoute resolves a curated route by id or title.
func (c *Catalogue) FindRoute(name string) (*Route, error) {
	all := make([]Named, 0, len(c.Routes))
	for _, r := range c.Routes {
		all = append(all, Named{ID: r.ID, Title: r.Title, Names: []string{r.ID, r.Title}})
	}
	n, err := Resolve(KindRoute, name, all)
	if err != nil {
		return nil, err
	}
	return c.Route(n.ID), nil
}

// FindCase resolves a case study by id, title or organisation.
func (c *Catalogue) FindCase(name string) (*Case, error) {
	all := make([]Named, 0, len(c.Cases))
	for _, cs := range c.Cases {
		all = append(all, Named{ID: cs.ID, Title: cs.Title, Names: []string{cs.ID, cs.Title}})
	}
	n, err := Resolve(KindCase, name, all)
	if err != nil {
		return nil, err
	}
	return c.Case(n.ID), nil
}

// FindProgramme resolves a programme by id or name.
func (c *Catalogue) FindProgramme(name string) (*Programme, error) {
	all := make([]Named, 0, len(c.Programmes))
	for _, p := range c.Programmes {
		all = append(all, Named{ID: p.ID, Title: p.Name, Names: []string{p.ID, p.Name}})
	}
	n, err := Resolve(KindProgramme, name, all)
	if err != nil {
		return nil, err
	}
	return c.Programme(n.ID), nil
}

// FindAlliance resolves a cancer alliance by id or name.
func (c *Catalogue) FindAlliance(name string) (*Alliance, error) {
	all := make([]Named, 0, len(c.Alliances))
	for _, a := range c.Alliances {
		all = append(all, Named{ID: a.ID, Title: a.Name, Names: []string{a.ID, a.Name}})
	}
	n, err := Resolve(KindAlliance, name, all)
	if err != nil {
		return nil, err
	}
	return c.Alliance(n.ID), nil
}
