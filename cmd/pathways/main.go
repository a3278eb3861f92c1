// Command pathways explores NHS careers in the cancer and diagnostics
// workforce: roles by band, the routes between them, the training that opens
// each step, who funds it, and case studies. It works offline.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
)

// memoryLimit is a soft limit for the garbage collector: decoding a large
// trust catalogue makes a lot of short-lived garbage, and collecting it
// sooner keeps the peak well under what a locked-down laptop can spare.
// GOMEMLIMIT, when set, wins.
const memoryLimit = 64 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	gcOffForStart() // until the first frame or the command's catalogue; see startup.go
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], newEnv())
	stop()
	os.Exit(code)
}
