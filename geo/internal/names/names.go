// Package names holds the name keys of parley's gazetteer, shared by
// package geo and its generator.
package names

import (
	"strings"
	"unicode"
)

// Version numbers the key functions of this package. Change it whenever
// Normalize or Loose change, so that a gazetteer indexed with the old
// keys is rebuilt rather than misread.
const Version = 1

// Keys returns the exact and loose keys under which a place with the
// given names is indexed, without duplicates.
func Keys(names ...string) (exact, loose []string) {
	for _, n := range names {
		if k := Normalize(n); k != "" && !contains(exact, k) {
			exact = append(exact, k)
		}
	}
	for _, k := range exact {
		if l := Loose(k); l != "" && !contains(loose, l) {
			loose = append(loose, l)
		}
	}
	return exact, loose
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Normalize returns the lookup key of a place name (see geo.Normalize). It is case- and
// diacritics-insensitive: letters are folded to ASCII ("Khān Yūnis" and
// "Khan Yunis" share the key "khan yunis"), apostrophes and modifier
// letters are dropped so that "Sana'a" and "Sanaa" match, other
// punctuation separates words ("Port-au-Prince" is "port au prince"), runs
// of single letters join ("Washington, D.C." is "washington dc"), a
// leading "the" is dropped, and the abbreviations "St", "Ste" and "Mt"
// become "saint", "sainte" and "mount".
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // at the start or after a separator
	for _, r := range s {
		switch {
		case r < 0x80:
			switch {
			case r >= 'A' && r <= 'Z':
				b.WriteByte(byte(r) + 'a' - 'A')
				space = false
			case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
				b.WriteByte(byte(r))
				space = false
			case r == '\'' || r == '`':
				// Dropped: "Sana'a" → "sanaa".
			default:
				if !space {
					b.WriteByte(' ')
					space = true
				}
			}
		case isApostrophe(r) || unicode.Is(unicode.Mn, r):
			// Dropped: modifier letters (ʻ ʼ ʾ ʿ), curly apostrophes and
			// combining marks.
		default:
			if f, ok := foldTable[r]; ok {
				b.WriteString(strings.ToLower(f))
				space = false
				continue
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
				space = false
				continue
			}
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	key := strings.TrimRight(b.String(), " ")
	if key == "" {
		return ""
	}
	words := strings.Split(key, " ")
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		// Join runs of single letters: "d c" → "dc", "u s" → "us".
		if len(w) == 1 && i+1 < len(words) && len(words[i+1]) == 1 {
			j := i
			var run strings.Builder
			for j < len(words) && len(words[j]) == 1 {
				run.WriteString(words[j])
				j++
			}
			out = append(out, run.String())
			i = j - 1
			continue
		}
		switch w {
		case "st":
			w = "saint"
		case "ste":
			w = "sainte"
		case "mt":
			w = "mount"
		}
		out = append(out, w)
	}
	if len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return strings.Join(out, " ")
}

// isApostrophe reports whether r is a non-ASCII apostrophe or one of the
// modifier letters used for ʻayn and hamza in transliterations.
func isApostrophe(r rune) bool {
	switch r {
	case '\u2018', '\u2019', '\u201B', '\u2032', '\u00B4', // ‘ ’ ‛ ′ ´
		'\u02BB', '\u02BC', '\u02BD', '\u02BE', '\u02BF', '\u02C8': // ʻ ʼ ʽ ʾ ʿ ˈ
		return true
	}
	return false
}

// articles are the transliterated Arabic article forms that Loose drops.
var articles = map[string]bool{
	"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true,
	"az": true, "an": true, "at": true, "ath": true, "ed": true, "er": true,
	"es": true, "ez": true, "en": true, "et": true, "adh": true, "ul": true,
}

// Loose maps a Normalize key to a coarser key that absorbs the usual
// variation between transliterations: Arabic articles are dropped ("El
// Fasher", "Al-Fashir"), "ou"/"oo" become "u", "ee" and "y" become "i",
// "q" becomes "k", doubled letters are single and a word-final "h" after a
// vowel is dropped ("Raqqah", "Raqqa"). It is only used when a name has no
// exact match.
func Loose(key string) string {
	words := strings.Split(key, " ")
	out := make([]string, 0, len(words))
	for i, w := range words {
		if articles[w] && len(words) > 1 && i+1 < len(words) {
			continue
		}
		out = append(out, looseWord(w))
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "")
}

func looseWord(w string) string {
	w = strings.NewReplacer("ou", "u", "oo", "u", "ee", "i", "y", "i", "q", "k", "-", "").Replace(w)
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b = append(b, w[i])
	}
	if n := len(b); n > 2 && b[n-1] == 'h' && strings.IndexByte("aeiou", b[n-2]) >= 0 {
		b = b[:n-1]
	}
	return string(b)
}
