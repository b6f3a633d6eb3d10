package coder

import (
	"strconv"
	"strings"
	"time"

	"github.com/parley-events/parley"
)

// Dating events from their clause relative to publication.

// date resolves the date of the act told by verb v from the sentence's time
// expressions and the article's publication date.
func (c *Coder) date(doc *parley.Doc, s *sentence, v int, mood moodKind) (string, bool) {
	if doc.Article == nil || doc.Article.Published.IsZero() {
		return "", false
	}
	pub := doc.Article.Published
	if c.opts.Dates == nil {
		return pub.Format("2006-01-02"), false
	}
	if s.tag(v) == "VBN" && v > s.first && s.norm(v-1) == "," && !c.opts.Literal {
		// ", mediated at various times by the African Union, collapsed in
		// December 2023": the parenthetical participle is dated by the
		// clause it is set in.
		for k := v + 1; k+1 < s.last && k <= v+14; k++ {
			if s.norm(k) == "," {
				if m := k + 1; (s.tag(m) == "VBD" || s.tag(m) == "VBN" && s.tag(m-1) == ",") && m != v {
					return c.date(doc, s, m, moodFact)
				}
				break
			}
		}
	}
	past := mood == moodFact && c.pastTense(s, v)
	// Only the verb's own clause dates it: "accused X of rebuilding, in
	// violation of the truce that ended the war in November 2024" is news.
	from, to := clauseStart(s, v), c.clauseEnd(s, v+1)
	if to <= from {
		to = s.last
	}
	if !c.opts.Literal {
		from = pastRelativeClauses(s, from, v)
		perfect := v-1 >= s.first && (s.lemma(v-1) == "have" || v-2 >= s.first && s.lemma(v-2) == "have" && strings.HasPrefix(s.tag(v-1), "RB"))
		for k := v + 1; k < to && !perfect && s.tag(v) == "VBD"; k++ {
			if s.norm(k) == "since" && k+1 < to && s.norm(k+1) != "then" {
				// "thanked Turkey for its support since the fall of Assad in
				// December 2024": when the support began, not the thanks.
				to = k
				break
			}
		}
		passivePerfect := v-2 >= s.first && s.lemma(v-1) == "be" && s.tag(v-1) == "VBN" && s.lemma(v-2) == "have"
		if (perfect || passivePerfect) && mood == moodFact {
			// "More than 6,000 civilians have been killed since the 2021
			// coup": a toll kept since a past time, not a new act.
			for k := v + 1; k+1 < to; k++ {
				if s.norm(k) == "since" {
					if r := c.resolveSpan(doc, s, k+1, to, true); r.ok && r.historical || pastYearNear(s, k+1, to, pub.Year()) {
						return pub.Format("2006-01-02"), true
					}
					break
				}
			}
		}
		if from-2 > s.first && s.norm(from-1) == "when" && s.norm(from-2) == "," && mood == moodFact {
			// "since 2022, when the two countries also signed a security
			// agreement": the time the when-clause hangs on.
			if r := c.resolveSpan(doc, s, clauseStart(s, from-2), from-2, true); r.ok && r.historical {
				return r.t.Format("2006-01-02"), true
			}
		}
		if d := datelineEnd(s); d > from && d <= v {
			// "NIAMEY, Nov 19 (Reuters) - ... arrived on Tuesday": the
			// dateline dates the report, not the act.
			from = d
		}
	}
	if (mood == moodIntent || mood == moodRefused) && !c.opts.Literal {
		// An intent is dated by when it was expressed, not by the act it
		// announces: "said on Monday that he would travel on Thursday" is
		// Monday's; "will visit Kyiv next week", with no day of its own,
		// the report's. So is a refusal: "said on Wednesday he would not
		// resign".
		upTo := v
		if that := thatBefore(s, from, v); that >= 0 {
			upTo = that
		} else if statementVerbs[s.lemma(v)] && !c.opts.Literal {
			// "The drivers said on Tuesday the strike would continue": the
			// statement's own time, up to what was said.
			for upTo = v + 1; upTo < to && upTo < v+6 && s.tag(upTo) != "MD" && s.norm(upTo) != "that" && !isVerbTag(s.tag(upTo)); upTo++ {
			}
		}
		if rs := c.resolveSpan(doc, s, from, upTo, true); rs.ok && !rs.t.After(pub) {
			return rs.t.Format("2006-01-02"), rs.historical
		}
		return pub.Format("2006-01-02"), false
	}
	if past && !c.opts.Literal && longAfter(s, v) {
		// "weeks after the federal cabinet outlawed the party": the
		// occasion of the news, told as background.
		return pub.Format("2006-01-02"), true
	}
	r := c.resolveSpan(doc, s, from, to, past)
	if that := thatBefore(s, from, v); that >= 0 && mood == moodFact && !c.opts.Literal {
		// "said on Monday that troops had rescued 12 captives after a
		// gunfight on Sunday night": a time of what was said dates it
		// before the time of the saying.
		if own := c.resolveSpan(doc, s, that+1, to, past); own.ok && own.t.Before(pub) {
			r = own
		}
	}
	statement := false
	if mood == moodIntent {
		// "warned on Thursday that Britain would impose sanctions": the
		// intent's own clause dates it; failing that, the statement's.
		if that := thatBefore(s, from, v); that >= 0 {
			r = c.resolveSpan(doc, s, that+1, to, false)
			if r.ok && r.t.Equal(pub) {
				// The content clause names no time (the resolver gives the
				// publication date): the statement's own time dates it.
				r = c.resolveSpan(doc, s, from, that, c.pastTense(s, that-1) || hasPastVerb(s, from, that))
				statement = r.ok
			}
		}
	}
	t, historical, ok := r.t, r.historical, r.ok
	if (!ok || !t.Before(pub)) && s.tag(v) == "VBG" && v > s.first && s.norm(v-1) == "," && !c.opts.Literal {
		// "imposed sanctions on the network in March 2025, accusing Iran
		// of using it", "stormed a U.N. compound on Wednesday, detaining
		// 20 staff": the participle is told of its clause's time.
		for k := v - 2; k >= s.first; k-- {
			if s.tag(k) == "VBD" {
				if d, hist := c.date(doc, s, k, moodFact); hist || ok && t.After(pub) {
					return d, hist
				}
				break
			}
		}
	}
	if (!ok || t.Equal(pub)) && past && !c.opts.Literal {
		// "Police on Tuesday arrested 14 members of a coalition who staged
		// a sit-in": a relative clause with no time of its own is told of
		// the time of the clause it qualifies.
		if rel := relativeStart(s, v); rel > s.first && s.tag(rel) == "WP" {
			if mr := c.resolveSpan(doc, s, clauseStart(s, rel-1), rel, true); mr.ok {
				t, historical, ok = mr.t, mr.historical, true
			}
		}
	}
	if !ok {
		return pub.Format("2006-01-02"), false
	}
	if mood == moodFact && t.After(pub) && !c.opts.Literal {
		// A reported act is not in the future: "clashed on Wednesday" in a
		// story read as present is last Wednesday, or the report's day.
		if r := c.resolveSpan(doc, s, from, to, true); r.ok && !r.t.After(pub) {
			t, historical = r.t, r.historical
		} else {
			t, historical = pub, false
		}
	}
	// A reported intent is news on the day it is reported, whatever its date.
	if mood == moodIntent && t.Before(pub) && !statement {
		t, historical = pub, false
	}
	return t.Format("2006-01-02"), historical
}

