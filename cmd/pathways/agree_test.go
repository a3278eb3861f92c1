package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// The command line, its JSON, the explorer (ui/agree_test.go) and plain
// mode (ui/plain/agree_test.go) each check their view of a route's total
// and a step's typical time against the catalogue's words for the same
// routes (catalogue.Path.TotalText, StepTimeText), so that together they
// prove all four agree.

// agreePairs are 20 pairs of roles with a route between them, the same in
// every view's test: from every 7th role in catalogue order to the role 11,
// 22, 33, ... places after it (wrapping round), the first 20 that have a
// route.
func agreePairs(c *catalogue.Catalogue) [][2]string {
	var out [][2]string
	n := len(c.Roles)
	for m := 1; m < n && len(out) < 20; m++ {
		for i := 0; i < n && len(out) < 20; i += 7 {
			a, b := c.Roles[i].ID, c.Roles[(i+11*m)%n].ID
			if _, ok := c.Graph().Shortest(a, b, false); a != b && ok {
				out = append(out, [2]string{a, b})
			}
		}
	}
	return out
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// routeJSON is what the agreement needs of a route in JSON.
type routeJSON struct {
	Path  []struct{ ID string }
	Steps []struct {
		Duration string
		Years    float64
		YearsMin float64 `json:"years_min"`
		YearsMax float64 `json:"years_max"`
	}
	Years        float64
	YearsMin     float64 `json:"years_min"`
	YearsMax     float64 `json:"years_max"`
	UnknownSteps int     `json:"unknown_steps"`
	Total        string
}

// checkJSON: the JSON names the same roles, its total is TotalText, its
// years fields give TotalText again, and each step's fields give its
// StepTimeText.
func checkJSON(t *testing.T, what string, out string, want catalogue.Path) {
	t.Helper()
	var j routeJSON
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	var ids []string
	for _, r := range j.Path {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != strings.Join(want.Roles, " ") {
		t.Errorf("%s: JSON path %v, want %v", what, ids, want.Roles)
	}
	if j.Total != want.TotalText() {
		t.Errorf("%s: JSON total %q, want %q", what, j.Total, want.TotalText())
	}
	hi := j.Years
	if j.YearsMax != 0 {
		hi = j.YearsMax
	}
	back := catalogue.Path{Steps: make([]catalogue.Edge, len(j.Steps)), YearsMin: j.Years, YearsMax: hi, Unknown: j.UnknownSteps}
	if back.TotalText() != want.TotalText() {
		t.Errorf("%s: JSON years give %q, want %q", what, back.TotalText(), want.TotalText())
	}
	for i, s := range j.Steps {
		if i >= len(want.Steps) {
			break
		}
		y := catalogue.Years{Min: s.Years, Max: s.Years}
		if s.YearsMax != 0 {
			y = catalogue.Years{Min: s.YearsMin, Max: s.YearsMax}
		}
		got := catalogue.StepTimeText(catalogue.Step{Duration: s.Duration, Years: y})
		if w := catalogue.StepTimeText(*want.Steps[i].Step); got != w {
			t.Errorf("%s: step %d in JSON gives %q, want %q", what, i+1, got, w)
		}
	}
}

// checkText: the text gives the total and each step's typical time.
func checkText(t *testing.T, what, out string, want catalogue.Path) {
	t.Helper()
	if !strings.Contains(flat(out), flat(want.TotalText())) {
		t.Errorf("%s does not say %q:\n%s", what, want.TotalText(), out)
	}
	for _, e := range want.Steps {
		if w := "Typical time: " + clean(catalogue.StepTimeText(*e.Step)); !strings.Contains(flat(out), flat(w)) {
			t.Errorf("%s, step to %s, does not say %q:\n%s", what, e.To, w, out)
		}
	}
}

// TestCommandLineAgreesOnTotals: 'pathways routes ID' and 'pathways route
// A B', as text and JSON, give every curated route's and 20 found routes'
// totals and step times in the catalogue's words; the route found is the
// shortest the explorer and plain mode open.
func TestCommandLineAgreesOnTotals(t *testing.T) {
	c := embedded(t)
	for _, r := range c.Routes {
		path := c.RoutePath(r)
		text, _ := runAt(t, 80, false, "routes", r.ID)
		checkText(t, "routes "+r.ID, text, path)
		js, _ := runAt(t, 80, false, "routes", r.ID, "--json")
		checkJSON(t, "routes "+r.ID+" --json", js, path)
	}
	pairs := agreePairs(c)
	if len(pairs) < 20 {
		t.Fatalf("only %d pairs", len(pairs))
	}
	for _, p := range pairs {
		path, _ := c.Graph().Shortest(p[0], p[1], false)
		what := "route " + p[0] + " " + p[1]
		text, _ := runAt(t, 80, false, "route", p[0], p[1])
		checkText(t, what, text, path)
		js, _ := runAt(t, 80, false, "route", p[0], p[1], "--json")
		checkJSON(t, what+" --json", js, path)
	}
}

// TestCommandLineAgreesOnStepTimes: every role card gives each next step's
// typical time as StepTimeText, in text and in JSON.
func TestCommandLineAgreesOnStepTimes(t *testing.T) {
	c := embedded(t)
	checked := 0
	for _, r := range c.Roles {
		out, _ := runAt(t, 80, false, "role", r.ID)
		for _, e := range c.Graph().Next(r.ID) {
			if w := "Typical time: " + clean(catalogue.StepTimeText(*e.Step)); !strings.Contains(flat(out), flat(w)) {
				t.Errorf("role %s, step to %s, does not say %q", r.ID, e.To, w)
			}
			checked++
		}
	}
	if checked < 50 {
		t.Errorf("only %d steps checked", checked)
	}
}
