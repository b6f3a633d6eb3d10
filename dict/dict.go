// Package dict reads event-coding dictionaries: parley's own country table
// and the PETRARCH/TABARI family formats for actors (with date-restricted
// roles), agents, verb patterns with synonym sets, and discards. Readers are
// lenient: a malformed entry becomes a Problem with its file and line and the
// rest of the file still loads.
package dict

import (
	"fmt"
	"strings"
	"time"
)

// Problem is a malformed dictionary entry, reported with its position.
type Problem struct {
	File    string
	Line    int
	Message string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message) }

// Kind says what an actor entry names, which decides whether a match is an
// actor or a place.
type Kind uint8

// Kinds of actor entries.
const (
	KindActor     Kind = iota // a person, organisation or group
	KindCountry               // a country's name
	KindAdjective             // a nationality adjective or demonym
	KindCapital               // a capital city: a place, or the government as a metonym
	KindCity                  // another city: a place
	KindRegion                // a region or province: a place
	KindMetonym               // a seat of government standing for a body (Kremlin)
)

// IsPlace reports whether entries of this kind name places rather than actors.
func (k Kind) IsPlace() bool { return k == KindCity || k == KindRegion }

// Role is a code valid between two dates (zero times are open ends).
type Role struct {
	Code     string
	From, To time.Time
}

// covers reports whether the role applies on day t.
func (r Role) covers(t time.Time) bool {
	if !r.From.IsZero() && t.Before(r.From) {
		return false
	}
	if !r.To.IsZero() && t.After(r.To) {
		return false
	}
	return true
}

// Actor is one actor entry: its phrases and its codes over time.
type Actor struct {
	// Name is the primary phrase as written in the dictionary.
	Name string
	Kind Kind
	// Roles are dated codes; Default applies when none covers the date.
	Roles   []Role
	Default string
	// Person marks entries that name one person (for pronoun resolution).
	Person bool
	// Seat is the body a capital stands for as an actor, when that is not
	// its country's government (Brussels: the EU).
	Seat string
	// ActsIn lists the other countries where an armed group of one
	// country also fights ("[ACTS KEN ETH]" for al-Shabaab): analysts code
	// a regional branch as the insurgency of the country where it acts.
	ActsIn []string
	File   string
	Line   int
}

// CodeAt returns the actor's code on a day: the first dated role covering
// it, else the default (which may be empty: not an actor on that day).
func (a *Actor) CodeAt(t time.Time) string {
	if !t.IsZero() {
		for _, r := range a.Roles {
			if (!r.From.IsZero() || !r.To.IsZero()) && r.covers(t) {
				return r.Code
			}
		}
	}
	if a.Default == "---" {
		return ""
	}
	if a.Default != "" {
		return a.Default
	}
	// An article without a date gets the most recent role.
	if t.IsZero() && len(a.Roles) > 0 {
		return a.Roles[len(a.Roles)-1].Code
	}
	return ""
}

// Agent is a generic role ("police", "foreign minister") that combines with
// a country code.
type Agent struct {
	Name string
	Code string
	// Prefix puts Code before the country code (CODE~) instead of after.
	Prefix bool
	File   string
	Line   int
}

// Combine joins a country (or actor) code with the agent's code.
func (a *Agent) Combine(country string) string {
	if a.Prefix {
		return a.Code + country
	}
	return country + a.Code
}

// Discard is a phrase that makes the coder skip a sentence or a story.
type Discard struct {
	Words []string
	Story bool
	// Stem lets the last word match as a prefix (no trailing "_").
	Stem bool
	File string
	Line int
}

// phrase is one way of writing an entry: its normalised words.
type phrase struct {
	words []string
	// stem lets the last word match any word that starts with it.
	stem bool
	// exactCase requires the text to match case exactly (US vs us).
	exactCase bool
	// original holds the words as written, for exactCase checks.
	original []string
}

// Normalize folds a word for dictionary lookup: lower case, curly quotes
// straightened. Diacritics are kept; dictionaries list both spellings.
func Normalize(w string) string {
	if isASCIILower(w) {
		return w
	}
	w = strings.ToLower(w)
	if isASCII(w) {
		return undot(w)
	}
	return typography.Replace(w)
}

// undot writes a dotted acronym without its dots ("U.N." is "un", "U.S."
// is "us"), so that dictionaries need list only one form.
func undot(w string) string {
	if len(w) < 4 || len(w)%2 != 0 {
		return w
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'a' || w[i] > 'z' || w[i+1] != '.' {
			return w
		}
	}
	b := make([]byte, 0, len(w)/2)
	for i := 0; i < len(w); i += 2 {
		b = append(b, w[i])
	}
	return string(b)
}

// typography straightens curly quotes and dashes.
var typography = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-")

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isASCIILower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// parseDate reads YYMMDD or YYYYMMDD (PETRARCH restrictions).
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 8:
		return time.Parse("20060102", s)
	case 6:
		t, err := time.Parse("060102", s)
		if err != nil {
			return t, err
		}
		// Two-digit years: 00-30 are 2000s, the rest 1900s (TABARI's window).
		if t.Year() > 2030 {
			t = t.AddDate(-100, 0, 0)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
}
