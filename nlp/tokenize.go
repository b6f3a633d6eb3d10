package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley"
)

// Tokenize appends the tokens of text[span.Start:span.End] to dst and
// returns the extended slice. Tokens follow the conventions of the UD
// English Web Treebank, which the tagger was trained on: punctuation is
// split off, clitics are separate tokens ("do" "n't", "ca" "n't", "it" "'s",
// "countries" "'"), hyphenated words are split ("30" "-" "day") except after
// common prefixes ("non-violent", "e-mail"), numbers are split from units
// ("5" "km") but not from ordinal or plural endings ("20th", "1990s"), and
// abbreviations, dotted acronyms, decimals, grouped numbers, URLs and e-mail
// addresses stay whole ("U.S.", "Mr.", "3.5", "1,000"). Only Span is set;
// Tag and Lemma are left empty. Offsets are bytes into text; a span outside
// text is clipped to it.
func Tokenize(text string, span parley.Span, dst []parley.Token) []parley.Token {
	start, end := clipSpan(span, len(text))
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n = utf8.DecodeRuneInString(text[j:end])
			if isSpace(r) {
				break
			}
			j += n
		}
		dst = tokenizeUnderscored(dst, text, i, j, followingAt(text, j, end))
		i = j
	}
	return dst
}

// tokenizeUnderscored tokenizes a chunk whose words may be joined by
// underscores, as PETRARCH-era corpora write names ("Dol_Amroth"): an
// underscore between two letters separates words like a space, except in
// web and e-mail addresses.
func tokenizeUnderscored(dst []parley.Token, text string, start, end int, next following) []parley.Token {
	chunk := text[start:end]
	if !strings.Contains(chunk, "_") || isWebAddress(chunk) {
		return tokenizeChunk(dst, text, start, end, next)
	}
	from := start
	for k := start + 1; k < end-1; k++ {
		if text[k] != '_' || !isASCIILetter(text[k-1]) || !isASCIILetter(text[k+1]) {
			continue
		}
		dst = tokenizeChunk(dst, text, from, k, followedByOther)
		from = k + 1
	}
	return tokenizeChunk(dst, text, from, end, next)
}

// clipSpan bounds a span to [0, n] with Start <= End.
func clipSpan(span parley.Span, n int) (int, int) {
	start := max(0, min(span.Start, n))
	end := max(start, min(span.End, n))
	return start, end
}

// following says what comes after a chunk of text in its span.
type following uint8

const (
	followedByNothing following = iota
	followedByDigit
	followedByOther
)

// followingAt classifies the first non-space character at or after
// text[from], before end.
func followingAt(text string, from, end int) following {
	for from < end {
		r, n := utf8.DecodeRuneInString(text[from:end])
		if !isSpace(r) {
			if isASCIIDigit(text[from]) {
				return followedByDigit
			}
			return followedByOther
		}
		from += n
	}
	return followedByNothing
}

// maxTail bounds the trailing punctuation kept aside while a chunk's core
// is split; anything beyond stays with the core.
const maxTail = 16

// tokenizeChunk appends the tokens of the white-space-free chunk
// text[start:end].
func tokenizeChunk(dst []parley.Token, text string, start, end int, next following) []parley.Token {
	if isEmoticon(text[start:end]) {
		return appendToken(dst, start, end)
	}
	start, dst = splitLeading(dst, text, start, end)
	if isWebAddress(text[start:end]) {
		core := trimTrailingPunct(text, start, end)
		dst = appendToken(dst, start, core)
		for core < end {
			n := punctRunLen(text, core, end)
			dst = appendToken(dst, core, core+n)
			core += n
		}
		return dst
	}
	var tail [maxTail]parley.Span
	end, nTail := splitTrailing(&tail, text, start, end, next)
	dst = splitCore(dst, text, start, end)
	for i := nTail - 1; i >= 0; i-- {
		dst = appendToken(dst, tail[i].Start, tail[i].End)
	}
	return dst
}

func appendToken(dst []parley.Token, start, end int) []parley.Token {
	if start >= end {
		return dst
	}
	return append(dst, parley.Token{Span: parley.Span{Start: start, End: end}})
}

