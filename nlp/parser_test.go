package nlp_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley/nlp"
)

func loadParser(t testing.TB) *nlp.Parser {
	t.Helper()
	start := time.Now()
	p, err := nlp.LoadParser()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("parser loaded in %s", time.Since(start))
	return p
}

// readEWT reads one split of UD English EWT, skipping the test when the
// treebank is not beside the repository.
func readEWT(t testing.TB, split string) []nlp.TaggedSentence {
	t.Helper()
	f, err := os.Open(filepath.Join(ewtDir, "en_ewt-ud-"+split+".conllu"))
	if err != nil {
		t.Skipf("UD English EWT not found at %s; skipping", ewtDir)
	}
	defer f.Close()
	sents, err := nlp.ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// TestParserAccuracy measures attachment scores on the EWT test split,
// which training never sees, with the shipped tagger's tags (as parley runs)
// and with gold tags.
func TestParserAccuracy(t *testing.T) {
	sents := readEWT(t, "test")
	p := loadParser(t)
	goldUAS, goldLAS := p.AttachmentScores(sents)
	tagger := loadTagger(t)
	for i := range sents {
		sents[i].Tags = tagger.TagWords(sents[i].Words, nil)
	}
	uas, las := p.AttachmentScores(sents)
	t.Logf("EWT test, %d sentences: predicted tags UAS %.2f%% LAS %.2f%%; gold tags UAS %.2f%% LAS %.2f%%",
		len(sents), 100*uas, 100*las, 100*goldUAS, 100*goldLAS)
	if uas < 0.83 || las < 0.79 {
		t.Errorf("UAS %.4f, LAS %.4f with predicted tags; want at least 0.83 and 0.79", uas, las)
	}
}

// TestParseNews checks the relations the coder reads (subject, object,
// relative clause, coordination) on news sentences written here.
func TestParseNews(t *testing.T) {
	p := loadParser(t)
	tagger := loadTagger(t)
	tests := []struct {
		sentence string
		// want lists "dependent rel head" triples that must hold.
		want []string
	}{
		{"Zelensky accused Putin of displaying fear .", []string{"Zelensky nsubj accused", "Putin obj accused"}},
		{"The foreign ministers of Chile and Peru signed an agreement in Lima on Tuesday .",
			[]string{"ministers nsubj signed", "agreement obj signed", "Tuesday obl signed"}},
		{"Police fired tear gas at students who blocked the main road .",
			[]string{"Police nsubj fired", "blocked acl:relcl students", "who nsubj blocked"}},
		{"The army rejected the accusation and accused the rebels of breaking the truce .",
			[]string{"army nsubj rejected", "accused conj rejected", "rebels obj accused"}},
		{"Two journalists were detained by police in Harare .",
			[]string{"journalists nsubj:pass detained", "police obl:agent detained"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		tree := p.Parse(words, tagger.TagWords(words, nil), nlp.Tree{})
		got := map[string]bool{}
		for i, h := range tree.Heads {
			head := "ROOT"
			if h >= 0 {
				head = words[h]
			}
			got[words[i]+" "+tree.Rels[i].String()+" "+head] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no %q in %v", tt.sentence, w, got)
			}
		}
	}
}

// TestParseIsATree checks, on random word salads, that every word gets one
// head inside the sentence, that following heads always reaches the root,
// and that nothing panics, whatever the input.
func TestParseIsATree(t *testing.T) {
	p := loadParser(t)
	tagger := loadTagger(t)
	vocab := strings.Fields(`the of police , . said protesters "  ( ) who and
		fired met Russia 's talks in to be was not 2026 — rebels attacked
		Kyiv' ? ! ; : a an it they their`)
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 60; n++ {
		words := make([]string, n)
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		tree := p.Parse(words, tagger.TagWords(words, nil), nlp.Tree{})
		if len(tree.Heads) != n || len(tree.Rels) != n {
			t.Fatalf("%d words: tree of %d heads, %d relations", n, len(tree.Heads), len(tree.Rels))
		}
		for i := range words {
			seen := 0
			for k := i; k >= 0; k = tree.Heads[k] {
				if tree.Heads[k] < -1 || tree.Heads[k] >= n || seen > n {
					t.Fatalf("%q: word %d does not reach the root (heads %v)", words, i, tree.Heads)
				}
				seen++
			}
		}
	}
}

func TestReadParserRejectsOtherModels(t *testing.T) {
	if _, err := nlp.ReadParser(strings.NewReader("not a model")); err == nil {
		t.Error("ReadParser accepted garbage")
	}
	var buf strings.Builder
	if err := loadTagger(t).WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := nlp.ReadParser(strings.NewReader(buf.String()))
	if err == nil || !strings.Contains(err.Error(), "not a parley parser model") {
		t.Errorf("ReadParser on the tagger model: %v", err)
	}
}

func TestTrainParserRoundTrip(t *testing.T) {
	sents := []nlp.TaggedSentence{
		{Words: []string{"Police", "detained", "students", "."}, Tags: []string{"NNS", "VBD", "NNS", "."},
			Heads: []int{1, -1, 1, 1}, Rels: []string{"nsubj", "root", "obj", "punct"}},
		{Words: []string{"Rebels", "attacked", "the", "town", "."}, Tags: []string{"NNS", "VBD", "DT", "NN", "."},
			Heads: []int{1, -1, 3, 1, 1}, Rels: []string{"nsubj", "root", "det", "obj", "punct"}},
	}
	p, err := nlp.TrainParser(sents, nlp.ParserTrainConfig{Iterations: 10, MinWeight: 0.01})
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	if err := p.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := nlp.ReadParser(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		before := p.Parse(s.Words, s.Tags, nlp.Tree{})
		after := again.Parse(s.Words, s.Tags, nlp.Tree{})
		for i := range s.Words {
			if before.Heads[i] != s.Heads[i] || nlp.RelOf(s.Rels[i]) != before.Rels[i] {
				t.Errorf("%v: word %d parsed %d %s, trained on %d %s", s.Words, i, before.Heads[i], before.Rels[i], s.Heads[i], s.Rels[i])
			}
			if after.Heads[i] != before.Heads[i] || after.Rels[i] != before.Rels[i] {
				t.Errorf("%v: word %d parsed differently after the round trip", s.Words, i)
			}
		}
	}
	bad := []nlp.TaggedSentence{{Words: []string{"a"}, Tags: []string{"DT"}, Heads: []int{5}, Rels: []string{"root"}}}
	if _, err := nlp.TrainParser(bad, nlp.ParserTrainConfig{}); err == nil {
		t.Error("TrainParser accepted a head outside the sentence")
	}
}

func TestRelOf(t *testing.T) {
	for name, want := range map[string]nlp.Rel{
		"nsubj": nlp.RelNsubj, "nsubj:pass": nlp.RelNsubjPass, "nsubj:outer": nlp.RelNsubj,
		"obl:tmod": nlp.RelObl, "obl:agent": nlp.RelAgent, "acl:relcl": nlp.RelRelcl,
		"csubj:pass": nlp.RelCsubj, "advcl:relcl": nlp.RelAdvcl, "discourse": nlp.RelDep, "nmod:poss": nlp.RelPoss,
	} {
		if got := nlp.RelOf(name); got != want {
			t.Errorf("RelOf(%q) = %s, want %s", name, got, want)
		}
	}
}

// BenchmarkParse measures parsing alone, on the EWT test split with the
// shipped tagger's tags; it reports sentences per second.
func BenchmarkParse(b *testing.B) {
	sents := readEWT(b, "test")
	p := loadParser(b)
	tagger := loadTagger(b)
	for i := range sents {
		sents[i].Tags = tagger.TagWords(sents[i].Words, nil)
	}
	var tree nlp.Tree
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		for _, s := range sents {
			tree = p.Parse(s.Words, s.Tags, tree)
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/time.Since(start).Seconds(), "sentences/s")
}
