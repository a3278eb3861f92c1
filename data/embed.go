// Package data holds the embedded catalogue: TOML files and Markdown case
// studies, and a snapshot of them already decoded. It does no parsing; see
// package catalogue.
package data

import "embed"

// FS is the embedded catalogue.
//
//go:embed *.toml roles/*.toml routes/*.toml cases/*.md
var FS embed.FS

// Snapshot is FS already decoded (catalogue.WriteSnapshot), used while it
// matches FS. Regenerate it after changing the catalogue:
//
//go:generate go run ./snapshot
//go:embed snapshot.gob
var Snapshot []byte