// splitLeading appends the opening quotes and brackets, currency signs,
// dashes and ellipses at the start of text[start:end] and returns where the
// rest begins. The last rune of a chunk is never split off here.
func splitLeading(dst []parley.Token, text string, start, end int) (int, []parley.Token) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isLeadingPunct(r) {
			break
		}
		n := punctRunLen(text, start, end)
		if start+n >= end {
			break
		}
		if n == size && isSingleQuote(r) && keepsLeadingApostrophe(text[start+n:end]) {
			break
		}
		if r == '.' && n == 1 {
			break // ".5", ".doc"
		}
		dst = appendToken(dst, start, start+n)
		start += n
	}
	return start, dst
}

// splitTrailing records in tail, last first, the closing punctuation at the
// end of text[start:end] and returns the end of the rest and the number of
// tail tokens. The core keeps at least one rune.
func splitTrailing(tail *[maxTail]parley.Span, text string, start, end int, next following) (int, int) {
	n := 0
	for end > start && n < maxTail {
		r, _ := utf8.DecodeLastRuneInString(text[start:end])
		if !isTrailingPunct(r) {
			break
		}
		size := punctRunLenBack(text, start, end)
		if end-size <= start {
			break
		}
		if r == '.' && size == 1 && keepsPeriod(text[start:end-1], next) {
			break
		}
		tail[n] = parley.Span{Start: end - size, End: end}
		n++
		end -= size
	}
	return end, n
}

// punctRunLen returns the length of the punctuation token that starts at
// text[start]: runs of periods, hyphens or asterisks, of mixed '!' and '?',
// and doubled single quotes are one token.
func punctRunLen(text string, start, end int) int {
	r, n := utf8.DecodeRuneInString(text[start:end])
	switch {
	case r == '.' || r == '-' || r == '*':
		for start+n < end && text[start+n] == byte(r) {
			n++
		}
	case r == '!' || r == '?':
		for start+n < end && (text[start+n] == '!' || text[start+n] == '?') {
			n++
		}
	case isSingleQuote(r):
		if r2, n2 := utf8.DecodeRuneInString(text[start+n : end]); isSingleQuote(r2) {
			n += n2
		}
	}
	return n
}

// punctRunLenBack is punctRunLen for the token that ends at text[end].
func punctRunLenBack(text string, start, end int) int {
	r, n := utf8.DecodeLastRuneInString(text[start:end])
	switch {
	case r == '.' || r == '-' || r == '*':
		for end-n > start && text[end-n-1] == byte(r) {
			n++
		}
	case r == '!' || r == '?':
		for end-n > start && (text[end-n-1] == '!' || text[end-n-1] == '?') {
			n++
		}
	case isSingleQuote(r):
		if r2, n2 := utf8.DecodeLastRuneInString(text[start : end-n]); isSingleQuote(r2) {
			n += n2
		}
	}
	return n
}

// splitCore appends the tokens of a chunk stripped of its outer
// punctuation: it splits at dashes, ellipses, brackets and double quotes, at
// hyphens not after a prefix, at slashes and commas not between digits, and
// hands each remaining piece to appendWord.
func splitCore(dst []parley.Token, text string, start, end int) []parley.Token {
	if isPhoneNumber(text[start:end]) {
		return appendToken(dst, start, end)
	}
	piece := start
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		split := 0
		switch {
		case isDash(r), r == '…', r == '(', r == ')', r == '[', r == ']', r == '"', r == '“', r == '”':
			split = n
		case r == '-':
			if run := punctRunLen(text, i, end); run > 1 || !keepsHyphen(text, piece, i, end) {
				split = run
			}
		case r == '/', r == ',':
			if !between(text, start, i, end, isASCIIDigit) {
				split = 1
			}
		case r == '.':
			if run := punctRunLen(text, i, end); run > 1 {
				split = run
			}
		case isCurrency(r) && i > piece && i+n < end && isASCIIDigit(text[i+n]):
			// "US$4.5": the currency with its country prefix is one token.
			dst = appendToken(dst, piece, i+n)
			piece = i + n
		}
		if split == 0 {
			i += n
			continue
		}
		dst = appendWord(dst, text, piece, i)
		dst = appendToken(dst, i, i+split)
		i += split
		piece = i
	}
	return appendWord(dst, text, piece, end)
}

