package coder_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/eval"
)

// TestConcurrentCoding codes the evaluation articles on several goroutines
// at once with one Coder and checks the events equal a sequential run (run
// with -race to check the coder shares nothing mutable).
func TestConcurrentCoding(t *testing.T) {
	articles, err := eval.LoadArticles("../eval/testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	c := defaultCoder(t)
	encode := func(events []parley.Event) string {
		b, err := json.Marshal(events)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := make([]string, len(articles))
	for i := range articles {
		a := articles[i]
		_, events := c.Code(&a)
		want[i] = encode(events)
	}
	got := make([]string, len(articles))
	var wg sync.WaitGroup
	for i := range articles {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			a := articles[i]
			_, events := c.Code(&a)
			got[i] = encode(events)
		}(i)
	}
	wg.Wait()
	for i := range articles {
		if got[i] != want[i] {
			t.Errorf("article %s: concurrent coding differs from sequential", articles[i].ID)
		}
	}
}
