package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// screen is one page of the explorer. Screens keep their own state
// (selection, scroll, filter), so going back to one restores exactly where
// the user was. They never construct each other: update returns an intent
// and the root's router decides what to open.
type screen interface {
	title() string                     // for the breadcrumb
	update(msg tea.Msg) (any, tea.Cmd) // an intent (or nil) and a command
	view() string                      // the body, at most the size given to resize
	resize(w, h int) tea.Cmd           // lay out again; may start a rendering
	keys() help.KeyMap
	typing() bool // a text field has the keys: q and ? are text
}

// shared is what every screen reads: the catalogue, the styles of the
// current theme and the cache of rendered case studies. The root owns it and
// changes it only in Update.
type shared struct {
	cat      *catalogue.Catalogue
	st       *styles
	rendered map[renderKey]string
}

// Intents: what a screen asks the root to do. notUsed says the screen
// did not use a key, so the root may treat it as a global key.
type (
	notUsed     struct{}
	clickMsg    struct{ x, y int } // a left click, relative to the body
	goBack      struct{}
	openRole    struct{ id string }
	openLadder  struct{ band string } // "" = the first band
	openAreas   struct{}
	openArea    struct{ kind, id string } // kind: "family" or "domain"
	openRoutes  struct{}
	openFinder  struct{ from, to string }
	openStepper struct {
		title, note string
		roles       []string
		byYears     bool // found by least typical time (for its handout)
	}
	openCurated    struct{ id string } // a curated route, in the stepper
	openCases      struct{}
	openCase       struct{ id string }
	openProgrammes struct{ id string }
	openProgramme  struct{ id string }
	openSearch     struct{}
	openAlliances  struct{}
	openAlliance   struct{ id string }
	openLevels     struct{}
)
