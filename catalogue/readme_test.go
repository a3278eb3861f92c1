package catalogue_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeIDTables: the "Ids you can use" table of data/README.md lists
// exactly the ids of the embedded catalogue's families, domains,
// regulators, ACCEnD levels and grades, and every band (bands and levels
// are written as ranges there, so only their ends are checked).
func TestReadmeIDTables(t *testing.T) {
	c := embedded(t)
	b, err := os.ReadFile("../data/README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for line := range strings.SplitSeq(string(b), "\n") {
		if m := regexp.MustCompile("^\\| `([a-z_]+)` \\| (.*) \\|$").FindStringSubmatch(line); m != nil {
			rows[m[1]] = m[2]
		}
	}
	ticked := regexp.MustCompile("`([^`]+)`")
	exact := func(field string, ids []string) {
		t.Helper()
		var listed []string
		for _, m := range ticked.FindAllStringSubmatch(rows[field], -1) {
			listed = append(listed, m[1])
		}
		if strings.Join(listed, " ") != strings.Join(ids, " ") {
			t.Errorf("data/README.md lists %s ids\n  %v\nthe catalogue has\n  %v", field, listed, ids)
		}
	}
	var ids []string
	for _, x := range c.Families {
		ids = append(ids, x.ID)
	}
	exact("family", ids)
	ids = nil
	for _, x := range c.Domains {
		ids = append(ids, x.ID)
	}
	exact("domains", ids)
	ids = nil
	for _, x := range c.Regulators {
		ids = append(ids, x.ID)
	}
	exact("regulator", ids)
	ids = nil
	for _, x := range c.Accend {
		ids = append(ids, x.ID)
	}
	exact("accend", ids)
	ids = nil
	for _, x := range c.Grades {
		ids = append(ids, x.ID)
	}
	exact("grade", ids)
	for _, x := range c.Bands {
		if !strings.Contains(rows["bands"], "`"+x.ID+"`") && !strings.Contains(rows["bands"], "`2` to `7`") {
			t.Errorf("data/README.md does not list band %q", x.ID)
		}
	}
	if n := len(c.Levels); !strings.Contains(rows["career_level"], "`1` to `"+c.Levels[n-1].ID+"`") {
		t.Errorf("data/README.md career_level row does not end at %q: %s", c.Levels[n-1].ID, rows["career_level"])
	}
}
