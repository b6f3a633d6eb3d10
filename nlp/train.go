package nlp

import (
	"cmp"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrainConfig sets the options of TrainTagger. Zero values select the
// defaults.
type TrainConfig struct {
	// Iterations is the number of passes over the training data (default 10).
	Iterations int
	// Seed seeds the shuffling of the sentences between passes.
	Seed uint64
	// MinWeight drops averaged weights of smaller magnitude (default 0.05).
	MinWeight float64
	// DictMinCount and DictMinShare select the words tagged from the tag
	// dictionary: seen at least DictMinCount times (default 20) with one tag
	// at least DictMinShare of the time (default 0.97).
	DictMinCount int
	DictMinShare float64
	// Progress, if not nil, is called after each pass with its accuracy on
	// the training data.
	Progress func(iteration int, accuracy float64)
}

func (c *TrainConfig) setDefaults() {
	if c.Iterations <= 0 {
		c.Iterations = 10
	}
	if c.MinWeight <= 0 {
		c.MinWeight = 0.05
	}
	if c.DictMinCount <= 0 {
		c.DictMinCount = 20
	}
	if c.DictMinShare <= 0 {
		c.DictMinShare = 0.97
	}
}

// TrainTagger trains a tagger, and the lemma table that comes with it, on
// gold-standard sentences (the UD English EWT training split for the
// shipped model). Sentences without lemmas train the tagger only.
func TrainTagger(sents []TaggedSentence, cfg TrainConfig) (*Tagger, error) {
	cfg.setDefaults()
	for _, s := range sents {
		if len(s.Tags) != len(s.Words) || (s.Lemmas != nil && len(s.Lemmas) != len(s.Words)) {
			return nil, errors.New("train tagger: words, tags and lemmas differ in length")
		}
	}
	m := &modelData{tags: collectTags(sents)}
	if len(m.tags) == 0 {
		return nil, errors.New("train tagger: no training data")
	}
	if len(m.tags) >= startTag {
		return nil, errors.New("train tagger: too many tags")
	}
	classOf := make(map[string]uint8, len(m.tags))
	for i, tag := range m.tags {
		classOf[tag] = uint8(i)
	}
	m.dict = buildTagDict(sents, classOf, cfg)
	dict := make(map[uint64]uint8, len(m.dict))
	for _, e := range m.dict {
		dict[hashString(e.word)] = e.class
	}
	m.lowerVocab = buildLowerVocab(sents)
	m.weights = trainWeights(sents, classOf, dict, cfg)
	m.known, m.exceptions = buildLemmaTable(sents)
	return newTagger(m), nil
}

// collectTags returns the tags of sents, most frequent first.
func collectTags(sents []TaggedSentence) []string {
	counts := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tags {
			counts[t]++
		}
	}
	tags := make([]string, 0, len(counts))
	for t := range counts {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	return tags
}

// buildTagDict returns the frequent words that (nearly) always carry the
// same tag, sorted.
func buildTagDict(sents []TaggedSentence, classOf map[string]uint8, cfg TrainConfig) []dictEntry {
	counts := map[string]map[uint8]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			if counts[w] == nil {
				counts[w] = map[uint8]int{}
			}
			counts[w][classOf[s.Tags[i]]]++
		}
	}
	var dict []dictEntry
	for w, byTag := range counts {
		total, best, bestCount := 0, uint8(0), 0
		for c, n := range byTag {
			total += n
			if n > bestCount || (n == bestCount && c < best) {
				best, bestCount = c, n
			}
		}
		if total >= cfg.DictMinCount && float64(bestCount) >= cfg.DictMinShare*float64(total) {
			dict = append(dict, dictEntry{word: w, class: best})
		}
	}
	slices.SortFunc(dict, func(a, b dictEntry) int { return strings.Compare(a.word, b.word) })
	return dict
}

// buildLowerVocab returns, sorted, the lower-case words written in lower
// case at least as often as capitalised inside a sentence.
func buildLowerVocab(sents []TaggedSentence) []string {
	lowerCount, capCount := map[string]int{}, map[string]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsLower(r) && w == strings.ToLower(w):
				lowerCount[w]++
			case unicode.IsUpper(r) && i > 0:
				capCount[strings.ToLower(w)]++
			}
		}
	}
	var vocab []string
	for w, n := range lowerCount {
		if n >= 2 && n >= capCount[w] {
			vocab = append(vocab, w)
		}
	}
	slices.Sort(vocab)
	return vocab
}

// trainParam is one weight of the perceptron during training, with what
// averaging needs: the running total of the weight over time and when it
// last changed.
type trainParam struct {
	class  uint8
	weight float32
	stamp  int32
	total  float64
}

// perceptron is the trainable multi-class averaged perceptron.
type perceptron struct {
	index     map[uint64]int32
	rows      [][]trainParam
	instances int32
	scores    []float32
}

// predict returns the highest-scoring class for feats.
func (p *perceptron) predict(feats []uint64) uint8 {
	p.score(feats)
	best := 0
	for c := 1; c < len(p.scores); c++ {
		if p.scores[c] > p.scores[best] {
			best = c
		}
	}
	return uint8(best)
}

// score sets p.scores to the scores of every class for feats.
func (p *perceptron) score(feats []uint64) {
	clear(p.scores)
	for _, f := range feats {
		if r, ok := p.index[f]; ok {
			for _, prm := range p.rows[r] {
				p.scores[prm.class] += prm.weight
			}
		}
	}
}

