// Package dates resolves the time expressions of news sentences ("this
// Thursday", "yesterday", "last week", "in March 2022", "on May 3")
// relative to the article's publication date, aware of tense: "on Thursday"
// in a past-tense report is the Thursday before publication, in a future one
// the Thursday after.
package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Granularity says how precise a resolved date is.
type Granularity uint8

// Granularities of a resolved date.
const (
	Day Granularity = iota
	Week
	Month
	Year
)

// Date is a resolved time expression: the day it names (the first day of a
// longer period), how precise it is, and where the expression is in the
// sentence (byte offsets).
type Date struct {
	Time        time.Time
	Granularity Granularity
	Start, End  int
}

// HistoricalAfter is how far before publication an event must be dated to
// count as background rather than news.
const HistoricalAfter = 30 * 24 * time.Hour

// Resolver resolves time expressions. The zero value is ready to use.
type Resolver struct{}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

const (
	monthRE   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	weekdayRE = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	numberRE  = `(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)`
)

// rules are tried in order; the first expression found in the sentence
// (leftmost, then by rule order) dates it.
var rules = []struct {
	re      *regexp.Regexp
	resolve func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool)
}{
	{regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		return ymd(m[3], m[1], m[2])
	}},
	{regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+(\d{4})\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		return ymd(m[3], m[2], m[1])
	}},
	{regexp.MustCompile(`\b` + monthRE + `\s+(?:of\s+)?(\d{4})\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		t, _, ok := ymd(m[2], m[1], "1")
		return t, Month, ok
	}},
	{regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		return monthDay(m[1], m[2], pub, past)
	}},
	{regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		return monthDay(m[2], m[1], pub, past)
	}},
	{regexp.MustCompile(`\b(?:(?i:in|since|during|until|early|late|mid-?)\s+)?` + monthRE + `\s+(?i:(last|next|this))\s+year\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		// "in May last year", "in March next year"
		mo, ok := months[strings.TrimSuffix(strings.ToLower(m[1]), ".")]
		year := pub.Year()
		switch strings.ToLower(m[2]) {
		case "last":
			year--
		case "next":
			year++
		}
		return time.Date(year, mo, 1, 0, 0, 0, 0, time.UTC), Month, ok
	}},
	{regexp.MustCompile(`\b(?i:(in|since|during|until|last|early|late|mid-?))\s+` + monthRE + `(?:\s*[,.;:)]|\s+[a-z]|$)`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		t, g, ok := monthAlone(m[2], pub, past)
		if ok && strings.EqualFold(m[1], "last") && t.Year() == pub.Year() && t.Month() == pub.Month() {
			// "last May", said in May: a year ago
			t = time.Date(pub.Year()-1, pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		return t, g, ok
	}},
	{regexp.MustCompile(`\b(?:([Tt]his|[Nn]ext|[Ll]ast|[Oo]n|[Cc]oming|[Pp]ast)\s+)?` + weekdayRE + `\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		return weekday(strings.ToLower(m[1]), strings.ToLower(m[2]), pub, past), Day, true
	}},
	{regexp.MustCompile(`(?i)\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|overnight)\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		switch strings.ToLower(m[1]) {
		case "yesterday":
			return pub.AddDate(0, 0, -1), Day, true
		case "tomorrow":
			return pub.AddDate(0, 0, 1), Day, true
		}
		return pub, Day, true
	}},
	{regexp.MustCompile(`(?i)\b` + numberRE + `\s+(day|week|month|year|decade)s?\s+(ago|earlier|before|later|from now)\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		n := number(strings.ToLower(m[1]))
		if strings.EqualFold(m[3], "later") || strings.EqualFold(m[3], "from now") {
			return shift(pub, strings.ToLower(m[2]), n)
		}
		return shift(pub, strings.ToLower(m[2]), -n)
	}},
	{regexp.MustCompile(`(?i)\b(last|next|this|earlier this|later this)\s+(week|month|year)\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		unit := strings.ToLower(m[2])
		switch strings.ToLower(m[1]) {
		case "last":
			return shift(pub, unit, -1)
		case "next":
			return shift(pub, unit, 1)
		}
		t, g, ok := shift(pub, unit, 0)
		return t, g, ok
	}},
	{regexp.MustCompile(`\b(?i:in|since|during|of|by|from|between|until|before|after)\s+(?:(?i:(early|late|mid))(?:\s+|-))?((?:19|20)\d\d)\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		y, _ := strconv.Atoi(m[2])
		if y == pub.Year() {
			return pub, Year, true
		}
		// "in mid-2025", "in late 2023": the middle or the last quarter
		month := time.January
		switch strings.ToLower(m[1]) {
		case "mid":
			month = time.July
		case "late":
			month = time.October
		}
		return time.Date(y, month, 1, 0, 0, 0, 0, time.UTC), Year, true
	}},
	{regexp.MustCompile(`\b(?i:in|since|during|by|from|until|through)\s+the\s+(?:(?i:early|late|mid)(?:\s+|-))?((?:19|20)\d)0s\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		// "in the 1990s": the decade's first year
		y, _ := strconv.Atoi(m[1])
		return time.Date(10*y, 1, 1, 0, 0, 0, 0, time.UTC), Year, true
	}},
	{regexp.MustCompile(`(?i)\blast\s+(spring|summer|autumn|fall|winter)\b`), func(m []string, pub time.Time, past bool) (time.Time, Granularity, bool) {
		// "last summer": some months back, whatever the hemisphere
		return pub.AddDate(0, -6, 0), Month, true
	}},
}

