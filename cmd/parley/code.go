package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/output"
	"github.com/parley-events/parley/source"
)

// CodeCommand is "parley code": articles in, events out.
type CodeCommand struct {
	main *Main
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// Run parses the flags and codes every input.
func (c *CodeCommand) Run(ctx context.Context, args []string) error {
	m := c.main
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	format := fs.String("format", "", "output format: jsonl, tsv or table (default: table on a terminal, else jsonl)")
	in := addInputFlags(fs)
	cf := addCoderFlags(fs)
	explain := fs.Bool("explain", false, "write each sentence's words, actors and verbs to stderr")
	ontology := fs.String("ontology", "both", "cameo, plover or both: with plover, jsonl output is one PLOVER record per act (actor lists)")
	dedupe := fs.String("dedupe", "act", "act: one event per act within an article; day: one per (date, source, target, code, place) across articles, with counts")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: parley code [flags] FILE|DIR|-...")
		fs.PrintDefaults()
	}
	paths, err := parseInputs(fs, m.Stderr, args)
	if err != nil {
		return err
	}
	f := output.Table
	if *format == "" {
		if !isTerminal(m.Stdout) {
			f = output.JSONL
		}
	} else {
		var err error
		if f, err = output.ParseFormat(*format); err != nil {
			return usageError(m.Stderr, fs, "%v", err)
		}
	}
	reader, err := in.reader(fs, m.Stdin, m.Stderr)
	if err != nil {
		return err
	}
	workers := in.workers
	switch *ontology {
	case "cameo", "both":
	case "plover":
		if f == output.JSONL {
			f = output.PLOVER
		}
	default:
		return usageError(m.Stderr, fs, "--ontology %q: want cameo, plover or both", *ontology)
	}
	if *dedupe != "act" && *dedupe != "day" {
		return usageError(m.Stderr, fs, "--dedupe %q: want act or day", *dedupe)
	}
	cd, err := cf.load(func(p dict.Problem) { fmt.Fprintf(m.Stderr, "parley: warning: %s\n", p) })
	if err != nil {
		return err
	}
	if *explain {
		cd.ExplainTo(m.Stderr)
		*workers = 1
	}
	var w output.Writer = output.New(f, m.Stdout)
	if *ontology == "cameo" {
		w = dropPLOVER{w}
	}
	if *dedupe == "day" {
		w = &oneADay{Writer: w}
	}
	failed := false
	onError := func(err error) {
		failed = true
		fmt.Fprintf(m.Stderr, "parley: %v\n", err)
	}
	if err := codeAll(ctx, cd, reader, paths, *workers, w, onError); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if failed {
		return errPartial
	}
	return nil
}

// codeAll codes articles on a pool of workers and writes their events in
// input order.
func codeAll(ctx context.Context, cd *coder.Coder, r *source.Reader, paths []string, workers int, w output.Writer, onError func(error)) error {
	var writeErr error
	readErr := codeInOrder(ctx, cd, r, paths, workers, nil, func(c *parley.CodedArticle) {
		if writeErr == nil {
			writeErr = w.Write(c.Events)
		}
	}, onError)
	if readErr != nil {
		return readErr
	}
	return writeErr
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// dropPLOVER leaves the PLOVER reading out of CAMEO-only output.
type dropPLOVER struct{ output.Writer }

func (d dropPLOVER) Write(events []parley.Event) error {
	for i := range events {
		events[i].PLOVER = nil
	}
	return d.Writer.Write(events)
}

// oneADay holds every event until the end, then writes one per day and
// dyad and code, with counts (coder.OneADay).
type oneADay struct {
	output.Writer
	events []parley.Event
}

func (o *oneADay) Write(events []parley.Event) error {
	o.events = append(o.events, events...)
	return nil
}

func (o *oneADay) Close() error {
	if err := o.Writer.Write(coder.OneADay(o.events)); err != nil {
		return err
	}
	return o.Writer.Close()
}