// between reports whether the bytes on both sides of text[at] satisfy is.
func between(text string, start, at, end int, is func(byte) bool) bool {
	return at > start && at+1 < end && is(text[at-1]) && is(text[at+1])
}

// appendWord appends text[start:end], a word without outer punctuation,
// splitting off clitics ("don't" -> "do" "n't"), units after numbers
// ("5km" -> "5" "km") and the fused forms "cannot", "gonna", "wanna" and
// "gotta".
func appendWord(dst []parley.Token, text string, start, end int) []parley.Token {
	if start >= end {
		return dst
	}
	word := text[start:end]
	at := fusedSplit(word)
	if at == 0 {
		at = cliticStart(word)
	}
	if at == 0 {
		at = unitStart(word)
	}
	if at > 0 {
		dst = appendToken(dst, start, start+at)
		start += at
	}
	return appendToken(dst, start, end)
}

// fusedSplit returns where a fused form splits ("cannot" -> "can" "not"),
// or 0.
func fusedSplit(word string) int {
	switch len(word) {
	case 5:
		if strings.EqualFold(word, "gonna") || strings.EqualFold(word, "wanna") || strings.EqualFold(word, "gotta") {
			return 3
		}
	case 6:
		if strings.EqualFold(word, "cannot") {
			return 3
		}
	}
	return 0
}

// cliticStart returns the byte offset where a clitic begins in word ("n't",
// "'s", "'re", "'ve", "'ll", "'d", "'m", with straight or curly
// apostrophes), or 0 when there is none. "'s" after a number is a plural
// ("the 1990's") and stays.
func cliticStart(word string) int {
	at, size := lastApostrophe(word)
	if at <= 0 {
		return 0
	}
	rest := word[at+size:]
	if (rest == "t" || rest == "T") && at >= 2 && word[at-1]|0x20 == 'n' {
		return at - 1
	}
	if isClitic(rest) && !allDigits(word[:at]) {
		return at
	}
	return 0
}

// allDigits reports a word made of ASCII digits only: "1990" in "1990's"
// is a decade, while "M23" in "M23's" and "G7" in "G7's" own something.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIIDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// lastApostrophe returns the offset and size of the last straight or right
// curly apostrophe in word after its first byte, or -1.
func lastApostrophe(word string) (int, int) {
	for i := len(word) - 1; i > 0; i-- {
		if word[i] == '\'' {
			return i, 1
		}
		if word[i] == 0x99 && i >= 2 && word[i-2:i+1] == "’" {
			return i - 2, 3
		}
	}
	return -1, 0
}

// isClitic reports whether s (after an apostrophe) is an English clitic.
func isClitic(s string) bool {
	switch len(s) {
	case 1:
		c := s[0] | 0x20
		return c == 's' || c == 'm' || c == 'd'
	case 2:
		return strings.EqualFold(s, "re") || strings.EqualFold(s, "ve") || strings.EqualFold(s, "ll")
	}
	return false
}

// unitStart returns where the letters begin in a number followed by a unit
// ("5km", "10pm", "3bn"), or 0. Ordinals ("20th") and plurals ("1990s")
// stay whole.
func unitStart(word string) int {
	if !isASCIIDigit(word[0]) {
		return 0
	}
	i := 1
	for i < len(word) && (isASCIIDigit(word[i]) || word[i] == '.' || word[i] == ',') {
		i++
	}
	if i == len(word) || !isASCIIDigit(word[i-1]) {
		return 0
	}
	unit := word[i:]
	if len(unit) == 1 && unit[0] < 'a' {
		return 0 // "83N", "17H": codes, not units
	}
	for j := 0; j < len(unit); j++ {
		if !isASCIILetter(unit[j]) {
			return 0
		}
	}
	if isOrdinalOrPlural(unit) {
		return 0
	}
	return i
}

// isOrdinalOrPlural reports whether the letters after a number make an
// ordinal ("1st", "20th") or a plural ("1990s").
func isOrdinalOrPlural(s string) bool {
	switch len(s) {
	case 1:
		return s[0]|0x20 == 's'
	case 2:
		return strings.EqualFold(s, "st") || strings.EqualFold(s, "nd") ||
			strings.EqualFold(s, "rd") || strings.EqualFold(s, "th")
	}
	return false
}