// ruleNeeds says, for each rule in order, which cheap clue a sentence must
// show before the rule's regular expression is worth running.
var ruleNeeds = []clue{clueMonth, clueMonth, clueMonth, clueMonth, clueMonth, clueMonth, clueMonth, clueWeekday, clueRelativeDay, clueAgo, cluePeriod, clueYear, clueYear, clueSeason}

type clue uint8

const (
	clueMonth clue = 1 << iota
	clueWeekday
	clueRelativeDay
	clueAgo
	cluePeriod
	clueYear
	clueSeason
)

// clues finds the cheap signs of each kind of time expression.
func clues(s string) clue {
	var c clue
	l := strings.ToLower(s)
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
			if digits == 4 {
				c |= clueYear
			}
		} else {
			digits = 0
		}
	}
	for _, m := range [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
		if strings.Contains(s, m) {
			c |= clueMonth
			break
		}
	}
	if strings.Contains(l, "day") {
		c |= clueWeekday
	}
	for _, w := range [...]string{"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "overnight"} {
		if strings.Contains(l, w) {
			c |= clueRelativeDay
			break
		}
	}
	for _, w := range [...]string{"ago", "earlier", "before", "later", "from now"} {
		if strings.Contains(l, w) {
			c |= clueAgo
			break
		}
	}
	if strings.Contains(l, "week") || strings.Contains(l, "month") || strings.Contains(l, "year") {
		c |= cluePeriod
	}
	if strings.Contains(l, "0s") {
		c |= clueYear // "the 1990s"
	}
	for _, w := range [...]string{"spring", "summer", "autumn", "fall", "winter"} {
		if strings.Contains(l, w) {
			c |= clueSeason
			break
		}
	}
	return c
}

// Find returns the first time expression of a sentence resolved against the
// publication date; past says the sentence reports something done.
func (Resolver) Find(sentence string, pub time.Time, past bool) (Date, bool) {
	best := Date{Start: -1}
	have := clues(sentence)
	if have == 0 {
		return best, false
	}
	for i, r := range rules {
		if have&ruleNeeds[i] == 0 {
			continue
		}
		loc := r.re.FindStringSubmatchIndex(sentence)
		if loc == nil || best.Start >= 0 && loc[0] >= best.Start {
			continue
		}
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = sentence[loc[2*i]:loc[2*i+1]]
			}
		}
		t, g, ok := r.resolve(m, pub, past)
		if !ok {
			continue
		}
		best = Date{Time: t, Granularity: g, Start: loc[0], End: loc[1]}
	}
	return best, best.Start >= 0
}

// Resolve dates a sentence's event: the date its time expression names, or
// the publication date; historical marks dates well before publication.
func (r Resolver) Resolve(sentence string, pub time.Time, past bool) (time.Time, bool, bool) {
	if pub.IsZero() {
		return time.Time{}, false, false
	}
	d, ok := r.Find(sentence, pub, past)
	if !ok {
		// "the peace process, which Moscow mediated for decades": what
		// went on for years is background, not the day's news.
		return pub, past && (longDuration.MatchString(sentence) || inThePast(sentence)), true
	}
	return d.Time, pub.Sub(d.Time) > HistoricalAfter, true
}

