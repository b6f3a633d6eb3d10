// Package web holds parley's web UI: its source (src/, plain JavaScript
// bundled by esbuild with libraries from npm: uPlot, cytoscape, d3-geo,
// topojson-client and world-atlas) and the built files in dist/, which the
// parley binary embeds.
//
// Build the UI before the binary with "npm ci && npm run build" in this
// folder (./build.sh at the repository root does both). Without a build,
// dist/ holds only a placeholder, the binary still compiles, and the server
// answers "/" with a page that says how to build the UI.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built UI files, index.html at the root.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is a valid, embedded path
	}
	return sub
}

// Built reports whether the UI was built before this binary was.
func Built() bool {
	_, err := fs.Stat(dist, "dist/index.html")
	return err == nil
}
