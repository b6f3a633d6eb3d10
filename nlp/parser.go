package nlp

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
)

// ParserModelPath is the path of the shipped parser model inside the
// package directory, where the trainparser tool writes it.
const ParserModelPath = "model/parser.bin"

// parserMagic starts a parser model file; after it come the relation names
// (so that a model built with another relation set is refused) and the
// weights, encoded as in the tagger model. The file is not compressed: its
// hashed keys and weights barely compress, and inflating them took longer
// than everything else in loading the parser.
const parserMagic = "parley-parser/1\n"

// Parser is a greedy transition-based dependency parser (the arc-hybrid
// system, trained with a dynamic oracle as an averaged perceptron) over
// words and their Penn Treebank tags, predicting Universal Dependencies
// heads and coarse relations. A Parser is read-only once built and safe for
// concurrent use.
type Parser struct {
	weights weightTable
	scratch sync.Pool
}

var loadEmbeddedParser = sync.OnceValues(func() (*Parser, error) {
	data, err := modelFS.ReadFile(ParserModelPath)
	if err != nil {
		return nil, fmt.Errorf("load parser: the embedded model is missing (run the trainparser tool): %w", err)
	}
	return ReadParser(bytes.NewReader(data))
})

// LoadParser returns the parser of the model embedded in the package. The
// model is decoded on the first call only; later calls return the same
// Parser.
func LoadParser() (*Parser, error) {
	return loadEmbeddedParser()
}

// newParser returns a parser over w, indexed for lookups.
func newParser(w weightTable) *Parser {
	p := &Parser{weights: w}
	p.weights.index()
	p.scratch.New = func() any { return &parseState{scores: make([]int32, numMoves)} }
	return p
}

// ReadParser reads a model file as written by Parser.WriteModel.
func ReadParser(r io.Reader) (*Parser, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	d := decoder{buf: raw}
	if string(d.bytes(len(parserMagic))) != parserMagic {
		return nil, errors.New("read parser model: not a parley parser model")
	}
	names := d.strings()
	var w weightTable
	d.weights(&w)
	if d.err != nil {
		return nil, fmt.Errorf("read parser model: %w", d.err)
	}
	if len(d.buf) != 0 {
		return nil, errors.New("read parser model: trailing data")
	}
	if len(names) != int(numRels) {
		return nil, fmt.Errorf("read parser model: %d relations, want %d", len(names), numRels)
	}
	for r, name := range names {
		if name != relNames[r] {
			return nil, fmt.Errorf("read parser model: relation %d is %q, want %q", r, name, relNames[r])
		}
	}
	for _, c := range w.classes {
		if int(c) >= numMoves {
			return nil, errors.New("read parser model: weight for an unknown move")
		}
	}
	return newParser(w), nil
}

// WriteModel writes the parser's model to w.
func (p *Parser) WriteModel(w io.Writer) error {
	b := []byte(parserMagic)
	b = appendStrings(b, relNames[:])
	b = p.weights.appendTo(b)
	_, err := w.Write(b)
	return err
}

// Tree is the dependency tree of one sentence: for each word the index of
// its head (-1 for the root of the sentence) and its relation to the head.
type Tree struct {
	Heads []int
	Rels  []Rel
}

// Parse parses one sentence given as its words and their Penn Treebank tags
// and returns its tree, reusing the slices of dst.
func (p *Parser) Parse(words, tags []string, dst Tree) Tree {
	st := p.scratch.Get().(*parseState)
	defer p.scratch.Put(st)
	st.reset(words, tags)
	for !st.done() {
		st.features()
		clear(st.scores)
		p.weights.addScores(st.feats[:], st.scores)
		st.apply(st.bestValid(st.scores))
	}
	dst.Heads = dst.Heads[:0]
	dst.Rels = dst.Rels[:0]
	for i := range st.n {
		h := int(st.heads[i])
		if h == st.n || h < 0 {
			h = -1
		}
		dst.Heads = append(dst.Heads, h)
		dst.Rels = append(dst.Rels, st.rels[i])
	}
	return dst
}

// AttachmentScores parses sents with their own tags and returns the share
// of words given their gold head (unlabelled attachment score) and their
// gold head and coarse relation (labelled attachment score), punctuation
// included.
func (p *Parser) AttachmentScores(sents []TaggedSentence) (uas, las float64) {
	var tree Tree
	heads, labelled, total := 0, 0, 0
	for _, s := range sents {
		tree = p.Parse(s.Words, s.Tags, tree)
		for i, h := range tree.Heads {
			total++
			if h == s.Heads[i] {
				heads++
				if tree.Rels[i] == RelOf(s.Rels[i]) {
					labelled++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(heads) / float64(total), float64(labelled) / float64(total)
}
