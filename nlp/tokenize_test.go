package nlp_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/nlp"
)

// words tokenizes text as one span and returns the token texts, checking
// that the offsets are valid and ordered.
func words(t *testing.T, text string) []string {
	t.Helper()
	toks := nlp.Tokenize(text, parley.Span{Start: 0, End: len(text)}, nil)
	var got []string
	end := 0
	for _, tok := range toks {
		if tok.Start < end || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("Tokenize(%q): bad span %v after %d", text, tok.Span, end)
		}
		end = tok.End
		got = append(got, text[tok.Start:tok.End])
	}
	return got
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens separated by single spaces
	}{
		{"", ""},
		{"Talks resumed.", "Talks resumed ."},
		{"the Prince of Dol_Amroth.", "the Prince of Dol Amroth ."},
		{"_x snake_case_ mail a_b@example.org", "_x snake case_ mail a_b@example.org"},
		{"Ankara, Turkey, on Monday", "Ankara , Turkey , on Monday"},
		{"don't can't won't isn't", "do n't ca n't wo n't is n't"},
		{"DON'T", "DO N'T"},
		{"it's we're I've they'll she'd I'm", "it 's we 're I 've they 'll she 'd I 'm"},
		{"Russia's countries' Jones’s", "Russia 's countries ' Jones ’s"},
		{"don’t", "do n’t"},
		{"cannot gonna", "can not gon na"},
		{"O'Neill Qa'ida", "O'Neill Qa'ida"},
		{"the 1990's and '90s", "the 1990's and '90s"},
		{"the M23's fighters and the G7's leaders", "the M23 's fighters and the G7 's leaders"},
		{"Mr. Putin and Gen. Smith", "Mr. Putin and Gen. Smith"},
		{"the U.S. and U.N. officials", "the U.S. and U.N. officials"},
		{"in the U.S.", "in the U.S."},
		{"on Jan. 5", "on Jan. 5"},
		{"No. 5 and said no.", "No. 5 and said no ."},
		{"because of X.", "because of X ."},
		{"John F. Kennedy", "John F. Kennedy"},
		{"etc.", "etc."},
		{"3.5 percent and 1,000 troops", "3.5 percent and 1,000 troops"},
		{"$5.5 billion, 12% and €30", "$ 5.5 billion , 12 % and € 30"},
		{"US$4.5 billion", "US$ 4.5 billion"},
		{"a 30-day ceasefire", "a 30 - day ceasefire"},
		{"non-violent e-mail anti-war mid-July", "non-violent e-mail anti-war mid-July"},
		{"self-defense U.S.-led", "self - defense U.S. - led"},
		{"pro-Russian mother-in-law's", "pro-Russian mother - in - law 's"},
		{"1969-1970 call 555-1234", "1969 - 1970 call 555-1234"},
		{"peace--for now", "peace -- for now"},
		{"peace—for now – maybe", "peace — for now – maybe"},
		{"and/or 9/11", "and / or 9/11"},
		{`He said: "No way."`, `He said : " No way . "`},
		{"“Yes,” he said.", "“ Yes , ” he said ."},
		{"‘Why?’", "‘ Why ? ’"},
		{"(AP) [sic] {x}", "( AP ) [ sic ] { x }"},
		{"Really?! Wait...", "Really ?! Wait ..."},
		{"and...then", "and ... then"},
		{"5km 10pm 20th 1990s 3bn", "5 km 10 pm 20th 1990s 3 bn"},
		{"see https://example.org/a-b. Or mail a.b@example.com.", "see https://example.org/a-b . Or mail a.b@example.com ."},
		{"www.example.com,", "www.example.com ,"},
		{":-) ok", ":-) ok"},
		{"Erdoğan’s visit to Kyiv", "Erdoğan ’s visit to Kyiv"},
		{"Zürich-based", "Zürich - based"},
		{"tab\tand\u00a0nbsp", "tab and nbsp"},
	}
	for _, tt := range tests {
		got := words(t, tt.text)
		var want []string
		if tt.want != "" {
			want = strings.Split(tt.want, " ")
		}
		if !slices.Equal(got, want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.text, got, want)
		}
	}
}

func TestTokenizeSpan(t *testing.T) {
	text := "Ignore this. Talks in Kyiv's centre began. Ignore that."
	start := strings.Index(text, "Talks")
	end := strings.Index(text, " Ignore that")
	toks := nlp.Tokenize(text, parley.Span{Start: start, End: end}, nil)
	var got []string
	for _, tok := range toks {
		got = append(got, text[tok.Start:tok.End])
	}
	want := []string{"Talks", "in", "Kyiv", "'s", "centre", "began", "."}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if toks[0].Start != start || toks[len(toks)-1].End != end {
		t.Errorf("offsets %d..%d, want %d..%d", toks[0].Start, toks[len(toks)-1].End, start, end)
	}
}

func TestTokenizeAppends(t *testing.T) {
	text := "One two"
	dst := nlp.Tokenize(text, parley.Span{Start: 0, End: 3}, nil)
	dst = nlp.Tokenize(text, parley.Span{Start: 4, End: 7}, dst)
	if len(dst) != 2 || text[dst[1].Start:dst[1].End] != "two" {
		t.Fatalf("got %v", dst)
	}
}

func TestTokenizeClipsSpan(t *testing.T) {
	text := "short"
	for _, span := range []parley.Span{{Start: -3, End: 99}, {Start: 4, End: 2}, {Start: 10, End: 20}} {
		for _, tok := range nlp.Tokenize(text, span, nil) {
			if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
				t.Errorf("span %v: bad token %v", span, tok.Span)
			}
		}
	}
}

func TestTokenizeAllocations(t *testing.T) {
	text := "Ukrainian President Volodymyr Zelensky announced his intention to travel to Ankara, Turkey, for talks with Erdogan's team; they don't expect a U.S.-brokered deal."
	dst := make([]parley.Token, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		dst = nlp.Tokenize(text, parley.Span{Start: 0, End: len(text)}, dst[:0])
	})
	if allocs != 0 {
		t.Errorf("Tokenize allocated %.1f times per run, want 0", allocs)
	}
}
