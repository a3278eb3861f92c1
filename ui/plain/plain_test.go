package plain

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
	"github.com/nhs-pathways/pathways/data"
)

// fixture loads the small fixed catalogue in testdata/catalogue.
func fixture(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	cat, probs := catalogue.Load(catalogue.Layer{FS: os.DirFS("testdata/catalogue")})
	if probs.Errors() > 0 {
		t.Fatalf("test catalogue: %v", probs)
	}
	return cat
}

// runScript runs the explorer on a script of input lines and returns what it
// wrote. It fails the test when Run fails or the output breaks the rules
// of plain mode.
func runScript(t *testing.T, cat *catalogue.Catalogue, start Start, input string) string {
	t.Helper()
	var out bytes.Buffer
	if err := Run(context.Background(), cat, strings.NewReader(input), &out, start); err != nil {
		t.Fatalf("Run: %v", err)
	}
	checkPlain(t, out.Bytes())
	return out.String()
}

// answers splits a transcript at the prompts: answers[0] is what was shown
// before the first input, answers[i] the reply to the i-th line of input.
func answers(out string) []string { return strings.Split(out, "> \n") }

// checkPlain asserts the rules of plain mode: valid UTF-8, no control
// character but newline, no line that continues a wrapped one (plain mode
// never wraps: one idea a line, so a screen reader never speaks a
// fragment), every prompt "> " at the start of a line.
func checkPlain(t *testing.T, out []byte) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Errorf("output is not valid UTF-8")
	}
	for _, r := range string(out) {
		if r != '\n' && !allowed(r) {
			t.Fatalf("output holds control character %U", r)
		}
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "   ") {
			t.Errorf("line continues a wrapped one: %q", l)
		}
		if strings.HasSuffix(l, " ") && l != "> " {
			t.Errorf("line ends with a space: %q", l)
		}
		if strings.Contains(l, "> ") && !strings.HasPrefix(l, "> ") && strings.HasSuffix(l, "> ") {
			t.Errorf("prompt not on a line of its own: %q", l)
		}
	}
}

func has(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s: want %q in:\n%s", what, w, got)
		}
	}
}

func hasNot(t *testing.T, what, got string, bad ...string) {
	t.Helper()
	for _, w := range bad {
		if strings.Contains(got, w) {
			t.Errorf("%s: do not want %q in:\n%s", what, w, got)
		}
	}
}

func TestHome(t *testing.T) {
	out := runScript(t, fixture(t), Start{}, "")
	a := answers(out)
	if len(a) != 2 {
		t.Fatalf("want one prompt, got %d:\n%s", len(a)-1, out)
	}
	has(t, "home", a[0],
		"Plain mode: type the number of a choice and press Enter.",
		"Home\n8 roles, 1 curated route, 1 case study and 2 programmes.\n",
		"1. Browse by band: bands 2 to 9 and the medical grades\n",
		"3. Find a route from one role to another\n",
		"7. Search\n",
		"Type a number from 1 to 9, or words to search for. Type q to quit or ? for help.\n")
	if !strings.HasSuffix(out, "> \n") {
		t.Errorf("at the end of input the prompt line is not ended: %q", out[len(out)-20:])
	}
}

