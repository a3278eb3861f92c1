package catalogue

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
)

// TOMLChecker is a field type that checks its own TOML values before they
// are decoded into it (with toml.Unmarshaler): for example a number of
// years that may be written 2 or [1, 3]. want says what it takes, in
// words, for messages: "a number of years, or [lowest, highest]".
type TOMLChecker interface {
	CheckTOML(v any) (want string, ok bool)
}

// maxFileProblems bounds the problems reported for one file: past it, one
// more problem gives the count left out.
const maxFileProblems = 200

// shape is what the struct tags of a Go type say a TOML value must be.
// Shapes are worked out once a type, so new fields are checked with no
// further code.
type shape struct {
	t       reflect.Type
	kind    reflect.Kind
	checker bool // *T implements TOMLChecker
	custom  bool // *T implements toml.Unmarshaler
	text    bool // *T implements encoding.TextUnmarshaler
	elem    *shape
	fields  map[string]field // toml key -> field, for structs
	keys    []string         // the keys, in the order of the type, for hints
}

type field struct {
	index int
	shape *shape
}

var (
	shapesMu sync.Mutex
	shapes   = map[reflect.Type]*shape{}
)

func shapeOf(t reflect.Type) *shape {
	shapesMu.Lock()
	defer shapesMu.Unlock()
	return buildShape(t)
}

func buildShape(t reflect.Type) *shape {
	if s, ok := shapes[t]; ok {
		return s
	}
	s := &shape{t: t, kind: t.Kind()}
	shapes[t] = s
	pt := reflect.PointerTo(t)
	s.checker = pt.Implements(reflect.TypeFor[TOMLChecker]())
	s.custom = pt.Implements(reflect.TypeFor[toml.Unmarshaler]())
	s.text = pt.Implements(reflect.TypeFor[encoding.TextUnmarshaler]())
	switch s.kind {
	case reflect.Slice, reflect.Pointer, reflect.Map:
		s.elem = buildShape(t.Elem())
	case reflect.Struct:
		s.fields = map[string]field{}
		for i := 0; i < t.NumField(); i++ {
			tag, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
			if tag == "" || tag == "-" || !t.Field(i).IsExported() {
				continue
			}
			s.fields[tag] = field{index: i, shape: buildShape(t.Field(i).Type)}
			s.keys = append(s.keys, tag)
		}
	}
	return s
}

// keyPath is where a value is, built only as far as a message needs it:
// role.3.next.1.years is {role}{3}{next}{1}{years}.
type keyPath struct {
	up    *keyPath
	key   string
	index int // an array element's index, when key is ""
}

func (p *keyPath) at(key string) *keyPath { return &keyPath{up: p, key: key} }
func (p *keyPath) item(i int) *keyPath    { return &keyPath{up: p, index: i} }

// indexed is the path with array indexes, as the line index has them.
func (p *keyPath) indexed() string { return p.join(true) }

// plain is the path as written in the file: role.next.years.
func (p *keyPath) plain() string { return p.join(false) }

func (p *keyPath) join(indexes bool) string {
	var parts []string
	for ; p != nil; p = p.up {
		if p.key != "" {
			parts = append(parts, p.key)
		} else if indexes {
			parts = append(parts, strconv.Itoa(p.index))
		}
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, ".")
}

// typeDecoder copies a decoded TOML document (maps, slices and values, as
// the TOML decoder gives them) into Go structs, checking each value's type
// against the struct's field and each key against its tags. Every mistake
// is reported with the line of its key, not only the first.
type typeDecoder struct {
	file  string
	text  *fileText
	probs Problems
	wrong int // values of the wrong type: the result must not be used
	more  int // problems left out past maxFileProblems
	first int // the line of the first of them
}

// full reports whether maxFileProblems have been listed; if so it counts
// the problem at p instead.
func (d *typeDecoder) full(p *keyPath) bool {
	if len(d.probs) < maxFileProblems {
		return false
	}
	if d.more == 0 {
		d.first = d.line(p)
	}
	d.more++
	return true
}