// longDuration is a time span of years ("for decades", "for more than
// 20 years") that makes a past act background.
var longDuration = regexp.MustCompile(`(?i)\bfor (?:(?:more than|over|nearly|almost|about) )?(?:decades|generations|centuries|many years|years|a decade|a generation|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:years|decades))\b`)

// inThePast reports "in the past" with no span after it ("threatened in
// the past to close the Strait"): background. "In the past week" is not.
func inThePast(sentence string) bool {
	for _, m := range pastPhrase.FindAllStringSubmatch(sentence, -1) {
		if !recentSpan[strings.ToLower(m[1])] {
			return true
		}
	}
	return false
}

var pastPhrase = regexp.MustCompile(`(?i)\bin the past\b(?:\s+([\w-]+))?`)

// recentSpan are the words after "in the past" that make it a recent span.
var recentSpan = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"hour": true, "hours": true, "year": true, "few": true, "two": true, "three": true,
	"four": true, "five": true, "several": true, "24": true, "48": true, "72": true,
	"fortnight": true, "weekend": true, "night": true,
}

func ymd(year, month, dayOfMonth string) (time.Time, Granularity, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(dayOfMonth)
	mo, ok := months[strings.TrimSuffix(strings.ToLower(month), ".")]
	if err1 != nil || err2 != nil || !ok || d < 1 || d > 31 {
		return time.Time{}, Day, false
	}
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), Day, true
}

// monthDay resolves "May 3" without a year: this year's, unless that puts a
// past event after publication (then last year's) or a future one well
// before it (then next year's).
func monthDay(month, dayOfMonth string, pub time.Time, past bool) (time.Time, Granularity, bool) {
	t, g, ok := ymd(strconv.Itoa(pub.Year()), month, dayOfMonth)
	if !ok {
		return t, g, false
	}
	switch {
	case past && t.After(pub):
		t = t.AddDate(-1, 0, 0)
	case !past && pub.Sub(t) > 7*24*time.Hour:
		t = t.AddDate(1, 0, 0)
	}
	return t, Day, true
}

// monthAlone resolves "in October": the last such month for a past report
// (this month if it is the publication month), the next one for a future.
func monthAlone(month string, pub time.Time, past bool) (time.Time, Granularity, bool) {
	mo, ok := months[strings.TrimSuffix(strings.ToLower(month), ".")]
	if !ok {
		return time.Time{}, Month, false
	}
	t := time.Date(pub.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
	switch {
	case mo == pub.Month():
		return pub, Month, true
	case past && t.After(pub):
		t = t.AddDate(-1, 0, 0)
	case !past && t.Before(pub):
		t = t.AddDate(1, 0, 0)
	}
	return t, Month, true
}

// weekday resolves a weekday with its qualifier relative to publication.
func weekday(qual, name string, pub time.Time, past bool) time.Time {
	wd := weekdays[name]
	ahead := (int(wd) - int(pub.Weekday()) + 7) % 7 // 0..6 days to the next one
	behind := (int(pub.Weekday()) - int(wd) + 7) % 7
	switch qual {
	case "this", "coming":
		return pub.AddDate(0, 0, ahead)
	case "next":
		if ahead == 0 {
			ahead = 7
		}
		return pub.AddDate(0, 0, ahead)
	case "last", "past":
		if behind == 0 {
			behind = 7
		}
		return pub.AddDate(0, 0, -behind)
	}
	if past {
		return pub.AddDate(0, 0, -behind)
	}
	return pub.AddDate(0, 0, ahead)
}

func shift(pub time.Time, unit string, n int) (time.Time, Granularity, bool) {
	switch unit {
	case "day":
		return pub.AddDate(0, 0, n), Day, true
	case "week":
		return pub.AddDate(0, 0, 7*n), Week, true
	case "month":
		return pub.AddDate(0, n, 0), Month, true
	case "year":
		return pub.AddDate(n, 0, 0), Year, true
	case "decade":
		return pub.AddDate(10*n, 0, 0), Year, true
	}
	return time.Time{}, Day, false
}

func number(s string) int {
	switch s {
	case "a", "an", "one":
		return 1
	case "two":
		return 2
	case "three", "a few", "several":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	}
	n, _ := strconv.Atoi(s)
	return n
}