// hyphenPrefixes are the prefixes after which UD English EWT keeps a
// hyphenated word whole ("non-violent", "e-mail", "mid-July").
var hyphenPrefixes = map[string]bool{
	"anti": true, "co": true, "counter": true, "cross": true, "e": true,
	"ex": true, "extra": true, "intra": true, "mid": true, "mis": true,
	"multi": true, "neo": true, "non": true, "over": true, "post": true,
	"pre": true, "pro": true, "pseudo": true, "re": true, "semi": true,
	"socio": true, "sub": true, "super": true, "trans": true, "ultra": true,
	"un": true,
}

// keepsHyphen reports whether the hyphen at text[at] joins a prefix that
// began at text[piece] to a following letter or digit.
func keepsHyphen(text string, piece, at, end int) bool {
	prefix := text[piece:at]
	if prefix == "" || len(prefix) > len("counter") || at+1 >= end {
		return false
	}
	if next, _ := utf8.DecodeRuneInString(text[at+1 : end]); !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	var lower [8]byte
	for i := 0; i < len(prefix); i++ {
		if !isASCIILetter(prefix[i]) {
			return false
		}
		lower[i] = prefix[i] | 0x20
	}
	return hyphenPrefixes[string(lower[:len(prefix)])]
}

// isPhoneNumber reports whether s is digits grouped like a telephone number
// ("345-9945", "713-853-3989"), which EWT keeps whole.
func isPhoneNumber(s string) bool {
	var groups [3]int
	n, run := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case isASCIIDigit(s[i]):
			run++
		case s[i] == '-' && run > 0 && n < len(groups):
			groups[n] = run
			n++
			run = 0
		default:
			return false
		}
	}
	if run != 4 || n == 0 {
		return false
	}
	for i := 0; i < n; i++ {
		if groups[i] != 3 && !(i == 0 && groups[i] == 1) {
			return false
		}
	}
	return true
}

// isWebAddress reports whether s looks like a URL or an e-mail address,
// which stay whole.
func isWebAddress(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return true
	}
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at:], '.') > 1
}

// trimTrailingPunct returns the end of text[start:end] without trailing
// sentence punctuation and closing brackets.
func trimTrailingPunct(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isTerminator(r) && !isClosingPunct(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		end -= n
	}
	return end
}

// keepsLeadingApostrophe reports whether an apostrophe followed by rest
// belongs to the word: a decade ("'90s") or a bare clitic ("'s").
func keepsLeadingApostrophe(rest string) bool {
	if rest == "" {
		return false
	}
	if isASCIIDigit(rest[0]) {
		return true
	}
	return isClitic(rest[:trimTrailingPunct(rest, 0, len(rest))])
}

// keepsPeriod reports whether a period after word belongs to it. A single
// letter ending the span is a word ("because of X."), not an initial.
func keepsPeriod(word string, next following) bool {
	if next == followedByNothing && utf8.RuneCountInString(word) == 1 {
		return false
	}
	return periodIsAbbreviation(word, next == followedByDigit)
}

// emoticons stay whole.
var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ";)": true, ";-)": true,
	":D": true, ":-D": true, ":P": true, ":-P": true, "<3": true,
}

func isEmoticon(s string) bool { return len(s) <= 3 && emoticons[s] }

// isLeadingPunct reports whether r is split off the start of a chunk.
func isLeadingPunct(r rune) bool {
	return isOpeningPunct(r) || isDash(r) || isCurrency(r) ||
		r == '<' || r == '-' || r == '*' || r == '.' || r == '…' || r == '’'
}

// isTrailingPunct reports whether r is split off the end of a chunk.
func isTrailingPunct(r rune) bool {
	return isTerminator(r) || isClosingPunct(r) || isDash(r) ||
		r == ',' || r == ';' || r == ':' || r == '%' || r == '>' || r == '-' || r == '*'
}

// isSingleQuote reports whether r is a straight or curly single quote.
func isSingleQuote(r rune) bool { return r == '\'' || r == '‘' || r == '’' }

// isDash reports whether r is an en or em dash or a similar long dash.
func isDash(r rune) bool {
	return r == '—' || r == '–' || r == '―' || r == '‒'
}

// isCurrency reports whether r is a currency sign that precedes amounts.
func isCurrency(r rune) bool {
	return r == '$' || r == '£' || r == '€' || r == '¥' || r == '₹' || r == '₽'
}
