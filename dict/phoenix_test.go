package dict_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/dict"
)

// phoenixDir is the Phoenix dictionary set in the shared data folder, which
// is not part of the repository.
const phoenixDir = "../../shared/data/dictionaries/phoenix"

// phoenixFiles are the files PETRARCH2's default configuration loads.
var phoenixFiles = []string{
	"Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.agents.txt",
	"Phoenix.discards.txt",
	"CAMEO.verbpatterns.150430.txt",
}

func phoenixPaths(tb testing.TB) []string {
	tb.Helper()
	if _, err := os.Stat(phoenixDir); err != nil {
		tb.Skipf("Phoenix dictionaries not found at %s (the shared data folder is not checked out)", phoenixDir)
	}
	var out []string
	for _, f := range phoenixFiles {
		out = append(out, filepath.Join(phoenixDir, f))
	}
	return out
}

func loadPhoenix(tb testing.TB, paths []string) *dict.Dictionary {
	tb.Helper()
	d, err := coder.LoadDictionaries(coder.Config{Dicts: paths, NoDefaults: true})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkLoadPhoenix measures loading the full Phoenix set (actors,
// agents, discards, verb patterns) as `parley code --dict` does; the issue's
// bar is 300 ms per load.
func BenchmarkLoadPhoenix(b *testing.B) {
	paths := phoenixPaths(b)
	start := time.Now()
	for i := 0; i < b.N; i++ {
		loadPhoenix(b, paths)
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/load")
}
