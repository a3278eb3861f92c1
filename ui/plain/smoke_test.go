package plain

import (
	"context"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// driver talks to a running explorer as a person would: it types a line,
// then reads until the next prompt, so that it can choose by what it saw.
type driver struct {
	t    *testing.T
	in   *io.PipeWriter
	out  *io.PipeReader
	done chan error
	all  strings.Builder
}

func start(t *testing.T, cat *catalogue.Catalogue, st Start) (*driver, string) {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	d := &driver{t: t, in: inW, out: outR, done: make(chan error, 1)}
	go func() {
		err := Run(context.Background(), cat, inR, outW, st)
		outW.Close()
		d.done <- err
	}()
	return d, d.read()
}

// read returns what was written up to and including the next prompt.
func (d *driver) read() string {
	d.t.Helper()
	var b strings.Builder
	buf := make([]byte, 4096)
	deadline := time.AfterFunc(10*time.Second, func() { d.out.CloseWithError(io.ErrNoProgress) })
	defer deadline.Stop()
	for !strings.HasSuffix(b.String(), "\n> ") {
		n, err := d.out.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			d.t.Fatalf("reading the explorer: %v; so far:\n%s", err, b.String())
		}
	}
	d.all.WriteString(b.String())
	return strings.TrimPrefix(b.String(), "\n")
}

// say types a line and returns the answer.
func (d *driver) say(line string) string {
	d.t.Helper()
	if _, err := io.WriteString(d.in, line+"\n"); err != nil {
		d.t.Fatalf("typing %q: %v", line, err)
	}
	return d.read()
}

// choose types the number of the choice whose text starts with label.
func (d *driver) choose(page, label string) string {
	d.t.Helper()
	m := regexp.MustCompile(`(?m)^(\w+)\. ` + regexp.QuoteMeta(label)).FindStringSubmatch(page)
	if m == nil {
		d.t.Fatalf("no choice %q on:\n%s", label, page)
	}
	return d.say(m[1])
}

// end closes the input: Run must return nil.
func (d *driver) end() {
	d.t.Helper()
	d.in.Close()
	rest, _ := io.ReadAll(d.out)
	d.all.Write(rest)
	if err := <-d.done; err != nil {
		d.t.Errorf("Run at the end of input = %v, want nil", err)
	}
	checkPlain(d.t, []byte(d.all.String()))
}

// TestEmbedded is a smoke test of the real catalogue: browse band 4, open
// a role, follow a next step, find a route, read a case study, search.
func TestEmbedded(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatalf("embedded catalogue: %v", probs)
	}
	d, home := start(t, cat, Start{})
	has(t, "home", home, "Home\n", "1. Browse by band")

	bands := d.say("1")
	has(t, "bands", bands, "4. Band 4: ", "Medical grades.")
	band4 := d.say("4")
	has(t, "band 4", band4, "Band 4\n", "Pay: £")
	role := d.choose(band4, "Cancer support worker")
	has(t, "role", role, "Cancer support worker\n", "Bands 3 to 4", "Summary: ", "Ways in\n", "Next steps. Type a number to follow one.\n", "Sources\n")
	m := regexp.MustCompile(`(?m)^1\. (.+) \(`).FindStringSubmatch(role)
	if m == nil {
		t.Fatalf("no first next step on:\n%s", role)
	}
	next := d.say("1")
	if !strings.HasPrefix(next, m[1]+"\n") {
		t.Errorf("following step 1 to %q opened:\n%s", m[1], next)
	}

	d.say("h")
	d.say("3")
	to := d.say("cancer support worker")
	has(t, "finder", to, "Find a route from Cancer support worker\n", "To which role?")
	route := d.say("nurse consultant")
	has(t, "route", route, "Route from Cancer support worker to Cancer nurse consultant\n",
		"1. Cancer support worker (Bands 3 to 4)\n   Step 1, to ", "What it takes: ", "Total: ", "Other routes\n")
	if !regexp.MustCompile(`Total: \d+ steps; about [\d.]+( to [\d.]+)? (years?|months|weeks) typically`).MatchString(route) &&
		!strings.Contains(route, "the sources give no typical time") {
		t.Errorf("route total is not stated:\n%s", route)
	}

	d.say("h")
	cases := d.say("5")
	cs := d.choose(cases, "The new endoscopy assistant role")
	has(t, "case", cs, "The new endoscopy assistant role\nOrganisation: East Sussex Healthcare NHS Trust\n",
		"\nWhat they did\n", "\nIn numbers\n", "- 14,500 endoscopy procedures in 2021, across 2 units.\n",
		"For a workforce lead: when band 5 nurses are scarce")
	hasNot(t, "case", cs, "##", "**")

	d.say("h")
	d.say("7")
	found := d.say("navigator")
	has(t, "search", found, "Search for \"navigator\"\n", "Roles\n1. Cancer pathway navigator (Band 4, typical nationally; varies by trust)\n", "Case studies\n")
	d.end()
}
