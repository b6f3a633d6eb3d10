// Package parley holds the domain types of the parley event coder: articles
// in, documents with byte-offset annotations, and coded political events out.
// It imports nothing from the project; adapters and stages build on it.
package parley

import (
	"errors"
	"fmt"
	"time"
)

// Article is one news story as a source yields it. Only Text is required.
type Article struct {
	ID        string    `json:"id,omitempty"`
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	Published time.Time `json:"-"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	// Origin names where the article came from (file and line) for messages.
	Origin string `json:"-"`
}

// Span is a half-open byte range [Start, End) into a Doc's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Token is one word or punctuation mark of a Doc, pointing into its text.
type Token struct {
	Span
	// Tag is the Penn Treebank part-of-speech tag (NN, VBD, ...).
	Tag string
	// Lemma is the lower-case dictionary form ("met" -> "meet").
	Lemma string
}

// Sentence is a unit of coding: a headline, a line or a sentence of the body.
type Sentence struct {
	Span
	// First and Last delimit the sentence's tokens in Doc.Tokens: [First, Last).
	First, Last int
	// Headline marks the article's title and title-like lines.
	Headline bool
}

// Diagnostic is a non-fatal problem found while coding a Doc, with its place,
// so that "why was nothing coded here?" has an answer.
type Diagnostic struct {
	Span
	Stage   string `json:"stage"`
	Message string `json:"message"`
}

// Doc owns an article's text and every annotation made on it. Annotations are
// spans into Text; nothing keeps a detached copy of the text.
type Doc struct {
	Article   *Article
	Text      string
	Sentences []Sentence
	Tokens    []Token
	// Diagnostics collects non-fatal problems found by the stages.
	Diagnostics []Diagnostic
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// SpanText returns the text a span covers.
func (d *Doc) SpanText(s Span) string { return d.Text[s.Start:s.End] }

// Diagnose records a non-fatal problem found by a stage.
func (d *Doc) Diagnose(stage string, at Span, format string, args ...any) {
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: at, Stage: stage, Message: fmt.Sprintf(format, args...)})
}

// StageFailure is the diagnostic stage of a document whose coding failed:
// its events, if any, are not to be trusted.
const StageFailure = "failure"

// Err returns the failure that stopped the coding of the document, if any.
func (d *Doc) Err() error {
	for _, dg := range d.Diagnostics {
		if dg.Stage == StageFailure {
			return errors.New(dg.Message)
		}
	}
	return nil
}

// Annotator fills a Doc with sentences and tokens carrying part-of-speech
// tags and lemmas. Implementations are loaded once and safe for concurrent
// use.
type Annotator interface {
	Annotate(doc *Doc)
}
