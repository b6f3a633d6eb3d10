package coder

import (
	"strings"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/dict"
)

// Event nouns: acts reported as nouns ("visits by leaders from ... to
// Kyiv", "a possible visit to Istanbul").

// nounAt returns the event noun ("visit", "invasion") at token v.
func (c *Coder) nounAt(s *sentence, v int) *dict.Verb {
	if t := s.tag(v); t != "NN" && t != "NNS" && !(t == "VB" && !c.opts.Literal && len(c.dict.Verbs.Lookup(s.norm(v))) == 0 && len(c.dict.Verbs.Lookup(s.lemma(v))) == 0) || s.mentionAt(v) != nil {
		return nil // ("open to dialogue": a noun the tagger read as a verb, which no verb pattern knows)
	}
	for _, key := range [2]string{s.lemma(v), s.norm(v)} {
		if ns := c.dict.Nouns.Lookup(key); len(ns) > 0 {
			return ns[0]
		}
	}
	return nil
}

// codeNoun codes an event noun. Nouns have no subject: the source is the
// pattern's $ slot, the owner or adjective before the noun ("Russia's
// invasion", "Russian strikes"), or the subject of the verb the noun is
// the object of ("Trump hinted at a visit"). Only a pattern match codes.
func (c *Coder) codeNoun(doc *parley.Doc, s *sentence, st *docState, v int, noun *dict.Verb) []parley.Event {
	end := c.clauseEnd(s, v+1)
	best := c.matchPatterns(s, v, 0, end, []*dict.Verb{noun})
	if best == nil || best.pattern.Code == "" {
		return nil
	}
	code := best.pattern.Code
	gov := c.governingVerb(s, v)
	mutual := best.pattern.Pair != "" && best.target != nil && !c.opts.Literal
	if mutual && gov < 0 {
		// "Six Maoists were killed in an exchange of fire with police
		// commandos", "killed 12 bandits after a gunfight with the
		// bandits": the clause's verb, a preposition or more away.
		gov = c.clauseVerbBefore(s, v)
	}
	if gov >= 0 && c.verbCodes(s, gov) && !(mutual && isPassive(s, gov) && c.agentOfPassive(s, gov, v) == nil) {
		return nil // "engage in talks": the verb's patterns code it
	}
	mood := c.nounMood(s, v)
	if mood == moodFact && gov >= 0 {
		mood = c.mood(s, gov).kind
	}
	if c.opts.Literal {
		mood = moodFact
	}
	switch mood {
	case moodIntent:
		code = intentCode(code)
	case moodFact:
	default:
		return nil
	}
	src := best.source
	if src == nil && gov >= 0 && mood == moodIntent && seekVerbs[s.lemma(gov)] && !c.opts.Literal {
		// "Berlin would push for new EU sanctions on Russia": Berlin's
		// threat, whoever is to impose them.
		src = c.subject(s, st, gov, 0)
	}
	if src == nil {
		src = c.nounOwner(s, v)
	}
	if src == nil && gov >= 0 && mutual {
		src = c.subject(s, st, gov, 0) // one side is whoever the clause is about
	}
	if src == nil && gov >= 0 && c.performs(s, gov) {
		src = c.subject(s, st, gov, 0)
	}
	if src == nil || src.code == "" || code == "" {
		return nil
	}
	if s.lemma(v) == "strike" && rootBetween(code, "19", "19") && !c.opts.Literal &&
		(labourStrike[s.norm(v-1)] || len(src.code) >= 6 && protesterRoles[src.code[3:6]]) {
		code = "143" // "the Histadrut declared a general strike against the government"
	}
	if mutual && best.target.place {
		return nil // "clashes with militants near the Afghan border": ground is no side
	}
	tgt := c.refinePlaceTarget(s, best.target, v, end, code)
	if !c.opts.Literal && rootBetween(code, "18", "20") && (tgt == nil || tgt.place || len(tgt.code) == 3) {
		// "Israeli air strikes on residential buildings in Gaza City have
		// killed at least 12 Palestinian civilians": the strikes' victims.
		if victims := c.killedBySubject(s, v); victims != nil && victims != src {
			tgt = victims
		}
	}
	if tgt == nil && (code == "045" || code == "039") && !c.opts.Literal {
		tgt = c.mediatedParties(s, st, v, src) // "after mediation by Turkey"
	}
	if c.opts.RequireTarget && tgt == nil && !targetOptional(code) {
		return nil
	}
	trig := triggerSpan(doc, s, v, 0, best)
	date, historical := c.date(doc, s, v, mood)
	if historical && !c.opts.Historical {
		return nil
	}
	return c.emit(doc, s, src, tgt, code, best.pattern.Pair, trig, mood, date, historical)
}

