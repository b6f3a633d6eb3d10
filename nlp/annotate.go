package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley"
)

// Annotator segments, tokenizes, tags and lemmatizes documents. It holds
// only read-only data once built, so one Annotator may annotate documents
// on any number of goroutines at once.
type Annotator struct {
	tagger *Tagger
}

// NewAnnotator returns an Annotator using the embedded tagger model, which
// is loaded on the first call.
func NewAnnotator() (*Annotator, error) {
	t, err := LoadTagger()
	if err != nil {
		return nil, err
	}
	return NewAnnotatorWithTagger(t), nil
}

// NewAnnotatorWithTagger returns an Annotator using t.
func NewAnnotatorWithTagger(t *Tagger) *Annotator {
	return &Annotator{tagger: t}
}

// Tagger returns the tagger the Annotator uses.
func (a *Annotator) Tagger() *Tagger { return a.tagger }

// Annotate replaces doc.Sentences and doc.Tokens with the sentences and
// tagged, lemmatized tokens of doc.Text. A sentence that is a whole line
// without final punctuation is marked Headline.
func (a *Annotator) Annotate(doc *parley.Doc) {
	text := doc.Text
	spans := appendSegments(nil, text)
	doc.Sentences = doc.Sentences[:0]
	doc.Tokens = doc.Tokens[:0]
	for _, span := range spans {
		first := len(doc.Tokens)
		doc.Tokens = Tokenize(text, span, doc.Tokens)
		headline := IsHeadline(text, span)
		doc.Sentences = append(doc.Sentences, parley.Sentence{
			Span:     span,
			First:    first,
			Last:     len(doc.Tokens),
			Headline: headline,
		})
		a.tagger.TagSentence(text, doc.Tokens[first:], headline)
	}
}

// IsHeadline reports whether the sentence span of text is a headline: a
// whole line with a letter in it that does not end with . ! ? or an
// ellipsis (possibly followed by closing quotes or brackets).
func IsHeadline(text string, span parley.Span) bool {
	start, end := clipSpan(span, len(text))
	line := text[start:end]
	if !strings.ContainsFunc(line, unicode.IsLetter) {
		return false
	}
	if before := strings.LastIndexByte(text[:start], '\n'); strings.TrimSpace(text[before+1:start]) != "" {
		return false
	}
	after := strings.IndexByte(text[end:], '\n')
	if after < 0 {
		after = len(text) - end
	}
	if strings.TrimSpace(text[end:end+after]) != "" {
		return false
	}
	for line != "" {
		r, n := utf8.DecodeLastRuneInString(line)
		if !isClosingPunct(r) {
			return !isTerminator(r)
		}
		line = line[:len(line)-n]
	}
	return true
}
