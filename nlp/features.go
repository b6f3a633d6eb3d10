package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Feature hashing. Strings are hashed with 64-bit FNV-1a directly from the
// token text (lower-casing on the fly, so nothing is allocated); each
// feature is then the hash of a template number mixed with one or two of
// those word hashes or with previous tags.

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// fnvString continues the FNV-1a hash h over the bytes of s.
func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime64
	}
	return h
}

// fnvLower continues the FNV-1a hash h over the bytes of s lower-cased.
func fnvLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime64
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := unicode.ToLower(r); lr != r {
			var buf [utf8.UTFMax]byte
			m := utf8.EncodeRune(buf[:], lr)
			for _, b := range buf[:m] {
				h ^= uint64(b)
				h *= fnvPrime64
			}
		} else {
			h = fnvString(h, s[i:i+n])
		}
		i += n
	}
	return h
}

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 { return fnvString(fnvOffset64, s) }

// hashLower returns the FNV-1a hash of s lower-cased.
func hashLower(s string) uint64 { return fnvLower(fnvOffset64, s) }

// mix combines two hashes into a well-distributed one (the MurmurHash3
// finaliser over a ^ b·φ). It never returns 0, which marks empty slots in
// the weight table.
func mix(a, b uint64) uint64 {
	h := a ^ (b * 0x9e3779b97f4a7c15)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}

// template numbers the feature templates; a feature is its template mixed
// with its values.
type template uint64

const (
	tBias template = iota + 1
	tWord
	tLower
	tSuffix1
	tSuffix2
	tSuffix3
	tSuffix4
	tPrefix1
	tPrefix2
	tPrefix3
	tShape
	tPrevTag
	tPrev2Tag
	tPrevTags
	tPrevTagLower
	tPrevLower
	tPrev2Lower
	tNextLower
	tNext2Lower
	tPrevSuffix3
	tNextSuffix3
	tPrevLowerLower
	tLowerNextLower
	tNextShape
	tPrevShape
	tPrevTagShape
	tFirstShape
	tPrevTagNextLower
	tPrevTagSuffix3
)

// numFeatures is the number of features extracted for each token.
const numFeatures = int(tPrevTagSuffix3)

func feature(t template, v uint64) uint64 { return mix(uint64(t)*0x517cc1b727220a95, v) }

func feature2(t template, v, w uint64) uint64 { return mix(feature(t, v), w) }

// wordInfo holds the hashes of one token's strings, computed once per token
// and shared by the features of its neighbours.
type wordInfo struct {
	word    uint64 // the word as written
	lower   uint64 // lower-cased, numbers folded into classes
	suffix  [4]uint64
	prefix  [3]uint64 // first rune as written, then 2 and 3 runes lower-cased
	shape   uint64
	isFirst bool
}

// Hashes of the padding around a sentence.
var (
	startInfo  = paddingInfo("-START-")
	start2Info = paddingInfo("-START2-")
	endInfo    = paddingInfo("-END-")
	end2Info   = paddingInfo("-END2-")
)

func paddingInfo(s string) wordInfo {
	h := hashString(s)
	return wordInfo{word: h, lower: h, suffix: [4]uint64{h, h, h, h}, prefix: [3]uint64{h, h, h}, shape: h}
}

// Hashes of the classes numbers are folded into.
var (
	yearHash   = hashString("!YEAR")
	digitsHash = hashString("!DIGITS")
)

// describeWord fills in the hashes of word. When lower is true the word is
// read as if written in lower case (for title-case headlines).
func describeWord(word string, lower bool) wordInfo {
	var info wordInfo
	if lower {
		info.word = hashLower(word)
	} else {
		info.word = hashString(word)
	}
	info.lower = normalizedHash(word)
	for k := 1; k <= 4; k++ {
		info.suffix[k-1] = hashLower(lastRunes(word, k))
	}
	first := firstRunes(word, 1)
	if lower {
		info.prefix[0] = hashLower(first)
	} else {
		info.prefix[0] = hashString(first)
	}
	info.prefix[1] = hashLower(firstRunes(word, 2))
	info.prefix[2] = hashLower(firstRunes(word, 3))
	info.shape = shapeHash(word, lower)
	return info
}

// normalizedHash hashes the lower-cased word, folding numbers into "!YEAR"
// (four digits) and "!DIGITS" (anything else starting with a digit).
func normalizedHash(word string) uint64 {
	if word != "" && isASCIIDigit(word[0]) {
		if len(word) == 4 && isASCIIDigit(word[1]) && isASCIIDigit(word[2]) && isASCIIDigit(word[3]) {
			return yearHash
		}
		return digitsHash
	}
	return hashLower(word)
}