// resolveSpan resolves the time expressions of tokens [from, to), cached
// per sentence.
func (c *Coder) resolveSpan(doc *parley.Doc, s *sentence, from, to int, past bool) dateResult {
	if to <= from {
		return dateResult{}
	}
	key := dateKey{from, to, past}
	r, seen := s.dates[key]
	if !seen {
		clause := doc.Text[doc.Tokens[from].Start:doc.Tokens[to-1].End]
		r.t, r.historical, r.ok = c.opts.Dates.Resolve(clause, pub(doc), past)
		if s.dates == nil {
			s.dates = map[dateKey]dateResult{}
		}
		s.dates[key] = r
	}
	return r
}

func pub(doc *parley.Doc) time.Time { return doc.Article.Published }

// pastRelativeClauses moves from past a relative clause closed before v:
// in "Noboa, who won re-election in April, on Wednesday accused ..." April
// dates the re-election, not the accusation.
func pastRelativeClauses(s *sentence, from, v int) int {
	if from-1 > s.first {
		// the clause start may be the relative clause's own first word
		if t := s.tag(from - 1); (t == "WP" || t == "WDT" || t == "WP$") && s.norm(from-2) == "," {
			from -= 2
		}
	}
	for k := from; k+1 < v; k++ {
		if s.tag(k) == "VBN" && k > s.first && strings.HasPrefix(s.tag(k-1), "NN") && s.mentionAt(k-1) != nil && noFiniteVerb(s, k+1, v) && isVerbTag(s.tag(v)) && s.tag(v) != "VBN" {
			// "activists held in pre-trial detention since October began a
			// hunger strike on Monday": the participle's time is its own.
			from = v
			break
		}
		if s.norm(k) != "," {
			continue
		}
		// ", who won re-election in April,", ", on her first visit since
		// taking the post in September,": set off between subject and verb.
		if t := s.tag(k + 1); t != "WP" && t != "WDT" && t != "WP$" && t != "IN" || t == "IN" && !noFiniteVerb(s, k+1, v) {
			continue
		}
		for j := k + 2; j < v; j++ {
			if s.norm(j) == "," {
				from = j + 1
				k = j
				break
			}
		}
	}
	return from
}

