package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// TestLoad is the bounded load test, on loopback only: it builds
// pathways-serve, starts it, opens 50 sessions at once, and has each press
// a key every 100 ms for 10 s, waiting for the screen to change each time.
// It reports the server's memory per session (resident set size), the
// time from a key to the first bytes of the new frame (median, p95, max),
// the time to the first screen, and fails if any session missed a screen
// or the server crashed. Run it with
//
//	PATHWAYS_LOAD=1 go test -run TestLoad -v ./cmd/pathways-serve
//
// PATHWAYS_LOAD_SESSIONS and PATHWAYS_LOAD_SECONDS change the size.
func TestLoad(t *testing.T) {
	if os.Getenv("PATHWAYS_LOAD") != "1" {
		t.Skip("set PATHWAYS_LOAD=1 to run the load test")
	}
	sessions, seconds := envInt("PATHWAYS_LOAD_SESSIONS", 50), envInt("PATHWAYS_LOAD_SECONDS", 10)
	dir := t.TempDir()
	bin := filepath.Join(dir, "pathways-serve")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "k"), "--max-sessions", strconv.Itoa(sessions))
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	logs := &syncBuf{}
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logs.Write([]byte(sc.Text() + "\n"))
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				addrc <- m[1]
			}
		}
	}()
	var addr string
	select {
	case addr = <-addrc:
	case <-time.After(20 * time.Second):
		t.Fatalf("did not start:\n%s", logs)
	}
	time.Sleep(200 * time.Millisecond)
	base := rss(t, cmd.Process.Pid)
	cpu0 := cpuTime(t, cmd.Process.Pid)

	type result struct {
		first time.Duration
		lats  []time.Duration
		err   string
	}
	results := make([]result, sessions)
	var opened, wg sync.WaitGroup
	opened.Add(sessions)
	peak := make(chan int64, 1)
	for i := range sessions {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res := &results[i]
			fail := func(s string) { res.err = s; opened.Done() }
			c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "load", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 20 * time.Second})
			if err != nil {
				fail("dial: " + err.Error())
				return
			}
			defer c.Close()
			sess, err := c.NewSession()
			if err != nil {
				fail("session: " + err.Error())
				return
			}
			out := &frames{ch: make(chan time.Time, 1)}
			sess.Stdout = out
			in, _ := sess.StdinPipe()
			begin := time.Now()
			if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
				fail("pty: " + err.Error())
				return
			}
			if err := sess.Shell(); err != nil {
				fail("shell: " + err.Error())
				return
			}
			for !strings.Contains(out.text(), "Choose a way in") {
				if time.Since(begin) > 20*time.Second {
					fail("no first screen")
					return
				}
				time.Sleep(2 * time.Millisecond)
			}
			res.first = time.Since(begin)
			opened.Done()
			opened.Wait() // all sessions open: now the keys
			stop := time.Now().Add(time.Duration(seconds) * time.Second)
			for n := 0; time.Now().Before(stop); n++ {
				next := time.Now().Add(100 * time.Millisecond)
				key := "j"
				if n%2 == 1 {
					key = "k"
				}
				drain(out.ch)
				t0 := time.Now()
				in.Write([]byte(key))
				select {
				case t1 := <-out.ch:
					res.lats = append(res.lats, t1.Sub(t0))
				case <-time.After(5 * time.Second):
					res.err = "no frame within 5 s of a key"
					return
				}
				time.Sleep(time.Until(next))
			}
			if i == 0 {
				peak <- rss(t, cmd.Process.Pid)
			}
			mark := len(out.text())
			in.Write([]byte("c"))
			deadline := time.Now().Add(5 * time.Second)
			for !strings.Contains(out.text()[mark:], "Case studies") {
				if time.Now().After(deadline) {
					res.err = "no case studies screen after c"
					return
				}
				time.Sleep(5 * time.Millisecond)
			}
			in.Write([]byte("\x03"))
			sess.Wait()
		}(i)
	}
	wg.Wait()
	cpu := cpuTime(t, cmd.Process.Pid) - cpu0
	top := <-peak

	var lats, firsts []time.Duration
	for i, r := range results {
		if r.err != "" {
			t.Errorf("session %d: %s", i, r.err)
		}
		lats = append(lats, r.lats...)
		firsts = append(firsts, r.first)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal("the server is gone:", err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("the server exited with %v", err)
	}
	if strings.Contains(logs.String(), "crashed") {
		t.Errorf("a session crashed:\n%s", logs)
	}
	t.Logf("%d sessions, %d s of keys, %d keys answered", sessions, seconds, len(lats))
	t.Logf("server RSS: %.1f MiB idle, %.1f MiB with %d sessions: %.2f MiB a session", mib(base), mib(top), sessions, mib(top-base)/float64(sessions))
	t.Logf("key to first bytes of the next frame: median %s, p95 %s, max %s", pct(lats, 50), pct(lats, 95), pct(lats, 100))
	t.Logf("connect to first screen, all at once: median %s, p95 %s, max %s", pct(firsts, 50), pct(firsts, 95), pct(firsts, 100))
	t.Logf("server CPU: %.1f s over the run", cpu.Seconds())
}

// frames is a session's output: it keeps the text and signals each write.
type frames struct {
	syncBuf
	ch chan time.Time
}

func (f *frames) Write(p []byte) (int, error) {
	select {
	case f.ch <- time.Now():
	default:
	}
	return f.syncBuf.Write(p)
}

func drain(ch chan time.Time) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s) - 1) * p / 100
	return s[i].Round(100 * time.Microsecond)
}

// rss is a process's resident set size in bytes (Linux only).
func rss(t *testing.T, pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Skip("no /proc here:", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuTime is a process's user and system time (Linux only).
func cpuTime(t *testing.T, pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		t.Skip("no /proc here:", err)
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ is 100 on Linux
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}
