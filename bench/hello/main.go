// Command hello is the bare Bubble Tea v2 program the start-up benchmark
// (bench/startup_test.go) compares pathways with: the same frame rate, the
// alternate screen, one line of text, nothing else. Any key quits.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView("Hello from a bare Bubble Tea program. Press any key to quit.")
	v.AltScreen = true
	return v
}

func main() {
	// 120 fps, as the explorer (ui.RunLoading) uses.
	if _, err := tea.NewProgram(model{}, tea.WithFPS(120)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
