package nlp

// The arc-hybrid transition system. The words are 0..n-1 and n is the root,
// which stays at the end of the buffer. A move is one of
//
//	shift:    push the first word of the buffer (b0) onto the stack;
//	left(r):  pop the top of the stack (s0), attaching it to b0 with r;
//	right(r): pop s0, attaching it to the word below it (s1) with r.
//
// Moves are numbered shift = 0, left(r) = 1+r, right(r) = 1+numRels+r.
const (
	moveShift = 0
	numMoves  = 1 + 2*int(numRels)
)

func leftMove(r Rel) int  { return 1 + int(r) }
func rightMove(r Rel) int { return 1 + int(numRels) + int(r) }

// numParseFeatures is the number of features of a parser state.
const numParseFeatures = 63

// parseState is a parser configuration, with the working memory of one
// parse.
type parseState struct {
	n     int
	words []uint64 // normalized word hashes, then the root's
	tags  []uint64 // tag hashes, then the root's
	stack []int32
	b0    int // first word of the buffer; n when only the root is left

	heads []int32 // -1 until attached; n for the root
	rels  []Rel
	// The two leftmost and rightmost children of each word (-1 for none),
	// and how many it has on each side.
	left1, left2, right1, right2 []int32
	nLeft, nRight                []uint8

	feats  [numParseFeatures]uint64
	scores []int32
}

// Hashes standing for a missing word and for the root.
var (
	noneWordHash = hashString("-NONE-")
	rootWordHash = hashString("-ROOT-")
)

// reset prepares st for parsing words tagged tags.
func (st *parseState) reset(words, tags []string) {
	n := len(words)
	st.n = n
	st.words = st.words[:0]
	st.tags = st.tags[:0]
	for i, w := range words {
		st.words = append(st.words, normalizedHash(w))
		st.tags = append(st.tags, hashString(tags[i]))
	}
	st.words = append(st.words, rootWordHash)
	st.tags = append(st.tags, rootWordHash)
	st.stack = st.stack[:0]
	st.b0 = 0
	st.heads = resize(st.heads, n+1, -1)
	st.left1 = resize(st.left1, n+1, -1)
	st.left2 = resize(st.left2, n+1, -1)
	st.right1 = resize(st.right1, n+1, -1)
	st.right2 = resize(st.right2, n+1, -1)
	st.nLeft = resize(st.nLeft, n+1, 0)
	st.nRight = resize(st.nRight, n+1, 0)
	st.rels = resize(st.rels, n+1, RelDep)
}

// resize returns s with length n, every element set to v.
func resize[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

// done reports whether every word is attached.
func (st *parseState) done() bool { return st.b0 >= st.n && len(st.stack) == 0 }

// stackAt returns the k-th word from the top of the stack, or -1.
func (st *parseState) stackAt(k int) int {
	if k < len(st.stack) {
		return int(st.stack[len(st.stack)-1-k])
	}
	return -1
}

// valid reports whether move m can be made.
func (st *parseState) valid(m int) bool {
	switch {
	case m == moveShift:
		return st.b0 < st.n
	case m <= int(numRels):
		return len(st.stack) >= 1
	default:
		return len(st.stack) >= 2
	}
}

// bestValid returns the highest-scoring move that can be made.
func (st *parseState) bestValid(scores []int32) int {
	best := -1
	for m, s := range scores {
		if (best < 0 || s > scores[best]) && st.valid(m) {
			best = m
		}
	}
	return best
}

// apply makes move m.
func (st *parseState) apply(m int) {
	switch {
	case m == moveShift:
		st.stack = append(st.stack, int32(st.b0))
		st.b0++
	case m <= int(numRels):
		s0 := st.stackAt(0)
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b0, s0, Rel(m-1))
	default:
		s0, s1 := st.stackAt(0), st.stackAt(1)
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(s1, s0, Rel(m-1-int(numRels)))
	}
}

// attach makes head the head of dep with relation r.
func (st *parseState) attach(head, dep int, r Rel) {
	st.heads[dep] = int32(head)
	st.rels[dep] = r
	d := int32(dep)
	if dep < head {
		st.nLeft[head]++
		switch l1 := st.left1[head]; {
		case l1 < 0 || d < l1:
			st.left2[head], st.left1[head] = l1, d
		case st.left2[head] < 0 || d < st.left2[head]:
			st.left2[head] = d
		}
		return
	}
	st.nRight[head]++
	switch r1 := st.right1[head]; {
	case r1 < 0 || d > r1:
		st.right2[head], st.right1[head] = r1, d
	case st.right2[head] < 0 || d > st.right2[head]:
		st.right2[head] = d
	}
}

