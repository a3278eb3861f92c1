package main

import (
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

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
		d := catalogue.Distance(w, strings.ToLower(x))
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
