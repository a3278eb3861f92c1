//go:build unix

// Package bench holds the whole-program start-up benchmark: pathways
// against a bare Bubble Tea v2 program and a Go hello world, built from this
// repository and started in a pseudo-terminal at 120×40.
//
//	go test ./bench -run '^$' -bench Startup -benchtime 20x
//
// It reports medians and ratios (it never fails on time), and skips where
// no pseudo-terminal can be opened. Set PATHWAYS_BENCH_GLOW to a glow
// binary to time `glow -t` on the largest built-in case study too, and
// PATHWAYS_BENCH_BIN to time another pathways binary (an older build, say)
// instead of this tree's. PATHWAYS_BENCH_BASE names a second pathways
// binary to time in the same iterations, interleaved, for a before/after
// comparison (base-ms, and pathways / base as base-ratio).
package bench

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/nhs-pathways/pathways/catalogue/cataloguetest"
)

// built holds the binaries, built once a process into a temporary folder.
var built struct {
	once sync.Once
	dir  string
	err  error
}

// TestMain removes the built binaries at the end.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

func binaries(b *testing.B) string {
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "pathways-bench-")
		if built.err != nil {
			return
		}
		for name, pkg := range map[string]string{"pathways": "../cmd/pathways", "hello": "./hello", "gohello": "./gohello"} {
			out, err := exec.Command("go", "build", "-o", filepath.Join(built.dir, name), pkg).CombinedOutput()
			if err != nil {
				built.err = fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
				return
			}
		}
	})
	if built.err != nil {
		b.Fatal(built.err)
	}
	return built.dir
}

// ansiSeq matches the escape sequences a frame is drawn with.
var ansiSeq = regexp.MustCompile(`\x1b\[[0-9;:?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[P_^][^\x1b]*\x1b\\|\x1b[ -/]*[0-~]`)

// visible is the text of out without escape sequences or whitespace, so a
// marker matches however the frame moved the cursor between its words.
func visible(out []byte) []byte {
	return bytes.Join(bytes.Fields(ansiSeq.ReplaceAll(out, nil)), nil)
}

// run is one start in a pty: time from start to the marker on screen, time
// from the quit key to exit, and peak resident memory.
type run struct {
	firstFrame, quit time.Duration
	peakKB           int64
}

// startInPty starts path in a 120×40 pty, answering Primary Device
// Attributes (as every terminal does) and nothing else, and times the first
// output containing marker; then it presses ctrl+c (and "q") and times the
// exit. It gives up after 10 s.
func startInPty(path string, args []string, marker string) (run, error) {
	cmd := exec.Command(path, args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 120, Rows: 40})
	if err != nil {
		return run{}, errSkip{err}
	}
	defer f.Close()
	chunks := make(chan []byte, 64)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 32<<10)
			n, err := f.Read(buf)
			if n > 0 {
				chunks <- buf[:n]
			}
			if err != nil {
				return
			}
		}
	}()
	var r run
	var out []byte
	want := []byte(strings.Join(strings.Fields(marker), ""))
	timeout := time.After(10 * time.Second)
	for r.firstFrame == 0 {
		select {
		case c, ok := <-chunks:
			if !ok {
				return r, fmt.Errorf("%s ended before %q appeared", path, marker)
			}
			out = append(out, c...)
			if bytes.Contains(c, []byte("\x1b[c")) {
				f.WriteString("\x1b[?62;22c")
			}
			if bytes.Contains(visible(out), want) {
				r.firstFrame = time.Since(start)
			}
		case <-timeout:
			cmd.Process.Kill()
			cmd.Wait()
			return r, fmt.Errorf("%s: %q did not appear in 10 s", path, marker)
		}
	}
	quitAt := time.Now()
	f.WriteString("\x03")
	exited := make(chan error, 1)
	go func() {
		for c := range chunks {
			if bytes.Contains(c, []byte("\x1b[c")) {
				f.WriteString("\x1b[?62;22c")
			}
		}
	}()
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-exited
		return r, fmt.Errorf("%s did not quit on ctrl+c within 5 s", path)
	}
	r.quit = time.Since(quitAt)
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.peakKB = int64(ru.Maxrss)
		if runtime.GOOS == "darwin" {
			r.peakKB /= 1024
		}
	}
	return r, nil
}

// errSkip: no pseudo-terminal here.
type errSkip struct{ error }

// timeExit times path from start to exit, its output discarded.
func timeExit(path string, args ...string) (time.Duration, error) {
	start := time.Now()
	err := exec.Command(path, args...).Run()
	return time.Since(start), err
}

func median(ds []time.Duration) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return float64(s[len(s)/2]) / float64(time.Millisecond)
}

