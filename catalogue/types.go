package catalogue

import (
	"strings"
	"sync"
)

// Pos is where an entry was read: the file (as named in its fs.FS, or the
// path given on the command line) and the 1-based line of its table header.
type Pos struct {
	File string

	path string    // e.g. "role.3", to find the lines of its fields
	src  *fileText // the text it was read from, indexed only when a line is asked for
}

// fileText is a file's TOML text. Lines are worked out only when a problem
// needs one, so loading a valid catalogue never pays for it.
type fileText struct {
	text   string
	read   func() string // when set, gives text the first time lines are counted (a file's text read only for a problem)
	offset int           // lines before the TOML starts (front matter)
	once   sync.Once
	idx    lineIndex
	// bad holds the paths ("role.3.bands") of values of the wrong type,
	// left out when decoding; nil when there are none.
	bad map[string]bool
}

// leftOut reports whether a problem about field of the entry at path is a
// knock-on of a value left out for its wrong type: the field is that value,
// inside it, or holds it (below the entry itself).
func (f *fileText) leftOut(path, field string) bool {
	if f == nil || len(f.bad) == 0 || field == "" {
		return false
	}
	key := field
	if path != "" {
		key = path + "." + field
	}
	for b := range f.bad {
		if b == key || strings.HasPrefix(key, b+".") || strings.HasPrefix(b, key+".") {
			return true
		}
	}
	return false
}

func (f *fileText) index() lineIndex {
	f.once.Do(func() {
		if f.read != nil {
			f.text = f.read()
		}
		f.idx = indexLines(f.text)
	})
	return f.idx
}

// Line is the 1-based line of the entry's table header, or 0 if unknown.
func (p Pos) Line() int { return p.At("") }

// At returns the line of a field of the entry, such as "next.1.to", or the
// entry's own line when the field's line is not known.
func (p Pos) At(field string) int {
	if p.src == nil {
		return 0
	}
	key := p.path
	if field != "" && key != "" {
		key += "." + field
	} else if field != "" {
		key = field
	}
	if l := p.src.index().line(key); l > 0 {
		return l + p.src.offset
	}
	return 1 + p.src.offset
}

// Meta describes a catalogue as a whole: [catalogue] in any TOML file.
type Meta struct {
	Name    string `toml:"name" json:"name"`
	Version string `toml:"version" json:"version"`
	Date    string `toml:"date" json:"date"`
	Licence string `toml:"licence" json:"licence,omitempty"`
	Note    string `toml:"note" json:"note,omitempty"`
	// PayYear is the NHS pay year ("2025/26") whose pay figures the
	// catalogue gives; see PayStale.
	PayYear string `toml:"pay_year" json:"pay_year,omitempty"`
}

// Band is an Agenda for Change pay band ([[band]]).
type Band struct {
	ID      string   `toml:"id"`       // "2", "8a"
	Label   string   `toml:"label"`    // "Band 2"
	Means   string   `toml:"means"`    // what the band typically means
	PayFrom int      `toml:"pay_from"` // annual basic pay, pounds; 0 = not given
	PayTo   int      `toml:"pay_to"`
	PayYear string   `toml:"pay_year"` // "2025/26"
	Closed  bool     `toml:"closed"`   // closed to new entrants (band 1)
	Note    string   `toml:"note"`
	Sources []string `toml:"sources"`
	Pos     Pos      `toml:"-"`
}

// Grade is a step on the medical scale ([[grade]]): doctors are not on
// Agenda for Change.
type Grade struct {
	ID      string   `toml:"id"`
	Label   string   `toml:"label"`
	Means   string   `toml:"means"`
	Note    string   `toml:"note"`
	Sources []string `toml:"sources"`
	Pos     Pos      `toml:"-"`
}

// Level is a label a role can carry: a Skills for Health career framework
// level ([[level]], ids "1".."9") or an ACCEnD level of practice
// ([[accend]], ids "supportive".."consultant").
type Level struct {
	ID      string   `toml:"id"`
	Label   string   `toml:"label"`
	Means   string   `toml:"means"`
	Note    string   `toml:"note"`
	Sources []string `toml:"sources"`
	Pos     Pos      `toml:"-"`
}

// Family is a professional family or area of work ([[family]]).
type Family struct {
	ID      string `toml:"id"`
	Name    string `toml:"name"`
	Summary string `toml:"summary"`
	Pos     Pos    `toml:"-"`
}

// Domain is one of the seeds' Cancer and Diagnostics domains ([[domain]]).
type Domain struct {
	ID      string `toml:"id"`   // "cancer-treatment"
	Area    string `toml:"area"` // "Cancer" or "Diagnostics"
	Name    string `toml:"name"` // "Treatment"
	Summary string `toml:"summary"`
	Pos     Pos    `toml:"-"`
}

// Regulator is a statutory regulator, or "none" ([[regulator]]).
type Regulator struct {
	ID      string   `toml:"id"`   // "nmc"
	Name    string   `toml:"name"` // "NMC"
	Full    string   `toml:"full"` // "Nursing and Midwifery Council"
	Note    string   `toml:"note"`
	Sources []string `toml:"sources"`
	Pos     Pos      `toml:"-"`
}

// Alliance is a cancer alliance or regional body named in the sources
// ([[alliance]]).
type Alliance struct {
	ID     string `toml:"id"`
	Name   string `toml:"name"`
	Kind   string `toml:"kind"`   // "cancer-alliance" (one of England's 21) or "regional" (a body or grouping above them)
	Region string `toml:"region"` // NHS England region, such as "South East"
	// Places are the towns, cities, counties and integrated care boards
	// (ICBs) the alliance covers, as a user might type them; see
	// FindAlliancesByPlace.
	Places  []string `toml:"places"`
	Summary string   `toml:"summary"`
	Note    string   `toml:"note"`
	Sources []string `toml:"sources"`
	Pos     Pos      `toml:"-"`
}

