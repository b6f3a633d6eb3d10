package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/eval"
)

// EvalCommand is "parley eval ARTICLES.jsonl GOLD.jsonl": it codes an
// evaluation set and reports precision, recall and F1 on (source, target,
// code) per article, with every false positive and negative.
type EvalCommand struct {
	main *Main
}

// Run codes the articles and writes the report.
func (c *EvalCommand) Run(ctx context.Context, args []string) error {
	m := c.main
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() { fmt.Fprintln(m.Stderr, "Usage: parley eval ARTICLES.jsonl GOLD.jsonl") }
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return errUsage
	}
	if len(paths) != 2 {
		return usageError(m.Stderr, fs, "want the articles and the gold file")
	}
	articles, err := eval.LoadArticles(paths[0])
	if err != nil {
		return err
	}
	gold, err := eval.LoadGold(paths[1])
	if err != nil {
		return err
	}
	cd, _, err := coder.Load(coder.Config{RequireTarget: true})
	if err != nil {
		return err
	}
	events, failures := codeArticles(cd, articles)
	report := eval.Score(gold, events)
	if err := report.Write(m.Stdout); err != nil {
		return err
	}
	for _, err := range failures {
		fmt.Fprintf(m.Stderr, "parley: %v\n", err)
	}
	if len(failures) > 0 {
		return errPartial
	}
	return nil
}

// codeArticles codes each article and returns all their events, and the
// articles whose coding failed (scored as coding nothing).
func codeArticles(cd *coder.Coder, articles []parley.Article) ([]parley.Event, []error) {
	var events []parley.Event
	var failures []error
	for i := range articles {
		doc, evs := cd.Code(&articles[i])
		if err := doc.Err(); err != nil {
			failures = append(failures, fmt.Errorf("%s: %w", origin(&articles[i]), err))
		}
		events = append(events, evs...)
	}
	return events, failures
}
