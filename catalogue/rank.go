package catalogue

import (
	"sort"
	"strings"
)

// The one ranking of names, shared by the command line's name resolution,
// the explorer's search, its route finder and every list filter, so that the
// same words pick the same entry everywhere.
//
// Tiers, best first (scores are comparable across entries):
//
//	TierExact  the whole id, title or alias          1000
//	TierPrefix a name starts with the query           900 minus the name's length
//	TierWords  every query word starts a name word    800 minus the name's length
//	TierWithin the query is inside a name             700 minus the name's length
//	TierFuzzy  the letters in order (an abbreviation)  at most 600
//
// Shorter names win within a tier, so "therapeutic radiographer" ranks the
// role of that title above "Advanced practitioner therapeutic radiographer".
const (
	TierExact  = 1000
	TierPrefix = 900
	TierWords  = 800
	TierWithin = 700
	TierFuzzy  = 600
)

// Score rates how well the query q matches the name s, both folded by Norm:
// a score within one of the tiers above, or -1 for no match.
func Score(q, s string) int { return score(q, s, true) }

// score is Score, leaving out the letters-in-order tier unless fuzzy: the
// command line's Resolve never picks a fuzzy match, and skipping that tier
// keeps a lookup among 10,000 roles cheap.
func score(q, s string, fuzzy bool) int {
	switch {
	case q == "":
		return 0
	case s == q:
		return TierExact
	case strings.HasPrefix(s, q):
		return TierPrefix - min(len(s), 99)
	case wordsStart(q, s):
		return TierWords - min(len(s), 99)
	case strings.Contains(s, q):
		return TierWithin - min(len(s), 99)
	case !fuzzy:
		return -1
	}
	return fuzzyScore(q, s)
}

// wordsStart reports whether every word of q starts some word of s, in
// order. Both are folded by Norm (single spaces), so words are found by
// scanning, without allocating: it runs for every name on every lookup.
func wordsStart(q, s string) bool {
	for q != "" {
		w, rest, _ := strings.Cut(q, " ")
		for {
			if strings.HasPrefix(s, w) {
				break
			}
			_, next, ok := strings.Cut(s, " ")
			if !ok {
				return false
			}
			s = next
		}
		// the word matched the start of s's current word: move past it
		if _, next, ok := strings.Cut(s, " "); ok {
			s = next
		} else {
			s = ""
		}
		q = rest
		if q != "" && s == "" {
			return false
		}
	}
	return true
}

// fuzzyScore accepts the letters of q in s in order when they come in few
// runs (an abbreviation without typos) or each run starts a word (an
// acronym such as "cns"). -1 is no match.
func fuzzyScore(q, s string) int {
	score, j, run, runs, starts := 0, 0, 0, 0, 0
	for i := 0; i < len(s) && j < len(q); i++ {
		if s[i] != q[j] {
			run = 0
			continue
		}
		if run == 0 {
			runs++
			if i == 0 || s[i-1] == ' ' {
				starts++
				score += 6
			}
		}
		run++
		score += run * 2
		j++
	}
	if j < len(q) || (runs > len(q)/2+1 && starts < runs) {
		return -1
	}
	return max(0, min(score, TierFuzzy-1)-len(s)/4)
}

// Match is an entry with its best score against a query.
type Match struct {
	Named
	Score int
}

// Best is the highest score of any of the entry's names against the folded
// query q, or -1.
func (n Named) Best(q string) int { return n.best(q, true) }

func (n Named) best(q string, fuzzy bool) int {
	best := -1
	for _, nn := range n.folded() {
		best = max(best, score(q, nn, fuzzy))
	}
	return best
}

// Rank orders the entries that match query, best first; ties keep the order
// of all. Entries that do not match are left out.
func Rank(query string, all []Named) []Match { return rank(query, all, true) }

func rank(query string, all []Named, fuzzy bool) []Match {
	q := Norm(query)
	var out []Match
	for _, n := range all {
		if s := n.best(q, fuzzy); s >= 0 {
			out = append(out, Match{n, s})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// Tier is the tier a score falls in: TierExact, TierPrefix, TierWords,
// TierWithin or TierFuzzy (0 for no match).
func Tier(score int) int {
	for _, t := range []int{TierExact, TierPrefix, TierWords, TierWithin} {
		if score > t-100 {
			return t
		}
	}
	if score >= 0 {
		return TierFuzzy
	}
	return 0
}