// killedBySubject returns the people a kill verb whose subject phrase
// holds the noun at v killed ("strikes on ... have killed 12 civilians"),
// or nil.
func (c *Coder) killedBySubject(s *sentence, v int) *mention {
	for k := v + 1; k < s.last && k <= v+14; k++ {
		t := s.tag(k)
		if t == "," || t == ":" || t == "CC" && s.norm(k) != "and" || t == "WDT" || t == "WP" {
			return nil
		}
		if !strings.HasPrefix(t, "VB") || auxiliaries[s.lemma(k)] {
			continue
		}
		if l := s.lemma(k); l != "kill" && l != "wound" && l != "injure" {
			return nil
		}
		for j := k + 1; j < s.last && j <= k+8; j++ {
			if m := s.mentionAt(j); m != nil {
				if r := m.resolved(); r.code != "" && !r.place {
					return r
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// clauseVerbBefore returns the nearest verb before token v in its clause,
// or -1.
func (c *Coder) clauseVerbBefore(s *sentence, v int) int {
	for k := v - 1; k >= s.first && k >= v-12; k-- {
		switch t := s.tag(k); {
		case strings.HasPrefix(t, "VB") && t != "VBG":
			return k
		case t == "," || t == ":" || t == "CC" || t == "WDT" || t == "WP":
			return -1
		}
	}
	return -1
}

// labourStrike are the words before "strike" that make it a labour strike.
var labourStrike = map[string]bool{
	"general": true, "nationwide": true, "national": true, "indefinite": true, "labour": true,
	"labor": true, "hunger": true, "teachers": true, "doctors": true, "workers": true, "transport": true,
}

// nounOwner returns the actor right before a noun, over adjectives:
// "Russia's invasion", "recent Russian air strikes".
func (c *Coder) nounOwner(s *sentence, v int) *mention {
	for k := v - 1; k >= s.first && k >= v-4; k-- {
		if m := s.mentionAt(k); m != nil {
			if m.code == "" || m.place && m.kind != dict.KindAdjective {
				return nil
			}
			return m
		}
		switch s.tag(k) {
		case "JJ", "NN", "POS", "VBN", "HYPH":
			continue
		}
		return nil
	}
	return nil
}

// governingVerb finds the verb whose object phrase holds noun v ("hinting
// at a possible visit"): leftwards over determiners, adjectives and one
// preposition.
func (c *Coder) governingVerb(s *sentence, v int) int {
	preps, rounds := 0, false
	for k := v - 1; k >= s.first && k >= v-6; k-- {
		t := s.tag(k)
		switch {
		case rounds && strings.HasPrefix(t, "VB") && statementVerbs[s.lemma(k)]:
			return -1 // "said the next round of talks would go ahead": the talks are the content's subject
		case strings.HasPrefix(t, "VB"), t == "JJ" && (controlAdjective[s.lemma(k)] || s.lemma(k) == "open") && preps > 0:
			return k
		case t == "IN" || t == "TO":
			preps++
			if preps > 1 {
				return -1
			}
		case t == "DT" || t == "JJ" || t == "PRP$" || t == "RB":
		case t == "NN" && k == v-1 && !isCapitalised(s.text(k)):
			// "ready for peace talks": a noun modifier
		case (t == "NNS" || t == "NN") && preps == 1 && s.norm(k+1) == "of" && roundNouns[s.lemma(k)] && !c.opts.Literal:
			// "to host further rounds of talks": the rounds' verb
			preps, rounds = 0, true
		case s.mentionAt(k) != nil && s.mentionAt(k).last == v && !c.opts.Literal:
			k = s.mentionAt(k).first // "push for new European Union sanctions": the owner
		default:
			return -1
		}
	}
	return -1
}

// roundNouns count occurrences of an event noun ("rounds of talks").
var roundNouns = map[string]bool{"round": true, "series": true, "rounds": true, "cycle": true}

// seekVerbs work for an act others are to do ("push for sanctions").
var seekVerbs = map[string]bool{"push": true, "press": true, "lobby": true, "seek": true, "campaign": true}

// nominalIntent are adjectives that make an event noun an intention.
var nominalIntent = map[string]bool{
	"possible": true, "potential": true, "planned": true, "proposed": true, "upcoming": true,
	"expected": true, "likely": true, "prospective": true, "future": true, "anticipated": true,
	"scheduled": true, "mooted": true,
}

// nounMood reads the words before an event noun: "possible visit",
// "ready for talks", "no talks".
func (c *Coder) nounMood(s *sentence, v int) moodKind {
	for k := v - 1; k >= s.first && k >= v-4; k-- {
		w := s.norm(k)
		switch {
		case nominalIntent[w]:
			return moodIntent
		case w == "no" || w == "without":
			return moodNegated
		case (w == "for" || w == "to") && k > s.first && (controlAdjective[s.lemma(k-1)] || s.lemma(k-1) == "open"):
			return moodIntent
		case s.tag(k) == "JJ" || s.tag(k) == "DT" || s.tag(k) == "RB" || s.tag(k) == "NN" && k == v-1 && !isCapitalised(s.text(k)):
			continue // ("peace talks")
		}
		break
	}
	if c.conditional(s, v) {
		return moodHypothetical
	}
	return moodFact
}

// performs reports whether the verb governing an event noun makes its
// subject the noun's agent: "carried out strikes", "launched an offensive",
// "held talks". A verb that answers the act ("condemned the strikes",
// "welcomed the talks", "denied the attack") says nothing of who did it.
func (c *Coder) performs(s *sentence, gov int) bool {
	verbs, _ := c.verbAt(s, gov)
	if len(verbs) == 0 {
		return true
	}
	code := verbs[0].Code
	return code == "" || code == "---" || rootBetween(code, "14", "20") && !rootBetween(code, "16", "16")
}
