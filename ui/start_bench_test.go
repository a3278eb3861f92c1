package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// BenchmarkFirstFrame: building the root model on the embedded catalogue,
// laying it out at 120×40 and drawing the first frame.
func BenchmarkFirstFrame(b *testing.B) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		b.Fatal(probs.Error())
	}
	for b.Loop() {
		m := New(cat, Options{Theme: "dark"})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}
