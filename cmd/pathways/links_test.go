package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// runAt runs the command line as on a terminal width columns wide (tty)
// or piped; the colour writer still strips styles, as the buffer is no
// terminal.
func runAt(t *testing.T, width int, tty bool, args ...string) (string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }, environ: []string{"TERM=xterm-256color"},
		stdoutTTY: tty, width: width}
	code := run(context.Background(), args, e)
	if code != 0 {
		t.Fatalf("pathways %q: exit %d\n%s", args, code, errb.String())
	}
	return out.String(), code
}

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "(built-in) data/", Snapshot: data.Snapshot})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	return c
}

// TestURLsAreNeverBroken: in the output of every role, curated route, case
// study, programme and alliance of the embedded catalogue, at 60, 80 and
// 100 columns and piped, every address it cites is whole on one line.
func TestURLsAreNeverBroken(t *testing.T) {
	c := embedded(t)
	urls := func(ids []string, extra ...string) []string {
		out := append([]string{}, extra...)
		for _, id := range ids {
			if s := c.Source(id); s != nil && s.URL != "" {
				out = append(out, s.URL)
			}
		}
		return out
	}
	type item struct {
		args []string
		urls []string
	}
	var items []item
	for _, r := range c.Roles {
		items = append(items, item{[]string{"role", r.ID}, urls(r.Sources)})
	}
	for _, r := range c.Routes {
		items = append(items, item{[]string{"routes", r.ID}, urls(r.Sources)})
	}
	for _, x := range c.Cases {
		items = append(items, item{[]string{"case", x.ID}, urls(x.Sources)})
	}
	for _, x := range c.Programmes {
		var own []string
		if x.URL != "" {
			own = append(own, x.URL)
		}
		items = append(items, item{[]string{"programmes", x.ID}, urls(x.Sources, own...)})
	}
	for _, x := range c.Alliances {
		items = append(items, item{[]string{"alliances", x.ID}, urls(x.Sources)})
	}
	checked := 0
	for _, it := range items {
		for _, mode := range []struct {
			width int
			tty   bool
		}{{60, true}, {80, true}, {100, true}, {80, false}} {
			out, _ := runAt(t, mode.width, mode.tty, it.args...)
			lines := strings.Split(ansi.Strip(out), "\n")
			for _, u := range it.urls {
				whole := false
				for _, l := range lines {
					if strings.Contains(l, clean(u)) {
						whole = true
						break
					}
				}
				if !whole {
					t.Errorf("pathways %q at %d columns (tty %v) breaks %s:\n%s", it.args, mode.width, mode.tty, u, out)
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d addresses checked: is the catalogue citing any?", checked)
	}
}

// TestWrapKeepsAddressesWhole: an address wider than the line stands
// alone; one that fits moves to the next line whole.
func TestWrapKeepsAddressesWhole(t *testing.T) {
	long := "https://example.org/a/very/long/path/that/is/wider/than/the/line"
	got := strings.Split(wrap("see "+long+" for more", 30), "\n")
	want := []string{"see", long, "for more"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrap gave %q, want %q", got, want)
	}
	if got := wrap("a b https://example.org/x", 15); got != "a b\nhttps://example.org/x" {
		t.Errorf("wrap gave %q", got)
	}
	if got := wrap(strings.Repeat("x", 25), 10); got != "xxxxxxxxxx\nxxxxxxxxxx\nxxxxx" {
		t.Errorf("a long word that is no address is still cut: %q", got)
	}
}

// TestAddressesAreHyperlinks: on a terminal with colour each address is an
// OSC 8 hyperlink to the whole address, without the punctuation after it;
// piped or with NO_COLOR there are none.
func TestAddressesAreHyperlinks(t *testing.T) {
	var b bytes.Buffer
	p := &printer{w: &b, width: 60, links: true}
	u := "https://www.canceralliance.co.uk/professionals/workforce/clinical-cancer-nurse-specialist"
	p.para("  • ", "Cancer alliance workforce pages: "+u)
	p.field("Address", "see https://example.org/x.")
	out := b.String()
	for _, want := range []string{
		ansi.SetHyperlink(u) + u + ansi.ResetHyperlink(),
		ansi.SetHyperlink("https://example.org/x") + "https://example.org/x" + ansi.ResetHyperlink() + ".",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no hyperlink %q in:\n%q", want, out)
		}
	}
	getenv := func(v string) func(string) string {
		return func(k string) string {
			if k == "NO_COLOR" {
				return v
			}
			return ""
		}
	}
	for _, tt := range []struct {
		tty     bool
		profile colorprofile.Profile
		noColor string
		want    bool
	}{
		{true, colorprofile.TrueColor, "", true},
		{true, colorprofile.ANSI, "", true},
		{true, colorprofile.ASCII, "", false},
		{true, colorprofile.TrueColor, "1", false},
		{false, colorprofile.NoTTY, "", false},
	} {
		e := &env{stdoutTTY: tt.tty, getenv: getenv(tt.noColor)}
		if got := wantLinks(e, &colorprofile.Writer{Profile: tt.profile}); got != tt.want {
			t.Errorf("wantLinks(tty %v, %v, NO_COLOR=%q) = %v", tt.tty, tt.profile, tt.noColor, got)
		}
	}
	var piped bytes.Buffer
	e := &env{stdout: &piped, getenv: getenv(""), environ: []string{"TERM=xterm-256color"}}
	if wantLinks(e, colourWriter(e)) {
		t.Error("piped output has hyperlinks")
	}
}
