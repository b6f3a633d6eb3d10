// Command parley turns news articles into political events coded in CAMEO
// and PLOVER, with their evidence.
//
//	parley code [flags] FILE|DIR|-...
//	parley dict check PATH...
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Exit codes.
const (
	exitOK    = 0
	exitInput = 1 // some input failed; the rest was processed
	exitUsage = 2
)

// Main is the parley program with its standard streams, so tests can run it.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// errUsage marks command-line mistakes (exit code 2).
var errUsage = errors.New("usage")

// errPartial marks a run where some inputs failed (exit code 1).
var errPartial = errors.New("some inputs failed")

// Run runs one subcommand and returns the process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		m.usage()
		return exitUsage
	}
	var err error
	switch args[0] {
	case "code":
		err = (&CodeCommand{main: m}).Run(ctx, args[1:])
	case "validate":
		err = (&ValidateCommand{main: m}).Run(ctx, args[1:])
	case "eval":
		err = (&EvalCommand{main: m}).Run(ctx, args[1:])
	case "dict":
		err = (&DictCommand{main: m}).Run(ctx, args[1:])
	case "ingest":
		err = (&IngestCommand{main: m}).Run(ctx, args[1:])
	case "serve":
		err = (&ServeCommand{main: m}).Run(ctx, args[1:])
	case "help", "-h", "--help":
		m.usage()
		return exitOK
	default:
		fmt.Fprintf(m.Stderr, "parley: unknown command %q\n", args[0])
		m.usage()
		return exitUsage
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errPartial):
		return exitInput
	}
	fmt.Fprintf(m.Stderr, "parley: %v\n", err)
	return exitInput
}

func (m *Main) usage() {
	fmt.Fprint(m.Stderr, `parley turns news articles into political events (CAMEO, PLOVER) with evidence.

Usage:
  parley code [flags] FILE|DIR|-...   code articles (text files, JSON Lines, directories, stdin)
  parley validate [--dict-dir DIR] SUITE.xml
                                      run a PETRARCH validation suite
  parley eval ARTICLES.jsonl GOLD.jsonl
                                      score coding against hand-coded gold
  parley dict check PATH...           list problems in dictionary files
  parley ingest [--db FILE] [--published DATE] FILE|DIR|-...
                                      code articles and store them in a database (default parley.db)
  parley serve [--addr HOST:PORT] [--db FILE]
                                      web UI and JSON API over the database (default 127.0.0.1:8080)

Run "parley code -h" for the flags.
`)
}

// usageError reports a command-line mistake.
func usageError(stderr io.Writer, fs *flag.FlagSet, format string, args ...any) error {
	fmt.Fprintf(stderr, "parley %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.Usage()
	return errUsage
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments ("parley code FILE --format tsv"), as users
// expect; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if rest[0] == "--" {
			return append(positional, rest[1:]...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
