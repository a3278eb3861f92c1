package catalogue_test

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
)

// notShown are fields users never read: ids and references, addresses,
// file names and positions.
var notShown = map[string]bool{
	"ID": true, "File": true, "URL": true, "Sources": true, "Pos": true, "To": true,
	"Family": true, "Domains": true, "Bands": true, "Grade": true, "Accend": true, "CareerLevel": true,
	"Regulator": true, "Programmes": true, "Cases": true, "Roles": true, "Alliance": true, "Themes": true,
	"Kind": true, "BandCertainty": true, "Standard": true,
}

// shownText calls f with every string of v that a user can read, and where
// it is ("role cancer-cns: Note").
func shownText(where string, v reflect.Value, f func(where, s string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			shownText(where, v.Elem(), f)
		}
	case reflect.Struct:
		id := ""
		if x := v.FieldByName("ID"); x.IsValid() && x.Kind() == reflect.String {
			id = " " + x.String()
		}
		for i := 0; i < v.NumField(); i++ {
			ft := v.Type().Field(i)
			if !ft.IsExported() || notShown[ft.Name] {
				continue
			}
			shownText(where+id+": "+ft.Name, v.Field(i), f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			shownText(fmt.Sprintf("%s[%d]", where, i), v.Index(i), f)
		}
	case reflect.String:
		f(where, v.String())
	}
}

var (
	workingWords = regexp.MustCompile(`(?i)\bseeds?\b|research notes|\.txt\b|facts\.md|\[(INFERRED|UNCERTAIN|NOT FOUND)`)
	// slugTitle is a title made from an address: "hee.nhs.uk: new
	// professional framework launched ... 0", or all lower case words.
	slugTitle = regexp.MustCompile(`^[a-z0-9.-]+\.(uk|org|com|net|education)\b|^[a-z0-9 -]+$|\.\.\.`)
)

// What users read never mentions the working material the catalogue was
// made from, and no source is titled by its address or file name.
func TestEmbeddedShowsNoWorkingMaterial(t *testing.T) {
	c := embedded(t)
	n := 0
	cv := reflect.ValueOf(c).Elem()
	for i := 0; i < cv.NumField(); i++ {
		if !cv.Type().Field(i).IsExported() {
			continue
		}
		shownText(cv.Type().Field(i).Name, cv.Field(i), func(where, s string) {
			n++
			if m := workingWords.FindString(s); m != "" {
				t.Errorf("%s mentions %q: %.120s", where, m, s)
			}
		})
	}
	if n < 1000 {
		t.Fatalf("only %d strings looked at; the walk is broken", n)
	}
	for _, s := range c.Sources {
		if strings.Contains(s.URL, "...") || strings.Contains(s.Note, "...") {
			t.Errorf("source %s: address cut short: %q", s.ID, s.URL)
		}
		if slugTitle.MatchString(s.Title) || strings.Contains(s.Title, s.File) && s.File != "" {
			t.Errorf("source %s: title %q looks like an address or file name; give the publisher and the page's title", s.ID, s.Title)
		}
	}
}

// No two roles share a title or an alias, so a name always finds one role.
func TestEmbeddedNamesAreUnique(t *testing.T) {
	c := embedded(t)
	owner := map[string]string{}
	for _, r := range c.Roles {
		for _, name := range append([]string{r.Title}, r.Aliases...) {
			k := catalogue.Norm(name)
			if o, ok := owner[k]; ok && o != r.ID {
				t.Errorf("%q names both %s and %s", name, o, r.ID)
			}
			owner[k] = r.ID
		}
	}
}

// Every role that is not on the medical scale says how sure its band is,
// roles with no band say it varies, and roles at the same level of
// practice with the same kind of evidence are handled alike.
func TestEmbeddedBandCertainty(t *testing.T) {
	c := embedded(t)
	consultant := map[string][]string{} // certainty and bands of consultant practitioners with bands
	for _, r := range c.Roles {
		if r.Grade != "" {
			continue
		}
		switch {
		case r.BandCertainty == "":
			t.Errorf("%s has no band_certainty", r.ID)
		case len(r.Bands) == 0 && r.BandCertainty != catalogue.BandVaries:
			t.Errorf("%s has no band but band_certainty %q", r.ID, r.BandCertainty)
		case len(r.Bands) == 0 && c.BandText(r, false) != catalogue.NoBand:
			t.Errorf("%s: BandText %q", r.ID, c.BandText(r, false))
		}
		if r.Accend == "consultant" && len(r.Bands) > 0 {
			consultant[r.ID] = append([]string{r.BandCertainty}, r.Bands...)
		}
	}
	var first string
	for id, v := range consultant {
		if first == "" {
			first = id
		}
		if strings.Join(v, " ") != strings.Join(consultant[first], " ") {
			t.Errorf("consultant-level roles differ: %s %v, %s %v", id, v, first, consultant[first])
		}
	}
	if len(consultant) < 4 {
		t.Errorf("only %d consultant-level roles with bands: %v", len(consultant), consultant)
	}
	for _, id := range []string{"cancer-nurse-consultant", "consultant-radiographer"} {
		if _, ok := consultant[id]; !ok {
			t.Errorf("%s is not among the consultant-level roles with bands", id)
		}
	}
}

// The ladder has every role at least once.
func TestEmbeddedRolesByBand(t *testing.T) {
	c := embedded(t)
	seen := map[string]bool{}
	groups := c.RolesByBand()
	for _, g := range groups {
		for _, r := range g.Roles {
			seen[r.ID] = true
		}
	}
	for _, r := range c.Roles {
		if !seen[r.ID] {
			t.Errorf("%s is in no group of the ladder", r.ID)
		}
	}
	last := groups[len(groups)-1]
	if last.ID != catalogue.NoBandID || last.Label != "Band varies or not stated" || len(last.Roles) == 0 {
		t.Errorf("last group %q %q with %d roles", last.ID, last.Label, len(last.Roles))
	}
	for _, r := range last.Roles {
		if len(r.Bands) > 0 || r.Grade != "" {
			t.Errorf("%s is under %q but has a band or grade", r.ID, last.Label)
		}
	}
	if cm := catalogue.CertaintyMark(c.Role("cancer-nurse-consultant")); cm != "~" {
		t.Errorf("CertaintyMark(nurse consultant) = %q", cm)
	}
}
