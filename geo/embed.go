package geo

import "embed"

// embedded holds data/: its README, and the compiled gazetteer once the
// build step has written data/gazetteer.bin.gz (which is not committed).
//
//go:embed data
var embedded embed.FS

// The build step: geo/gen reads the npm packages installed under
// geo/npm/node_modules (cd geo/npm && npm ci) and writes the gazetteer.
//go:generate go run ./gen -npm npm/node_modules -countries ../dict/defaults/countries.txt -aliases aliases.txt -out data/gazetteer.bin.gz
