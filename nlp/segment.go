package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley"
)

// Segment splits text into sentences and returns their byte spans, trimmed
// of surrounding white space. Every non-empty line is at least one unit
// (headlines and datelines are lines without a final period); inside a line
// a sentence ends at . ! ? or an ellipsis, with any closing quotes and
// brackets, when white space and an upper-case letter, a digit or an opening
// quote follow, and the period does not belong to an abbreviation.
func Segment(text string) []parley.Span {
	return appendSegments(nil, text)
}

// appendSegments appends the sentence spans of text to dst.
func appendSegments(dst []parley.Span, text string) []parley.Span {
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		dst = appendLineSentences(dst, text, lineStart, lineEnd)
		lineStart = lineEnd + 1
	}
	return dst
}

// appendLineSentences appends the sentences of the line text[start:end].
func appendLineSentences(dst []parley.Span, text string, start, end int) []parley.Span {
	sentStart := start
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isTerminator(r) {
			i += n
			continue
		}
		boundary, next := sentenceBoundary(text, sentStart, i, end)
		if boundary < 0 {
			i = next
			continue
		}
		dst = appendTrimmed(dst, text, sentStart, boundary)
		sentStart = next
		i = next
	}
	return appendTrimmed(dst, text, sentStart, end)
}

// sentenceBoundary examines the terminator at text[at] inside the sentence
// that began at sentStart on a line ending at lineEnd. It returns the end of
// the sentence and the start of the next one, or -1 and the position where
// scanning resumes when there is no boundary.
func sentenceBoundary(text string, sentStart, at, lineEnd int) (boundary, next int) {
	// Take the whole run of terminators, then closing quotes and brackets.
	end := at
	for end < lineEnd {
		r, n := utf8.DecodeRuneInString(text[end:lineEnd])
		if !isTerminator(r) {
			break
		}
		end += n
	}
	for end < lineEnd {
		r, n := utf8.DecodeRuneInString(text[end:lineEnd])
		if !isClosingPunct(r) {
			break
		}
		end += n
	}
	// White space, then something that can open a sentence.
	next = end
	for next < lineEnd {
		r, n := utf8.DecodeRuneInString(text[next:lineEnd])
		if !isSpace(r) {
			break
		}
		next += n
	}
	if next == end || next >= lineEnd {
		return -1, end
	}
	r, _ := utf8.DecodeRuneInString(text[next:lineEnd])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpeningPunct(r) {
		return -1, end
	}
	if text[at] == '.' && !isEllipsisAt(text, at) && !periodEndsSentence(text, sentStart, at, next, lineEnd) {
		return -1, end
	}
	return end, next
}

// periodEndsSentence decides whether the period at text[at] ends a
// sentence, given the word before it and the word starting at next.
func periodEndsSentence(text string, sentStart, at, next, lineEnd int) bool {
	word := wordBefore(text, sentStart, at)
	following := wordAt(text, next, lineEnd)
	nextIsDigit := following != "" && isASCIIDigit(following[0])
	switch abbreviationKind(word) {
	case notAbbrev:
		return true
	case titleAbbrev:
		return false
	case numberAbbrev:
		return !nextIsDigit
	case monthAbbrev:
		return !nextIsDigit && sentenceOpeners[following]
	default:
		return sentenceOpeners[following]
	}
}

// wordBefore returns the word that ends at text[at], without opening
// punctuation, looking no further back than sentStart.
func wordBefore(text string, sentStart, at int) string {
	start := at
	for start > sentStart {
		r, n := utf8.DecodeLastRuneInString(text[sentStart:start])
		if isSpace(r) || isOpeningPunct(r) {
			break
		}
		start -= n
	}
	return text[start:at]
}

// wordAt returns the letters and digits starting at text[start], after any
// opening punctuation.
func wordAt(text string, start, end int) string {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isOpeningPunct(r) {
			break
		}
		start += n
	}
	stop := start
	for stop < end {
		r, n := utf8.DecodeRuneInString(text[stop:end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		stop += n
	}
	return text[start:stop]
}

// isEllipsisAt reports whether the period at text[at] starts or continues a
// run of periods.
func isEllipsisAt(text string, at int) bool {
	return (at+1 < len(text) && text[at+1] == '.') || (at > 0 && text[at-1] == '.')
}

// appendTrimmed appends text[start:end] without surrounding white space,
// unless nothing is left.
func appendTrimmed(dst []parley.Span, text string, start, end int) []parley.Span {
	start, end = trimSpan(text, start, end)
	if start < end {
		dst = append(dst, parley.Span{Start: start, End: end})
	}
	return dst
}

// trimSpan narrows [start, end) to exclude leading and trailing white space.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// isTerminator reports whether r can end a sentence.
func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isSpace reports whether r separates words: Unicode white space, plus the
// zero-width space and the byte-order mark. Invalid UTF-8 is not space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	case '\u200b', '\ufeff':
		return true
	}
	return r > utf8.RuneSelf && r != utf8.RuneError && unicode.IsSpace(r)
}

// isOpeningPunct reports whether r opens a quotation or bracket.
func isOpeningPunct(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '{', '«', '`', '„', '‚', '¿', '¡':
		return true
	}
	return false
}

// isClosingPunct reports whether r closes a quotation or bracket.
func isClosingPunct(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»':
		return true
	}
	return false
}
