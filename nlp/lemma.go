package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lemmaClass groups Penn tags by the kind of lemma their words have.
type lemmaClass uint8

const (
	classOther lemmaClass = iota
	classNoun
	classVerb
	classAdjective
	classAdverb
)

// classOfTag returns the lemma class of a Penn tag.
func classOfTag(tag string) lemmaClass {
	switch {
	case strings.HasPrefix(tag, "NN"):
		return classNoun
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return classVerb
	case strings.HasPrefix(tag, "JJ"):
		return classAdjective
	case strings.HasPrefix(tag, "RB"):
		return classAdverb
	}
	return classOther
}

// lemmatizer finds lemmas: first in a table of (word, tag) pairs learned
// from the training data where the suffix rules go wrong, then by the
// rules, which check candidate stems against the lemmas seen in training.
type lemmatizer struct {
	// exceptions maps exceptionKey(word, tag) to the lemma.
	exceptions map[uint64]string
	// known maps knownKey(lemma, class) of every lemma seen in training to
	// true.
	known map[uint64]bool
}

func newLemmatizer() *lemmatizer {
	l := &lemmatizer{exceptions: map[uint64]string{}, known: map[uint64]bool{}}
	for _, lemma := range irregularVerbLemmas() {
		l.addKnown(lemma, classVerb)
	}
	for _, lemma := range irregularNouns {
		l.addKnown(lemma, classNoun)
	}
	return l
}

func exceptionKey(word, tag string) uint64 { return mix(hashLower(word), hashString(tag)) }

func knownKey(h uint64, class lemmaClass) uint64 { return mix(h, uint64(class)) }

func (l *lemmatizer) addKnown(lemma string, class lemmaClass) {
	l.known[knownKey(hashString(lemma), class)] = true
}

// isKnown reports whether stem+suffix is a lemma seen with class.
func (l *lemmatizer) isKnown(stem, suffix string, class lemmaClass) bool {
	return l.known[knownKey(fnvString(hashString(stem), suffix), class)]
}

// lemma returns the lower-case lemma of word with Penn tag tag.
func (l *lemmatizer) lemma(word, tag string) string {
	if lemma, ok := l.exceptions[exceptionKey(word, tag)]; ok {
		return lemma
	}
	return l.ruleLemma(lowerString(word), tag)
}

// ruleLemma applies the suffix rules to the lower-cased word lw.
func (l *lemmatizer) ruleLemma(lw, tag string) string {
	switch tag {
	case "NNS", "NNPS":
		return l.singular(lw)
	case "VBZ":
		if lemma, ok := irregularVerbs()[lw]; ok {
			return lemma
		}
		return l.stripS(lw, classVerb)
	case "VBD", "VBN":
		if lemma, ok := irregularVerbs()[lw]; ok {
			return lemma
		}
		return l.stripEd(lw)
	case "VBG":
		if lemma, ok := irregularVerbs()[lw]; ok {
			return lemma
		}
		return l.stripIng(lw)
	case "VBP":
		switch lw {
		case "am", "are", "'m", "'re", "’m", "’re":
			return "be"
		case "'ve", "’ve":
			return "have"
		}
	case "JJR", "RBR":
		return l.stripComparative(lw, "er", classOfTag(tag))
	case "JJS", "RBS":
		return l.stripComparative(lw, "est", classOfTag(tag))
	}
	return lw
}

// singular returns the singular of the plural noun lw.
func (l *lemmatizer) singular(lw string) string {
	if s, ok := irregularNouns[lw]; ok {
		return s
	}
	if strings.HasSuffix(lw, "men") && len(lw) > 3 {
		return lw[:len(lw)-3] + "man" // "chairmen", "servicemen"
	}
	if strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us") || strings.HasSuffix(lw, "is") {
		return lw
	}
	return l.stripS(lw, classNoun)
}

// stripS removes the -s of a plural noun or third-person verb:
// "countries" -> "country", "watches" -> "watch", "goes" -> "go",
// "talks" -> "talk".
func (l *lemmatizer) stripS(lw string, class lemmaClass) string {
	n := len(lw)
	if n < 3 || lw[n-1] != 's' {
		return lw
	}
	if l.isKnown(lw[:n-1], "", class) {
		return lw[:n-1]
	}
	if strings.HasSuffix(lw, "ies") {
		if n >= 5 {
			return lw[:n-3] + "y"
		}
		return lw[:n-1] // "dies", "lies", "ties"
	}
	if strings.HasSuffix(lw, "es") && l.isKnown(lw[:n-2], "", class) {
		return lw[:n-2]
	}
	for _, ending := range [...]string{"sses", "shes", "ches", "xes", "zzes", "oes"} {
		if strings.HasSuffix(lw, ending) {
			return lw[:n-2]
		}
	}
	return lw[:n-1]
}

