package plain

import (
	"strconv"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
	"github.com/nhs-pathways/pathways/data"
)

// Every role that matches a typed name can be chosen, however many match:
// the first maxResults, then a choice that lists them all.
func TestEveryCandidateCanBeChosen(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: cataloguetest.Generate(45)})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	a := answers(runScript(t, cat, Start{}, "3\ngenerated role\n21\n45\n"))
	has(t, "first page", a[2], "45 roles match; here are the first 20.\n", "20. Generated role", "21. Show all 45 roles that match\n")
	has(t, "all", a[3], "All 45 roles that match \"generated role\"\n", "1. Generated role", "45. Generated role")
	has(t, "picked", a[4], "Find a route from Generated role")
}

// The embedded catalogue: "consultant" matches more than ten roles, and
// every one is a choice.
func TestConsultantCandidates(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	_, err := cat.FindRole("consultant")
	ne, _ := err.(*catalogue.NameError)
	if ne == nil || len(ne.Candidates) <= 10 {
		t.Fatalf("consultant: %v; want more than 10 candidates", err)
	}
	a := answers(runScript(t, cat, Start{}, "3\nconsultant\n"))
	last := ne.Candidates[len(ne.Candidates)-1]
	if len(ne.Candidates) <= maxResults {
		has(t, "every candidate", a[2], strconv.Itoa(len(ne.Candidates))+". "+last.Title+" (")
	}
}

// A number typed as a name matches only a whole name; a number that is not
// a choice on a page of choices says so rather than searching for it.
func TestNumbersAreNotNames(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	a := answers(runScript(t, cat, Start{}, "3\ncns\n1\n"))
	has(t, "digits as a name", a[3], "No role is called \"1\". Try another name, or type b to go back.\n")
	hasNot(t, "digits as a name", a[3], "Route from")

	a = answers(runScript(t, cat, Start{}, "7\nnurse\n0\n999\n"))
	has(t, "zero", a[3], "There is no choice 0 here; the choices are 1 to ")
	hasNot(t, "zero", a[3], "Search for \"0\"")
	has(t, "too big", a[4], "There is no choice 999 here")
}
