package coder_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/eval"
)

// BenchmarkCode measures raw English news text to coded events, end to end
// (segmenting, tokenizing, tagging, lemmatizing, actors, verbs, events), on
// parley's evaluation articles; it reports sentences per second on one
// goroutine. Run with -cpu 1 for the per-core figure.
func BenchmarkCode(b *testing.B) {
	articles, err := eval.LoadArticles("../eval/testdata/articles.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	c := defaultCoder(b)
	sentences := 0
	for i := range articles {
		doc, _ := c.Code(&articles[i])
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

// BenchmarkLoad measures loading the default dictionaries and the tagger
// model, as a fresh process does once; it reports the heap they take.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	for i := 0; i < b.N; i++ {
		runtime.GC()
		runtime.ReadMemStats(&before)
		c, _, err := coder.Load(coder.Config{})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(c)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
}
