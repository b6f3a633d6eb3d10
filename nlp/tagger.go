package nlp

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley"
)

//go:embed model
var modelFS embed.FS

// ModelPath is the path of the shipped model inside the package directory,
// where the traintagger tool writes it.
const ModelPath = "model/tagger.bin.gz"

// Tagger is a greedy averaged-perceptron part-of-speech tagger predicting
// Penn Treebank tags, with the lemma table learned from the same training
// data. A Tagger is read-only once built and safe for concurrent use.
type Tagger struct {
	model *modelData
	// dict maps hashString(word) of frequent unambiguous words to their tag.
	dict map[uint64]uint8
	// lowerVocab holds hashString(word) of words seen mostly in lower case.
	lowerVocab map[uint64]bool
	lemmas     *lemmatizer
	scratch    sync.Pool
}

// tagScratch is the per-call working memory of the tagger.
type tagScratch struct {
	words  []string
	ctx    []wordInfo
	tags   []uint8
	lower  []bool
	scores []int32
}

var loadEmbedded = sync.OnceValues(func() (*Tagger, error) {
	data, err := modelFS.ReadFile(ModelPath)
	if err != nil {
		return nil, fmt.Errorf("load tagger: the embedded model is missing (run the traintagger tool): %w", err)
	}
	return ReadTagger(bytes.NewReader(data))
})

// LoadTagger returns the tagger of the model embedded in the package. The
// model is decoded on the first call only; later calls return the same
// Tagger.
func LoadTagger() (*Tagger, error) {
	return loadEmbedded()
}

// ReadTagger reads a gzip-compressed model file as written by
// Tagger.WriteModel.
func ReadTagger(r io.Reader) (*Tagger, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, err
	}
	return newTagger(m), nil
}

// newTagger builds the lookup structures of a model.
func newTagger(m *modelData) *Tagger {
	t := &Tagger{
		model:      m,
		dict:       make(map[uint64]uint8, len(m.dict)),
		lowerVocab: make(map[uint64]bool, len(m.lowerVocab)),
		lemmas:     newLemmatizer(),
	}
	for _, e := range m.dict {
		t.dict[hashString(e.word)] = e.class
	}
	for _, w := range m.lowerVocab {
		t.lowerVocab[hashString(w)] = true
	}
	m.weights.index()
	for _, e := range m.exceptions {
		t.lemmas.exceptions[exceptionKey(e.word, e.tag)] = e.lemma
	}
	for c, known := range m.known {
		for _, lemma := range known {
			t.lemmas.addKnown(lemma, lemmaClass(c))
		}
	}
	t.scratch.New = func() any { return &tagScratch{scores: make([]int32, len(m.tags))} }
	return t
}

// WriteModel writes the tagger's model, gzip-compressed, to w.
func (t *Tagger) WriteModel(w io.Writer) error {
	return t.model.write(w)
}

// Tags returns the tag set, in the model's order.
func (t *Tagger) Tags() []string {
	return append([]string(nil), t.model.tags...)
}

// TagWords tags one sentence given as words and appends the tags to dst.
func (t *Tagger) TagWords(words []string, dst []string) []string {
	s := t.scratch.Get().(*tagScratch)
	defer t.scratch.Put(s)
	s.tags = t.tag(s, words, nil)
	for _, c := range s.tags {
		dst = append(dst, t.model.tags[c])
	}
	return dst
}

// TagSentence sets Tag and Lemma of the tokens of one sentence, whose spans
// index text. A headline written in title case or capitals ("Zelensky
// Says He Will Travel to Turkey") is tagged with its common words read in
// lower case, so that only names stay proper nouns.
func (t *Tagger) TagSentence(text string, tokens []parley.Token, headline bool) {
	if len(tokens) == 0 {
		return
	}
	s := t.scratch.Get().(*tagScratch)
	defer t.scratch.Put(s)
	s.words = s.words[:0]
	for _, tok := range tokens {
		s.words = append(s.words, text[tok.Start:tok.End])
	}
	var lower []bool
	if headline && isTitleCase(s.words) {
		lower = t.lowerCommonWords(s, s.words)
	}
	s.tags = t.tag(s, s.words, lower)
	for i := range tokens {
		tag := t.model.tags[s.tags[i]]
		tokens[i].Tag = tag
		tokens[i].Lemma = t.lemmas.lemma(s.words[i], tag)
	}
	clear(s.words) // drop references to text
}

// Lemma returns the lower-case lemma of word tagged tag: "met"/VBD ->
// "meet", "countries"/NNS -> "country".
func (t *Tagger) Lemma(word, tag string) string {
	return t.lemmas.lemma(word, tag)
}

// tag tags words into s.tags and returns it. lower, if not nil, marks the
// words to read in lower case.
func (t *Tagger) tag(s *tagScratch, words []string, lower []bool) []uint8 {
	s.ctx = describeSentence(s.ctx, words, lower)
	return tagGreedy(s.tags[:0], s.ctx, t.dict, &t.model.weights, s.scores)
}

// lowerCommonWords marks the capitalised words of a title-case sentence
// that are usually written in lower case.
func (t *Tagger) lowerCommonWords(s *tagScratch, words []string) []bool {
	s.lower = s.lower[:0]
	for _, w := range words {
		s.lower = append(s.lower, startsUpper(w) && t.lowerVocab[hashLower(w)])
	}
	return s.lower
}

// isTitleCase reports whether most words with letters start with a capital
// (title case or all capitals).
func isTitleCase(words []string) bool {
	letters, upper := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return letters >= 3 && upper*4 >= letters*3
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
