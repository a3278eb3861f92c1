package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/nhs-pathways/pathways/catalogue"
)

// model is the root: a stack of screens, the router over intents, the
// header, the help bar and the theme. Screens only ever talk to it through
// intents.
type model struct {
	sh       *shared
	stack    []screen
	w, h     int
	keys     globalKeys
	altKeep  []key.Binding // alt keys a text field uses: not split (splitAlt)
	help     help.Model
	showHelp bool
	helpPane *pane // the full list of keys, scrolled like any pane
	mouse    bool
	auto     bool    // follow the terminal's background
	askedBG  bool    // the background colour was asked for already (see starting)
	err      error   // a panic, reported by RunLoading
	pending  tea.Cmd // work started before the program ran, for Init
}

// followsTerminal reports whether the theme follows the terminal's
// background colour: no --theme, and colour allowed.
func followsTerminal(opts Options) bool { return opts.Theme == "" && !opts.NoColor }

// New makes the root model, opened on the screen the options deep-link to.
func New(cat *catalogue.Catalogue, opts Options) tea.Model { return newModel(cat, opts) }

func newModel(cat *catalogue.Catalogue, opts Options) *model {
	theme := opts.Theme
	switch {
	case opts.NoColor:
		theme = themeNoColour
	case theme == "":
		theme = themeDark // safe until the terminal says otherwise
	}
	m := &model{
		sh:       &shared{cat: cat, st: newStyles(theme, theme != themeLight), rendered: map[renderKey]string{}},
		keys:     newGlobalKeys(),
		altKeep:  altKeys(),
		help:     help.New(),
		helpPane: newPane(),
		mouse:    opts.Mouse,
		auto:     followsTerminal(opts),
	}
	m.help.Styles = m.sh.st.Help
	m.stack = []screen{newHome(m.sh)}
	switch {
	case opts.Role != "":
		m.route(openRole{id: opts.Role})
	case opts.RouteFrom != "" && opts.RouteTo != "":
		m.route(openFinder{from: opts.RouteFrom, to: opts.RouteTo})
		if p, ok := cat.Graph().Shortest(opts.RouteFrom, opts.RouteTo, opts.ByYears); ok {
			title := "Shortest route"
			if opts.ByYears {
				title = "Least typical time"
			}
			m.route(openStepper{title: title, roles: p.Roles, byYears: opts.ByYears})
		}
	case opts.CompareA != "" && opts.CompareB != "":
		m.route(openCompare{a: opts.CompareA, b: opts.CompareB})
	case opts.Case != "":
		m.route(openCase{id: opts.Case})
	}
	return m
}

// presize lays the model out before the program starts, so that the first
// frame is complete; what that starts (a rendering) runs from Init.
func (m *model) presize(w, h int) {
	_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m.pending = tea.Batch(m.pending, cmd)
}

func (m *model) Init() tea.Cmd {
	cmd := m.pending
	m.pending = nil
	if m.auto && !m.askedBG {
		return tea.Batch(cmd, tea.RequestBackgroundColor)
	}
	return cmd
}

func (m *model) top() screen { return m.stack[len(m.stack)-1] }

// bodySize is the space a screen gets: all but the header and the help bar.
func (m *model) bodySize() (int, int) { return max(m.w-2, 1), max(m.h-3, 1) }

func (m *model) Update(msg tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			m.err = crashed(r)
			cmd = tea.Quit
		}
	}()
	if m.err != nil {
		return m, tea.Quit
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.help.SetWidth(max(m.w-2, 1))
		return m, m.relayout()
	case tea.BackgroundColorMsg:
		if m.auto && msg.IsDark() != m.sh.st.dark {
			m.setTheme(map[bool]string{true: themeDark, false: themeLight}[msg.IsDark()], msg.IsDark())
			return m, m.relayout()
		}
	case renderedMsg:
		if msg.err == nil {
			m.sh.rendered[msg.key] = msg.out
		}
		var cmds []tea.Cmd
		for _, s := range m.stack {
			_, c := s.update(msg)
			cmds = append(cmds, c)
		}
		return m, tea.Batch(cmds...)
	case tea.KeyPressMsg:
		var keep []key.Binding
		if !m.showHelp && m.top().typing() {
			keep = m.altKeep
		}
		keys := splitAlt(msg, keep...)
		if len(keys) == 1 {
			return m, m.key(msg)
		}
		cmds := make([]tea.Cmd, len(keys))
		for i, k := range keys {
			cmds[i] = m.key(k)
		}
		return m, tea.Batch(cmds...)
	case tea.MouseWheelMsg:
		return m, m.wheel(msg)
	case tea.MouseClickMsg:
		if !m.mouse || m.showHelp || msg.Button != tea.MouseLeft || msg.Y < 1 {
			return m, nil
		}
		in, cmd := m.top().update(clickMsg{x: msg.X - 1, y: msg.Y - 1})
		return m, tea.Batch(cmd, m.route(in))
	}
	return m, nil
}

func (m *model) setTheme(theme string, dark bool) {
	m.sh.st = newStyles(theme, dark)
	m.help.Styles = m.sh.st.Help
}

// relayout gives every screen on the stack the new size, so that going back
// finds it laid out (a case study further down is rendered for it too).
func (m *model) relayout() tea.Cmd {
	w, h := m.bodySize()
	cmds := make([]tea.Cmd, 0, len(m.stack))
	for _, s := range m.stack {
		cmds = append(cmds, s.resize(w, h))
	}
	return tea.Batch(cmds...)
}

