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
	report := eval.Score(gold, CodeArticles(cd, articles))
	return report.Write(m.Stdout)
}

// CodeArticles codes each article and returns all their events.
func CodeArticles(cd *coder.Coder, articles []parley.Article) []parley.Event {
	var events []parley.Event
	for i := range articles {
		_, evs := cd.Code(&articles[i])
		events = append(events, evs...)
	}
	return events
}