// bad counts a value of the wrong type at p and remembers its path, so
// that the value is left out (its field keeps its zero value) and checks
// of the catalogue as a whole say nothing more about it.
func (d *typeDecoder) bad(p *keyPath) {
	d.wrong++
	if d.text.bad == nil {
		d.text.bad = map[string]bool{}
	}
	d.text.bad[p.indexed()] = true
}

func (d *typeDecoder) line(p *keyPath) int {
	return max(d.text.index().line(p.indexed()), 1) + d.text.offset
}

func (d *typeDecoder) add(p *keyPath, msg, hint string) {
	if d.full(p) {
		return
	}
	d.probs = append(d.probs, Problem{File: d.file, Line: d.line(p), Message: msg, Hint: hint})
}

func (d *typeDecoder) problems() Problems {
	if d.more > 0 {
		d.probs = append(d.probs, Problem{File: d.file, Line: d.first, Message: fmt.Sprintf("%d more problems in this file are not listed, the first of them here", d.more), Hint: "fix the ones listed and check again"})
	}
	return d.probs
}

func (d *typeDecoder) unknown(p *keyPath, known []string) {
	if d.full(p) {
		return
	}
	hint := "remove it, or check its spelling"
	if s := nearest(p.key, known, editLimit(p.key)); s != "" {
		hint = fmt.Sprintf("did you mean %q?", s)
	}
	d.add(p, fmt.Sprintf("unknown key %q", p.plain()), hint)
}

// editLimit is how many edits from a known key an unknown key may be for
// a "did you mean" hint: one for a key of up to three letters, else a third
// of its length, at least two (a swap, titel for title) and at most
// three. "foo" is not a misspelt "id".
func editLimit(key string) int {
	n := len([]rune(key))
	if n <= 3 {
		return 1
	}
	return min(max(n/3, 2), 3)
}

// table copies a TOML table into the struct rv.
func (d *typeDecoder) table(m map[string]any, rv reflect.Value, s *shape, p *keyPath) {
	// One path for every key of the table: a message's path is written out
	// at once, so it may change afterwards (saves an allocation a key).
	kp := p.at("")
	for k, v := range m {
		kp.key = k
		f, ok := s.fields[k]
		if !ok {
			d.unknown(kp, s.keys)
			continue
		}
		d.value(v, rv.Field(f.index), f.shape, kp)
	}
}