func (m *model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return tea.Quit
	case m.showHelp:
		if key.Matches(msg, k.Help, k.Back, k.Quit) {
			m.showHelp = false
		}
		m.helpPane.update(msg)
		return nil
	}
	if m.w < minWidth || m.h < minHeight {
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
		return nil
	}
	in, cmd := m.top().update(msg)
	if _, ok := in.(notUsed); !ok {
		return tea.Batch(cmd, m.route(in))
	}
	switch {
	case key.Matches(msg, k.Help):
		m.showHelp = true
		m.helpPane.setOffset(0)
	case key.Matches(msg, k.Back):
		return m.route(goBack{})
	case key.Matches(msg, k.Quit):
		if len(m.stack) == 1 {
			return tea.Quit
		}
		return m.route(goBack{})
	case key.Matches(msg, k.Home):
		m.stack = m.stack[:1]
		m.leftReader()
		w, h := m.bodySize()
		return m.top().resize(w, h)
	case key.Matches(msg, k.Search):
		return m.route(openSearch{})
	}
	return nil
}

// wheel scrolls the top screen as the arrow keys would.
func (m *model) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	if !m.mouse || m.showHelp {
		return nil
	}
	code := tea.KeyDown
	switch msg.Button {
	case tea.MouseWheelUp:
		code = tea.KeyUp
	case tea.MouseWheelDown:
	default:
		return nil
	}
	var cmds []tea.Cmd
	for range 3 {
		in, cmd := m.top().update(tea.KeyPressMsg{Code: code})
		cmds = append(cmds, cmd, m.route(in))
	}
	return tea.Batch(cmds...)
}

func (m *model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "pathways"
	if m.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m *model) render() (out string) {
	defer func() {
		if r := recover(); r != nil {
			m.err = crashed(r)
			out = "pathways hit a problem and will close. Press any key."
		}
	}()
	st := m.sh.st
	switch {
	case m.w == 0 || m.h == 0:
		return ""
	case m.w < minWidth || m.h < minHeight:
		return lipgloss.Place(m.w, m.h, lipgloss.Center, lipgloss.Center, st.Title.Render(m.tooSmall()), lipgloss.WithWhitespaceChars(" "))
	}
	bw, bh := m.bodySize()
	var body string
	if m.showHelp {
		m.helpPane.resize(bw, bh)
		m.helpPane.set(m.fullHelp(bw))
		body = strings.Join(box(m.helpPane.view(st), bw, bh), "\n")
	} else {
		body = strings.Join(box(strings.Split(m.top().view(), "\n"), bw, bh), "\n")
	}
	var b strings.Builder
	b.WriteString(" " + m.header(bw) + "\n")
	for _, l := range strings.Split(body, "\n") {
		b.WriteString(" " + l + " \n")
	}
	b.WriteString("\n ")
	b.WriteString(fit(m.help.ShortHelpView(m.shortHelp()), bw))
	return b.String()
}

// header is the breadcrumb: where the user is and how they got there.
func (m *model) header(w int) string {
	st := m.sh.st
	parts := []string{}
	for _, s := range m.stack[1:] {
		parts = append(parts, s.title())
	}
	crumbs := st.Title.Render("pathways")
	for len(parts) > 0 {
		c := strings.Join(parts, " › ")
		if lipgloss.Width(c)+12 <= w || len(parts) == 1 {
			crumbs += st.Muted.Render(" › ") + st.Text.Render(c)
			break
		}
		parts = parts[1:]
		crumbs += st.Muted.Render(" › …")
	}
	return fit(crumbs, w)
}

func (m *model) shortHelp() []key.Binding {
	b := append([]key.Binding{}, m.top().keys().ShortHelp()...)
	switch {
	case m.showHelp:
		return []key.Binding{key.NewBinding(key.WithKeys("?"), key.WithHelp("?/esc", "close help"))}
	case m.top().typing(): // ? is text here
		for _, x := range b {
			if strings.Contains(x.Help().Key, "esc") {
				return b // esc belongs to the field first
			}
		}
		return append(b, m.keys.Back)
	case len(m.stack) > 1:
		b = append(b, m.keys.Back)
	default:
		b = append(b, key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")))
	}
	return append(append(b, m.keys.Help), laterKeys(m.top())...)
}

// tooSmall is what a window smaller than minWidth×minHeight shows: the
// longest of its forms that fits, wrapped to the window, never cut; the
// shortest is only "q quits".
func (m *model) tooSmall() string {
	forms := []string{
		fmt.Sprintf("Make the window larger.\n\npathways needs at least %d×%d;\nthis one is %d×%d.\n\nq quits.", minWidth, minHeight, m.w, m.h),
		fmt.Sprintf("Make the window larger: at least %d×%d, now %d×%d.\nq quits.", minWidth, minHeight, m.w, m.h),
		fmt.Sprintf("Window too small (%d×%d).\nq quits.", m.w, m.h),
		"Too small.\nq quits.",
		"q quits.",
	}
	for _, f := range forms {
		var lines []string
		for _, para := range strings.Split(f, "\n") {
			if para == "" {
				lines = append(lines, "")
				continue
			}
			lines = append(lines, wrap(para, m.w)...)
		}
		fits := len(lines) <= m.h
		for _, l := range lines {
			fits = fits && lineWidth(l) <= m.w
		}
		if fits {
			return strings.Join(lines, "\n")
		}
	}
	return "q"
}