// stripEd returns the lemma of a past form ending in -ed: "stopped" ->
// "stop", "carried" -> "carry", "accused" -> "accuse", "agreed" -> "agree".
func (l *lemmatizer) stripEd(lw string) string {
	n := len(lw)
	if n < 4 || !strings.HasSuffix(lw, "ed") {
		return lw
	}
	switch {
	case strings.HasSuffix(lw, "eed"):
		return lw[:n-1]
	case strings.HasSuffix(lw, "ied"):
		if n >= 5 {
			return lw[:n-3] + "y"
		}
		return lw[:n-1] // "died", "lied", "tied"
	case lw[n-3] == 'y':
		return lw[:n-2] // "played"
	}
	return l.restoreStem(lw[:n-2], classVerb)
}

// stripIng returns the lemma of a present participle: "making" -> "make",
// "stopping" -> "stop", "visiting" -> "visit".
func (l *lemmatizer) stripIng(lw string) string {
	n := len(lw)
	if n < 5 || !strings.HasSuffix(lw, "ing") {
		return lw
	}
	return l.restoreStem(lw[:n-3], classVerb)
}

// stripComparative returns the base of a comparative or superlative:
// "bigger" -> "big", "larger" -> "large", "happiest" -> "happy".
func (l *lemmatizer) stripComparative(lw, ending string, class lemmaClass) string {
	n := len(lw) - len(ending)
	if n < 2 || !strings.HasSuffix(lw, ending) {
		return lw
	}
	if lw[n-1] == 'i' {
		return lw[:n-1] + "y"
	}
	return l.restoreStem(lw[:n], class)
}

// restoreStem turns what is left of a word after its ending is removed into
// a lemma: it prefers a known lemma among stem+"e", stem and stem with a
// doubled final consonant undone, and otherwise undoes doubling and
// restores a silent e by spelling heuristics.
func (l *lemmatizer) restoreStem(stem string, class lemmaClass) string {
	n := len(stem)
	if n < 2 {
		return stem
	}
	doubled := stem[n-1] == stem[n-2] && !isVowel(stem[n-1])
	switch {
	case l.isKnown(stem, "e", class):
		return stem + "e"
	case l.isKnown(stem, "", class):
		return stem
	case doubled && l.isKnown(stem[:n-1], "", class):
		return stem[:n-1]
	case doubled && !strings.ContainsRune("lsfz", rune(stem[n-1])):
		return stem[:n-1]
	case doubled && stem[n-1] == 'l' && syllables(stem) >= 2 &&
		!strings.HasSuffix(stem, "all") && !strings.HasSuffix(stem, "ill"):
		return stem[:n-1] // "patroll", "travell"; but "install", "fulfill"
	case needsFinalE(stem):
		return stem + "e"
	}
	return stem
}

// needsFinalE guesses whether a stem lost a silent e: "accus" -> "accuse",
// "forc" -> "force", "settl" -> "settle", "mak" -> "make", "creat" ->
// "create", but "visit", "open", "offer" stay.
func needsFinalE(stem string) bool {
	n := len(stem)
	last, prev := stem[n-1], stem[n-2]
	switch last {
	case 'v', 'c', 'u':
		return true
	case 's', 'z':
		return prev != last
	case 'g':
		return prev == 'r' || prev == 'd' || prev == 'l' ||
			(prev == 'n' && n >= 3 && strings.IndexByte("aue", stem[n-3]) >= 0)
	case 'l':
		if !isVowel(prev) {
			return prev != 'l' && prev != 'r' && prev != 'w'
		}
	}
	for _, ending := range [...]string{"iat", "uat", "uir", "plor", "gnor", "stor", "ador", "plet", "elet", "mot", "vot", "not", "quot"} {
		if strings.HasSuffix(stem, ending) {
			return true // "negotiat", "evaluat", "acquir", "ignor", "complet", "promot"
		}
	}
	// A single vowel between consonants at the end.
	if !isVowel(prev) || isVowel(last) || strings.IndexByte("wxy", last) >= 0 {
		return false
	}
	if n >= 3 && isVowel(stem[n-3]) {
		return false
	}
	if syllables(stem) == 1 {
		return true // "mak", "hop", "vot", "nam"
	}
	switch stem[n-2:] {
	case "at", "ut", "id", "ud", "ad", "od", "ed", "in", "um", "om", "am",
		"ok", "ak", "ik", "ib", "ub", "ob", "ab", "ag", "ug", "ig", "og",
		"eg", "ap", "ar", "ir", "ur", "il", "ul":
		return true
	}
	return false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// syllables counts the vowel groups of an ASCII word.
func syllables(s string) int {
	count, inVowel := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) || (s[i] == 'y' && i > 0)
		if v && !inVowel {
			count++
		}
		inVowel = v
	}
	return count
}

// lowerString returns s in lower case, without allocating when it has no
// upper-case letter.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
		if c >= utf8.RuneSelf {
			return lowerUnicode(s)
		}
	}
	return s
}

func lowerUnicode(s string) string {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return strings.ToLower(s)
		}
	}
	return s
}