// BenchmarkStartup runs, in each iteration and in turn: the bare Bubble Tea
// program and pathways to their first frame, a Go hello world and
// `pathways version` to exit. Metrics (medians over iterations):
//
//	hello-ms, pathways-ms      first frame (spawn to marker), ms
//	frame-ratio                pathways / hello (target ≤ 1.75, goal 1.3)
//	quit-ms                    pathways, ctrl+c to exit, ms
//	peak-MB                    pathways' peak resident memory (target ≤ 25)
//	gohello-ms, version-ms     spawn to exit, ms
//	version-ratio              version / gohello (target ≤ 5, goal 3)
//	glow-ms, glow-ratio        with PATHWAYS_BENCH_GLOW: glow -t, pathways / glow
//	base-ms, base-ratio        with PATHWAYS_BENCH_BASE: that binary, pathways / it
func BenchmarkStartup(b *testing.B) {
	dir := binaries(b)
	pathways := filepath.Join(dir, "pathways")
	if p := os.Getenv("PATHWAYS_BENCH_BIN"); p != "" {
		pathways = p
	}
	glow, glowFile, glowMarker := glowCase(b)
	base := os.Getenv("PATHWAYS_BENCH_BASE")
	var hello, pw, quit, gohello, version, glowT, baseT []time.Duration
	var peak []int64
	for i := 0; i < b.N; i++ {
		h, err := startInPty(filepath.Join(dir, "hello"), nil, "Hello from a bare Bubble Tea program")
		var skip errSkip
		if errors.As(err, &skip) {
			b.Skipf("no pseudo-terminal here: %v", skip.error)
		}
		if err != nil {
			b.Fatal(err)
		}
		p, err := startInPty(pathways, nil, "Choose a way in")
		if err != nil {
			b.Fatal(err)
		}
		if base != "" {
			r, err := startInPty(base, nil, "Choose a way in")
			if err != nil {
				b.Fatal(err)
			}
			baseT = append(baseT, r.firstFrame)
		}
		if glow != "" {
			g, err := startInPty(glow, []string{"-t", glowFile}, glowMarker)
			if err != nil {
				b.Fatal(err)
			}
			glowT = append(glowT, g.firstFrame)
		}
		g, err := timeExit(filepath.Join(dir, "gohello"))
		if err != nil {
			b.Fatal(err)
		}
		v, err := timeExit(pathways, "version")
		if err != nil {
			b.Fatal(err)
		}
		hello, pw, quit, peak = append(hello, h.firstFrame), append(pw, p.firstFrame), append(quit, p.quit), append(peak, p.peakKB)
		gohello, version = append(gohello, g), append(version, v)
	}
	slices.Sort(peak)
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(median(hello), "hello-ms")
	b.ReportMetric(median(pw), "pathways-ms")
	b.ReportMetric(median(pw)/median(hello), "frame-ratio")
	b.ReportMetric(median(quit), "quit-ms")
	b.ReportMetric(float64(peak[len(peak)/2])/1024, "peak-MB")
	b.ReportMetric(median(gohello), "gohello-ms")
	b.ReportMetric(median(version), "version-ms")
	b.ReportMetric(median(version)/median(gohello), "version-ratio")
	if base != "" {
		b.ReportMetric(median(baseT), "base-ms")
		b.ReportMetric(median(pw)/median(baseT), "base-ratio")
	}
	if glow != "" {
		b.ReportMetric(median(glowT), "glow-ms")
		b.ReportMetric(median(pw)/median(glowT), "glow-ratio")
	}
}

// BenchmarkStartupCatalogue times pathways to its first frame with a large
// trust catalogue alone (--catalogue-only --catalogue DIR), generated by
// cataloguetest.Generate into a temporary folder: 1,000 roles (target
// ≤ 60 ms) and 10,000 roles, 4.8 MB (target ≤ 400 ms). Metrics (medians):
// first-ms, peak-MB; with PATHWAYS_BENCH_BASE also base-ms for that binary,
// interleaved.
//
//	go test ./bench -run '^$' -bench StartupCatalogue -benchtime 10x
func BenchmarkStartupCatalogue(b *testing.B) {
	dir := binaries(b)
	pathways := filepath.Join(dir, "pathways")
	if p := os.Getenv("PATHWAYS_BENCH_BIN"); p != "" {
		pathways = p
	}
	base := os.Getenv("PATHWAYS_BENCH_BASE")
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("%d-roles", n), func(b *testing.B) {
			cat := b.TempDir()
			for name, f := range cataloguetest.Generate(n) {
				path := filepath.Join(cat, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					b.Fatal(err)
				}
				if err := os.WriteFile(path, f.Data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
			args := []string{"--catalogue-only", "--catalogue", cat}
			var first, baseT []time.Duration
			var peak []int64
			for i := 0; i < b.N; i++ {
				r, err := startInPty(pathways, args, "Choose a way in")
				var skip errSkip
				if errors.As(err, &skip) {
					b.Skipf("no pseudo-terminal here: %v", skip.error)
				}
				if err != nil {
					b.Fatal(err)
				}
				first, peak = append(first, r.firstFrame), append(peak, r.peakKB)
				if base != "" {
					r, err := startInPty(base, args, "Choose a way in")
					if err != nil {
						b.Fatal(err)
					}
					baseT = append(baseT, r.firstFrame)
				}
			}
			slices.Sort(peak)
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(median(first), "first-ms")
			b.ReportMetric(float64(peak[len(peak)/2])/1024, "peak-MB")
			if base != "" {
				b.ReportMetric(median(baseT), "base-ms")
			}
		})
	}
}

// glowCase gives PATHWAYS_BENCH_GLOW, the largest built-in case study and
// a marker from its first paragraph; "" when the variable is not set.
func glowCase(b *testing.B) (glow, file, marker string) {
	glow = os.Getenv("PATHWAYS_BENCH_GLOW")
	if glow == "" {
		return "", "", ""
	}
	files, _ := filepath.Glob("../data/cases/*.md")
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Size() > size {
			file, size = f, st.Size()
		}
	}
	src, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	parts := strings.SplitN(string(src), "+++", 3)
	for _, line := range strings.Split(parts[len(parts)-1], "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			w := strings.Fields(line)
			marker = strings.Join(w[:min(3, len(w))], " ")
			break
		}
	}
	return glow, file, marker
}
