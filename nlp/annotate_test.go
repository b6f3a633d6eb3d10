package nlp_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/nlp"
)

// newsText is a few paragraphs of news-like text written for these tests.
const newsText = `Zelensky Says He Will Travel to Turkey for Talks With Erdogan

KYIV, May 14 (Wire) - Ukrainian President Volodymyr Zelensky announced his intention to travel to Ankara, Turkey, for discussions with President Recep Tayyip Erdogan. He said he would wait for Russian President Vladimir Putin in Istanbul on Thursday.

Kremlin spokesperson Dmitry Peskov has downplayed expectations, saying Moscow's delegation would be led by an aide. "We don't comment on who will go," Peskov told reporters. The talks would be the first direct negotiations between the two countries since the spring of 2022.

U.S. Secretary of State Marco Rubio met NATO foreign ministers in Antalya on Wednesday. Officials accused Russia of stalling, while Mr. Putin's aides insisted the 30-day ceasefire proposal was "unacceptable." The European Union threatened new sanctions if Moscow refused.

Turkish officials said they were ready to host the meeting. Police closed roads around the Dolmabahce Palace, and about 1,500 journalists had registered by Tuesday night.`

func TestAnnotate(t *testing.T) {
	a, err := nlp.NewAnnotator()
	if err != nil {
		t.Fatal(err)
	}
	doc := &parley.Doc{Text: newsText}
	a.Annotate(doc)
	if len(doc.Sentences) != 11 {
		for _, s := range doc.Sentences {
			t.Logf("%q", doc.SpanText(s.Span))
		}
		t.Fatalf("%d sentences, want 11", len(doc.Sentences))
	}
	next := 0
	for i, s := range doc.Sentences {
		if s.First != next || s.Last <= s.First {
			t.Fatalf("sentence %d covers tokens [%d, %d), want to start at %d", i, s.First, s.Last, next)
		}
		next = s.Last
		if wantHeadline := i == 0; s.Headline != wantHeadline {
			t.Errorf("sentence %d %q: Headline = %v", i, doc.SpanText(s.Span), s.Headline)
		}
		for _, tok := range doc.Tokens[s.First:s.Last] {
			if !s.Contains(tok.Span) || tok.Tag == "" || tok.Lemma == "" {
				t.Errorf("token %q %v: tag %q lemma %q, in sentence %v", doc.SpanText(tok.Span), tok.Span, tok.Tag, tok.Lemma, s.Span)
			}
		}
	}
	if next != len(doc.Tokens) {
		t.Errorf("sentences cover %d of %d tokens", next, len(doc.Tokens))
	}
	lemmas := map[string]string{}
	for i := range doc.Tokens {
		lemmas[doc.TokenText(i)] = doc.Tokens[i].Lemma
	}
	for word, want := range map[string]string{"met": "meet", "accused": "accuse", "countries": "country", "announced": "announce", "was": "be", "Says": "say"} {
		if lemmas[word] != want {
			t.Errorf("lemma of %q = %q, want %q", word, lemmas[word], want)
		}
	}
}

func TestAnnotateReusesDoc(t *testing.T) {
	a, err := nlp.NewAnnotator()
	if err != nil {
		t.Fatal(err)
	}
	doc := &parley.Doc{Text: "First text here. And more."}
	a.Annotate(doc)
	doc.Text = "Second."
	a.Annotate(doc)
	if len(doc.Sentences) != 1 || len(doc.Tokens) != 2 {
		t.Fatalf("after re-annotation: %d sentences, %d tokens", len(doc.Sentences), len(doc.Tokens))
	}
}

func TestAnnotateConcurrent(t *testing.T) {
	a, err := nlp.NewAnnotator()
	if err != nil {
		t.Fatal(err)
	}
	want := &parley.Doc{Text: newsText}
	a.Annotate(want)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				doc := &parley.Doc{Text: newsText}
				a.Annotate(doc)
				for i := range doc.Tokens {
					if doc.Tokens[i] != want.Tokens[i] {
						t.Errorf("token %d differs under concurrency", i)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Zelensky to travel to Turkey", true},
		{"Zelensky to travel to Turkey.", false},
		{"Will Putin come?", false},
		{`Putin says Russia "ready to talk"`, true},
		{`He said: "We are ready."`, false},
		{"***", false},
		{"  Indented headline  ", true},
	}
	for _, tt := range tests {
		spans := nlp.Segment(tt.text)
		if len(spans) != 1 {
			t.Fatalf("%q: %d sentences", tt.text, len(spans))
		}
		if got := nlp.IsHeadline(tt.text, spans[0]); got != tt.want {
			t.Errorf("IsHeadline(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	text := "He left. Then nothing"
	spans := nlp.Segment(text)
	if nlp.IsHeadline(text, spans[1]) {
		t.Errorf("the end of a body line is not a headline")
	}
}

func BenchmarkAnnotate(b *testing.B) {
	a, err := nlp.NewAnnotator()
	if err != nil {
		b.Fatal(err)
	}
	doc := &parley.Doc{Text: newsText}
	a.Annotate(doc)
	sentences, tokens := len(doc.Sentences), len(doc.Tokens)
	b.SetBytes(int64(len(newsText)))
	b.ResetTimer()
	for b.Loop() {
		a.Annotate(doc)
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(sentences*b.N)/secs, "sentences/s")
	b.ReportMetric(float64(tokens*b.N)/secs, "tokens/s")
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(newsText+"\n", 4)
	var toks []parley.Token
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks = nlp.Tokenize(text, parley.Span{Start: 0, End: len(text)}, toks[:0])
	}
}

func BenchmarkSegment(b *testing.B) {
	b.SetBytes(int64(len(newsText)))
	for b.Loop() {
		nlp.Segment(newsText)
	}
}
