package catalogue

// SetPathSeparator makes Layer.Root join names with c, as on Windows, and
// returns a function that puts the system's back.
func SetPathSeparator(c rune) (restore func()) {
	old := pathSeparator
	pathSeparator = c
	return func() { pathSeparator = old }
}
