package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/source"
)

// codeInOrder reads the articles under paths, codes them on a pool of
// workers and hands each coded article to consume in input order, on a
// goroutine of its own, returning once the last has been consumed. admit
// runs in the reader before an article is queued: false skips it, an error
// stops the read. codeInOrder returns the reader's error.
func codeInOrder(ctx context.Context, cd *coder.Coder, r *source.Reader, paths []string, workers int,
	admit func(*parley.Article) (bool, error), consume func(*parley.CodedArticle), onError func(error)) error {
	type job struct {
		article *parley.Article
		done    chan *parley.CodedArticle
	}
	// onError is called from the reader and from the workers.
	var errMu sync.Mutex
	report := func(err error) {
		if onError != nil {
			errMu.Lock()
			defer errMu.Unlock()
			onError(err)
		}
	}
	jobs := make(chan job, workers*2)
	ordered := make(chan job, workers*4)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				doc, events := cd.Code(j.article)
				if err := doc.Err(); err != nil {
					// Reported, not consumed: a store must not record the
					// article as coding nothing.
					report(fmt.Errorf("%s: %w", origin(j.article), err))
					j.done <- nil
					continue
				}
				j.done <- parley.NewCodedArticle(j.article, doc, events)
			}
		}()
	}
	consumed := make(chan struct{})
	go func() {
		defer close(consumed)
		for j := range ordered {
			if ca := <-j.done; ca != nil {
				consume(ca)
			}
		}
	}()
	readErr := r.Read(paths, func(a *parley.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if admit != nil {
			if ok, err := admit(a); err != nil || !ok {
				return err
			}
		}
		j := job{article: a, done: make(chan *parley.CodedArticle, 1)}
		ordered <- j
		jobs <- j
		return nil
	}, report)
	close(jobs)
	close(ordered)
	wg.Wait()
	<-consumed
	return readErr
}

// origin names an article in messages: where it came from, else its id.
func origin(a *parley.Article) string {
	if a.Origin != "" {
		return a.Origin
	}
	return "article " + a.ID
}