// lastRunes returns the last k runes of s (all of s if it is shorter).
func lastRunes(s string, k int) string {
	i := len(s)
	for ; k > 0 && i > 0; k-- {
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return s[i:]
}

// firstRunes returns the first k runes of s (all of s if it is shorter).
func firstRunes(s string, k int) string {
	i := 0
	for ; k > 0 && i < len(s); k-- {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return s[:i]
}

// shapeHash hashes the word's shape: upper-case letters become X, lower-case
// x, digits d, other characters stay, and runs longer than two are cut to
// two ("Zelensky" -> "Xxx", "U.S." -> "X.X.", "1,000" -> "d,dd").
func shapeHash(word string, lower bool) uint64 {
	h := uint64(fnvOffset64)
	var last rune = -1
	run := 0
	for _, r := range word {
		c := shapeClass(r)
		if lower && c == 'X' {
			c = 'x'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			last, run = c, 1
		}
		h ^= uint64(c)
		h *= fnvPrime64
	}
	return h
}

func shapeClass(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'x'
	case 'A' <= r && r <= 'Z':
		return 'X'
	case '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// Tag values of the padding before a sentence, for the previous-tag
// features.
const (
	startTag  = 254
	start2Tag = 255
)

// extractFeatures writes the features of token i to feats. ctx holds the
// word infos of the sentence with two padding entries on each side, so
// token i is ctx[i+2]; prev and prev2 are the tags of the two tokens before.
func extractFeatures(feats *[numFeatures]uint64, ctx []wordInfo, i int, prev, prev2 uint8) {
	w := &ctx[i+2]
	p1, p2 := &ctx[i+1], &ctx[i]
	n1, n2 := &ctx[i+3], &ctx[i+4]
	t1, t2 := uint64(prev), uint64(prev2)
	first := uint64(0)
	if w.isFirst {
		first = 1
	}
	feats[0] = feature(tBias, 0)
	feats[1] = feature(tWord, w.word)
	feats[2] = feature(tLower, w.lower)
	feats[3] = feature(tSuffix1, w.suffix[0])
	feats[4] = feature(tSuffix2, w.suffix[1])
	feats[5] = feature(tSuffix3, w.suffix[2])
	feats[6] = feature(tSuffix4, w.suffix[3])
	feats[7] = feature(tPrefix1, w.prefix[0])
	feats[8] = feature(tPrefix2, w.prefix[1])
	feats[9] = feature(tPrefix3, w.prefix[2])
	feats[10] = feature(tShape, w.shape)
	feats[11] = feature(tPrevTag, t1)
	feats[12] = feature(tPrev2Tag, t2)
	feats[13] = feature2(tPrevTags, t1, t2)
	feats[14] = feature2(tPrevTagLower, t1, w.lower)
	feats[15] = feature(tPrevLower, p1.lower)
	feats[16] = feature(tPrev2Lower, p2.lower)
	feats[17] = feature(tNextLower, n1.lower)
	feats[18] = feature(tNext2Lower, n2.lower)
	feats[19] = feature(tPrevSuffix3, p1.suffix[2])
	feats[20] = feature(tNextSuffix3, n1.suffix[2])
	feats[21] = feature2(tPrevLowerLower, p1.lower, w.lower)
	feats[22] = feature2(tLowerNextLower, w.lower, n1.lower)
	feats[23] = feature(tNextShape, n1.shape)
	feats[24] = feature(tPrevShape, p1.shape)
	feats[25] = feature2(tPrevTagShape, t1, w.shape)
	feats[26] = feature2(tFirstShape, first, w.shape)
	feats[27] = feature2(tPrevTagNextLower, t1, n1.lower)
	feats[28] = feature2(tPrevTagSuffix3, t1, w.suffix[2])
}

// tagGreedy tags, left to right, the sentence whose word infos are ctx
// (with padding) and appends the tags to out. Words in dict take their tag
// from it, the others the best-scoring one under w.
func tagGreedy(out []uint8, ctx []wordInfo, dict map[uint64]uint8, w *weightTable, scores []int32) []uint8 {
	var feats [numFeatures]uint64
	prev, prev2 := uint8(startTag), uint8(start2Tag)
	for i := 0; i < len(ctx)-4; i++ {
		tag, ok := dict[ctx[i+2].word]
		if !ok {
			extractFeatures(&feats, ctx, i, prev, prev2)
			tag = w.best(feats[:], scores)
		}
		out = append(out, tag)
		prev2, prev = prev, tag
	}
	return out
}

// describeSentence fills ctx (resized as needed) with the word infos of
// words and the padding around them, and returns it. lower, if not nil,
// marks the words to read in lower case.
func describeSentence(ctx []wordInfo, words []string, lower []bool) []wordInfo {
	ctx = append(ctx[:0], start2Info, startInfo)
	for i, w := range words {
		info := describeWord(w, lower != nil && lower[i])
		info.isFirst = i == 0
		ctx = append(ctx, info)
	}
	return append(ctx, endInfo, end2Info)
}