// word, tag and rel return the hashes describing word i (-1 for none).
func (st *parseState) word(i int) uint64 {
	if i < 0 {
		return noneWordHash
	}
	return st.words[i]
}

func (st *parseState) tag(i int) uint64 {
	if i < 0 {
		return noneWordHash
	}
	return st.tags[i]
}

func (st *parseState) rel(i int) uint64 {
	if i < 0 || st.heads[i] < 0 {
		return uint64(numRels)
	}
	return uint64(st.rels[i])
}

func child(links []int32, i int) int {
	if i < 0 {
		return -1
	}
	return int(links[i])
}

// distance buckets the distance between two words, 0 if either is missing.
func distance(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	}
	return 6
}

// features fills st.feats with the features of the configuration: the
// words and tags of the top three stack words, the first three buffer
// words and the outermost children of s0 and b0, in the combinations of
// Zhang and Nivre (2011).
func (st *parseState) features() {
	s0, s1, s2 := st.stackAt(0), st.stackAt(1), st.stackAt(2)
	n0 := st.b0
	n1, n2 := -1, -1
	if n0+1 <= st.n {
		n1 = n0 + 1
	}
	if n0+2 <= st.n {
		n2 = n0 + 2
	}
	s0l, s0l2 := child(st.left1, s0), child(st.left2, s0)
	s0r, s0r2 := child(st.right1, s0), child(st.right2, s0)
	n0l, n0l2 := child(st.left1, n0), child(st.left2, n0)

	s0w, s0t := st.word(s0), st.tag(s0)
	n0w, n0t := st.word(n0), st.tag(n0)
	n1w, n1t := st.word(n1), st.tag(n1)
	s1w, s1t := st.word(s1), st.tag(s1)
	s0wt, n0wt, n1wt, s1wt := mix(s0w, s0t), mix(n0w, n0t), mix(n1w, n1t), mix(s1w, s1t)
	s0lt, s0rt, n0lt := st.tag(s0l), st.tag(s0r), st.tag(n0l)
	d := distance(s0, n0)
	var vl0, vr0, vln uint64
	if s0 >= 0 {
		vl0, vr0 = uint64(st.nLeft[s0]), uint64(st.nRight[s0])
	}
	vln = uint64(st.nLeft[n0])

	f := &st.feats
	k := 0
	add := func(vals ...uint64) {
		h := uint64(k+1) * 0x517cc1b727220a95
		for _, v := range vals {
			h = mix(h, v)
		}
		f[k] = h
		k++
	}
	add(0)
	add(s0w)
	add(s0t)
	add(s0wt)
	add(n0w)
	add(n0t)
	add(n0wt)
	add(n1w)
	add(n1t)
	add(n1wt)
	add(st.word(n2))
	add(st.tag(n2))
	add(s1w)
	add(s1t)
	add(s1wt)
	add(st.tag(s2))
	add(st.word(s0l))
	add(s0lt)
	add(st.rel(s0l))
	add(st.word(s0r))
	add(s0rt)
	add(st.rel(s0r))
	add(st.word(n0l))
	add(n0lt)
	add(st.rel(n0l))
	add(s0wt, n0wt)
	add(s0wt, n0w)
	add(s0w, n0wt)
	add(s0wt, n0t)
	add(s0t, n0wt)
	add(s0w, n0w)
	add(s0t, n0t)
	add(n0t, n1t)
	add(n0t, n1t, st.tag(n2))
	add(s0t, n0t, n1t)
	add(s1t, s0t, n0t)
	add(s0t, s0lt, n0t)
	add(s0t, s0rt, n0t)
	add(s0t, n0t, n0lt)
	add(s0t, s0lt, st.tag(s0l2))
	add(s0t, s0rt, st.tag(s0r2))
	add(n0t, n0lt, st.tag(n0l2))
	add(s1wt, s0wt)
	add(s1t, s0w)
	add(s1w, s0t)
	add(s1t, s0t)
	add(st.tag(s2), s1t, s0t)
	add(s0w, d)
	add(s0t, d)
	add(n0w, d)
	add(n0t, d)
	add(s0w, n0w, d)
	add(s0t, n0t, d)
	add(s0w, vr0)
	add(s0t, vr0)
	add(s0w, vl0)
	add(s0t, vl0)
	add(n0w, vln)
	add(n0t, vln)
	add(s0t, st.rel(s0l), st.rel(s0l2))
	add(s0t, st.rel(s0r), st.rel(s0r2))
	add(n0t, st.rel(n0l), st.rel(n0l2))
	add(s1t, s0t, distance(s1, s0))
}
