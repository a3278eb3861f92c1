package handout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "route.html")
	if err := WriteFile(path, []byte("first"), false); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("second"), false)
	if err == nil || !strings.Contains(err.Error(), "already exists; give --force") {
		t.Fatalf("overwrote without --force: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "first" {
		t.Fatalf("file changed to %q", b)
	}
	if err := WriteFile(path, []byte("third"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "third" {
		t.Fatalf("--force did not replace: %q", b)
	}
	if err := WriteFile(dir, []byte("x"), true); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("wrote over a folder: %v", err)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "a.html"), []byte("x"), false); err == nil || !strings.Contains(err.Error(), "cannot write in") {
		t.Fatalf("no clear error for a missing folder: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("left files behind: %v", entries)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", st.Mode())
	}
}

func TestWriteFileReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	err := WriteFile(filepath.Join(dir, "a.md"), []byte("x"), false)
	if err == nil || !strings.Contains(err.Error(), "cannot write in "+dir) || strings.Count(err.Error(), dir) != 1 {
		t.Fatalf("unclear error: %v", err)
	}
}

func TestDefaultName(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{DefaultName("route", "html", "Imaging support worker", "Consultant radiographer"), "route-imaging-support-worker-to-consultant-radiographer.html"},
		{DefaultName("compare", ".md", "Assistant practitioner (imaging)", "CNS"), "compare-assistant-practitioner-imaging-and-cns.md"},
		{DefaultName("role", "html", "Doctors' assistant"), "role-doctors-assistant.html"},
		{DefaultName("case", "md", "../../etc/passwd"), "case-etc-passwd.md"},
		{DefaultName("role", "md", strings.Repeat("very long title ", 10)), "role-very-long-title-very-long-title-very-long-title-very-long.md"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
