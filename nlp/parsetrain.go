package nlp

import (
	"errors"
	"fmt"
	"math/rand/v2"
)

// ParserTrainConfig sets the options of TrainParser. Zero values select the
// defaults.
type ParserTrainConfig struct {
	// Iterations is the number of passes over the training data (default 15).
	Iterations int
	// Seed seeds the shuffling of the sentences between passes.
	Seed uint64
	// MinWeight drops averaged weights of smaller magnitude (default 0.05).
	MinWeight float64
	// Progress, if not nil, is called after each pass with the share of
	// moves the parser got right on the training data.
	Progress func(iteration int, accuracy float64)
}

func (c *ParserTrainConfig) setDefaults() {
	if c.Iterations <= 0 {
		c.Iterations = 15
	}
	if c.MinWeight <= 0 {
		c.MinWeight = 0.05
	}
}

// TrainParser trains a parser on sentences with gold trees. Tags are the
// tags the parser will see: for the shipped model, tags predicted by a
// tagger trained without the sentence (jackknifing), so that training sees
// the tagger's mistakes.
//
// Training uses the dynamic oracle of Goldberg and Nivre (2013): at each
// step the moves that lose no gold arc are correct, the perceptron learns
// the best-scoring of them, and from the second pass on the parser follows
// its own prediction, so it learns to recover from its mistakes.
func TrainParser(sents []TaggedSentence, cfg ParserTrainConfig) (*Parser, error) {
	cfg.setDefaults()
	if len(sents) == 0 {
		return nil, errors.New("train parser: no training data")
	}
	for i, s := range sents {
		if len(s.Tags) != len(s.Words) || len(s.Heads) != len(s.Words) || len(s.Rels) != len(s.Words) {
			return nil, fmt.Errorf("train parser: sentence %d: words, tags and tree differ in length", i+1)
		}
		for _, h := range s.Heads {
			if h < -1 || h >= len(s.Words) {
				return nil, fmt.Errorf("train parser: sentence %d: head %d out of range", i+1, h+1)
			}
		}
	}
	p := &perceptron{index: map[uint64]int32{}, scores: make([]float32, numMoves)}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7061727365))
	st := &parseState{}
	var gold goldTree
	for it := 1; it <= cfg.Iterations; it++ {
		correct, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			gold.set(s)
			st.reset(s.Words, s.Tags)
			for !st.done() {
				st.features()
				p.score(st.feats[:])
				guess := bestValidFloat(st, p.scores)
				best := gold.bestZeroCost(st, p.scores)
				if best < 0 {
					best = guess // no move keeps every gold arc; learn nothing here
				}
				p.update(st.feats[:], uint8(best), uint8(guess))
				total++
				if guess == best {
					correct++
				}
				if it == 1 {
					st.apply(best)
				} else {
					st.apply(guess)
				}
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(it, float64(correct)/float64(total))
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return newParser(p.averaged(cfg.MinWeight)), nil
}

// bestValidFloat returns the highest-scoring move that can be made.
func bestValidFloat(st *parseState, scores []float32) int {
	best := -1
	for m, s := range scores {
		if (best < 0 || s > scores[best]) && st.valid(m) {
			best = m
		}
	}
	return best
}

// goldTree is a training sentence's tree in the parser's numbering: the
// root is n.
type goldTree struct {
	heads []int
	rels  []Rel
}

func (g *goldTree) set(s *TaggedSentence) {
	n := len(s.Words)
	g.heads = g.heads[:0]
	g.rels = g.rels[:0]
	for i, h := range s.Heads {
		if h < 0 {
			h = n
		}
		g.heads = append(g.heads, h)
		g.rels = append(g.rels, RelOf(s.Rels[i]))
	}
}

// linked reports whether word w has a gold arc with any of others.
func (g *goldTree) linked(w int, others []int32) bool {
	for _, o := range others {
		if (w < len(g.heads) && g.heads[w] == int(o)) || g.heads[o] == w {
			return true
		}
	}
	return false
}

// linkedToBuffer reports whether word w has a gold arc with a buffer word
// after b0, the root included.
func (g *goldTree) linkedToBuffer(w, b0, n int) bool {
	if g.heads[w] > b0 {
		return true
	}
	for j := b0 + 1; j < n; j++ {
		if g.heads[j] == w {
			return true
		}
	}
	return false
}

// bestZeroCost returns the highest-scoring move that loses no gold arc
// still reachable, or -1 if there is none. Arc moves are labelled with s0's
// gold relation.
func (g *goldTree) bestZeroCost(st *parseState, scores []float32) int {
	s0, s1 := st.stackAt(0), st.stackAt(1)
	canShift := st.valid(moveShift)
	if s0 < 0 || (canShift && g.heads[st.b0] == s0) {
		if canShift {
			return moveShift
		}
		return -1
	}
	rel := g.rels[s0]
	if g.heads[s0] == st.b0 {
		return leftMove(rel)
	}
	left, right, shift := true, st.valid(rightMove(rel)), canShift
	if s1 >= 0 && g.heads[s0] == s1 {
		left = false
	}
	if shift && g.linked(st.b0, st.stack) {
		shift = false
	}
	if g.linkedToBuffer(s0, st.b0, st.n) {
		left, right = false, false
	}
	best := -1
	for _, m := range []int{moveShift, leftMove(rel), rightMove(rel)} {
		ok := (m == moveShift && shift) || (m == leftMove(rel) && left) || (m == rightMove(rel) && right)
		if ok && (best < 0 || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}
