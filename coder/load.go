package coder

import (
	"fmt"
	"sync"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/dates"
	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/dict/defaults"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/nlp"
)

// Config says which dictionaries to load and how to code.
type Config struct {
	// Dicts are PETRARCH-format dictionary files or directories loaded on
	// top of (or, with NoDefaults, instead of) the embedded defaults.
	Dicts      []string
	NoDefaults bool
	// Historical keeps background events dated well before publication.
	Historical bool
	// RequireTarget drops events without a target (see Options).
	RequireTarget bool
	// Literal codes patterns as PETRARCH does (see Options).
	Literal bool
	// NewActorLength is PETRARCH's new_actor_length (see Options).
	NewActorLength int
}

// LoadDictionaries reads the embedded default dictionaries (unless
// NoDefaults) and the given ones. Problems are malformed entries that were
// skipped; the error is for files that could not be read at all.
func LoadDictionaries(cfg Config) (*dict.Dictionary, error) {
	d := dict.New(splitPhrase)
	if !cfg.NoDefaults {
		if err := d.LoadFS(defaults.FS, ".", true); err != nil {
			return nil, fmt.Errorf("load default dictionaries: %w", err)
		}
	}
	for _, p := range cfg.Dicts {
		if err := d.LoadPath(p); err != nil {
			return d, fmt.Errorf("load dictionary: %w", err)
		}
	}
	d.CheckSynsets()
	return d, nil
}

// splitPhrase splits a dictionary phrase into words as articles are
// tokenized, so "U.S." or "Ben-Gvir" match the same tokens.
func splitPhrase(p string) []string {
	toks := nlp.Tokenize(p, parley.Span{Start: 0, End: len(p)}, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = p[t.Start:t.End]
	}
	return out
}

// Load builds a coder from a configuration: the text annotator and the
// dictionaries, loaded once. It returns the dictionary problems found.
func Load(cfg Config) (*Coder, []dict.Problem, error) {
	// The parser model takes as long to load as the dictionaries; on a
	// machine with two cores they load side by side.
	type parserResult struct {
		p   *nlp.Parser
		err error
	}
	parserDone := make(chan parserResult, 1)
	go func() {
		p, err := nlp.LoadParser()
		parserDone <- parserResult{p, err}
	}()
	d, err := LoadDictionaries(cfg)
	if err != nil {
		if d != nil {
			return nil, d.Problems, err
		}
		return nil, nil, err
	}
	a, err := nlp.NewAnnotator()
	if err != nil {
		return nil, d.Problems, fmt.Errorf("load text models: %w", err)
	}
	parsed := <-parserDone
	if parsed.err != nil {
		return nil, d.Problems, fmt.Errorf("load text models: %w", parsed.err)
	}
	opts := Options{Parser: parsed.p, Historical: cfg.Historical, RequireTarget: cfg.RequireTarget, Literal: cfg.Literal, NewActorLength: cfg.NewActorLength, Dates: dates.Resolver{}}
	// The gazetteer is built from a registry package at build time; a
	// binary built without it still codes, with places by country only.
	if g, err := geo.Load(); err == nil {
		opts.Gazetteer = g
	}
	c := New(a, d, opts)
	return c, d.Problems, nil
}

var (
	defaultOnce  sync.Once
	defaultCoder *Coder
	defaultErr   error
)

// CodeArticle codes one article with the default dictionaries, loading
// them on first use: the one-call entry point for Go programs.
func CodeArticle(a *parley.Article) ([]parley.Event, error) {
	defaultOnce.Do(func() {
		defaultCoder, _, defaultErr = Load(Config{RequireTarget: true})
	})
	if defaultErr != nil {
		return nil, defaultErr
	}
	_, events := defaultCoder.Code(a)
	return events, nil
}