// value copies one TOML value into rv, which is settable.
func (d *typeDecoder) value(v any, rv reflect.Value, s *shape, p *keyPath) {
	if s.checker {
		if want, ok := rv.Addr().Interface().(TOMLChecker).CheckTOML(v); !ok {
			ex := "" // a number written in quotes: show it without them
			if str, isText := v.(string); isText {
				if _, err := strconv.ParseFloat(strings.TrimSpace(str), 64); err == nil {
					ex = strings.TrimSpace(str)
				}
			}
			d.mistake(p, want, ex, v)
			return
		}
	}
	if s.custom {
		if err := rv.Addr().Interface().(toml.Unmarshaler).UnmarshalTOML(v); err != nil {
			d.bad(p)
			d.add(p, fmt.Sprintf("%s: %v", p.plain(), err), "")
		}
		return
	}
	if s.text {
		str, ok := v.(string)
		if !ok {
			d.mistake(p, "text in quotes", example(reflect.String, v), v)
			return
		}
		if err := rv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(str)); err != nil {
			d.bad(p)
			d.add(p, fmt.Sprintf("%s: %v", p.plain(), err), "")
		}
		return
	}
	switch s.kind {
	case reflect.String:
		if str, ok := v.(string); ok {
			rv.SetString(str)
			return
		}
		d.mistake(p, "text in quotes", example(s.kind, v), v)
	case reflect.Bool:
		if b, ok := v.(bool); ok {
			rv.SetBool(b)
			return
		}
		d.mistake(p, "true or false", example(s.kind, v), v)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n, ok := v.(int64); ok && !rv.OverflowInt(n) {
			rv.SetInt(n)
			return
		}
		d.mistake(p, "a whole number", example(s.kind, v), v)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n, ok := v.(int64); ok && n >= 0 && !rv.OverflowUint(uint64(n)) {
			rv.SetUint(uint64(n))
			return
		}
		d.mistake(p, "a whole number, 0 or more", example(reflect.Int, v), v)
	case reflect.Float32, reflect.Float64:
		switch n := v.(type) {
		case int64:
			rv.SetFloat(float64(n))
		case float64:
			rv.SetFloat(n)
		default:
			d.mistake(p, "a number", example(s.kind, v), v)
		}
	case reflect.Slice:
		d.slice(v, rv, s, p)
	case reflect.Struct:
		if m, ok := v.(map[string]any); ok {
			d.table(m, rv, s, p)
			return
		}
		d.mistake(p, "a table", "", v)
	case reflect.Pointer:
		e := reflect.New(s.elem.t)
		d.value(v, e.Elem(), s.elem, p)
		rv.Set(e)
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok || s.t.Key().Kind() != reflect.String {
			d.mistake(p, "a table", "", v)
			return
		}
		out := reflect.MakeMapWithSize(s.t, len(m))
		for k, x := range m {
			e := reflect.New(s.elem.t).Elem()
			d.value(x, e, s.elem, p.at(k))
			out.SetMapIndex(reflect.ValueOf(k).Convert(s.t.Key()), e)
		}
		rv.Set(out)
	case reflect.Interface:
		if v != nil {
			rv.Set(reflect.ValueOf(v))
		}
	default:
		d.mistake(p, "nothing (this key cannot be set)", "", v)
	}
}

func (d *typeDecoder) slice(v any, rv reflect.Value, s *shape, p *keyPath) {
	switch list := v.(type) {
	case []map[string]any: // [[array of tables]]
		out := reflect.MakeSlice(s.t, len(list), len(list))
		ip := p.item(0)
		for i, m := range list {
			ip.index = i
			d.value(m, out.Index(i), s.elem, ip)
		}
		rv.Set(out)
	case []any:
		if s.elem.kind == reflect.String && !s.elem.checker && !s.elem.custom && !s.elem.text && s.t.Elem() == reflect.TypeFor[string]() {
			out := make([]string, len(list)) // the common case, without reflection
			for i, x := range list {
				str, ok := x.(string)
				if !ok {
					d.mistake(p.item(i), "text in quotes", example(reflect.String, x), x)
				}
				out[i] = str
			}
			*rv.Addr().Interface().(*[]string) = out
			return
		}
		out := reflect.MakeSlice(s.t, len(list), len(list))
		ip := p.item(0)
		for i, x := range list {
			ip.index = i
			d.value(x, out.Index(i), s.elem, ip)
		}
		rv.Set(out)
	default:
		ex := ""
		e := example(s.elem.kind, v)
		if str, ok := v.(string); ok && e == "" && s.elem.kind == reflect.String {
			e = strconv.Quote(str) // one value where a list is wanted
		}
		if e != "" {
			ex = "[" + e + "]"
		}
		d.mistake(p, "a list in [brackets] of "+want(s.elem), ex, v)
	}
}

// want names what a field of shape s takes, for the message about a list.
func want(s *shape) string {
	switch s.kind {
	case reflect.String:
		return "text in quotes"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "whole numbers"
	case reflect.Float32, reflect.Float64:
		return "numbers"
	}
	return "tables"
}

