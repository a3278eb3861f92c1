//go:build unix

package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// stdoutWasClosed says whether pathways was started with stdout closed
// (pathways roles >&-). The Go runtime then opens /dev/null in its place,
// read-write, and every write would silently succeed; a shell's
// > /dev/null opens it write-only. So fd 1 being /dev/null opened
// read-write means it was closed.
func stdoutWasClosed() bool {
	var st, null unix.Stat_t
	if unix.Fstat(1, &st) != nil || unix.Stat(os.DevNull, &null) != nil {
		return false
	}
	if st.Mode&unix.S_IFMT != unix.S_IFCHR || st.Rdev != null.Rdev {
		return false
	}
	fl, err := unix.FcntlInt(1, unix.F_GETFL, 0)
	return err == nil && fl&unix.O_ACCMODE == unix.O_RDWR
}
