package nlp_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/nlp"
)

// ewtDir is the UD English EWT treebank, relative to this package.
var ewtDir = filepath.Join("..", "..", "shared", "data", "ud-english-ewt")

func loadTagger(t testing.TB) *nlp.Tagger {
	t.Helper()
	tagger, err := nlp.LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	return tagger
}

func TestLoadTagger(t *testing.T) {
	start := time.Now()
	a, err := nlp.LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model loaded in %s", time.Since(start))
	b, err := nlp.LoadTagger()
	if err != nil || a != b {
		t.Fatalf("second LoadTagger = %p, %v; want the same tagger", b, err)
	}
	if tags := a.Tags(); len(tags) < 45 {
		t.Fatalf("%d tags, want the Penn tag set", len(tags))
	}
}

func TestReadTaggerRejectsGarbage(t *testing.T) {
	if _, err := nlp.ReadTagger(strings.NewReader("not a model")); err == nil {
		t.Fatal("ReadTagger accepted garbage")
	}
}

// TestTaggerAccuracy measures tagging accuracy on the EWT test split with
// gold tokenization.
func TestTaggerAccuracy(t *testing.T) {
	f, err := os.Open(filepath.Join(ewtDir, "en_ewt-ud-test.conllu"))
	if os.IsNotExist(err) {
		t.Skipf("UD English EWT not found at %s; skipping the accuracy test", ewtDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := nlp.ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	tagger := loadTagger(t)
	correct, total := 0, 0
	var tags []string
	for _, s := range sents {
		tags = tagger.TagWords(s.Words, tags[:0])
		for i, tag := range tags {
			if tag == s.Tags[i] {
				correct++
			}
			total++
		}
	}
	acc := float64(correct) / float64(total)
	t.Logf("EWT test: %d/%d tokens tagged correctly (%.2f%%)", correct, total, 100*acc)
	if acc < 0.94 {
		t.Errorf("accuracy %.4f, want at least 0.94", acc)
	}
}

func TestTagNews(t *testing.T) {
	tagger := loadTagger(t)
	tests := []struct {
		text string
		want string
	}{
		{
			"Ukrainian President Volodymyr Zelensky announced his intention to travel to Ankara , Turkey , for discussions with President Recep Tayyip Erdogan .",
			"JJ NNP NNP NNP VBD PRP$ NN TO VB IN NNP , NNP , IN NNS IN NNP NNP NNP NNP .",
		},
		{
			"Kremlin spokesperson Dmitry Peskov has downplayed expectations",
			"NNP NN NNP NNP VBZ VBN NNS",
		},
	}
	for _, tt := range tests {
		got := strings.Join(tagger.TagWords(strings.Fields(tt.text), nil), " ")
		if got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

func TestTagSentenceTitleCaseHeadline(t *testing.T) {
	tagger := loadTagger(t)
	text := "Zelensky Says He Will Travel to Turkey for Talks"
	toks := nlp.Tokenize(text, parley.Span{Start: 0, End: len(text)}, nil)
	tagger.TagSentence(text, toks, true)
	want := []string{"NNP", "VBZ", "PRP", "MD", "VB", "IN", "NNP", "IN", "NNS"}
	for i, tok := range toks {
		if tok.Tag != want[i] {
			t.Errorf("%s: tag %s, want %s", text[tok.Start:tok.End], tok.Tag, want[i])
		}
	}
	if toks[1].Lemma != "say" || toks[8].Lemma != "talk" {
		t.Errorf("lemmas %q %q, want say, talk", toks[1].Lemma, toks[8].Lemma)
	}
}

func TestTaggerConcurrent(t *testing.T) {
	tagger := loadTagger(t)
	words := strings.Fields("The talks in Istanbul ended without an agreement , officials said .")
	want := strings.Join(tagger.TagWords(words, nil), " ")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := strings.Join(tagger.TagWords(words, nil), " "); got != want {
					t.Errorf("concurrent tagging gave %s, want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestTrainTaggerRoundTrip(t *testing.T) {
	sents := []nlp.TaggedSentence{
		{Words: []string{"Talks", "resumed", "."}, Tags: []string{"NNS", "VBD", "."}, Lemmas: []string{"talk", "resume", "."}},
		{Words: []string{"Officials", "met", "."}, Tags: []string{"NNS", "VBD", "."}, Lemmas: []string{"official", "meet", "."}},
	}
	tagger, err := nlp.TrainTagger(sents, nlp.TrainConfig{Iterations: 5})
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	if err := tagger.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := nlp.ReadTagger(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Officials", "resumed", "."}
	got, want := again.TagWords(words, nil), tagger.TagWords(words, nil)
	if strings.Join(got, " ") != strings.Join(want, " ") || want[1] != "VBD" {
		t.Errorf("tags after round trip %v, before %v", got, want)
	}
	if lemma := again.Lemma("met", "VBD"); lemma != "meet" {
		t.Errorf("Lemma(met) = %q after round trip", lemma)
	}
}