// Source is a document the catalogue cites ([[source]]); roles and other
// entries cite it by id, or cite a URL directly.
type Source struct {
	ID    string `toml:"id"`    // "000", "AP14"
	Title string `toml:"title"` // what it is
	File  string `toml:"file"`  // seed file name, when it is a seed
	URL   string `toml:"url"`
	Note  string `toml:"note"`
	Pos   Pos    `toml:"-"`
}

// Entry is one way into a role ([[role.entry]]).
type Entry struct {
	Kind       string   `toml:"kind"` // apprenticeship, degree, postgraduate, in-house, training-programme
	Name       string   `toml:"name"`
	Level      int      `toml:"level"`    // RQF level; 0 = not applicable or not known
	Duration   string   `toml:"duration"` // typical duration, as words
	Standard   string   `toml:"standard"` // apprenticeship standard reference, e.g. ST0827
	Funding    string   `toml:"funding"`
	Programmes []string `toml:"programmes"`
	Note       string   `toml:"note"`
	Sources    []string `toml:"sources"`
	Pos        Pos      `toml:"-"`
}

// Step is a progression from one role to another ([[role.next]]).
type Step struct {
	To         string   `toml:"to"`
	Takes      string   `toml:"takes"`    // what the step takes
	Duration   string   `toml:"duration"` // typical time, as words
	Years      Years    `toml:"years"`    // typical years, for route finding; zero = not known
	Funding    string   `toml:"funding"`
	Programmes []string `toml:"programmes"`
	Note       string   `toml:"note"`
	Sources    []string `toml:"sources"`
	Pos        Pos      `toml:"-"`
}

// Role is a job ([[role]]).
type Role struct {
	ID            string   `toml:"id"`
	Title         string   `toml:"title"`
	Aliases       []string `toml:"aliases"`
	Family        string   `toml:"family"`
	Domains       []string `toml:"domains"`
	Bands         []string `toml:"bands"` // one band, or [lowest, highest]
	BandNote      string   `toml:"band_note"`
	BandCertainty string   `toml:"band_certainty"` // stated, typical or varies; see BandCertainties
	Grade         string   `toml:"grade"`          // medical grade instead of bands
	Accend        string   `toml:"accend"`
	CareerLevel   string   `toml:"career_level"`
	Regulator     string   `toml:"regulator"`
	RegulatorNote string   `toml:"regulator_note"`
	NewRole       bool     `toml:"new_role"`
	Summary       string   `toml:"summary"`
	Work          string   `toml:"work"` // what the work involves
	Entry         []Entry  `toml:"entry"`
	Next          []Step   `toml:"next"`
	Programmes    []string `toml:"programmes"`
	Cases         []string `toml:"cases"`
	Note          string   `toml:"note"`
	Sources       []string `toml:"sources"`
	Pos           Pos      `toml:"-"`
}

// Route is a curated route: an ordered list of roles ([[route]]).
type Route struct {
	ID      string   `toml:"id"`
	Title   string   `toml:"title"`
	Summary string   `toml:"summary"`
	Roles   []string `toml:"roles"`
	Note    string   `toml:"note"`
	Sources []string `toml:"sources"`
	Pos     Pos      `toml:"-"`
}

// Programme is a framework, funding stream, training programme or toolkit
// ([[programme]]).
type Programme struct {
	ID           string   `toml:"id"`
	Name         string   `toml:"name"`
	Kind         string   `toml:"kind"` // framework, funding, training, toolkit, standard, education
	Organisation string   `toml:"organisation"`
	Alliance     string   `toml:"alliance"`
	Summary      string   `toml:"summary"`
	Offers       string   `toml:"offers"`
	Roles        []string `toml:"roles"`
	URL          string   `toml:"url"`
	Note         string   `toml:"note"`
	Sources      []string `toml:"sources"`
	Pos          Pos      `toml:"-"`
}

// Case is a case study: a Markdown file with TOML front matter between
// "+++" lines, or a [[case]] table with a body.
type Case struct {
	ID           string   `toml:"id"`
	Title        string   `toml:"title"`
	Organisation string   `toml:"organisation"`
	Alliance     string   `toml:"alliance"`
	Region       string   `toml:"region"`
	Roles        []string `toml:"roles"`
	Programmes   []string `toml:"programmes"`
	Themes       []string `toml:"themes"` // supply, upskilling, new-roles, new-ways-of-working, leadership
	Summary      string   `toml:"summary"`
	Note         string   `toml:"note"`
	Sources      []string `toml:"sources"`
	Body         string   `toml:"body"`
	Pos          Pos      `toml:"-"`
	bodyLine     int      // where the Markdown body starts, for messages
}

// themes are the STAR enablers a case study can be tagged with.
var themes = []string{"supply", "upskilling", "new-roles", "new-ways-of-working", "leadership"}

// entryKinds are the kinds of way in.
var entryKinds = []string{"apprenticeship", "degree", "postgraduate", "in-house", "training-programme"}

// programmeKinds are the kinds of programme.
var programmeKinds = []string{"framework", "funding", "training", "toolkit", "standard", "education", "initiative"}

// Band certainties: how sure the sources are of a role's bands.
const (
	BandStated  = "stated"  // a source states the band for this role
	BandTypical = "typical" // typical nationally, or inferred from similar roles
	BandVaries  = "varies"  // varies by trust, or not stated; bands may be empty
)

// BandCertainties are the allowed values of a role's band_certainty.
var BandCertainties = []string{BandStated, BandTypical, BandVaries}
