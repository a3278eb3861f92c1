package ui

import (
	"sync/atomic"
	"testing"
)

// Leaving a case study stops its rendering: a slow rendering never works on
// for a screen nobody sees (back, and home, both).
func TestLeavingTheReaderCancelsItsRendering(t *testing.T) {
	for _, leave := range []string{"esc", "H"} {
		d := newDriver(t, testCatalogue(t), Options{}, 80, 24).keys("c", "enter")
		if _, ok := d.top().(*reader); !ok {
			t.Fatalf("c, enter did not open a case study: %T", d.top())
		}
		var cancelled atomic.Bool
		k := renderKey{width: 1, theme: "slow"}
		inFlight.Store(k, &flight{cancel: func() { cancelled.Store(true) }})
		d.keys(leave)
		inFlight.Delete(k)
		if !cancelled.Load() {
			t.Errorf("%s: leaving the case study left its rendering running", leave)
		}
	}
}
