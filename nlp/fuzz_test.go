package nlp_test

import (
	"testing"
	"unicode/utf8"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/nlp"
)

// FuzzSegmentTokenize checks that segmentation and tokenization never
// panic and always return ordered, non-empty, in-bounds spans that start
// and end on rune boundaries.
func FuzzSegmentTokenize(f *testing.F) {
	for _, seed := range []string{
		"",
		"Talks resumed. Both sides attended.",
		"Mr. Putin met Gen. Smith in the U.S. The next day he left.",
		"don't can't won't Russia's countries' 30-day U.S.-led",
		"“Yes,” he said… (AP) $5.5bn, 12%—and/or 9/11 :-) https://x.org/a.",
		"'''...---***!!??",
		"Erdoğan’s visit\u00a0to Kyiv\r\n\r\nHEADLINE",
		"\xff\xfe broken \xc3 utf-8 .'",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, s := range nlp.Segment(text) {
			checkSpan(t, text, s, end)
			end = s.End
			toks := nlp.Tokenize(text, s, nil)
			tokEnd := s.Start
			for _, tok := range toks {
				checkSpan(t, text, tok.Span, tokEnd)
				if !s.Contains(tok.Span) {
					t.Fatalf("token %v outside its sentence %v", tok.Span, s)
				}
				tokEnd = tok.End
			}
		}
		nlp.Tokenize(text, parley.Span{Start: 0, End: len(text)}, nil)
	})
}

func checkSpan(t *testing.T, text string, s parley.Span, after int) {
	t.Helper()
	if s.Start < after || s.End <= s.Start || s.End > len(text) {
		t.Fatalf("bad span %v (previous ended at %d, text has %d bytes)", s, after, len(text))
	}
	if validUTF8 := utf8.ValidString(text); validUTF8 {
		if !utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("span %v splits a rune in %q", s, text)
		}
	}
}
