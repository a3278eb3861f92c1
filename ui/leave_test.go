package ui

import (
	"strings"
	"sync/atomic"
	"testing"

	"github.com/charmbracelet/x/ansi"
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

// A web address longer than the reader is wide is shown whole, broken
// over lines for display, never cut off with "…".
func TestReaderShowsALongAddressWhole(t *testing.T) {
	url := "https://www.example.nhs.uk/a-very-long-path/with/many/segments/that-goes-on-and-on/and-on/guidance-for-cancer-workforce-2026.html"
	d := newDriver(t, testCatalogue(t), Options{}, 80, 24).keys("c", "enter")
	r, ok := d.top().(*reader)
	if !ok || r.textW >= len(url) {
		t.Fatalf("no reader narrower than the address: %T", d.top())
	}
	r.setText(r.want, "Read the guidance\n"+url+"\nbefore you apply.")
	joined := ""
	for _, l := range r.lines {
		if ansi.StringWidth(l) > r.textW {
			t.Errorf("line wider than the pane: %q", l)
		}
		if strings.HasPrefix(l, "https") || joined != "" && !strings.HasPrefix(l, "before") {
			joined += ansi.Strip(l)
		}
	}
	if joined != url {
		t.Errorf("the address was not shown whole: %q", joined)
	}
}
