package nlp

import (
	"math/bits"
)

// weightTable holds the averaged perceptron weights, quantized to 16 bits,
// as sparse rows: for each feature hash, the classes (tags) it has weights
// for. Rows are stored in key order, and an open-addressing hash table finds
// a feature's row. Rows of one or two weights, two thirds of them, live in
// the hash table slot itself, so most lookups touch one cache line.
type weightTable struct {
	keys    []uint64 // feature hashes, ascending
	counts  []uint8  // number of weights of each feature
	classes []uint8  // class of each weight, rows one after another
	weights []int16  // the weights, parallel to classes
	scale   float32  // the real value of a weight of 1

	slots []slot
	mask  uint64
	shift uint     // a key's home slot is its top bits: key >> shift
	long  []weight // rows of more than two weights
}

// slot is an entry of the lookup table; key 0 marks an empty slot. data
// holds the row's length in its low byte; a row of up to two weights
// follows as (class byte, weight int16) pairs, a longer one as its offset
// in weightTable.long.
type slot struct {
	key  uint64
	data uint64
}

// weight is one weight of a long row.
type weight struct {
	class uint8
	value int16
}

// index builds the lookup table over keys, counts, classes and weights.
// A key's home slot is taken from its top bits, so the keys, which are
// stored in ascending order, fill the table from start to end: building it
// walks memory in order instead of jumping around a table of megabytes.
func (w *weightTable) index() {
	logSize := bits.Len(uint(len(w.keys)*4/3 + 1))
	size := 1 << logSize
	w.slots = make([]slot, size)
	w.mask = uint64(size - 1)
	w.shift = uint(64 - logSize)
	w.long = make([]weight, 0, len(w.weights))
	start := 0
	for i, key := range w.keys {
		n := int(w.counts[i])
		j := key >> w.shift
		for w.slots[j].key != 0 {
			j = (j + 1) & w.mask
		}
		w.slots[j] = slot{key: key, data: w.packRow(start, n)}
		start += n
	}
}

// packRow returns the slot data of the row of n weights at start.
func (w *weightTable) packRow(start, n int) uint64 {
	data := uint64(n)
	if n <= 2 {
		for k := range n {
			pair := uint64(w.classes[start+k]) | uint64(uint16(w.weights[start+k]))<<8
			data |= pair << (8 + 24*k)
		}
		return data
	}
	data |= uint64(len(w.long)) << 8
	for k := range n {
		w.long = append(w.long, weight{class: w.classes[start+k], value: w.weights[start+k]})
	}
	return data
}

// addScores adds the weights of feats to scores, indexed by class.
func (w *weightTable) addScores(feats []uint64, scores []int32) {
	for _, f := range feats {
		for j := f >> w.shift; ; j = (j + 1) & w.mask {
			s := &w.slots[j]
			if s.key == f {
				addRow(s.data, w.long, scores)
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
}

// addRow adds the weights of the row described by a slot's data to scores.
func addRow(data uint64, long []weight, scores []int32) {
	n := data & 0xff
	if n > 2 {
		start := data >> 8
		for _, wt := range long[start : start+n] {
			scores[wt.class] += int32(wt.value)
		}
		return
	}
	scores[uint8(data>>8)] += int32(int16(data >> 16))
	if n == 2 {
		scores[uint8(data>>32)] += int32(int16(data >> 40))
	}
}

// best returns the class with the highest score for feats; scores is
// scratch space with one entry per class.
func (w *weightTable) best(feats []uint64, scores []int32) uint8 {
	clear(scores)
	w.addScores(feats, scores)
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return uint8(best)
}