func TestBrowseBand(t *testing.T) {
	// bands; band 4; its first role; follow its first next step; back
	// three times; band 8a by name; a medical grade; "band 4" in words
	out := runScript(t, fixture(t), Start{}, "1\n4\n1\n1\nb\nb\nb\n8a\nb\n10\nb\nband 4\nq\n")
	a := answers(out)
	has(t, "bands", a[1],
		"Browse by band\n", "2. Band 2: 1 role\n", "3. Band 3: 1 role\n", "4. Band 4: 3 roles\n",
		"8a. Band 8a: 1 role\n", "Medical grades. Doctors are not on Agenda for Change.\n", "10. Consultant: 1 role\n",
		"Type a band, such as 4 or 8a; or 10 for the medical grade.")
	hasNot(t, "bands", a[1], "Band 1") // closed, and no roles on it
	has(t, "band 4", a[2],
		"Band 4\nTypically: Just below registration.\nPay: £27,000 to £30,000 a year (England, 2025/26 rates; check current rates with NHS Employers)\n",
		"3 roles. Type a number to open one.\n",
		"1. Cancer support worker (Bands 3 to 4)\n2. Nursing associate (Band 4)\n3. Pathway navigator (Band 4)\n")
	role := a[3]
	has(t, "role", role,
		"Cancer support worker\nAlso called: CSW\nBands 3 to 4. Varies by trust.\n",
		"Pay: £25,000 to £30,000 a year (England, 2025/26 rates; check current rates with NHS Employers)\n",
		"Family: Support and navigation\n",
		"Areas: Cancer: Living with cancer\n",
		"Regulator: None\n",
		"ACCEnD level: supportive\n",
		"New role: yes, a newer role in the NHS\n",
		"Summary: Supports people with cancer and their families.\n",
		"The work: You are a point of contact for patients.\n",
		"Next steps. Type a number to follow one.\n",
		"1. Nursing associate (Band 4)\n   What it takes: A nursing associate apprenticeship\n   Typical time: about 2 years\n   Funding: Apprenticeship levy\n",
		"2. Pathway navigator (Band 4)\n   What it takes: A navigator post\n   Typical time: not given in the sources\n",
		"Previous steps: roles that lead here\n3. Healthcare assistant (Band 2)\n   What it takes: Experience on a cancer ward\n   Typical time: about a year\n",
		"Programmes and funding\n4. ACCEnD framework\n",
		"Case studies\n5. Navigators at a test trust, Test Hospitals NHS Trust\n",
		"Sources\n- A guide\n- A web page: https://example.org/s2\n",
		"Type a number from 1 to 7, or b for back, h for home, q to quit, ? for help.\n")
	has(t, "followed step", a[4],
		"Nursing associate\nAlso called: NA\nBand 4\n",
		"Regulator: NMC (Nursing and Midwifery Council)\n",
		"Ways in\n- Nursing associate apprenticeship (apprenticeship, level 5, about 2 years, standard ST0827). Funding: Apprenticeship levy\n",
		"Next steps. Type a number to follow one.\n1. Registered nurse (Band 5)\n")
	if !strings.HasPrefix(a[5], "Back to: Cancer support worker\nPress Enter on its own to read this page again.\n") &&
		!strings.HasPrefix(a[5], "Cancer support worker\n") {
		t.Errorf("back from a step does not return to the role:\n%s", a[5])
	}
	has(t, "back to band", a[6], "Band 4\n", "1. Cancer support worker (Bands 3 to 4)\n")
	has(t, "back to bands", a[7], "Browse by band\n")
	has(t, "band 8a", a[8], "Band 8a\n", "1. Nurse consultant (Band 8a)\n")
	has(t, "grade", a[10], "Consultant\nTypically: A senior doctor.\n", "1. Clinical oncologist (Consultant)\n")
	has(t, "band in words", a[12], "Band 4\n", "3 roles.")
	has(t, "quit", a[13], "Goodbye.\n")
}

func TestTranscript(t *testing.T) {
	// the whole of one journey, to read: a role, a route, a case study
	out := runScript(t, fixture(t), Start{}, "1\n6\n1\nh\n3\nHCA\nCNS\nh\n5\n1\n")
	golden.RequireEqual(t, out)
}

