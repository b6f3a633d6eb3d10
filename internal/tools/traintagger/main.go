// Command traintagger trains parley's part-of-speech tagger and lemma table
// on the UD English EWT training split and writes the model embedded in
// package nlp. It reports accuracy on the development and test splits,
// which are never used for training.
//
// Usage, from the repository root:
//
//	go run ./internal/tools/traintagger -ewt ../shared/data/ud-english-ewt -out nlp/model/tagger.bin.gz
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
		fmt.Fprintln(os.Stderr, "traintagger:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("traintagger", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ewtDir := fs.String("ewt", "../shared/data/ud-english-ewt", "directory of the UD English EWT CoNLL-U files")
	out := fs.String("out", "nlp/model/tagger.bin.gz", "model file to write")
	iterations := fs.Int("iterations", 10, "training passes")
	minWeight := fs.Float64("min-weight", 0.05, "drop averaged weights smaller than this")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	dictMin := fs.Int("dict-min", 20, "minimum count of tag dictionary words")
	dictShare := fs.Float64("dict-share", 0.97, "minimum share of the tag of a tag dictionary word")
	if err := fs.Parse(args); err != nil {
		return err
	}
	train, err := ewt.ReadSplit(*ewtDir, "train")
	if err != nil {
		return err
	}
	start := time.Now()
	tagger, err := nlp.TrainTagger(train, nlp.TrainConfig{
		Iterations:   *iterations,
		MinWeight:    *minWeight,
		Seed:         *seed,
		DictMinCount: *dictMin,
		DictMinShare: *dictShare,
		Progress: func(it int, acc float64) {
			fmt.Fprintf(stdout, "pass %2d: %.2f%% on train\n", it, 100*acc)
		},
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained on %d sentences in %s\n", len(train), time.Since(start).Round(time.Millisecond))
	if err := ewt.WriteModel(tagger, *out); err != nil {
		return err
	}
	info, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, info.Size())
	for _, split := range []string{"dev", "test"} {
		sents, err := ewt.ReadSplit(*ewtDir, split)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %.2f%% tag accuracy\n", split, 100*accuracy(tagger, sents))
	}
	return nil
}

// accuracy returns the share of words tagged as in the gold standard.
func accuracy(tagger *nlp.Tagger, sents []nlp.TaggedSentence) float64 {
	correct, total := 0, 0
	var tags []string
	for _, s := range sents {
		tags = tagger.TagWords(s.Words, tags[:0])
		for i, tag := range tags {
			if tag == s.Tags[i] {
				correct++
			}
			total++
		}
	}
	return float64(correct) / float64(total)
}
