package catalogue

import (
	"fmt"
	"math"
)

// Years is a typical time in years, as a range from Min to Max (equal for
// a single figure). The zero value means the time is not known. In TOML it
// is written `years = 2` or `years = [1.25, 2]` (lowest, highest).
type Years struct{ Min, Max float64 }

// Known reports whether a time is given.
func (y Years) Known() bool { return y.Min > 0 || y.Max > 0 }

// IsRange reports whether the lowest and highest differ.
func (y Years) IsRange() bool { return y.Min != y.Max }

// Add sums two times, range end by range end.
func (y Years) Add(z Years) Years { return Years{y.Min + z.Min, y.Max + z.Max} }

const yearsWant = "a number of years, or [lowest, highest]"

// yearsOf reads a TOML value as Years; want is set when it is not one.
func yearsOf(v any) (Years, bool) {
	num := func(x any) (float64, bool) {
		switch n := x.(type) {
		case int64:
			return float64(n), true
		case float64:
			return n, !math.IsNaN(n) && !math.IsInf(n, 0)
		}
		return 0, false
	}
	if n, ok := num(v); ok {
		return Years{n, n}, true
	}
	list, ok := v.([]any)
	if !ok || len(list) == 0 || len(list) > 2 {
		return Years{}, false
	}
	lo, ok1 := num(list[0])
	hi, ok2 := num(list[len(list)-1])
	if !ok1 || !ok2 {
		return Years{}, false
	}
	return Years{lo, hi}, true
}

// UnmarshalTOML decodes `years = 2` or `years = [1.25, 2]`
// (BurntSushi/toml's Unmarshaler). Negative or out-of-order figures are
// kept, for validation to report with their line.
func (y *Years) UnmarshalTOML(v any) error {
	got, ok := yearsOf(v)
	if !ok {
		return fmt.Errorf("years must be %s, not %v", yearsWant, v)
	}
	*y = got
	return nil
}

// CheckTOML says whether a decoded TOML value can be read as Years; when
// it cannot, want describes what is expected, for the loader's message.
func (Years) CheckTOML(v any) (want string, ok bool) {
	if _, ok := yearsOf(v); ok {
		return "", true
	}
	return yearsWant, false
}

// cost is a path's cost when routes are ordered by least time: the known
// years (lowest, then highest, in thousandths of a year so that sums
// compare exactly), then the number of steps with no typical time. An
// unknown step adds no years: it is never counted as a silent figure.
type cost struct {
	min, max int64
	unknown  int
}

func stepCost(s *Step) cost {
	if s == nil || !s.Years.Known() {
		return cost{unknown: 1}
	}
	return cost{min: milli(s.Years.Min), max: milli(s.Years.Max)}
}

func milli(y float64) int64 { return int64(math.Round(y * 1000)) }

func (a cost) plus(b cost) cost { return cost{a.min + b.min, a.max + b.max, a.unknown + b.unknown} }

func (a cost) less(b cost) bool {
	switch {
	case a.min != b.min:
		return a.min < b.min
	case a.max != b.max:
		return a.max < b.max
	}
	return a.unknown < b.unknown
}
