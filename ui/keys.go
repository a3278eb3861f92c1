package ui

import (
	"unicode"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// globalKeys work on every screen.
type globalKeys struct {
	Back, Quit, ForceQuit, Help, Home, Search key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Back:      key.NewBinding(key.WithKeys("esc", "backspace", "ctrl+h"), key.WithHelp("esc", "back")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "back, or quit at the top")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
		Home:      key.NewBinding(key.WithKeys("H"), key.WithHelp("H", "home")),
		Search:    key.NewBinding(key.WithKeys("/", "ctrl+f"), key.WithHelp("/", "search everything (where no list takes /)")),
	}
}

func (k globalKeys) list() []key.Binding {
	return []key.Binding{k.Back, k.Quit, k.Home, k.Search, k.Help, k.ForceQuit}
}

// alsoKeys are, for the full help only, the other keys that work on every
// screen: other spellings of the global keys, the terminal's own keys (see
// lifecycle.go), and the moves that lists and text share.
func alsoKeys() []key.Binding {
	b := func(k, desc string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, desc)) }
	return []key.Binding{
		b("backspace", "back (also ctrl+h)"),
		b("ctrl+f", "search everything"),
		b("home/end", "top, bottom (also g, G where no typing)"),
		b("pgup/pgdn", "page up, page down"),
		b("space", "page down (where no typing)"),
		b("ctrl+l", "redraw the screen"),
		b("ctrl+z", "suspend; fg in the shell comes back"),
	}
}

// navKeys move a selection or scroll; most screens embed them.
type navKeys struct {
	Up, Down, Top, Bottom, PageUp, PageDown, Open key.Binding
}

func newNavKeys() navKeys {
	return navKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d", "space"), key.WithHelp("pgdn", "page down")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
	}
}

// typingNav is navigation while a filter has the keys: letters are text.
func typingNav() navKeys {
	n := newNavKeys()
	n.Up.SetKeys("up", "ctrl+p")
	n.Up.SetHelp("↑", "up")
	n.Down.SetKeys("down", "ctrl+n")
	n.Down.SetHelp("↓", "down")
	n.Top.SetKeys("home")
	n.Top.SetHelp("home", "top")
	n.Bottom.SetKeys("end")
	n.Bottom.SetHelp("end", "bottom")
	n.PageDown.SetKeys("pgdown")
	return n
}

func (n navKeys) list() []key.Binding {
	return []key.Binding{n.Up, n.Down, n.Top, n.Bottom, n.PageUp, n.PageDown}
}

// keyMap is a help.KeyMap made of a short list and full groups.
type keyMap struct {
	short []key.Binding
	full  [][]key.Binding
}

func (k keyMap) ShortHelp() []key.Binding  { return k.short }
func (k keyMap) FullHelp() [][]key.Binding { return k.full }

var _ help.KeyMap = keyMap{}

// splitAlt undoes the terminal's guess that an Esc and the key after it
// were one alt+key. A terminal sends alt+q as the bytes ESC q, the same
// bytes as Esc pressed and then q; when they arrive together (tmux's
// escape-time, a slow link, Esc pressed twice quickly) Bubble Tea reports
// alt+q, alt+esc, alt+backspace or ctrl+alt+h. No key of the explorer uses
// alt, so such a key is Esc followed by the key without alt; keep lists
// the alt keys that do mean something where the key goes (a text field's
// alt+backspace deletes a word). Any other key is returned as it is.
func splitAlt(msg tea.KeyPressMsg, keep ...key.Binding) []tea.KeyPressMsg {
	if msg.Mod&tea.ModAlt == 0 || key.Matches(msg, keep...) {
		return []tea.KeyPressMsg{msg}
	}
	next := msg
	next.Mod &^= tea.ModAlt
	next.Text = ""
	if next.Mod&^tea.ModShift == 0 && next.Code <= unicode.MaxRune && unicode.IsPrint(next.Code) {
		r := next.Code
		if next.Mod&tea.ModShift != 0 {
			if next.ShiftedCode == 0 {
				next.ShiftedCode = unicode.ToUpper(r)
			}
			r = next.ShiftedCode
		}
		next.Text = string(r)
	}
	return []tea.KeyPressMsg{{Code: tea.KeyEscape}, next}
}
