package nlp

import (
	"unicode"
	"unicode/utf8"
)

// abbrevKind says how a word followed by a period behaves at a possible
// sentence boundary.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// titleAbbrev precedes a name ("Mr.", "Gen.", "St."): it never ends a
	// sentence.
	titleAbbrev
	// numberAbbrev precedes a number ("No. 5", "Art. 51"): it is an
	// abbreviation only when a number follows.
	numberAbbrev
	// monthAbbrev never ends a sentence before a number ("Jan. 5") and may
	// otherwise.
	monthAbbrev
	// openAbbrev may end a sentence ("Inc.", "Jr.", "etc."): a boundary is
	// taken only before a typical sentence opener.
	openAbbrev
)

// abbreviations lists words that keep their period. Keys are written
// without it, in the case they are usually written.
var abbreviations = map[string]abbrevKind{
	// Titles and ranks.
	"Mr": titleAbbrev, "Mrs": titleAbbrev, "Ms": titleAbbrev, "Messrs": titleAbbrev,
	"Mme": titleAbbrev, "Mmes": titleAbbrev, "Mlle": titleAbbrev, "Dr": titleAbbrev,
	"Drs": titleAbbrev, "Prof": titleAbbrev, "Gen": titleAbbrev, "Gens": titleAbbrev,
	"Lt": titleAbbrev, "Col": titleAbbrev, "Sgt": titleAbbrev, "Capt": titleAbbrev,
	"Cpt": titleAbbrev, "Cmdr": titleAbbrev, "Cdr": titleAbbrev, "Adm": titleAbbrev,
	"Maj": titleAbbrev, "Brig": titleAbbrev, "Cpl": titleAbbrev, "Pvt": titleAbbrev,
	"Pfc": titleAbbrev, "Gov": titleAbbrev, "Govs": titleAbbrev, "Sen": titleAbbrev,
	"Sens": titleAbbrev, "Rep": titleAbbrev, "Reps": titleAbbrev, "Pres": titleAbbrev,
	"Rev": titleAbbrev, "Hon": titleAbbrev, "Amb": titleAbbrev, "Atty": titleAbbrev,
	"Supt": titleAbbrev, "Insp": titleAbbrev, "Det": titleAbbrev, "Fr": titleAbbrev,
	"Sec": titleAbbrev, "Sec'y": titleAbbrev, "Rt": titleAbbrev, "St": titleAbbrev,
	"Ste": titleAbbrev, "Mt": titleAbbrev, "Ft": titleAbbrev, "Pt": titleAbbrev,
	"vs": titleAbbrev, "v": titleAbbrev, "cf": titleAbbrev, "viz": titleAbbrev,
	"approx": titleAbbrev, "ca": titleAbbrev,
	"Ma": titleAbbrev, // "Ma. Theresa Lazaro": María, in Philippine names
	// Words that precede a number.
	"No": numberAbbrev, "Nos": numberAbbrev, "no": numberAbbrev, "Art": numberAbbrev,
	"Vol": numberAbbrev, "vol": numberAbbrev, "Fig": numberAbbrev, "fig": numberAbbrev,
	"p": numberAbbrev, "pp": numberAbbrev, "ch": numberAbbrev, "Ch": numberAbbrev,
	"para": numberAbbrev, "Para": numberAbbrev,
	// Months (May has no abbreviation).
	"Jan": monthAbbrev, "Feb": monthAbbrev, "Mar": monthAbbrev, "Apr": monthAbbrev,
	"Jun": monthAbbrev, "Jul": monthAbbrev, "Aug": monthAbbrev, "Sep": monthAbbrev,
	"Sept": monthAbbrev, "Oct": monthAbbrev, "Nov": monthAbbrev, "Dec": monthAbbrev,
	// Abbreviations that may end a sentence.
	"Inc": openAbbrev, "Corp": openAbbrev, "Co": openAbbrev, "Cos": openAbbrev,
	"Ltd": openAbbrev, "Plc": openAbbrev, "Bros": openAbbrev, "Jr": openAbbrev,
	"Sr": openAbbrev, "etc": openAbbrev, "Dept": openAbbrev, "Univ": openAbbrev,
	"Assn": openAbbrev, "Ave": openAbbrev, "Blvd": openAbbrev, "Rd": openAbbrev,
	"est": openAbbrev, "al": openAbbrev, "Esq": openAbbrev,
	// US state abbreviations of datelines ("PONCHATOULA, La. --").
	"Ala": openAbbrev, "Ariz": openAbbrev, "Ark": openAbbrev, "Calif": openAbbrev,
	"Colo": openAbbrev, "Conn": openAbbrev, "Del": openAbbrev, "Fla": openAbbrev,
	"Ga": openAbbrev, "Ill": openAbbrev, "Ind": openAbbrev, "Kan": openAbbrev,
	"Ky": openAbbrev, "La": openAbbrev, "Md": openAbbrev, "Mass": openAbbrev,
	"Mich": openAbbrev, "Minn": openAbbrev, "Miss": openAbbrev, "Mo": openAbbrev,
	"Mont": openAbbrev, "Neb": openAbbrev, "Nev": openAbbrev, "Okla": openAbbrev,
	"Ore": openAbbrev, "Pa": openAbbrev, "Tenn": openAbbrev, "Tex": openAbbrev,
	"Va": openAbbrev, "Vt": openAbbrev, "Wash": openAbbrev, "Wis": openAbbrev,
	"Wyo": openAbbrev,
}

// sentenceOpeners are capitalised words that typically start a sentence. A
// boundary after an ambiguous abbreviation ("in the U.S. The next day") is
// taken only before one of them.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "My": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "In": true,
	"On": true, "At": true, "But": true, "And": true, "Or": true, "So": true,
	"If": true, "When": true, "While": true, "After": true, "Before": true,
	"As": true, "However": true, "Meanwhile": true, "Also": true, "Yet": true,
	"Still": true, "Some": true, "Many": true, "Most": true, "No": true,
	"What": true, "Why": true, "How": true, "Who": true, "Where": true,
	"Since": true, "During": true, "Although": true, "Though": true,
	"Earlier": true, "Later": true, "Then": true, "Now": true, "Both": true,
	"Officials": true, "According": true, "Last": true, "Next": true,
}

// abbreviationKind classifies the word before a period: a listed
// abbreviation, a dotted acronym ("U.S", "a.m"), or a single capital letter
// (an initial).
func abbreviationKind(word string) abbrevKind {
	if word == "" {
		return notAbbrev
	}
	if k, ok := abbreviations[word]; ok {
		return k
	}
	if isDottedAcronym(word) {
		return openAbbrev
	}
	r, n := utf8.DecodeRuneInString(word)
	if n == len(word) && unicode.IsUpper(r) {
		return openAbbrev
	}
	return notAbbrev
}

// isDottedAcronym reports whether word is letters in groups of at most two,
// separated by single periods, with at least one period: "U.S", "a.m",
// "Ph.D". The final period is not part of word.
func isDottedAcronym(word string) bool {
	dots, run := 0, 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case isASCIILetter(c):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// periodIsAbbreviation reports whether the period after word belongs to it,
// given whether the next word starts with a digit.
func periodIsAbbreviation(word string, nextIsDigit bool) bool {
	switch abbreviationKind(word) {
	case notAbbrev:
		return false
	case numberAbbrev:
		return nextIsDigit
	default:
		return true
	}
}