func TestFindRoute(t *testing.T) {
	out := runScript(t, fixture(t), Start{}, "3\nhealthcare assistant\ncns\n1\nb\n5\nb\n6\n")
	a := answers(out)
	has(t, "from", a[1], "Find a route\n", "From which role? Type a name, such as CNS or healthcare support worker; b for back, q to quit.\n")
	has(t, "to", a[2], "Find a route from Healthcare assistant\n", "To which role? Type a name, such as nurse consultant; b for back, q to quit.\n")
	r := a[3]
	has(t, "route", r,
		"Route from Healthcare assistant to Clinical nurse specialist\nThe route with the fewest steps.\n",
		"1. Healthcare assistant (Band 2)\n   Step 1, to Nursing associate.\n   What it takes: A nursing associate apprenticeship\n   Typical time: not given in the sources\n",
		"2. Nursing associate (Band 4)\n   Step 2, to Registered nurse.\n   What it takes: A top-up nursing degree apprenticeship\n   Typical time: about 2 years\n",
		"3. Registered nurse (Band 5)\n   Step 3, to Clinical nurse specialist.\n",
		"4. Clinical nurse specialist (Bands 6 to 7)\n\n",
		"Total: 3 steps; about 2 years typically, plus 2 steps with no typical time in the sources.\n",
		"Other routes\n5. Healthcare assistant, then Cancer support worker, then Nursing associate, then Registered nurse, then Clinical nurse specialist. 4 steps; about 5 years typically, plus 1 step with no typical time in the sources.\n",
		"6. Show the route with the least typical time instead\n")
	has(t, "open a role on the route", a[4], "Healthcare assistant\nAlso called: HCA, healthcare support worker\n")
	has(t, "alternative", a[6], "Another route from Healthcare assistant to Clinical nurse specialist\n",
		"2. Cancer support worker (Bands 3 to 4)\n   Step 2, to Nursing associate.\n",
		"Total: 4 steps; about 5 years typically, plus 1 step with no typical time in the sources.\n")
	has(t, "by years", a[8], "The route with the least typical time.\n")
}

func TestFindRouteNames(t *testing.T) {
	cat := fixture(t)
	t.Run("ambiguous", func(t *testing.T) {
		a := answers(runScript(t, cat, Start{}, "3\nnurs\n1\nnurse consultant\n"))
		has(t, "candidates", a[2], "More than one role matches \"nurs\".\n",
			"1. Nurse consultant (Band 8a)\n", "2. Nursing associate (Band 4)\n",
			"Type a number from 1 to 2, or another name; b for back, q to quit.\n")
		has(t, "picked", a[3], "Find a route from Nurse consultant\n")
		has(t, "same role", a[4], "Route from Nurse consultant to Nurse consultant\n", "Total: You are already there.\n")
	})
	t.Run("misspelt", func(t *testing.T) {
		a := answers(runScript(t, cat, Start{}, "3\nnursng associate\nPN\n"))
		has(t, "suggestions", a[2], "No role is called \"nursng associate\". Did you mean one of these?\n", "1. Nursing associate (Band 4)\n")
		// a name typed on the list of candidates is looked up in turn
		has(t, "alias", a[3], "Find a route from Pathway navigator\n")
	})
	t.Run("unknown", func(t *testing.T) {
		a := answers(runScript(t, cat, Start{}, "3\nzzzzqqqq\nrn\n"))
		has(t, "unknown", a[2], "No role is called \"zzzzqqqq\". Try another name, or type b to go back.\n",
			"From which role?")
		has(t, "alias after unknown", a[3], "Find a route from Registered nurse\n")
	})
	t.Run("no route", func(t *testing.T) {
		a := answers(runScript(t, cat, Start{}, "3\ncns\nhca\n2\n"))
		has(t, "none", a[3], "There is no route between these roles in this catalogue.\n", "1. Open Clinical nurse specialist\n", "2. Open Healthcare assistant\n")
		has(t, "open", a[4], "Healthcare assistant\nAlso called:")
	})
}