// mistake reports a value of the wrong type: "years: expected a number
// (2), found text in quotes". ex, when set, is the value written the right
// way.
func (d *typeDecoder) mistake(p *keyPath, want, ex string, v any) {
	d.bad(p)
	msg := p.plain() + ": expected " + want
	hint := "text goes in \"double quotes\"; numbers, dates, true and false do not"
	if ex != "" {
		msg += " (" + ex + ")"
		if p.key != "" {
			hint = "write " + p.key + " = " + ex
		}
	}
	d.add(p, msg+", found "+describe(v), hint)
}

// describe names the type of a decoded TOML value in plain words.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return "text in quotes"
	case bool:
		return fmt.Sprintf("%t (true or false)", x)
	case int64:
		return "a whole number"
	case float64:
		return "a number with a fraction"
	case time.Time:
		switch x.Location().String() {
		case "date-local":
			return "a date"
		case "time-local":
			return "a time of day"
		}
		return "a date and time"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return "something else"
}

// example writes v the way a field of kind k takes it, or "" when there is
// no obvious way: the date 2026-11-01 as text is "2026-11-01"; the text
// "5" as a number is 5.
func example(k reflect.Kind, v any) string {
	switch k {
	case reflect.String:
		switch x := v.(type) {
		case time.Time:
			return strconv.Quote(formatTOMLTime(x))
		case int64:
			return strconv.Quote(strconv.FormatInt(x, 10))
		case float64:
			return strconv.Quote(strconv.FormatFloat(x, 'f', -1, 64))
		case bool:
			return strconv.Quote(strconv.FormatBool(x))
		}
	case reflect.Bool:
		if s, ok := v.(string); ok {
			switch strings.ToLower(strings.TrimSpace(s)) {
			case "true", "yes", "y":
				return "true"
			case "false", "no", "n":
				return "false"
			}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		switch x := v.(type) {
		case string:
			if n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64); err == nil {
				return strconv.FormatInt(n, 10)
			}
		case float64:
			if x == math.Trunc(x) && math.Abs(x) < 1e15 {
				return strconv.FormatFloat(x, 'f', -1, 64)
			}
		}
	case reflect.Float32, reflect.Float64:
		if s, ok := v.(string); ok {
			if n, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && !math.IsInf(n, 0) && !math.IsNaN(n) {
				return strconv.FormatFloat(n, 'f', -1, 64)
			}
		}
	}
	return ""
}

// formatTOMLTime writes a decoded TOML date, time or date-time as it was
// most likely written.
func formatTOMLTime(t time.Time) string {
	switch t.Location().String() {
	case "date-local":
		return t.Format("2006-01-02")
	case "time-local":
		return t.Format("15:04:05.999999999")
	case "datetime-local":
		return t.Format("2006-01-02T15:04:05.999999999")
	}
	return t.Format(time.RFC3339Nano)
}

// decodeTOML checks src against the limits, decodes it and copies it into
// v (a pointer to a struct), checking every key and type. offset is the
// number of lines before src in its file. ok is false when v must not be
// used as a whole: the TOML is broken or a value has the wrong type. When
// only types are wrong, text.bad holds the paths of the values left out,
// and the rest of v is decoded.
func decodeTOML(file, src string, offset int, v any) (text *fileText, probs Problems, ok bool) {
	text = &fileText{text: src, offset: offset}
	if p := prescan(src); p != nil {
		p.File, p.Line = file, p.Line+offset
		return text, Problems{*p}, false
	}
	var m map[string]any
	if _, err := toml.Decode(src, &m); err != nil {
		p := tomlProblem(file, err)
		if l, q := unclosedMultiline(src); l > 0 && strings.Contains(p.Message, "EOF") {
			p.Line = l
			p.Message = "TOML: the " + q + " text that starts on this line is never closed"
			p.Hint = "end it with " + q + " on a line after the text"
		}
		if p.Line > 0 {
			p.Line += offset
		}
		return text, Problems{p}, false
	}
	rv := reflect.ValueOf(v).Elem()
	d := &typeDecoder{file: file, text: text}
	d.table(m, rv, shapeOf(rv.Type()), nil)
	return text, d.problems(), d.wrong == 0
}
