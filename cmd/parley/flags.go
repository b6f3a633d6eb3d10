package main

import (
	"flag"
	"io"
	"runtime"

	"github.com/parley-events/parley/source"

	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/dict"
)

// coderFlags are the flags of every command that codes articles: which
// dictionaries to load and whether to keep background events.
type coderFlags struct {
	dicts      stringList
	noDefaults *bool
	historical *bool
}

// addCoderFlags declares the coding flags on fs.
func addCoderFlags(fs *flag.FlagSet) *coderFlags {
	f := &coderFlags{}
	fs.Var(&f.dicts, "dict", "a PETRARCH-format dictionary file or directory to load (repeatable)")
	f.noDefaults = fs.Bool("no-default-dicts", false, "use only the dictionaries given with --dict")
	f.historical = fs.Bool("historical", false, "include events the article dates well before publication")
	return f
}

// load builds the coder, passing each malformed dictionary entry to warn.
func (f *coderFlags) load(warn func(dict.Problem)) (*coder.Coder, error) {
	cd, problems, err := coder.Load(coder.Config{Dicts: f.dicts, NoDefaults: *f.noDefaults, Historical: *f.historical, RequireTarget: true})
	for _, p := range problems {
		warn(p)
	}
	return cd, err
}

// parseInputs parses the flags and the input paths of a command that reads
// articles; it asks for at least one path.
func parseInputs(fs *flag.FlagSet, stderr io.Writer, args []string) ([]string, error) {
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return nil, err
		}
		return nil, errUsage
	}
	if len(paths) == 0 {
		return nil, usageError(stderr, fs, "no input: give files, directories or - for standard input")
	}
	return paths, nil
}

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	published *string
	workers   *int
}

// addInputFlags declares the reading flags on fs.
func addInputFlags(fs *flag.FlagSet) *inputFlags {
	return &inputFlags{
		published: fs.String("published", "", "publication date (YYYY-MM-DD) of articles that carry none"),
		workers:   fs.Int("workers", runtime.GOMAXPROCS(0), "articles coded at once"),
	}
}

// reader checks the flags and returns the article reader they ask for.
func (f *inputFlags) reader(fs *flag.FlagSet, stdin io.Reader, stderr io.Writer) (*source.Reader, error) {
	r := &source.Reader{Stdin: stdin}
	if *f.published != "" {
		t, err := source.ParseDate(*f.published)
		if err != nil {
			return nil, usageError(stderr, fs, "--published: %v", err)
		}
		r.Published = t
	}
	if *f.workers < 1 {
		return nil, usageError(stderr, fs, "--workers must be at least 1")
	}
	return r, nil
}
