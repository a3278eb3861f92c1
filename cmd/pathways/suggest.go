package main

import "strings"

// levenshtein is the edit distance between two words: insertions,
// deletions and substitutions of one character (rune) each cost 1.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
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

// nearestWord is the word closest to w by edit distance, ignoring case:
// at most 2 edits away (1 for words of three letters or fewer), or one that
// starts with w. Ties go to the word first in alphabetical order; "" when
// none is close.
func nearestWord(w string, words []string) string {
	w = strings.ToLower(w)
	limit := 2
	if len([]rune(w)) <= 3 {
		limit = 1
	}
	best, bestD := "", limit+1
	for _, x := range words {
		d := levenshtein(w, strings.ToLower(x))
		if d > limit && w != "" && strings.HasPrefix(strings.ToLower(x), w) {
			d = limit
		}
		if d < bestD || d == bestD && x < best {
			best, bestD = x, d
		}
	}
	if bestD > limit {
		return ""
	}
	return best
}
