package validate_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/eval"
)

// phoenixFiles are the Phoenix dictionaries PETRARCH2's default
// configuration loads, in the shared data folder (not in the repository).
var phoenixFiles = []string{
	"Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.agents.txt",
	"Phoenix.discards.txt",
	"CAMEO.verbpatterns.150430.txt",
}

// BenchmarkCodePhoenix codes parley's evaluation articles with the Phoenix
// dictionaries alone (--dict ... --no-default-dicts), end to end from raw
// text, on one goroutine; it reports sentences per second.
func BenchmarkCodePhoenix(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "data", "dictionaries", "phoenix")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("Phoenix dictionaries not found at %s (the shared data folder is not checked out)", dir)
	}
	var paths []string
	for _, f := range phoenixFiles {
		paths = append(paths, filepath.Join(dir, f))
	}
	articles, err := eval.LoadArticles(filepath.Join("..", "eval", "testdata", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	c, _, err := coder.Load(coder.Config{Dicts: paths, NoDefaults: true})
	if err != nil {
		b.Fatal(err)
	}
	sentences := 0
	for i := range articles {
		a := articles[i]
		doc, _ := c.Code(&a)
		sentences += len(doc.Sentences)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for j := range articles {
			a := articles[j]
			c.Code(&a)
		}
	}
	elapsed := time.Since(start).Seconds()
	b.ReportMetric(float64(sentences*b.N)/elapsed, "sentences/s")
	b.ReportMetric(float64(sentences), "sentences/op")
}
