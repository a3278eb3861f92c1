// Command pathways explores NHS careers in the cancer and diagnostics
// workforce: roles by band, the routes between them, the training that opens
// each step, who funds it, and case studies. It works offline.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], newEnv())
	stop()
	os.Exit(code)
}
