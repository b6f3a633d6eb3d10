package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/parley-events/parley/coder"
)

// DictCommand is "parley dict check PATH...": it loads dictionary files and
// lists every malformed entry with its file and line.
type DictCommand struct {
	main *Main
}

// Run checks the dictionaries and fails if any entry is malformed.
func (c *DictCommand) Run(ctx context.Context, args []string) error {
	m := c.main
	fs := flag.NewFlagSet("dict", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() { fmt.Fprintln(m.Stderr, "Usage: parley dict check PATH...   (no PATH: the embedded defaults)") }
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 || fs.Arg(0) != "check" {
		return usageError(m.Stderr, fs, "want: dict check PATH...")
	}
	paths := fs.Args()[1:]
	d, err := coder.LoadDictionaries(coder.Config{Dicts: paths, NoDefaults: len(paths) > 0})
	if d != nil {
		for _, p := range d.Problems {
			fmt.Fprintln(m.Stdout, p)
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d actors, %d agents, %d verb blocks, %d discards; %d problems\n",
		len(d.Actors), len(d.Agents), len(d.Verbs.Blocks), len(d.Discards), len(d.Problems))
	if len(d.Problems) > 0 {
		return errPartial
	}
	return nil
}
