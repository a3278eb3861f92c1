package catalogue

import (
	"fmt"
	"strings"
	"testing"
)

// span is a field type that checks and decodes itself, as Step.Years
// does: a number, or [lowest, highest].
type span struct{ Min, Max float64 }

func (span) CheckTOML(v any) (string, bool) {
	switch x := v.(type) {
	case int64, float64:
		return "", true
	case []any:
		if len(x) == 2 {
			return "", true
		}
	}
	return "a number of years, or [lowest, highest]", false
}

func (s *span) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case int64:
		s.Min, s.Max = float64(x), float64(x)
	case float64:
		s.Min, s.Max = x, x
	case []any:
		s.Min, s.Max = toFloat(x[0]), toFloat(x[1])
	default:
		return fmt.Errorf("cannot take %T", v)
	}
	return nil
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return -1
}

type checked struct {
	Name  string   `toml:"name"`
	Span  span     `toml:"span"`
	Spans []span   `toml:"spans"`
	Tags  []string `toml:"tags"`
	Inner []struct {
		Count int  `toml:"count"`
		On    bool `toml:"on"`
	} `toml:"inner"`
}

// TestTypeCheckHonoursCheckTOML: a field type with CheckTOML decides what
// it takes and says so in the message; one with UnmarshalTOML decodes
// itself, and new fields are checked by their tags with no other code.
func TestTypeCheckHonoursCheckTOML(t *testing.T) {
	var c checked
	_, probs, ok := decodeTOML("c.toml", "name = \"n\"\nspan = [1, 3]\nspans = [2, 2.5]\ntags = [\"a\"]\n[[inner]]\ncount = 4\non = true\n", 0, &c)
	if !ok || len(probs) > 0 {
		t.Fatalf("ok %v, problems:\n%s", ok, probs.Error())
	}
	if c.Span != (span{1, 3}) || len(c.Spans) != 2 || c.Spans[1] != (span{2.5, 2.5}) || c.Inner[0].Count != 4 || !c.Inner[0].On {
		t.Errorf("decoded %+v", c)
	}

	src := "name = 1\nspan = \"2\"\nspans = [1, \"x\"]\n[[inner]]\ncount = 1.5\non = \"no\"\ncolour = 2\n"
	_, probs, ok = decodeTOML("c.toml", src, 0, &checked{})
	if ok {
		t.Error("a file with type mistakes was accepted")
	}
	probs.Sort()
	var got []string
	for _, p := range probs {
		got = append(got, fmt.Sprintf("%d: %s", p.Line, p.Message))
	}
	want := []string{
		"1: name: expected text in quotes (\"1\"), found a whole number",
		"2: span: expected a number of years, or [lowest, highest] (2), found text in quotes",
		"3: spans: expected a number of years, or [lowest, highest], found text in quotes",
		"5: inner.count: expected a whole number, found a number with a fraction",
		"6: inner.on: expected true or false (false), found text in quotes",
		"7: unknown key \"inner.colour\"",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
