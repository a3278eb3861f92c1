package ui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// fuzzBase is the test catalogue, read once, to which each case study is
// added.
func fuzzBase(tb testing.TB) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("testdata/catalogue"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile("testdata/catalogue/" + p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

const fuzzFront = "id = \"fz\"\ntitle = \"T\"\norganisation = \"O\"\nroles = [\"healthcare-support-worker\"]\nsources = [\"000\"]"

// FuzzRenderCase: a case study file (front matter and body) goes through
// the explorer's path: loaded from a file system with the catalogue, then
// rendered at a width. Whatever loads must render, within 10 s, without a
// panic, an error, or any escape sequence but colours.
func FuzzRenderCase(f *testing.F) {
	for _, body := range wordCases {
		f.Add(fuzzFront, body, uint8(60))
	}
	for _, body := range hostileBodies {
		f.Add(fuzzFront, body[:min(len(body), 400)], uint8(80))
	}
	f.Add(fuzzFront, "| a | b |\n|---|---|\n| 1 | 2 |\n\n> - [x] *a* **b** `c`\n>\n> ```go\n> x := 1\n> ```\n", uint8(20))
	f.Add(fuzzFront+"\nbody = \"*in* front\"", "", uint8(100))
	base := fuzzBase(f)
	bad := regexp.MustCompile("\x1b\\]|\x07|\r|[\u0080-\u009f]")
	slow := os.Getenv("PATHWAYS_FUZZ_SLOW") // a folder to keep slow inputs in
	f.Fuzz(func(t *testing.T, front, body string, width uint8) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); slow != "" && d > 2*time.Second {
				_ = os.WriteFile(fmt.Sprintf("%s/slow-%d-%d.md", slow, d.Milliseconds(), start.UnixNano()), []byte(front+"\n+++\n"+body), 0o644)
			}
		}()
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys["cases/fz.md"] = &fstest.MapFile{Data: []byte("+++\n" + front + "\n+++\n" + body)}
		c, probs := catalogue.Load(catalogue.Layer{FS: fsys})
		if probs.Errors() > 0 {
			return
		}
		var cs *catalogue.Case
		for _, x := range c.Cases {
			if strings.HasSuffix(x.Pos.File, "fz.md") {
				cs = x
			}
		}
		if cs == nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		w := int(width)
		out, err := renderMarkdown(ctx, cs.Body, w, themeDark+"/dark", false)
		if errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("rendering at %d columns took over 10 s", w)
		}
		if err != nil {
			t.Fatalf("a body that loads does not render: %v", err)
		}
		if loc := bad.FindStringIndex(out); loc != nil {
			t.Fatalf("%q reached the output", out[loc[0]:loc[1]])
		}
	})
}
