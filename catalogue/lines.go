package catalogue

import (
	"strconv"
	"strings"
)

// lineIndex maps a decoded position to the line it came from. The TOML
// decoder does not expose key positions, so we read the text once more:
// each array-of-tables header gets a path such as "role.3.next.1", each key
// under it a path such as "role.3.next.1.to".
type lineIndex map[string]int

func indexLines(src string) lineIndex {
	idx := lineIndex{}
	counts := map[string]int{} // array path -> entries seen
	current := ""              // path of the current table
	inMulti := ""              // closing quote of a multi-line string we are in
	for n, line := range strings.Split(src, "\n") {
		lineNo := n + 1
		t := strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if inMulti != "" {
			if strings.Count(t, inMulti)%2 == 1 {
				inMulti = ""
			}
			continue
		}
		switch {
		case t == "" || t[0] == '#':
			continue
		case strings.HasPrefix(t, "[["):
			end := strings.Index(t, "]]")
			if end < 0 {
				continue
			}
			parent, last := splitHeader(t[2:end])
			arr := resolve(idx, counts, parent) + last
			current = arr + "." + strconv.Itoa(counts[arr])
			counts[arr]++
			idx[current] = lineNo
			// The array itself is where its first header is: an unknown
			// key such as a misspelt [[rol]] is reported there.
			idx.prefixes(arr, lineNo)
			continue
		case t[0] == '[':
			end := strings.Index(t, "]")
			if end < 0 {
				continue
			}
			parent, last := splitHeader(t[1:end])
			current = resolve(idx, counts, parent) + last
			idx.prefixes(current, lineNo)
			continue
		}
		eq := strings.Index(t, "=")
		if eq <= 0 {
			continue
		}
		// A dotted key (a.b = 1) gives a line to a, a.b.
		path := current
		for part := range strings.SplitSeq(t[:eq], ".") {
			part = strings.Trim(strings.TrimSpace(part), `"'`)
			if path != "" {
				path += "."
			}
			path += part
			idx.first(path, lineNo)
		}
		rest := t[eq+1:]
		for _, q := range []string{`"""`, `'''`} {
			if strings.Count(rest, q)%2 == 1 {
				inMulti = q
			}
		}
	}
	return idx
}

// first records line for path unless path already has one.
func (idx lineIndex) first(path string, line int) {
	if _, seen := idx[path]; !seen {
		idx[path] = line
	}
}

// prefixes records line for path and each table that holds it (a, a.b
// for [a.b.c]) that has none yet.
func (idx lineIndex) prefixes(path string, line int) {
	for i := range len(path) {
		if path[i] == '.' {
			idx.first(path[:i], line)
		}
	}
	idx.first(path, line)
}

// splitHeader splits "role.next" into ("role.", "next").
func splitHeader(h string) (parent, last string) {
	parts := strings.Split(h, ".")
	for i := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(parts[i]), `"'`)
	}
	last = parts[len(parts)-1]
	if len(parts) > 1 {
		parent = strings.Join(parts[:len(parts)-1], ".") + "."
	}
	return parent, last
}

// resolve turns "role." into "role.3." when role is an array of tables.
func resolve(idx lineIndex, counts map[string]int, parent string) string {
	if parent == "" {
		return ""
	}
	out := ""
	for _, part := range strings.Split(strings.TrimSuffix(parent, "."), ".") {
		out += part
		if c := counts[out]; c > 0 {
			out += "." + strconv.Itoa(c-1)
		}
		out += "."
	}
	return out
}

// line returns the line of path, else of the nearest enclosing table, else 0.
func (idx lineIndex) line(path string) int {
	for path != "" {
		if l, ok := idx[path]; ok {
			return l
		}
		i := strings.LastIndex(path, ".")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}
