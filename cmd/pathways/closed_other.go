//go:build !unix

package main

// stdoutWasClosed: only Unix replaces a closed stdout with /dev/null.
func stdoutWasClosed() bool { return false }
