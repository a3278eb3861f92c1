// Package data holds the embedded catalogue: TOML files and Markdown case
// studies. It does no parsing; see package catalogue.
package data

import "embed"

// FS is the embedded catalogue.
//
//go:embed *.toml roles/*.toml routes/*.toml cases/*.md
var FS embed.FS
