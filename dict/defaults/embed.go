// Package defaults embeds parley's own dictionaries: countries, people,
// organisations, agents and verb patterns, written for this project.
package defaults

import "embed"

// FS holds the default dictionary files.
//
//go:embed *.txt
var FS embed.FS
