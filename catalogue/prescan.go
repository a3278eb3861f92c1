package catalogue

import (
	"fmt"
	"strings"
)

// Limits on the shape of one TOML file. The TOML decoder's time and memory
// grow much faster than the file with deep nesting, long dotted keys and
// huge tables, so a small hostile file could hang the program or run it out
// of memory. prescan refuses such files, in one pass, before decoding. A
// real catalogue needs two or three levels of nesting, keys of one or two
// parts and a few dozen keys a table. They are stated in the README.
const (
	MaxNesting    = 16    // brackets and braces open at once, in values
	MaxKeyParts   = 10    // parts of one dotted key: role.next is 2
	MaxArrayItems = 10000 // items in one [ ... ] list
	MaxTableKeys  = 1000  // keys in one table, [header] or { inline }
)

// frame is one open bracket: a table header, a list or an inline table.
type frame struct {
	kind byte // 'h' header, '[' list, '{' inline table
	n    int  // commas seen (lists) or keys seen (inline tables)
}

// prescan reads TOML text once, respecting strings and comments, and
// returns a problem (with a 1-based line) when the text goes beyond a
// limit. It does not check that the TOML is valid: the decoder does that.
func prescan(src string) *Problem {
	var stack []frame
	depth := 0     // '[' and '{' frames on the stack
	line := 1      // of src[i]
	atKey := true  // the next word is a key
	dots := 0      // dots in the key being read
	tableKeys := 0 // keys in the current [table]
	tableLine := 1 // where it started
	refuse := func(msg, hint string) *Problem { return &Problem{Line: line, Message: msg, Hint: hint} }
	for i := 0; i < len(src); {
		c := src[i]
		if !scanSpecial[c] {
			i++
			continue
		}
		switch c {
		case '\n':
			line++
			if len(stack) == 0 {
				atKey, dots = true, 0
			}
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case '"', '\'':
			end, lines := skipString(src, i)
			i, line = end, line+lines
			continue
		case '.':
			if atKey {
				if dots++; dots >= MaxKeyParts {
					return refuse(fmt.Sprintf("a key of more than %d dotted parts", MaxKeyParts), "keys are short, such as role or role.next; check the dots in this key")
				}
			}
		case '=':
			if atKey && (len(stack) == 0 || stack[len(stack)-1].kind == '{') {
				atKey, dots = false, 0
				if len(stack) == 0 {
					if tableKeys++; tableKeys > MaxTableKeys {
						return refuse(fmt.Sprintf("a table of more than %d keys (the table starts on line %d)", MaxTableKeys, tableLine), "an entry has a few dozen keys at most; check for a missing [[role]] or other header line")
					}
				} else {
					top := &stack[len(stack)-1]
					if top.n++; top.n > MaxTableKeys {
						return refuse(fmt.Sprintf("an inline table of more than %d keys", MaxTableKeys), "an entry has a few dozen keys at most; check for a missing '}'")
					}
				}
			}
		case '[', '{':
			if c == '[' && atKey && len(stack) == 0 {
				// A [table] or [[array of tables]] header: a key, not nesting.
				stack = append(stack, frame{kind: 'h'})
				if i+1 < len(src) && src[i+1] == '[' {
					stack = append(stack, frame{kind: 'h'})
					i++
				}
				dots, tableKeys, tableLine = 0, 0, line
				break
			}
			if depth++; depth > MaxNesting {
				return refuse(fmt.Sprintf("more than %d brackets or braces open at once", MaxNesting), "a catalogue needs two or three levels at most; close each '[' and '{' before opening more")
			}
			stack = append(stack, frame{kind: c})
			atKey, dots = c == '{', 0
		case ']', '}':
			if len(stack) > 0 {
				if stack[len(stack)-1].kind != 'h' {
					depth--
				}
				stack = stack[:len(stack)-1]
			}
			atKey = false
		case ',':
			if len(stack) > 0 {
				top := &stack[len(stack)-1]
				switch top.kind {
				case '[':
					if top.n++; top.n > MaxArrayItems {
						return refuse(fmt.Sprintf("a list of more than %d items", MaxArrayItems), "split the list, or check for a missing ']'")
					}
				case '{':
					atKey, dots = true, 0
				}
			}
		}
		i++
	}
	return nil
}

// scanSpecial marks the bytes prescan looks at; it skips the rest.
var scanSpecial = func() (t [256]bool) {
	for _, c := range "\n#\"'.=[]{}," {
		t[c] = true
	}
	return t
}()

// skipString returns the index just past the string that starts at
// src[i] (basic, literal, or either multi-line kind) and the newlines
// inside it. An unclosed string ends at the end of its line (or of the
// text, for multi-line strings); the decoder reports it.
func skipString(src string, i int) (end, lines int) {
	q := src[i]
	multi := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	if multi {
		i += 3
	} else {
		i++
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\\' && q == '"':
			if i+1 < len(src) && src[i+1] == '\n' {
				lines++
			}
			i += 2
			continue
		case c == '\n':
			if !multi {
				return i, lines
			}
			lines++
		case c == q && !multi:
			return i + 1, lines
		case c == q && i+2 < len(src) && src[i+1] == q && src[i+2] == q:
			i += 3
			// Up to two more quotes belong to the string: """a""""" is a"".
			for k := 0; k < 2 && i < len(src) && src[i] == q; k++ {
				i++
			}
			return i, lines
		}
		i++
	}
	return len(src), lines
}

// unclosedMultiline returns the line where a multi-line string (opened
// with three double or three single quotes) starts that is never closed,
// and its quotes; or 0. The TOML decoder reports it at the end of the
// file, far from the mistake.
func unclosedMultiline(src string) (line int, quote string) {
	line = 1
	for i := 0; i < len(src); {
		switch c := src[i]; c {
		case '\n':
			line++
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case '"', '\'':
			end, lines := skipString(src, i)
			q := strings.Repeat(string(c), 3)
			if strings.HasPrefix(src[i:], q) && end >= len(src) && (len(src)-i < 6 || !strings.HasSuffix(src, q)) {
				return line, q
			}
			i, line = end, line+lines
			continue
		}
		i++
	}
	return 0, ""
}
