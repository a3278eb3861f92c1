package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/handout"
)

// The handout keys of the role card, the stepper, a case study and a
// comparison: w saves the screen's handout (package handout) as a file,
// after asking for its name; y copies the command that reopens the screen
// to the clipboard (OSC 52, tea.SetClipboard) and shows it, for terminals
// that cannot copy.
var (
	saveKey = key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "save handout"))
	copyKey = key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy link"))
)

// laterKeys are keys a screen shows on the help bar after "? all keys",
// where the bar has room for them (a wide terminal); "?" lists them always.
func laterKeys(s screen) []key.Binding {
	switch s.(type) {
	case *roleCard:
		return []key.Binding{compareKey, mapKey, saveKey, copyKey}
	case *stepper:
		return []key.Binding{mapKey, saveKey, copyKey}
	case *reader:
		if s.typing() {
			return nil
		}
		return []key.Binding{saveKey, copyKey}
	}
	return nil
}

// Intents of the handout keys.
type (
	openSave struct {
		doc  handout.Doc
		name string // the file name offered
	}
	openLink struct{ cmd, note string }
)

// handoutKeys handles w and y for a screen whose handout mk makes, with
// the names DefaultName takes; ok is false for any other key.
func handoutKeys(k tea.KeyPressMsg, mk func() (handout.Doc, []string)) (in any, cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(k, saveKey):
		d, names := mk()
		return openSave{doc: d, name: handout.DefaultName(d.Kind, "html", names...)}, nil, true
	case key.Matches(k, copyKey):
		d, _ := mk()
		if d.Reopen == "" {
			return nil, nil, true
		}
		return openLink{cmd: d.Reopen}, tea.SetClipboard(d.Reopen), true
	}
	return nil, nil, false
}

func handoutOptions() handout.Options { return handout.Options{Now: time.Now()} }

func (c *roleCard) handout() (handout.Doc, []string) {
	cat := c.sh.cat
	r := cat.Role(c.id)
	if r == nil {
		return handout.Doc{}, nil
	}
	return handout.Role(cat, r, handoutOptions()), []string{r.Title}
}

func (s *stepper) handout() (handout.Doc, []string) {
	cat := s.sh.cat
	o := handoutOptions()
	o.ByYears = s.byYears
	if len(s.roles) == 0 {
		return handout.Route(cat, catalogue.Path{}, o), nil
	}
	return handout.Route(cat, cat.PathThrough(s.roles), o),
		[]string{cat.TitleOf(s.roles[0]), cat.TitleOf(s.roles[len(s.roles)-1])}
}

func (r *reader) handout() (handout.Doc, []string) {
	cs := r.sh.cat.Case(r.id)
	if cs == nil {
		return handout.Doc{}, nil
	}
	return handout.Case(r.sh.cat, cs, handoutOptions()), []string{cs.Title}
}

// saver asks for a file name and saves a handout there: HTML, or Markdown
// for a name ending .md. A file that exists is replaced only after the
// user says yes; it says where it wrote, or why it could not.
type saver struct {
	sh      *shared
	doc     handout.Doc
	in      textinput.Model
	asking  bool   // the file exists: replace it?
	done    bool   // written
	msg     string // what happened last
	failed  bool   // msg is an error
	w, h    int
	yes, no key.Binding
}

// writeFile is handout.WriteFile; tests may watch it.
var writeFile = handout.WriteFile

func newSaver(sh *shared, d handout.Doc, name string) *saver {
	in := textinput.New()
	in.Prompt = "File: "
	in.SetValue(name)
	in.CursorEnd()
	in.Focus()
	return &saver{sh: sh, doc: d, in: in,
		yes: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "replace it")),
		no:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "choose another name"))}
}

func (s *saver) title() string { return "Save a handout" }
func (s *saver) typing() bool  { return !s.asking && !s.done }

func (s *saver) resize(w, h int) tea.Cmd {
	s.w, s.h = w, h
	s.in.SetWidth(max(w-8, 10))
	return nil
}

// path is the name typed, with a leading ~/ read as the home folder.
func (s *saver) path() string {
	p := strings.TrimSpace(s.in.Value())
	if rest, ok := strings.CutPrefix(p, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, rest)
		}
	}
	return p
}

