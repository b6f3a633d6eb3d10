// Command trainparser trains parley's dependency parser on the UD English
// EWT training split and writes the model embedded in package nlp. The
// parser trains on tags predicted by taggers trained on the other folds of
// the training data (jackknifing), so that it learns with the kind of tags
// it will be given. It reports attachment scores on the development and test
// splits, with tags from the shipped tagger; those splits are never used for
// training.
//
// Usage, from the repository root:
//
//	go run ./internal/tools/trainparser -ewt ../shared/data/ud-english-ewt -out nlp/model/parser.bin
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/parley-events/parley/internal/tools/ewt"
	"github.com/parley-events/parley/nlp"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "trainparser:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("trainparser", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ewtDir := fs.String("ewt", "../shared/data/ud-english-ewt", "directory of the UD English EWT CoNLL-U files")
	out := fs.String("out", "nlp/model/parser.bin", "model file to write")
	iterations := fs.Int("iterations", 15, "training passes")
	minWeight := fs.Float64("min-weight", 0.05, "drop averaged weights smaller than this")
	folds := fs.Int("folds", 5, "jackknifing folds for the training tags")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	train, err := ewt.ReadSplit(*ewtDir, "train")
	if err != nil {
		return err
	}
	start := time.Now()
	if err := jackknifeTags(train, *folds); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tagged the training split with %d jackknifed taggers in %s\n", *folds, time.Since(start).Round(time.Millisecond))
	start = time.Now()
	parser, err := nlp.TrainParser(train, nlp.ParserTrainConfig{
		Iterations: *iterations,
		MinWeight:  *minWeight,
		Seed:       *seed,
		Progress: func(it int, acc float64) {
			fmt.Fprintf(stdout, "pass %2d: %.2f%% of moves right on train\n", it, 100*acc)
		},
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained on %d sentences in %s\n", len(train), time.Since(start).Round(time.Millisecond))
	if err := ewt.WriteModel(parser, *out); err != nil {
		return err
	}
	info, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, info.Size())
	tagger, err := nlp.LoadTagger()
	if err != nil {
		return err
	}
	for _, split := range []string{"dev", "test"} {
		sents, err := ewt.ReadSplit(*ewtDir, split)
		if err != nil {
			return err
		}
		uas, las := parser.AttachmentScores(sents)
		for i := range sents {
			sents[i].Tags = tagger.TagWords(sents[i].Words, nil)
		}
		puas, plas := parser.AttachmentScores(sents)
		fmt.Fprintf(stdout, "%s: gold tags UAS %.2f%% LAS %.2f%%; predicted tags UAS %.2f%% LAS %.2f%%\n",
			split, 100*uas, 100*las, 100*puas, 100*plas)
	}
	return nil
}

// jackknifeTags replaces the gold tags of sents with tags predicted by
// taggers each trained on all folds but the sentence's own.
func jackknifeTags(sents []nlp.TaggedSentence, folds int) error {
	if folds < 2 {
		return nil
	}
	predicted := make([][]string, len(sents))
	for f := range folds {
		var train []nlp.TaggedSentence
		for i, s := range sents {
			if i%folds != f {
				train = append(train, s)
			}
		}
		tagger, err := nlp.TrainTagger(train, nlp.TrainConfig{})
		if err != nil {
			return err
		}
		for i := f; i < len(sents); i += folds {
			predicted[i] = tagger.TagWords(sents[i].Words, nil)
		}
	}
	for i := range sents {
		sents[i].Tags = predicted[i]
	}
	return nil
}