// update counts one training instance and, if guess was wrong, moves the
// weights of feats towards truth and away from guess.
func (p *perceptron) update(feats []uint64, truth, guess uint8) {
	p.instances++
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, nil)
		}
		p.rows[r] = p.nudge(p.rows[r], truth, 1)
		p.rows[r] = p.nudge(p.rows[r], guess, -1)
	}
}

// nudge adds delta to the weight of class in row.
func (p *perceptron) nudge(row []trainParam, class uint8, delta float32) []trainParam {
	i := slices.IndexFunc(row, func(prm trainParam) bool { return prm.class == class })
	if i < 0 {
		row = append(row, trainParam{class: class, stamp: p.instances})
		i = len(row) - 1
	}
	prm := &row[i]
	prm.total += float64(p.instances-prm.stamp) * float64(prm.weight)
	prm.stamp = p.instances
	prm.weight += delta
	return row
}

// averaged returns the weights averaged over all instances, without those
// smaller than minWeight in magnitude, quantized to 16 bits.
func (p *perceptron) averaged(minWeight float64) weightTable {
	type row struct {
		key    uint64
		params []trainParam
	}
	rows := make([]row, 0, len(p.index))
	for key, r := range p.index {
		var kept []trainParam
		for _, prm := range p.rows[r] {
			total := prm.total + float64(p.instances-prm.stamp)*float64(prm.weight)
			avg := total / float64(p.instances)
			if math.Abs(avg) >= minWeight {
				kept = append(kept, trainParam{class: prm.class, weight: float32(avg)})
			}
		}
		if len(kept) > 0 {
			slices.SortFunc(kept, func(a, b trainParam) int { return cmp.Compare(a.class, b.class) })
			rows = append(rows, row{key: key, params: kept})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	var w weightTable
	var real []float32
	for _, r := range rows {
		w.keys = append(w.keys, r.key)
		w.counts = append(w.counts, uint8(len(r.params)))
		for _, prm := range r.params {
			w.classes = append(w.classes, prm.class)
			real = append(real, prm.weight)
		}
	}
	w.quantize(real)
	return w
}

// quantize sets the weights to real rounded to 16-bit steps.
func (w *weightTable) quantize(real []float32) {
	var maxAbs float64
	for _, x := range real {
		maxAbs = max(maxAbs, math.Abs(float64(x)))
	}
	w.scale = 1
	if maxAbs > 0 {
		w.scale = float32(maxAbs / math.MaxInt16)
	}
	w.weights = make([]int16, len(real))
	for i, x := range real {
		w.weights[i] = int16(math.Round(float64(x / w.scale)))
	}
}

// trainWeights runs the perceptron over the sentences, tagging greedily
// left to right with the tags it predicts as context.
func trainWeights(sents []TaggedSentence, classOf map[string]uint8, dict map[uint64]uint8, cfg TrainConfig) weightTable {
	p := &perceptron{index: map[uint64]int32{}, scores: make([]float32, len(classOf))}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7061726c6579))
	var (
		ctx   []wordInfo
		feats [numFeatures]uint64
	)
	for it := 1; it <= cfg.Iterations; it++ {
		correct, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			ctx = describeSentence(ctx, s.Words, nil)
			prev, prev2 := uint8(startTag), uint8(start2Tag)
			for i := range s.Words {
				truth := classOf[s.Tags[i]]
				guess, ok := dict[ctx[i+2].word]
				if !ok {
					extractFeatures(&feats, ctx, i, prev, prev2)
					guess = p.predict(feats[:])
					p.update(feats[:], truth, guess)
				}
				if guess == truth {
					correct++
				}
				total++
				prev2, prev = prev, guess
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(it, float64(correct)/float64(total))
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return p.averaged(cfg.MinWeight)
}

// buildLemmaTable learns from the gold lemmas the lemmas known for each
// class and the (word, tag) pairs whose most frequent lemma the suffix
// rules do not produce.
func buildLemmaTable(sents []TaggedSentence) (known [numLemmaClasses][]string, exceptions []lemmaException) {
	type key struct{ word, tag string }
	lemmaCounts := map[key]map[string]int{}
	knownSet := [numLemmaClasses]map[string]bool{}
	for c := range knownSet {
		knownSet[c] = map[string]bool{}
	}
	for _, s := range sents {
		if s.Lemmas == nil {
			continue
		}
		for i, w := range s.Words {
			lemma := strings.ToLower(s.Lemmas[i])
			if lemma == "_" {
				continue
			}
			k := key{strings.ToLower(w), s.Tags[i]}
			if lemmaCounts[k] == nil {
				lemmaCounts[k] = map[string]int{}
			}
			lemmaCounts[k][lemma]++
			if c := classOfTag(s.Tags[i]); c != classOther {
				knownSet[c][lemma] = true
			}
		}
	}
	l := newLemmatizer()
	for c, set := range knownSet {
		for lemma := range set {
			known[c] = append(known[c], lemma)
			l.addKnown(lemma, lemmaClass(c))
		}
		slices.Sort(known[c])
	}
	for k, counts := range lemmaCounts {
		best, bestCount := "", 0
		for lemma, n := range counts {
			if n > bestCount || (n == bestCount && lemma < best) {
				best, bestCount = lemma, n
			}
		}
		if l.ruleLemma(k.word, k.tag) != best {
			exceptions = append(exceptions, lemmaException{word: k.word, tag: k.tag, lemma: best})
		}
	}
	slices.SortFunc(exceptions, func(a, b lemmaException) int {
		return cmp.Or(strings.Compare(a.word, b.word), strings.Compare(a.tag, b.tag))
	})
	return known, exceptions
}
