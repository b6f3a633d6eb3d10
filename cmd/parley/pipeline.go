package main

import (
	"context"
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
	jobs := make(chan job, workers*2)
	ordered := make(chan job, workers*4)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				doc, events := cd.Code(j.article)
				j.done <- parley.NewCodedArticle(j.article, doc, events)
			}
		}()
	}
	consumed := make(chan struct{})
	go func() {
		defer close(consumed)
		for j := range ordered {
			consume(<-j.done)
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
	}, onError)
	close(jobs)
	close(ordered)
	wg.Wait()
	<-consumed
	return readErr
}
