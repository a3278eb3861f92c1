// Command gohello is the Go hello world the start-up benchmark
// (bench/startup_test.go) compares `pathways version` with.
package main

import "fmt"

func main() { fmt.Println("hello, world") }
