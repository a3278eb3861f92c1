package catalogue

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// MaxStepYears is the most years one step may take: no NHS training step
// is longer, and a larger figure is a typing mistake (years = 2000).
const MaxStepYears = 50

var (
	timePhrase = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(\d+(?:\.\d+)?)(?:\s*(?:to|–|-)\s*(\d+(?:\.\d+)?))?(?:\s+or more)?[\s-]*(year|month|week)s?\b`)
	})
	wordNumber = strings.NewReplacer("one ", "1 ", "two ", "2 ", "three ", "3 ", "four ", "4 ", "five ", "5 ", "six ", "6 ", "seven ", "7 ", "eight ", "8 ", "nine ", "9 ", "ten ", "10 ", "eleven ", "11 ", "twelve ", "12 ", "eighteen ", "18 ", "twenty ", "20 ", "thirty ", "30 ", "a couple of ", "2 ")
)

// TimesIn lists the times, in years, that a duration in words gives:
// "15 to 24 months" gives [1.25 2]; "about two years" gives [2]; "12
// months, then a 3-month assessment" gives [1 0.25]. Numbers may be
// digits or words (one to twelve, eighteen, twenty, thirty); units are
// years, months and weeks. A text with no time gives nil.
func TimesIn(text string) []float64 {
	var out []float64
	for _, m := range timePhrase().FindAllStringSubmatch(wordNumber.Replace(strings.ToLower(text)), -1) {
		per := map[string]float64{"year": 1, "month": 12, "week": 52}[m[3]]
		for _, n := range m[1:3] {
			if f, err := strconv.ParseFloat(n, 64); err == nil {
				out = append(out, f/per)
			}
		}
	}
	return out
}

// durationDisagrees reports whether years is far from every time the
// duration gives and from the sum of all of them: more than half a year
// and more than a quarter apart. A duration with no time never disagrees.
func durationDisagrees(duration string, y Years) bool {
	times := TimesIn(duration)
	if len(times) == 0 || !y.Known() {
		return false
	}
	sum := 0.0
	for _, t := range times {
		sum += t
	}
	cands := append(times, sum)
	near := func(a float64) bool {
		for _, c := range cands {
			d := math.Abs(a - c)
			if d <= 0.5 || d <= 0.25*math.Max(a, c) {
				return true
			}
		}
		return false
	}
	return !near(y.Min) || !near(y.Max)
}