func TestCuratedRoutes(t *testing.T) {
	a := answers(runScript(t, fixture(t), Start{}, "4\n1\n5\n"))
	has(t, "list", a[1], "Curated routes\n", "1. Nursing ladder (5 roles)\n")
	has(t, "route", a[2], "Nursing ladder\nFrom healthcare assistant to clinical nurse specialist.\n",
		"1. Healthcare assistant (Band 2)\n   Step 1, to Cancer support worker.\n   What it takes: Experience on a cancer ward\n   Typical time: about a year\n",
		"5. Clinical nurse specialist (Bands 6 to 7)\n",
		"Total: 4 steps; about 5 years typically, plus 1 step with no typical time in the sources.\n",
		"Sources\n- A guide\n")
	has(t, "open", a[3], "Clinical nurse specialist\nAlso called: CNS, cancer nurse specialist\n")
}

func TestCaseStudy(t *testing.T) {
	a := answers(runScript(t, fixture(t), Start{}, "5\n1\n1\n"))
	has(t, "list", a[1], "Case studies\n", "1. Navigators at a test trust, Test Hospitals NHS Trust\n")
	cs := a[2]
	has(t, "case", cs,
		"Navigators at a test trust\nOrganisation: Test Hospitals NHS Trust\nRegion: South East\nThemes: new roles, supply\n",
		"Summary: The trust brought in pathway navigators.\n",
		"Roles in this story\n1. Pathway navigator (Band 4)\n2. Cancer support worker (Bands 3 to 4)\n",
		"Programmes\n3. ACCEnD framework\n",
		"The story\nWhat they did\n\nThe trust created band 4 pathway navigators who guide patients from referral to treatment.\n\nWhat it took\n\n",
		"- A business case.\n- Training with the ACCEnD framework (https://example.org/accend). It took six months.\n",
		"(1) First step.\n(2) Second step.\n",
		"For a member of staff: ask about navigator posts.\n",
		"Note: The source does not say how many.\n",
		"Sources\n- A guide\n")
	hasNot(t, "case", cs, "#", "**", "`", "](", "---", "+++")
	has(t, "role from case", a[3], "Pathway navigator\nAlso called: PN, cancer navigator\n")
}

func TestProgrammes(t *testing.T) {
	a := answers(runScript(t, fixture(t), Start{}, "6\n2\nb\n1\n1\n"))
	has(t, "list", a[1], "Programmes and funding\n", "1. Apprenticeship levy (funding)\n", "2. ACCEnD framework (framework)\n")
	has(t, "accend", a[2], "ACCEnD framework\nKind: framework\nSummary: Cancer career levels.\n",
		"Roles it serves\n1. Cancer support worker (Bands 3 to 4)\n2. Clinical nurse specialist (Bands 6 to 7)\n",
		"Case studies\n3. Navigators at a test trust, Test Hospitals NHS Trust\n")
	has(t, "levy", a[4], "Apprenticeship levy\nKind: funding\nOrganisation: Government\nSummary: Pays for apprenticeships.\nOffers: Training costs.\n",
		"Roles it serves\n1. Nursing associate (Band 4)\n", "Sources\n- A web page: https://example.org/s2\n")
	has(t, "role", a[5], "Nursing associate\n")
}

func TestBrowseByArea(t *testing.T) {
	a := answers(runScript(t, fixture(t), Start{}, "2\n2\n"))
	has(t, "areas", a[1], "1. Support and navigation: 3 roles\n", "2. Nursing: 4 roles\n", "3. Medical: 1 role\n")
	has(t, "nursing", a[2], "Nursing\nNurses.\n", "4 roles. Type a number to open one.\n1. Nursing associate (Band 4)\n")
}