func (s *saver) update(msg tea.Msg) (any, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	switch {
	case s.done:
		if k.String() == "enter" {
			return goBack{}, nil
		}
		return notUsed{}, nil
	case s.asking:
		switch {
		case key.Matches(k, s.yes):
			s.asking = false
			s.save(true)
		case key.Matches(k, s.no):
			s.asking, s.msg, s.failed = false, "", false
		}
		return nil, nil
	}
	switch k.String() {
	case "esc":
		return goBack{}, nil
	case "enter":
		p := s.path()
		if p == "" {
			s.msg, s.failed = "Type a file name first.", true
			return nil, nil
		}
		if _, err := os.Lstat(p); err == nil {
			s.asking, s.msg, s.failed = true, clean(p)+" already exists. Replace it?", false
			return nil, nil
		}
		s.save(false)
		return nil, nil
	}
	var cmd tea.Cmd
	s.in, cmd = s.in.Update(msg)
	return nil, cmd
}

// save writes the handout, replacing a file only when force is set.
func (s *saver) save(force bool) {
	p := s.path()
	data := handout.HTML(s.doc)
	if strings.EqualFold(filepath.Ext(p), ".md") {
		data = handout.Markdown(s.doc)
	}
	if err := writeFile(p, []byte(data), force); err != nil {
		s.msg, s.failed = clean(err.Error()), true
		return
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	s.done, s.msg, s.failed = true, "Saved the handout to "+clean(p), false
}

func (s *saver) view() string {
	st := s.sh.st
	w := max(s.w, 20)
	out := st.wrap(st.Title, "Save a handout: "+clean(s.doc.Title), w)
	out = append(out, "")
	out = append(out, st.wrap(st.Muted, "An HTML page to open in a browser and print (a name ending .md gives Markdown). It goes in the folder pathways was started from unless the name says another.", w)...)
	out = append(out, "", s.in.View(), "")
	style := st.Text
	if s.failed {
		style = st.Warn
	}
	if s.msg != "" {
		out = append(out, st.wrap(style, s.msg, w)...)
	}
	switch {
	case s.asking:
		out = append(out, st.wrap(st.Muted, "y: replace it · n: choose another name", w)...)
	case s.done:
		out = append(out, "", st.Muted.Render("enter or esc: back"))
	}
	return strings.Join(out, "\n")
}

func (s *saver) keys() help.KeyMap {
	switch {
	case s.asking:
		return keyMap{short: []key.Binding{s.yes, s.no}}
	case s.done:
		return keyMap{}
	}
	save := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save"))
	cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
	return keyMap{short: []key.Binding{save, cancel}, full: [][]key.Binding{{save, cancel}}}
}

// reopenNote is said under a route's command when it opens another route
// than the stepper's: it finds the best route between the two roles, so a
// curated route or an alternative is one of those it lists.
const reopenNote = "It opens the best route between these two roles; the route shown here is among the others the route finder lists for them."

// linkNote adds reopenNote to the stepper's openLink when its command
// opens another route than the one shown.
func (s *stepper) linkNote(in any) any {
	l, ok := in.(openLink)
	if !ok || len(s.roles) < 2 {
		return in
	}
	p, found := s.sh.cat.Graph().Shortest(s.roles[0], s.roles[len(s.roles)-1], s.byYears)
	if !found || !slices.Equal(p.Roles, s.roles) {
		l.note = reopenNote
	}
	return l
}

// linkView shows the command that reopens a screen, which y has just sent
// to the clipboard, so it can be copied by hand where the terminal does
// not take OSC 52.
type linkView struct {
	sh        *shared
	cmd, note string
	w         int
}

func (l *linkView) title() string                 { return "Copy the command" }
func (l *linkView) typing() bool                  { return false }
func (l *linkView) resize(w, h int) tea.Cmd       { l.w = w; return nil }
func (l *linkView) update(tea.Msg) (any, tea.Cmd) { return notUsed{}, nil }
func (l *linkView) keys() help.KeyMap             { return keyMap{} }

func (l *linkView) view() string {
	st, w := l.sh.st, max(l.w, 20)
	out := st.wrap(st.Text, "This command opens the same screen again. It has been sent to the clipboard; if your terminal does not allow that, select it here and copy it:", w)
	out = append(out, "")
	for _, s := range wrap(l.cmd, w) {
		out = append(out, st.Accent.Render(s))
	}
	if l.note != "" {
		out = append(out, "")
		out = append(out, st.wrap(st.Muted, l.note, w)...)
	}
	return strings.Join(out, "\n")
}
