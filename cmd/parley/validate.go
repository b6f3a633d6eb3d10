package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/validate"
)

// ValidateCommand is "parley validate SUITE.xml": it codes a PETRARCH
// validation suite with the dictionaries its <Environment> names and
// reports each failing record, ending with "N passed, M failed".
type ValidateCommand struct {
	main *Main
}

// Run reads the suite, codes its records and writes the report.
func (c *ValidateCommand) Run(ctx context.Context, args []string) error {
	m := c.main
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	dictDir := fs.String("dict-dir", "", "folder of the dictionaries the suite names (default: the suite's folder)")
	all := fs.Bool("all", false, "also run records the suite marks as not to be evaluated")
	var ids stringList
	fs.Var(&ids, "id", "run only the record with this id (repeatable)")
	explain := fs.Bool("explain", false, "write each coded record's words, actors and verbs to stderr")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: parley validate [--dict-dir DIR] SUITE.xml")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if len(paths) != 1 {
		return usageError(m.Stderr, fs, "want one suite file")
	}
	s, err := validate.ReadFile(paths[0])
	if err != nil {
		return err
	}
	files, err := validate.DictFiles(s, *dictDir)
	if err != nil {
		return err
	}
	warned := false
	code := validate.CodeWith(func(st validate.Settings) (validate.Coder, error) {
		cd, problems, err := coder.Load(coder.Config{Dicts: validate.DictPaths(files), NoDefaults: true, RequireTarget: st.RequireDyad,
			Historical: true, Literal: true, NewActorLength: st.NewActorLength})
		if !warned {
			for _, p := range problems {
				fmt.Fprintf(m.Stderr, "parley: warning: %s\n", p)
			}
			warned = true
		}
		if err == nil && *explain {
			cd.ExplainTo(m.Stderr)
		}
		return cd, err
	})
	res := validate.Run(s, code, validate.Options{All: *all, IDs: ids})
	if err := res.Write(m.Stdout); err != nil {
		return err
	}
	if res.Failed > 0 {
		return errPartial
	}
	return nil
}