func TestSearch(t *testing.T) {
	cat := fixture(t)
	a := answers(runScript(t, cat, Start{}, "7\nnavigator\n1\nb\nzzzz\nlevy\ncns\n"))
	has(t, "search", a[1], "Search\n", "Type words to search for, such as navigator or CNS; b for back, q to quit.\n")
	has(t, "navigator", a[2], "Search for \"navigator\"\nFound 1 role, 1 case study and 0 programmes.\n",
		"Roles\n1. Pathway navigator (Band 4)\n", "Case studies\n2. Navigators at a test trust, Test Hospitals NHS Trust\n",
		"Type a number to open one, or other words to search again; b for back, q to quit.\n")
	has(t, "open", a[3], "Pathway navigator\nAlso called: PN, cancer navigator\n")
	has(t, "none", a[5], "Nothing matches \"zzzz\". Try fewer or other words.\n")
	has(t, "programme", a[6], "Found 1 role, 0 case studies and 1 programme.\n", "1. Nursing associate (Band 4)\n", "Programmes\n2. Apprenticeship levy\n")
	// a name match comes before a match in the text
	has(t, "ranked", a[7], "Roles\n1. Clinical nurse specialist (Bands 6 to 7)\n")

	// words typed at home search too
	a = answers(runScript(t, cat, Start{}, "oncologist\n"))
	has(t, "from home", a[1], "Search for \"oncologist\"\n", "1. Clinical oncologist (Consultant)\n")
}

func TestInput(t *testing.T) {
	cat := fixture(t)
	// unknown words, numbers out of range, help, Enter, back at home,
	// capitals, \r\n line ends, a trailing dot
	a := answers(runScript(t, cat, Start{}, "1\r\nxyz\r\n99\r\n?\r\n\r\nB\r\nb\r\n 7. \r\nQ\r\n"))
	has(t, "bands", a[1], "Browse by band\n")
	if a[2] != "There is no band \"xyz\" here.\nType a band, such as 4 or 8a; or 10 for the medical grade. b for back, h for home, q to quit, ? for help.\n" {
		t.Errorf("unknown band:\n%q", a[2])
	}
	has(t, "no such band", a[3], "There is no band \"99\" here.\n")
	has(t, "help", a[4], "Help\n", "b goes back to the previous menu.\n", "q quits.")
	has(t, "enter", a[5], "Browse by band\n")
	has(t, "back", a[6], "Home\n")
	has(t, "back at home", a[7], "You are at the home menu already. Type q to quit.\n")
	has(t, "dot", a[8], "Search\n")
	has(t, "quit", a[9], "Goodbye.\n")

	// on a page of numbers only, words get one line and the prompt again
	a = answers(runScript(t, cat, Start{}, "4\nhello\n"))
	if a[2] != "\"hello\" is not a choice here.\nType 1 to choose, or b for back, h for home, q to quit, ? for help.\n" {
		t.Errorf("unknown input:\n%q", a[2])
	}

	// a long line, and the end of input without a newline
	long := strings.Repeat("x", 200000)
	a = answers(runScript(t, cat, Start{}, "4\n"+long+"\n1\n"+long))
	has(t, "long line", a[2], "is not a choice here.\n")
	if len(a[2]) > 300 {
		t.Errorf("a long line is echoed in full: %d bytes", len(a[2]))
	}
	has(t, "after long line", a[3], "Nursing ladder\n")
	has(t, "out of range", a[4], "is not a choice here.\n")

	// a number that is not a choice
	a = answers(runScript(t, cat, Start{}, "4\n99\n"))
	has(t, "out of range", a[2], "There is no choice 99 here; the only choice is 1.\n")

	// a byte order mark from a Windows file
	a = answers(runScript(t, cat, Start{}, "\ufeff4\n"))
	has(t, "bom", a[1], "Curated routes\n")
}

