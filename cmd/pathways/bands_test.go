package main

import (
	"strings"
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

// 'pathways bands' on the built-in catalogue states the pay year once.
func TestBandsStatePayYearOnce(t *testing.T) {
	cat, probs := catalogue.Load(catalogue.Layer{FS: data.FS})
	if probs.Errors() > 0 {
		t.Fatal(probs)
	}
	py := cat.PayYear()
	if py == "" {
		t.Skip("the built-in catalogue gives no pay year")
	}
	out, errs, code := runCLI(t, nil, "bands")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := strings.Count(out, py); n != 1 {
		t.Errorf("bands names the pay year %s %d times, want once:\n%s", py, n, out)
	}
}
