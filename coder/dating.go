package coder

import (
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
	past := mood == moodFact && c.pastTense(s, v)
	// Only the verb's own clause dates it: "accused X of rebuilding, in
	// violation of the truce that ended the war in November 2024" is news.
	from, to := clauseStart(s, v), c.clauseEnd(s, v+1)
	if to <= from {
		to = s.last
	}
	clause := doc.Text[doc.Tokens[from].Start:doc.Tokens[to-1].End]
	key := dateKey{from, to, past}
	r, seen := s.dates[key]
	if !seen {
		r.t, r.historical, r.ok = c.opts.Dates.Resolve(clause, pub, past)
		if s.dates == nil {
			s.dates = map[dateKey]dateResult{}
		}
		s.dates[key] = r
	}
	t, historical, ok := r.t, r.historical, r.ok
	if !ok {
		return pub.Format("2006-01-02"), false
	}
	// A reported intent is news on the day it is reported, whatever its date.
	if mood == moodIntent && t.Before(pub) {
		t, historical = pub, false
	}
	return t.Format("2006-01-02"), historical
}

// pastTense reads the tense of the act at v: its own tag for a verb; for
// an event noun the nearest verb of its clause ("sanctions imposed in
// August"), and the past when there is none, as news reports what was done.
func (c *Coder) pastTense(s *sentence, v int) bool {
	if t := s.tag(v); strings.HasPrefix(t, "VB") {
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