func TestDeepLinks(t *testing.T) {
	cat := fixture(t)
	a := answers(runScript(t, cat, Start{Role: "cns"}, "b\n"))
	has(t, "role", a[0], "Clinical nurse specialist\nAlso called: CNS")
	has(t, "back from role", a[1], "Home\n")

	a = answers(runScript(t, cat, Start{RouteFrom: "hca", RouteTo: "cns"}, "b\n"))
	has(t, "route", a[0], "Route from Healthcare assistant to Clinical nurse specialist\n")
	has(t, "back from route", a[1], "To which role?")

	a = answers(runScript(t, cat, Start{RouteFrom: "hca"}, "cns\n"))
	has(t, "from only", a[0], "Find a route from Healthcare assistant\n", "To which role?")
	has(t, "to", a[1], "Route from Healthcare assistant to Clinical nurse specialist\n")

	a = answers(runScript(t, cat, Start{RouteTo: "cns"}, "hca\n"))
	has(t, "to only", a[0], "Find a route\n", "To: Clinical nurse specialist\n", "From which role?")
	has(t, "from", a[1], "Route from Healthcare assistant to Clinical nurse specialist\n")

	a = answers(runScript(t, cat, Start{Case: "navigator-story"}, ""))
	has(t, "case", a[0], "Navigators at a test trust\nOrganisation:")

	a = answers(runScript(t, cat, Start{Role: "nope\x1b[31m"}, ""))
	has(t, "unknown", a[0], "There is no role with the id \"nope\" in this catalogue.\n", "Home\n")
}

// TestEOFAtEveryPrompt ends the input after each line of a script that
// visits every kind of prompt: Run must return nil each time.
func TestEOFAtEveryPrompt(t *testing.T) {
	cat := fixture(t)
	script := []string{"1", "4", "1", "1", "b", "h", "3", "nurs", "1", "zzzz", "cns", "6", "h", "4", "1", "h", "5", "1", "h", "6", "1", "h", "7", "navigator", "h", "2", "1", "?", ""}
	for i := range script {
		for _, end := range []string{"\n", ""} {
			input := strings.Join(script[:i], "\n")
			if i > 0 {
				input += end
			}
			var out bytes.Buffer
			if err := Run(context.Background(), cat, strings.NewReader(input), &out, Start{}); err != nil {
				t.Fatalf("after %d lines: Run: %v", i, err)
			}
			if !strings.HasSuffix(out.String(), "> \n") {
				t.Errorf("after %d lines: output does not end at a prompt: %q", i, tail(out.String()))
			}
			checkPlain(t, out.Bytes())
		}
	}
}

func tail(s string) string { return s[max(0, len(s)-80):] }

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, w := io.Pipe()
	defer w.Close()
	var out bytes.Buffer
	if err := Run(ctx, fixture(t), r, &out, Start{}); err != context.Canceled {
		t.Errorf("Run with a cancelled context = %v, want context.Canceled", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteError(t *testing.T) {
	if err := Run(context.Background(), fixture(t), strings.NewReader("1\n"), failWriter{}, Start{}); err == nil {
		t.Errorf("Run on a broken output returned nil")
	}
}

// Plain mode never wraps: a paragraph, however long, is one line, and a
// long address is never split.
func TestOneIdeaALine(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 100)
	text := strings.Repeat("one two three four five six seven eight nine ten ", 12) + long + " now"
	got := lineOf("Note: ", text)
	if len(got) != 1 || !strings.Contains(got[0], long) || !strings.HasSuffix(got[0], " now") {
		t.Errorf("lineOf split the text: %q", got)
	}
}

// Search never leaves a result out of reach: past the first 20, a choice
// opens all of them.
func TestSearchShowsAll(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: cataloguetest.Generate(45)})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	a := answers(runScript(t, cat, Start{}, "7\ngenerated role\n21\n45\n"))
	has(t, "first page", a[2], "20. Generated role", "21. Show all 45 roles matching \"generated role\"\n")
	has(t, "all", a[3], "All roles matching \"generated role\"\n", "1. Generated role", "45. Generated role")
	has(t, "opened", a[4], "Also called: GR")
}

// Plain search ranks names with the shared ranking: an exact title comes
// before a longer title that contains it.
func TestSearchRanksExactFirst(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	a := answers(runScript(t, cat, Start{}, "7\ntherapeutic radiographer\n"))
	has(t, "exact first", a[2], "Roles\n1. Therapeutic radiographer (")
}
