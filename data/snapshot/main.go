// Command snapshot writes data/snapshot.gob: the embedded catalogue already
// decoded, so that pathways starts without decoding its TOML. Run it with
// `go generate ./data` after changing any catalogue file; a test fails
// until you do (and until then pathways decodes the TOML, slower but right).
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/nhs-pathways/pathways/catalogue"
)

func main() {
	var buf bytes.Buffer
	if err := catalogue.WriteSnapshot(&buf, catalogue.Layer{FS: os.DirFS(".")}); err != nil {
		fmt.Fprintln(os.Stderr, "snapshot:", err)
		os.Exit(1)
	}
	if err := os.WriteFile("snapshot.gob", buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "snapshot:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote data/snapshot.gob (%d KB)\n", buf.Len()>>10)
}
