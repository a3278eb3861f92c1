package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// field is a one-line text input (a Bubbles textinput) with a steady
// cursor: no blinking, so the screen only changes when the user types.
// Its arrow keys, home and end belong to the list it filters, not to it.
type field struct {
	prompt string
	in     textinput.Model
}

func newField(prompt string) field {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 80
	km := &in.KeyMap
	for _, b := range []*key.Binding{&km.AcceptSuggestion, &km.NextSuggestion, &km.PrevSuggestion,
		&km.LineStart, &km.LineEnd, &km.Paste, &km.CharacterForward, &km.CharacterBackward,
		&km.WordForward, &km.WordBackward, &km.DeleteCharacterForward} {
		b.SetEnabled(false)
	}
	// ^H is Backspace on some terminals (Windows consoles, some SSH
	// clients): Bubble Tea v2 reports it as ctrl+h. Said here, not left to
	// the textinput's defaults, so that it stays so.
	km.DeleteCharacterBackward.SetKeys("backspace", "ctrl+h")
	in.Focus()
	return field{prompt: prompt, in: in}
}

func (f *field) value() string { return f.in.Value() }

func (f *field) set(s string) { f.in.SetValue(s); f.in.CursorEnd() }

func (f *field) focus() { f.in.Focus() }
func (f *field) blur()  { f.in.Blur() }

// update edits the text; it reports whether the key was text editing.
func (f *field) update(msg tea.KeyPressMsg) bool {
	km := f.in.KeyMap
	editing := key.Matches(msg, km.DeleteCharacterBackward, km.DeleteBeforeCursor, km.DeleteWordBackward,
		km.DeleteWordForward, km.DeleteAfterCursor)
	if !editing && (msg.Text == "" || msg.Mod&^tea.ModShift != 0) {
		return false
	}
	if !editing {
		msg.Text = steady(catalogue.Clean(msg.Text))
	}
	f.in.Focus()
	f.in, _ = f.in.Update(msg)
	return true
}

// altKeys are the field's keys that use alt (alt+backspace deletes a
// word): the root does not split them into Esc and a key (splitAlt).
func altKeys() []key.Binding {
	km := newField("").in.KeyMap
	var out []key.Binding
	for _, b := range []key.Binding{km.DeleteWordBackward, km.DeleteWordForward} {
		for _, k := range b.Keys() {
			if strings.Contains(k, "alt+") {
				out = append(out, key.NewBinding(key.WithKeys(k)))
			}
		}
	}
	return out
}

// view is the prompt and the text, with the cursor when focused.
func (f *field) view(st *styles, focused bool) string {
	if focused {
		f.in.Focus()
	} else {
		f.in.Blur()
	}
	s := textinput.Styles{
		Focused: textinput.StyleState{Text: st.Text, Placeholder: st.Muted},
		Blurred: textinput.StyleState{Text: st.Text, Placeholder: st.Muted},
		Cursor:  textinput.CursorStyle{Shape: tea.CursorBlock},
	}
	if c := st.Accent.GetForeground(); c != nil {
		s.Cursor.Color = c
	}
	f.in.SetStyles(s)
	return st.Muted.Render(f.prompt) + f.in.View()
}