// thatBefore returns the "that" opening the content clause verb v stands
// in, or -1.
func thatBefore(s *sentence, from, v int) int {
	for k := v - 1; k > from; k-- {
		if s.norm(k) == "that" && s.tag(k) == "IN" {
			return k
		}
	}
	return -1
}

func hasPastVerb(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.tag(k) == "VBD" {
			return true
		}
	}
	return false
}

// pastTense reads the tense of the act at v: its own tag for a verb; for
// an event noun the nearest verb of its clause ("sanctions imposed in
// August"), and the past when there is none, as news reports what was done.
func (c *Coder) pastTense(s *sentence, v int) bool {
	if t := s.tag(v); strings.HasPrefix(t, "VB") {
		if t == "VBG" && v > s.first && !c.opts.Literal {
			// "China only began easing a ban in June": the aspect verb's tense.
			k := v - 1
			for k > s.first && strings.HasPrefix(s.tag(k), "RB") {
				k--
			}
			if aspectVerbs[s.lemma(k)] {
				return s.tag(k) == "VBD" || s.tag(k) == "VBN"
			}
		}
		if t == "VB" && v-1 > s.first && s.norm(v-1) == "to" && !c.opts.Literal {
			// "summoned a Japanese diplomat on Sunday to protest": a
			// purpose takes the tense of the act it is the purpose of.
			for k := v - 2; k >= s.first && k >= v-12; k-- {
				if tk := s.tag(k); tk == "VBD" || tk == "VBZ" || tk == "VBP" || tk == "MD" {
					return tk == "VBD"
				}
			}
		}
		return t == "VBD" || t == "VBN"
	}
	for k := clauseStart(s, v); k < c.clauseEnd(s, v+1); k++ {
		switch s.tag(k) {
		case "VBD", "VBN":
			return true
		case "MD", "VBZ", "VBP":
			return s.lemma(k) != "will" && s.norm(k) != "will"
		}
	}
	return true
}

// dateKey and dateResult cache a clause's resolved date: several events
// of one clause share it.
type dateKey struct {
	from, to int
	past     bool
}

type dateResult struct {
	t              time.Time
	historical, ok bool
}

// longAfter reports a verb in a clause that opens "weeks after", "months
// after" or "years after".
func longAfter(s *sentence, v int) bool {
	for k := v - 1; k > s.first && k >= v-10; k-- {
		if isVerbTag(s.tag(k)) || s.norm(k) == "," {
			return false
		}
		if s.norm(k) == "after" {
			switch s.norm(k - 1) {
			case "weeks", "months", "years", "decades":
				return true
			}
			return false
		}
	}
	return false
}

// pastYearNear reports a year before the given one among the four words
// from token from: "since the 2021 coup".
func pastYearNear(s *sentence, from, to, year int) bool {
	for k := from; k < to && k < from+4; k++ {
		if y, err := strconv.Atoi(s.norm(k)); err == nil && len(s.norm(k)) == 4 && y >= 1900 && y < year {
			return true
		}
	}
	return false
}
