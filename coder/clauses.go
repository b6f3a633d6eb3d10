package coder

import (
	"strings"

	"github.com/parley-events/parley/dict"
)

// Shallow clause reading: who is the subject of a verb, what is its object,
// where does its clause end. No parser: part-of-speech tags and a few word
// classes carry it, in the way TABARI did, with control verbs and
// infinitives followed to their subject.

var auxiliaries = map[string]bool{"be": true, "have": true, "do": true, "get": true}

// linking verbs pass their subject to the verb they govern ("seems designed
// to put", "continued to attack").
var linking = map[string]bool{
	"seem": true, "appear": true, "try": true, "attempt": true, "continue": true,
	"begin": true, "start": true, "want": true, "plan": true, "aim": true,
	"intend": true, "hope": true, "expect": true, "seek": true, "decide": true,
	"agree": true, "offer": true, "promise": true, "pledge": true, "vow": true,
	"threaten": true, "refuse": true, "decline": true, "fail": true, "prepare": true,
	"move": true, "vote": true, "wish": true, "need": true, "design": true,
	"set": true, "determine": true, "go": true, "look": true, "propose": true,
	"keep": true,
}

// subordinators end a clause to their right.
var subordinators = map[string]bool{
	"because": true, "while": true, "although": true, "though": true, "whereas": true,
	"if": true, "unless": true, "when": true, "whether": true, "that": true,
	"which": true, "who": true, "whom": true, "whose": true, "where": true,
}

// clauseEnd returns the first token index after the verb's clause.
func (c *Coder) clauseEnd(s *sentence, from int) int {
	for k := from; k < s.last; k++ {
		w, t := s.norm(k), s.tag(k)
		switch {
		case w == ";" || w == ":" || w == "—" || w == "–":
			return k
		case subordinators[w] && k > from:
			return k
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			if k > from && !auxAfterTo(s, k) && !namingRelative(s, from, k) {
				return k
			}
		case w == "," && k+1 < s.last:
			nt := s.tag(k + 1)
			if nt == "VBG" || nt == "VBN" || nt == "WP" || nt == "WDT" || s.norm(k+1) == "but" || s.norm(k+1) == "while" {
				return k
			}
			if s.norm(k+1) == "and" && !c.opts.Literal && newClauseAfter(s, k+2) {
				return k // "..., and thousands of civilians fled": a clause of its own
			}
		case w == "as" && k > from && !c.opts.Literal && !s.headline && newClauseAfter(s, k+1):
			return k // "withdrew as the rebels advanced"
		}
	}
	return s.last
}

// newClauseAfter reports a subject noun phrase at k followed by its verb:
// "the rebels advanced", "thousands of civilians fled".
func newClauseAfter(s *sentence, k int) bool {
	if k >= s.last {
		return false
	}
	if t := s.tag(k); t != "DT" && t != "NNS" && t != "NNP" && t != "NN" && t != "CD" && t != "PRP" && t != "JJ" {
		return false
	}
	for j := k; j < s.last && j <= k+6; j++ {
		switch t := s.tag(j); {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return j > k
		case t == "VBN" || t == "JJ" && j > k:
			// "the rebels advanced/JJ", "civilians fled/VBN": a past form
			// right after the subject's noun
			if j > k && (s.tag(j-1) == "NNS" || s.tag(j-1) == "NN") && j+1 < s.last && (s.tag(j+1) == "IN" || s.tag(j+1) == "RB" || s.tag(j+1) == "RP") && s.lemma(j) != s.norm(j) {
				return true
			}
			if t == "VBN" {
				return false
			}
		case t == "DT" || t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" || t == "JJ" || t == "CD" || t == "IN" && s.norm(j) == "of" || t == "PRP" || t == "POS":
		default:
			return false
		}
	}
	return false
}

func auxAfterTo(s *sentence, k int) bool { return k > s.first && s.norm(k-1) == "to" }

// isPassive reports "was attacked", "has been shot", "were reportedly killed".
func isPassive(s *sentence, v int) bool {
	if s.tag(v) != "VBN" {
		return false
	}
	for k := v - 1; k >= s.first; k-- {
		t := s.tag(k)
		if strings.HasPrefix(t, "RB") {
			continue
		}
		l := s.lemma(k)
		return l == "be" || l == "get"
	}
	return false
}

// byBefore returns the index of the "by" right before token k, over an
// article ("by the UAE"), or -1.
func byBefore(s *sentence, k int) int {
	b := k - 1
	if b > s.first && s.tag(b) == "DT" {
		b--
	}
	if b > s.first && s.norm(b) == "by" {
		return b
	}
	return -1
}

// ownership are participles that name a thing's owner, who is what acts
// on the thing reach: "seized a tanker owned by a Dubai company".
var ownership = map[string]bool{"own": true, "operate": true, "run": true, "charter": true, "manage": true}

// reducedPassive reports a participle that modifies the noun before it,
// with its agent after "by": "an exchange brokered by the UAE", whatever
// the tagger calls the participle.
func reducedPassive(s *sentence, v int) bool {
	t := s.tag(v)
	if (t == "VBN" || t == "VBD") && v > s.first && v+1 < s.last && s.norm(v+1) == "by" && s.tag(v-1) == "NNS" {
		// "six Trinidadian fishermen detained by the Venezuelan navy": a
		// plural actor before a participle with its agent is no subject
		// of a past tense.
		if m := s.mentionAt(v - 1); m != nil && m.resolved().code != "" && len(m.resolved().code) >= 6 && m.resolved().code[3:6] == "CVL" {
			return true
		}
	}
	if t == "VBN" && v > s.first && s.norm(v-1) == "," {
		// "Talks between Egypt, Ethiopia and Sudan, mediated at various
		// times by the African Union, collapsed": a participle set off by
		// commas, with its agent a few words on.
		for k := v + 1; k < s.last && k <= v+5; k++ {
			if s.norm(k) == "by" {
				return true
			}
			if s.norm(k) == "," || isVerbTag(s.tag(k)) {
				break
			}
		}
	}
	return (t == "VBN" || t == "VBD") && v > s.first && v+1 < s.last && s.norm(v+1) == "by" &&
		(s.tag(v-1) == "NN" || s.tag(v-1) == "NNS") && s.mentionAt(v-1) == nil
}

// agentOfPassive finds the "by X" actor after a passive verb.
func (c *Coder) agentOfPassive(s *sentence, v, end int) *mention {
	for k := v + 1; k < end; k++ {
		if s.norm(k) != "by" {
			continue
		}
		for j := k + 1; j < end && j <= k+3; j++ {
			if m := s.mentionAt(j).resolved(); m != nil && m.code != "" && !m.place {
				return m
			}
		}
	}
	return nil
}

// object returns the first actor after the verb in its clause that is not
// a place and not the source itself.
func (c *Coder) object(s *sentence, from, end int, src *mention) *mention {
	var fallback *mention
	for k := from; k < end; k++ {
		m := s.mentionAt(k)
		if m == nil {
			if !c.opts.Literal && s.tag(k) == "VBG" && k > from && (s.tag(k-1) == "NN" || s.tag(k-1) == "NNS") && s.mentionAt(k-1) == nil && linkingVerbs[s.lemma(k)] {
				break // "a trade corridor linking Niger to Cotonou": what the noun joins
			}
			continue
		}
		k = m.last - 1
		if m.last < s.last && namingRelative(s, from, m.last) {
			continue // "condemned what Moscow called ...": the namer is not the object
		}
		if !c.opts.Literal && m.kind == dict.KindCountry && isPossessive(s, m.last) {
			// "accused Myanmar's Democratic Karen Buddhist Army": the body
			// the country owns is the object.
			if o := s.mentionAt(m.last + 1); o != nil && o.kind == dict.KindActor && o.code != "" && !o.person {
				return o
			}
		}
		if b := byBefore(s, m.first); !c.opts.Literal && b > from && reducedPassive(s, b-1) && !ownership[s.lemma(b-1)] {
			continue // "a truce brokered by Egypt": the broker is not the object
		}
		if subjectOfNextClause(s, m) && (!c.opts.Literal || afterComma(s, m)) {
			// ", the Qatari foreign ministry said": a new clause begins.
			// PETRARCH's objects run into a clause's subject ("believe
			// Dagolath can cope"), though not past a comma.
			break
		}
		m = m.resolved()
		if m.code == "" || m.place || m == src || m.code == src.code {
			continue
		}
		if m.inferred && weaponNouns[s.lemma(m.last-1)] {
			// "fired several cruise missiles": a weapon given the
			// article's country is what the source used, never its target.
			continue
		}
		if m.inferred && !c.opts.Literal && directObject(s, from, m) && (nonState[roleOf(m.code)] || roleOf(m.code) == "CVL") {
			// "killed dozens of militants in air strikes near the border
			// with Niger": the people acted on, named right after the verb.
			return m
		}
		if m.inferred {
			// "send troops to Somalia": an agent given the article's country
			// is a weak object; an actor named later in the clause wins.
			if fallback == nil {
				fallback = m
			}
			continue
		}
		return m
	}
	return fallback
}

// afterComma reports a mention whose noun phrase follows a comma.
func afterComma(s *sentence, m *mention) bool {
	k := m.first - 1
	for k > s.first && (s.tag(k) == "DT" || strings.HasPrefix(s.tag(k), "JJ") || strings.HasPrefix(s.tag(k), "RB")) {
		k--
	}
	return k >= s.first && s.norm(k) == ","
}

// directObject reports a mention right after the verb's position from,
// over determiners, numbers and "dozens of".
func directObject(s *sentence, from int, m *mention) bool {
	for k := from; k < m.first; k++ {
		switch t := s.tag(k); {
		case t == "DT" || t == "CD" || t == "JJ" || t == "JJS" || t == "RB" || t == "PDT":
		case s.norm(k) == "of" || s.norm(k) == "dozens" || s.norm(k) == "hundreds" || s.norm(k) == "thousands" || s.norm(k) == "scores":
		case s.norm(k) == "at" && k+1 < m.first && s.norm(k+1) == "least": // "detained at least 40 people"
		default:
			return false
		}
	}
	return true
}

// roleOf returns the role of an actor code ("MIL" of "RUSMIL"), or "".
func roleOf(code string) string {
	if len(code) < 6 {
		return ""
	}
	return code[3:6]
}

// subject finds the source of verb v by reading leftwards: over
// auxiliaries, adverbs and infinitive markers, through control words
// ("intention to", "is determined to", "plans to") to their own subject, past
// prepositional phrases to the noun they attach to, resolving pronouns.
func (c *Coder) subject(s *sentence, st *docState, v, depth int) *mention {
	if depth > 5 {
		return nil
	}
	// "with Trump hinting at ...": a participle's subject is the actor
	// right before it, even inside an absolute phrase.
	if s.tag(v) == "VBG" && v > s.first {
		if m := s.mentionAt(v - 1); m != nil && m.code != "" && !m.place {
			if m.group != 0 && !c.opts.Literal {
				// "between police and party workers marching towards
				// Islamabad": the participle is the last member's alone.
				one := *m
				one.group = 0
				return &one
			}
			return m
		}
	}
	// "stormed a U.N. compound in the capital Sanaa, detaining 20 staff":
	// a participle after a comma is done by the subject of the verb before.
	if s.tag(v) == "VBG" && v > s.first && s.norm(v-1) == "," && !c.opts.Literal && (separateActs[s.lemma(v)] || speechParticiples[s.lemma(v)]) {
		// ("denied that the drone was Russian, calling the accusations a
		// provocation": the denier's, past the that-clause)
		found := -1
		for k := v - 2; k >= s.first; k-- {
			if t := s.tag(k); (t == "VBD" || t == "VBZ" || t == "VBP") && found < 0 {
				found = k
			} else if s.norm(k) == "that" && s.tag(k) == "IN" && found >= 0 {
				found = -1 // the verb found was the content clause's
			}
		}
		if found >= 0 {
			return c.subject(s, st, found, depth+1)
		}
	}
	// "Government forces responded by shelling rebel positions": the means
	// a verb's subject used is that subject's act.
	if s.tag(v) == "VBG" && v-2 >= s.first && s.norm(v-1) == "by" && !c.opts.Literal {
		if gov := v - 2; isVerbTag(s.tag(gov)) || s.tag(gov) == "RB" && gov-1 >= s.first && isVerbTag(s.tag(gov-1)) {
			if s.tag(gov) == "RB" {
				gov--
			}
			return c.subject(s, st, gov, depth+1)
		}
	}
	// "passed a resolution demanding that Tehran report", "issued a
	// statement accusing Kyiv": the document's author speaks.
	if s.tag(v) == "VBG" && v > s.first && documentNouns[s.lemma(v-1)] && s.mentionAt(v-1) == nil && !c.opts.Literal {
		if gov := c.prevVerb(s, c.nounPhraseStart(s, v-1)); gov >= 0 {
			return c.subject(s, st, gov, depth+1)
		}
	}
	if s.tag(v) == "VBG" && !c.opts.Literal && (s.lemma(v) == "demand" || s.lemma(v) == "urge" || s.lemma(v) == "call" || s.lemma(v) == "ask") {
		// "handed a note to Ukraine's ambassador in Astana demanding that
		// Kyiv stop": the note's sender, past the addressee.
		for k := v - 1; k > s.first && k >= v-9; k-- {
			if isVerbTag(s.tag(k)) || s.norm(k) == "," {
				break
			}
			if documentNouns[s.lemma(k)] && s.mentionAt(k) == nil && k+1 < v && (s.norm(k+1) == "to" || s.norm(k+1) == "with") {
				if gov := c.prevVerb(s, c.nounPhraseStart(s, k)); gov >= 0 {
					return c.subject(s, st, gov, depth+1)
				}
				break
			}
		}
	}
	// "The spokesman said Lipulekh, Kalapani and Limpiyadhura were part of
	// Nepal, and urged New Delhi ...": the speaker's, not the content's.
	if v-2 > s.first && (s.tag(v) == "VBD" || s.tag(v) == "VBN") && s.norm(v-1) == "and" && s.norm(v-2) == "," && !c.opts.Literal {
		if g := speakerOfContent(s, v-2); g >= 0 {
			return c.subject(s, st, g, depth+1)
		}
	}
	// "X denounced the strikes and summoned ...": a verb coordinated with an
	// earlier one shares its subject.
	if prev := coordinatedVerb(s, v); prev >= 0 {
		return c.subject(s, st, prev, depth+1)
	}
	sawComma, passedTo := false, false
	for k := v - 1; k >= s.first; k-- {
		if m := s.mentionAt(k); m != nil {
			if passedTo && m.code != "" && !m.place && (c.opts.Literal || m.last < s.last && s.norm(m.last) == "to") {
				// "urged Putin to meet" is Putin's meeting, but "met Putin to
				// negotiate" is the subject's purpose. ("He said ECOWAS was
				// ready to help": ECOWAS is the subject of its own clause.)
				if gov := c.prevVerb(s, m.first); gov >= 0 && !appealWords[s.lemma(gov)] {
					return c.subject(s, st, gov, depth+1)
				}
			}
			if m.ref != nil {
				return m.ref
			}
			if m.code == "" && !m.place && adjacentSubject(s, m, v) {
				return nil // "as protesters demand": an actor of no known country is the subject
			}
			if m.place || m.code == "" {
				pp := c.prepositionBefore(s, m.first)
				if pp >= 0 {
					k = pp
					continue
				}
				if !m.place {
					return nil // an agent of no known country ("the president") is the subject
				}
				k = m.first
				continue
			}
			if pp := c.prepositionBefore(s, m.first); pp >= 0 && s.norm(pp) != "by" && !quantityOf(s, pp) &&
				!(clauseOpeners[s.norm(pp)] && adjacentSubject(s, m, v) && !c.opts.Literal) {
				// ("after Tanzanian officers detained": "after" opens a
				// clause whose subject the actor is)
				k = pp // inside a prepositional phrase: keep reading left
				continue
			}
			if !c.opts.Literal && siteNouns[s.lemma(m.last-1)] {
				k = m.first // "struck Hezbollah weapons depots ..., killing": a site does not act
				continue
			}
			return m
		}
		w, t, l := s.norm(k), s.tag(k), s.lemma(k)
		if w == "to" {
			passedTo = true
		}
		switch {
		case (w == "who" || w == "which") && (t == "WP" || t == "WDT") && !c.opts.Literal && k-2 >= s.first && s.norm(k-1) == ",":
			// "fired tear gas at protesters, who threw stones": the noun
			// the relative clause hangs on, even inside a phrase
			if m := s.mentionAt(k - 2); m != nil && m.resolved().code != "" && !m.resolved().place {
				return m.resolved()
			}
		case w == "to" || w == "not" || w == "n't" || strings.HasPrefix(t, "RB") || t == "MD":
		case w == ")":
			// "the National Liberation Army (ELN) attacked": past the
			// parenthesis to the phrase it glosses.
			open := k - 1
			for open > s.first && s.norm(open) != "(" && k-open < 8 {
				open--
			}
			if open < s.first || s.norm(open) != "(" {
				return nil
			}
			if m := s.mentionAt(k - 1); k-1 >= s.first && m != nil && m.ref != nil {
				return m.ref
			}
			k = open
		case w == "about" && k+1 < v && s.norm(k+1) == "to":
			// "are about to restore", whatever the tagger calls "about"
		case (w == "most" || w == "least") && k+1 < v && strings.HasPrefix(s.tag(k+1), "RB"):
			// "most certainly did not": an adverb the tagger reads as JJS
		case strings.HasPrefix(t, "VB") && (auxiliaries[l] || linking[l] || t == "VBN" && sawNothingBetween(s, k, v)):
			// "has downplayed", "seems designed to", "is determined to";
			// "... and vowed to intensify": the coordinated verb's subject.
			if prev := coordinatedVerb(s, k); prev >= 0 {
				return c.subject(s, st, prev, depth+1)
			}
		case t == "JJ" && controlAdjective[l]:
		case strings.HasPrefix(t, "VB"):
			if t == "VBG" || sawComma {
				continue
			}
			return c.subject(s, st, k, depth+1)
		case (l == "country" || l == "nation") && k-1 >= s.first && s.tag(k-1) == "PRP$" && !c.opts.Literal:
			// "said his country was ready to keep mediating": the
			// speaker's country.
			if m := c.resolvePronoun(s, st, k-1); m != nil && !m.place && c.country(m.code) != "" {
				return &mention{first: k - 1, last: k + 1, code: c.country(m.code), kind: dict.KindCountry}
			}
			return nil
		case t == "PRP":
			return c.resolvePronoun(s, st, k)
		case t == "NNP" && k+1 < v && s.norm(k+1) == "," && !c.opts.Literal && apposedName(s, k) >= 0:
			// "The president of the ECOWAS Commission, Omar Alieu Touray,
			// arrived": past a name no dictionary knows to the title.
			k = apposedName(s, k)
		case (t == "NN" || t == "NNP") && (timeUnits[l] || dayParts[l]) && k-1 > s.first && (s.norm(k-1) == "last" || s.norm(k-1) == "this" || s.norm(k-1) == "earlier") && !c.opts.Literal:
			k-- // "Tinubu last week ordered": a time, not the subject
		case passedTo && !c.opts.Literal && protestVerbs[s.lemma(v)] && (t == "NN" || t == "NNS" || t == "NNP") && s.mentionAt(k) == nil && !sawComma:
			// "Cubans banged pots on Sunday to protest": the purpose is the
			// subject's, past the governing verb's object and time.
			for g := k - 1; g > s.first && g >= k-8; g-- {
				if tg := s.tag(g); tg == "VBD" || tg == "VBZ" || tg == "VBP" {
					return c.subject(s, st, g, depth+1)
				}
				if s.norm(g) == "," || s.mentionAt(g) != nil {
					break
				}
			}
		case t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS":
			start := c.nounPhraseStart(s, k)
			if m := s.mentionAt(k - 1); k-1 > start && m != nil && m.code != "" && !m.place && !m.person && m.kind == dict.KindActor && m.first > s.first && isPossessive(s, m.first-1) {
				return m // "Yemen's Houthi group": the group named before the noun
			}
			if m := s.mentionAt(k - 1); m != nil && m.last == k && orgHeads[l] && !c.opts.Literal {
				// "The opposition Vamos party criticized": the named body
				// and its head noun.
				if r := m.resolved(); len(r.code) >= 6 && !r.place {
					return r // (a titled name read as a person: "opposition Vamos")
				}
			}
			if honorifics[s.norm(start)] && start+1 < k {
				start++ // "Mr Tchiroma's supporters"
			}
			if owner := s.mentionAt(start); owner != nil && owner.code != "" && !owner.place && owner.last < k+1 && isPossessive(s, owner.last) {
				return owner // "Zelensky's confirmation ..."
			}
			if o := start + 1; !c.opts.Literal && s.tag(start) == "DT" && o < k && (s.tag(v) == "VBD" || s.tag(v) == "VBZ" || s.tag(v) == "VBP") {
				// "The Council of Europe's human rights commissioner urged":
				// past the article to the owner.
				if owner := s.mentionAt(o); owner != nil && owner.first == o && owner.code != "" && !owner.place && owner.last < k && isPossessive(s, owner.last) {
					return owner
				}
			}
			if j := k - 1; !c.opts.Literal && j > start {
				// "A Royal Australian Air Force C-130 Hercules landed": the
				// force named before the model is the one whose craft it is.
				for j > start && isModelName(s, j) {
					j--
				}
				if m := s.mentionAt(j); j < k-1 && m != nil && m.last == j+1 && m.kind == dict.KindActor && !m.person && !m.place && len(m.code) >= 6 {
					return m
				}
			}
			// "Russian missiles struck", "a Ukrainian village was shelled":
			// a nationality adjective in the subject phrase names the actor.
			if agentiveNouns[l] || memberNouns[l] || c.opts.Literal {
				for j := start; j < k; j++ {
					if m := s.mentionAt(j); m != nil && m.code != "" && !m.place && (m.kind == dict.KindAdjective || m.kind == dict.KindActor && !m.person) {
						return m // "Al-Shabaab suicide bomber", "Hamas gunmen", "Russian missiles"
					}
				}
			}
			if pp := c.prepositionBefore(s, start); pp >= 0 {
				k = pp
				continue
			}
			if g := start - 1; g > s.first && s.tag(g) == "VBG" {
				// "Malian soldiers escorting a convoy were attacked": the
				// noun the participle phrase modifies.
				if m := s.mentionAt(g - 1); m != nil && m.resolved().code != "" && !m.place {
					return m.resolved()
				}
			}
			if passedTo && dispersalVerbs[s.lemma(v)] && !c.opts.Literal {
				// "police fired tear gas and water cannon to disperse them":
				// the purpose is the firing subject's.
				if gov := c.prevVerb(s, start); gov >= 0 {
					return c.subject(s, st, gov, depth+1)
				}
			}
			if cc := start - 1; !c.opts.Literal {
				// "drivers in Lima and the neighboring port of Callao went
				// on strike": past the second place of the prepositional phrase.
				for cc > s.first && (s.tag(cc) == "DT" || s.tag(cc) == "JJ" || s.tag(cc) == "VBG") {
					cc--
				}
				if cc-1 > s.first && s.tag(cc) == "CC" {
					if m := s.mentionAt(cc - 1); m != nil && (m.place || m.agent != nil) {
						k = cc
						continue
					}
					if s.mentionAt(cc-1) == nil && s.tag(cc-1) == "NNP" && cc-2 > s.first && (s.norm(cc-2) == "from" || s.norm(cc-2) == "in") {
						k = cc // "farmers from Chambishi and surrounding villages": a place no dictionary knows
						continue
					}
				}
			}
			if controlNoun[l] || l == "right" && answerVerbs[s.lemma(v)] && !c.opts.Literal {
				// "his intention to travel": the noun's owner is the governing subject.
				if p := start; p > s.first && s.tag(p) == "PRP$" {
					if r := c.resolvePronoun(s, st, p); r != nil {
						return r
					}
				}
				k = start
				continue
			}
			return nil
		case t == "PRP$":
		case w == "," && k == v-1 && !c.opts.Literal && s.tag(v) == "VBD" && speakerBeforeThat(s, k) >= 0:
			// "The minister said that the men had been fishing in its
			// waters, called their detention unlawful and demanded ...":
			// a series of the speaker's predicates.
			return c.subject(s, st, speakerBeforeThat(s, k), depth+1)
		case w == ",":
			if !sawComma && onlyVerbGroupBetween(s, k, v) {
				// "Sandu, whose country lies between Romania and Ukraine,
				// condemned": past the relative clause to its noun.
				if open := relativeOpening(s, k); open >= 0 {
					if a := appositiveActor(s, open, k); a != nil {
						if _, known := st.aliases[s.norm(open-1)]; !known && !c.opts.Literal {
							st.aliases[s.norm(open-1)] = aliasInfo{code: a.code, person: true} // "Petkovic" later
						}
						return a
					}
					k = open
					continue
				}
				if open := participialOpening(s, k); open >= 0 && !c.opts.Literal {
					// "The demonstrators, many of them waving EU flags, had
					// marched": past the participle phrase to its noun.
					if m := s.mentionAt(open - 1); m != nil && m.code != "" && !m.place {
						return m.resolved()
					}
				}
			}
			sawComma = true
		case t == "WP" || t == "WDT":
		case t == "CC":
		case t == "DT" || t == "JJ" || t == "JJR" || t == "CD" || t == "POS":
		default:
			return nil
		}
	}
	return nil
}

// participialOpening returns the comma that opens a participle phrase
// closed by the comma at k ("demonstrators, many of them waving EU
// flags,"), when the phrase has a participle and no finite verb; else -1.
func participialOpening(s *sentence, k int) int {
	participle := false
	for j := k - 1; j > s.first && j >= k-15; j-- {
		switch t := s.tag(j); {
		case s.norm(j) == ",":
			if participle && j-1 >= s.first {
				return j
			}
			return -1
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == "WP" || t == "WDT":
			return -1
		case t == "VBG":
			participle = true
		}
	}
	return -1
}

func sawNothingBetween(s *sentence, k, v int) bool { return v-k <= 3 }

// documentNouns are texts whose author says what a participle after
// them says.
var documentNouns = map[string]bool{
	"resolution": true, "statement": true, "letter": true, "note": true, "decree": true,
	"communique": true, "declaration": true, "motion": true, "message": true, "order": true,
	"ruling": true, "verdict": true, "decision": true, "post": true, "bill": true,
}

// dispersalVerbs are the purposes of force against a crowd: "fired tear
// gas to disperse them".
var dispersalVerbs = map[string]bool{"disperse": true, "scatter": true, "quell": true, "repel": true}

var controlAdjective = map[string]bool{
	"determined": true, "ready": true, "willing": true, "set": true, "expected": true,
	"due": true, "scheduled": true, "poised": true, "eager": true, "keen": true,
	"prepared": true, "likely": true, "able": true, "unwilling": true, "reluctant": true,
	"unable": true, "unlikely": true,
}

var controlNoun = map[string]bool{
	"intention": true, "intent": true, "plan": true, "willingness": true,
	"readiness": true, "determination": true, "bid": true, "desire": true,
	"hope": true, "decision": true, "offer": true, "promise": true, "pledge": true,
	"refusal": true, "attempt": true, "effort": true, "move": true, "threat": true,
	"call": true, "demand": true, "proposal": true, "wish": true, "aim": true,
}

// nounPhraseStart walks left from a noun over determiners, adjectives,
// nouns and possessives.
func (c *Coder) nounPhraseStart(s *sentence, k int) int {
	for k > s.first {
		if m := s.mentionAt(k - 1); m != nil {
			if isPossessive(s, m.last) || !m.place && m.last == k {
				k = m.first
				continue
			}
			k = m.first
			continue
		}
		t := s.tag(k - 1)
		switch t {
		case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "VBN", "HYPH":
			k--
			continue
		case "CC":
			// "Eriador's death and injury toll": nouns joined inside one
			// phrase.
			if k-2 >= s.first && s.tag(k) == "NN" && s.tag(k-2) == "NN" && s.mentionAt(k-2) == nil && s.mentionAt(k) == nil &&
				!isCapitalised(s.text(k)) && !isCapitalised(s.text(k-2)) {
				k--
				continue
			}
		}
		break
	}
	return k
}

func isPossessive(s *sentence, i int) bool {
	return i < s.last && (s.norm(i) == "'s" || s.norm(i) == "'")
}

// prepositionBefore returns the index of a preposition just before token i
// (skipping a determiner), or -1.
func (c *Coder) prepositionBefore(s *sentence, i int) int {
	k := i - 1
	for k >= s.first && (s.tag(k) == "DT" || s.tag(k) == "JJ" || s.tag(k) == "PRP$") {
		k--
	}
	if k < s.first {
		return -1
	}
	if t := s.tag(k); (t == "IN" || t == "TO") && !subordinators[s.norm(k)] {
		return k
	}
	return -1
}

// resolvePronoun maps he/she/it to the actor it most likely names: the last
// person (or non-person actor) mentioned before it in the article.
func (c *Coder) resolvePronoun(s *sentence, st *docState, k int) *mention {
	return c.resolvePronounExcept(s, st, k, "")
}

// resolvePronounExcept is resolvePronoun for an object pronoun, whose
// antecedent is not the clause's own subject (except): "police fired tear
// gas to disperse them" are the protesters.
func (c *Coder) resolvePronounExcept(s *sentence, st *docState, k int, except string) *mention {
	var wantPerson bool
	switch s.norm(k) {
	case "he", "she", "him", "her", "his":
		wantPerson = true
	case "it", "its", "their", "they", "them":
	default:
		return nil
	}
	// ", and it called on the protesters": the subject of the clause the
	// conjunction continues.
	if !c.opts.Literal && k-1 > s.first && s.norm(k-1) == "and" && k+1 < s.last && isVerbTag(s.tag(k+1)) {
		if subj := sentenceSubject(s); subj != nil && subj.first < k && subj.code != "" && !subj.place && (subj.person == wantPerson || wantPerson && personRoles[s.lemma(subj.last-1)]) && subj.resolved().code != except {
			return subj.resolved()
		}
	}
	// Prefer an antecedent that is itself a subject (not inside a
	// prepositional phrase): "X met with Y, highlighting his ..." is X's.
	// The subject after an opening phrase ("In a letter sent to the UN
	// Security Council, it lodged ...") is none of that phrase's actors.
	passes := 2
	if !c.opts.Literal && openingPhraseBefore(s, k) {
		passes = 0
	}
	if !c.opts.Literal && s.norm(k) == "them" {
		// "Police detained 14 protesters, the interior ministry said, and a
		// court ordered two of them held": a plural, not the ministry.
		for j := k - 1; j >= s.first; j-- {
			if m := s.mentionAt(j); m != nil && m.code != "" && !m.place && s.tag(m.last-1) == "NNS" && (except == "" || m.resolved().code != except) {
				return m.resolved()
			}
		}
	}
	for pass := 0; pass < passes; pass++ {
		for j := k - 1; j >= s.first; j-- {
			m := s.mentionAt(j)
			if m == nil {
				continue
			}
			j = m.first
			if m.code == "" || m.place || except != "" && m.resolved().code == except || m.kind.IsPlace() && !c.opts.Literal {
				continue // (a region or a city is no antecedent: "Ethiopia's Amhara region attacked its positions")
			}
			if m.person != wantPerson && !(wantPerson && !c.opts.Literal && personRoles[s.lemma(m.last-1)]) {
				continue // ("The US special envoy said that he": a person by title)
			}
			if !c.opts.Literal && (s.norm(k) == "it" || s.norm(k) == "its") && s.tag(m.last-1) == "NNS" {
				continue // "it" is no "civilians"
			}
			pp := c.prepositionBefore(s, m.first)
			if pp >= 0 && clauseOpeners[s.norm(pp)] && m.last < s.last && isVerbTag(s.tag(m.last)) && !c.opts.Literal {
				pp = -1 // "as Thailand's army said it had": the subject of the clause "as" opens
			}
			if pass == 0 && (pp >= 0 || insideRelative(s, m, k) || !c.opts.Literal && toldThat(s, m, k)) {
				continue
			}
			return m
		}
	}
	code := st.lastActor
	if !wantPerson && st.lastBody != "" && !c.opts.Literal && (s.norm(k) == "it" || s.norm(k) == "its") {
		code = st.lastBody // the last sentence's subject, not the last body it named
	}
	if !wantPerson && st.lastPlural != "" && st.lastPlural != except && !c.opts.Literal && (k == s.first && s.norm(k) == "they" || s.norm(k) == "them") {
		// "Police estimated the crowd ... They detained a man", "Activists
		// rallied outside the embassy. Police detained them."
		code = st.lastPlural
	}
	if wantPerson {
		code = st.lastPerson
		if st.lastSubject != "" {
			code = st.lastSubject
		}
	}
	if code == "" {
		return nil
	}
	return pronounMention(k, code, wantPerson)
}

// openingPhraseBefore reports a pronoun k that follows the comma closing a
// sentence's opening prepositional or participial phrase, with no finite
// verb before it.
func openingPhraseBefore(s *sentence, k int) bool {
	if k-1 <= s.first || s.norm(k-1) != "," || s.tag(s.first) != "IN" && s.tag(s.first) != "VBG" && s.tag(s.first) != "VBN" {
		return false
	}
	for j := s.first; j < k-1; j++ {
		if t := s.tag(j); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || s.norm(j) == "," {
			return false
		}
	}
	return true
}

// toldThat reports a pronoun k that opens the that-clause of a verb whose
// object is m: in "China notified Japan on Wednesday that it was
// suspending imports" it is the teller, not the told. A demand's clause
// ("demanded that it withdraw") is about its addressee and is not this.
func toldThat(s *sentence, m *mention, k int) bool {
	g := m.first - 1
	if g >= s.first && s.tag(g) == "DT" {
		g--
	}
	if g < s.first || !strings.HasPrefix(s.tag(g), "VB") || auxiliaries[s.lemma(g)] || demandVerbs[s.lemma(g)] || k-1 <= m.last || s.norm(k-1) != "that" {
		return false
	}
	for j := m.last; j < k-1; j++ {
		if t := s.tag(j); t != "IN" && t != "NNP" && t != "CD" && !strings.HasPrefix(t, "RB") && t != "DT" {
			return false // "on Wednesday", "late on Monday"
		}
	}
	return true
}

// personRoles are titles that name one person, whom "he" or "she" can
// stand for.
var personRoles = map[string]bool{
	"envoy": true, "minister": true, "president": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ambassador": true, "chief": true, "leader": true, "commander": true,
	"secretary": true, "governor": true, "mayor": true, "prosecutor": true, "premier": true,
	"chancellor": true, "king": true, "emir": true, "prime": true, "general": true, "adviser": true,
}

// insideRelative reports a mention inside a relative clause that closes
// before token k: "Brazil, which borders both countries, said it ...".
func insideRelative(s *sentence, m *mention, k int) bool {
	closed := false
	for j := m.last; j < k; j++ {
		if s.norm(j) == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for j := m.first - 1; j > s.first; j-- {
		if s.norm(j) == "," {
			return false
		}
		if t := s.tag(j); (t == "WDT" || t == "WP" || t == "WP$") && s.norm(j-1) == "," {
			return true
		}
	}
	return false
}

// objectPronoun resolves a pronoun object right after verb v ("accused
// it of espionage", "urged them to", "demanded that it withdraw"): not the
// subject of a clause of its own, except a demand's or threat's content.
func (c *Coder) objectPronoun(s *sentence, st *docState, v, from int, src *mention) *mention {
	k := from
	content := false
	if k+2 < s.last && (s.tag(k) == "CD" || partitives[s.norm(k)]) && s.norm(k+1) == "of" && !c.opts.Literal {
		k += 2 // "detained two of them", "dozens of them"
	}
	if k < s.last && s.norm(k) == "that" && c.contentVerb(s, v) {
		k, content = k+1, true
	}
	if k >= s.last || s.tag(k) != "PRP" {
		return nil
	}
	switch s.norm(k) {
	case "it", "them", "him", "her":
	case "they", "he", "she":
		if !content {
			return nil
		}
	default:
		return nil
	}
	if n := k + 1; !content && n < s.last && (s.tag(n) == "MD" || s.tag(n) == "VBD" || s.tag(n) == "VBZ" || s.tag(n) == "VBP") {
		return nil // "said it would": a clause's subject
	}
	except := ""
	if src != nil && !c.opts.Literal {
		except = src.code
	}
	m := c.resolvePronounExcept(s, st, k, except)
	if m == nil || m.code == "" || src != nil && (m == src || m.code == src.code) {
		return nil
	}
	return m
}

// partitives count a part of a group: "dozens of them".
var partitives = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "some": true, "many": true,
	"most": true, "several": true, "all": true, "both": true, "scores": true,
}

func pronounMention(k int, code string, person bool) *mention {
	return &mention{first: k, last: k + 1, code: code, person: person}
}

// coordinatedVerb returns the verb that v is coordinated with ("... and
// summoned"), or -1: only adverbs and auxiliaries may stand between v and
// the conjunction.
func coordinatedVerb(s *sentence, v int) int {
	k := v - 1
	for k >= s.first && (strings.HasPrefix(s.tag(k), "RB") || s.tag(k) == "MD" || auxiliaries[s.lemma(k)] && strings.HasPrefix(s.tag(k), "VB")) {
		k--
	}
	if k < s.first || s.tag(k) != "CC" && !(s.norm(k) == "," && isVerbTag(s.tag(v)) && seriesAhead(s, v)) {
		return -1 // ("condemned the arrests, called on its workers ..., and said": a series)
	}
	for j := k - 1; j >= s.first; j-- {
		if s.tag(j) == "''" || s.tag(j) == "``" {
			// "condemned the attack as \"organized terrorism\" and called":
			// past a quotation to the verb that quotes it (the tagger may
			// read both marks as closing ones).
			open := j - 1
			for open > s.first && open >= j-12 && s.tag(open) != "``" && s.tag(open) != "''" {
				open--
			}
			if open > s.first && open >= j-12 {
				j = open
			}
			continue
		}
		switch t := s.tag(j); {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" && (isPassive(s, j) || j > s.first && s.mentionAt(j-1) != nil && s.mentionAt(j-1).code != "" || afterSubjectAndDay(s, j)):
			// (a past tense the tagger read as a participle right after its
			// subject: "insurgents beheaded four civilians and set fire")
			if r := relativeStart(s, j); r >= 0 && commaBetween(s, j, k) {
				// "condemned X over the seizure, which it called piracy,
				// and accused ...": a relative clause closed before "and"
				// is not what "and" coordinates ("who flew to Kabul and
				// held talks" is).
				j = r
				continue
			}
			if r := reportingVerbBefore(s, j); r >= 0 && speechActs[s.lemma(v)] {
				// "Beijing said the vessel had intruded ... and warned
				// Manila": a second statement, not part of what was said.
				return r
			}
			if p := participleClauseStart(s, j); p >= 0 && commaBetween(s, j, k) {
				// "rejected the accusation, saying Rwanda had no troops in
				// Congo, and blamed ...": past the participle's clause.
				j = p
				continue
			}
			return j
		case s.norm(j) == ";" || s.norm(j) == ":":
			return -1
		}
	}
	return -1
}

// seriesAhead reports ", and" and a past verb after v: the end of a series
// of predicates v is in.
func seriesAhead(s *sentence, v int) bool {
	for j := v + 1; j+2 < s.last && j <= v+25; j++ {
		if s.norm(j) == "," && s.norm(j+1) == "and" && s.tag(j+2) == "VBD" {
			return true
		}
		if s.norm(j) == ";" {
			return false
		}
	}
	return false
}

// speechActs are verbs that make a statement of their own: coordinated
// after "X said ...", they are X's.
var speechActs = map[string]bool{
	"warn": true, "accuse": true, "urge": true, "deny": true, "vow": true, "threaten": true,
	"condemn": true, "demand": true, "reject": true, "call": true, "pledge": true, "blame": true,
	"criticise": true, "criticize": true, "insist": true, "appeal": true,
}

// reportingVerbBefore returns the "said" or "told" whose reported clause
// holds token j ("Beijing said the vessel had intruded"), or -1.
func reportingVerbBefore(s *sentence, j int) int {
	for k := j - 1; k > s.first; k-- {
		switch l := s.lemma(k); {
		case s.norm(k) == "," || s.norm(k) == ";":
			return -1
		case (l == "say" || l == "tell") && (s.tag(k) == "VBD" || s.tag(k) == "VBZ"):
			return k
		}
	}
	return -1
}

// participleClauseStart returns the comma that opens a participle clause
// holding token j (", saying Rwanda had ..."), or -1.
func participleClauseStart(s *sentence, j int) int {
	for k := j - 1; k > s.first; k-- {
		if s.norm(k) == "," {
			if s.tag(k+1) == "VBG" && k+1 < j {
				return k
			}
			return -1
		}
	}
	return -1
}

// relativeStart returns the relative pronoun ("which", "who") that opens
// the clause verb j stands in, looking back to the nearest comma, or -1.
func relativeStart(s *sentence, j int) int {
	for i := j - 1; i >= s.first && s.norm(i) != ","; i-- {
		if t := s.tag(i); t == "WDT" || t == "WP" {
			return i
		}
	}
	return -1
}

// listWithin reports "and" or "or" among tokens [from, to).
func listWithin(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if s.norm(i) == "and" || s.norm(i) == "or" {
			return true
		}
	}
	return false
}

func commaBetween(s *sentence, from, to int) bool {
	for i := from + 1; i < to; i++ {
		if s.norm(i) == "," {
			return true
		}
	}
	return false
}

// namingRelative reports a verb of naming in a free relative that is the
// object of the verb before from: "condemned what she called ...", "what
// the ministry described as ...". The object continues after it.
func namingRelative(s *sentence, from, k int) bool {
	if !namingVerbs[s.lemma(k)] || from >= s.last || s.norm(from) != "what" {
		return false
	}
	return k > from && k-from <= 4
}

// namingVerbs call something by a name: "called the decision a hostile
// act", "described the ruling as shameful", "branded the strike terrorism".
var namingVerbs = map[string]bool{"call": true, "describe": true, "term": true, "dub": true, "brand": true, "label": true}

// speakerBeforeThat returns the speech verb of the content clause that
// the comma at k closes ("said that the men had been fishing,"), or -1.
func speakerBeforeThat(s *sentence, k int) int {
	finite := false
	for j := k - 1; j > s.first; j-- {
		switch t := s.tag(j); {
		case s.norm(j) == "," || s.norm(j) == ";":
			return -1
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			finite = true
		case s.norm(j) == "that" && t == "IN":
			g := j - 1
			for g > s.first && (s.tag(g) == "NNP" || s.tag(g) == "IN" || s.tag(g) == "CD") {
				g-- // "said on Wednesday that"
			}
			if finite && s.tag(g) == "VBD" && (s.lemma(g) == "say" || s.lemma(g) == "tell" || s.lemma(g) == "announce") {
				return g
			}
			return -1
		}
	}
	return -1
}

// speakerOfContent returns the sentence's speech verb when its content
// clause, with or without "that", runs up to the comma at k: the
// sentence's first finite verb is a past "said", "told" or "announced"
// and another finite verb follows it before k. Else -1.
func speakerOfContent(s *sentence, k int) int {
	g := -1
	for j := s.first; j < k; j++ {
		t := s.tag(j)
		if t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
			continue
		}
		if g < 0 {
			if t != "VBD" || s.lemma(j) != "say" && s.lemma(j) != "tell" && s.lemma(j) != "announce" {
				return -1
			}
			g = j
			continue
		}
		return g // the content clause's own verb
	}
	return -1
}

// orgHeads are head nouns a named body is written with: "the Vamos
// party", "the Houthi movement".
var orgHeads = map[string]bool{
	"party": true, "movement": true, "group": true, "alliance": true, "coalition": true,
	"front": true, "bloc": true, "union": true, "association": true, "federation": true,
	"organisation": true, "organization": true, "militia": true,
}

// timeUnits are nouns of "last week", "this month" (with dayParts,
// "this morning").
var timeUnits = map[string]bool{"week": true, "month": true, "year": true, "weekend": true}

// clauseOpeners are prepositions that also open a clause ("after X
// detained", "before Y arrived").
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true}

// adjacentSubject reports a mention right before verb v (over adverbs and
// auxiliaries): v's subject, whatever preposition precedes it.
func adjacentSubject(s *sentence, m *mention, v int) bool {
	for k := m.last; k < v; k++ {
		if t := s.tag(k); !strings.HasPrefix(t, "RB") && t != "MD" && !(strings.HasPrefix(t, "VB") && auxiliaries[s.lemma(k)]) {
			return false
		}
	}
	return true
}

// onlyVerbGroupBetween reports that no relative or personal pronoun stands
// between the comma at k and the verb v: the comma closes a parenthetical
// before the verb ("Kim, the leader's sister, on Tuesday warned"), rather
// than opening the relative clause the verb is in (", who flew to Kabul").
func onlyVerbGroupBetween(s *sentence, k, v int) bool {
	for i := k + 1; i < v; i++ {
		if t := s.tag(i); strings.HasPrefix(t, "W") || t == "PRP" {
			return false
		}
	}
	return true
}

// relativeOpening returns the comma that opens a relative clause or an
// appositive closed by the comma at k (", whose country lies between
// Romania and Ukraine,", ", the president of Moldova,"), or -1.
func relativeOpening(s *sentence, k int) int {
	for j := k - 1; j > s.first; j-- {
		if s.norm(j) != "," {
			continue
		}
		switch t := s.tag(j + 1); {
		case t == "WP" || t == "WP$" || t == "WDT":
			return j
		case (t == "IN" || t == "TO") && j+2 < k && strings.HasPrefix(s.tag(j+2), "W"):
			return j // ", to which Yoon belonged,"
		case t == "IN" && s.norm(j+1) != "and" && noFiniteVerb(s, j+1, k):
			// ", on her first visit to Paris since taking the post in
			// September,": a phrase set off between subject and verb.
			return j
		case t == "DT" || t == "VBG" || t == "VBN":
			// An appositive or participial phrase: ", the president of
			// Moldova,", ", speaking in Kyiv,". Not a list ("X, the US
			// and France"), which joins with "and".
			for i := j + 1; i < k; i++ {
				if s.norm(i) == "and" || s.norm(i) == "or" {
					return -1
				}
			}
			return j
		case (t == "NN" || t == "NNS" || t == "JJ") && noFiniteVerb(s, j+1, k) && listWithin(s, j+1, k):
			// ", power plants and a port in Balochistan": a list inside
			// the clause; its opening is further left.
			continue
		}
		return -1
	}
	return -1
}

// linkingVerbs are participles that say what a noun connects or crosses
// ("a corridor linking Niger to Cotonou"), not whom an act reaches.
var linkingVerbs = map[string]bool{"link": true, "connect": true, "join": true, "cross": true, "run": true, "border": true, "separate": true}

// apposedName returns the comma before the unknown name ending at k when
// the name stands in apposition (", Omar Alieu Touray,"), or -1.
func apposedName(s *sentence, k int) int {
	j := k
	for j >= s.first && s.tag(j) == "NNP" && s.mentionAt(j) == nil {
		j--
	}
	if j == k || j <= s.first || s.norm(j) != "," {
		return -1
	}
	return j
}

// appositiveActor reads the appositive between the commas open and end
// for a name no dictionary knows: "Petar Petkovic, the head of the
// Serbian government's office for Kosovo," acts for the Serbian
// government. A named actor before the appositive is itself the subject.
func appositiveActor(s *sentence, open, end int) *mention {
	if open <= s.first || s.tag(open+1) != "DT" || s.tag(open-1) != "NNP" {
		return nil
	}
	if m := s.mentionAt(open - 1); m != nil {
		return nil
	}
	for k := open + 1; k < end; k++ {
		if m := s.mentionAt(k).resolved(); m != nil && m.code != "" && !m.place {
			return m
		}
	}
	return nil
}

// noFiniteVerb reports that [from, to) holds no finite verb.
func noFiniteVerb(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	return true
}

// quantityOf reports "hundreds of", "dozens of", "members of": an "of"
// after a quantity or a part, whose object is the real subject.
func quantityOf(s *sentence, of int) bool {
	if s.norm(of) != "of" || of == s.first {
		return false
	}
	switch w := s.norm(of - 1); {
	case s.tag(of-1) == "CD", quantityWords[w]:
		return true
	}
	return false
}

var quantityWords = map[string]bool{
	"hundreds": true, "thousands": true, "dozens": true, "scores": true, "tens": true,
	"millions": true, "some": true, "many": true, "most": true, "all": true, "several": true,
	"members": true, "units": true, "group": true, "groups": true, "contingent": true,
	"battalion": true, "battalions": true, "squad": true, "convoy": true, "delegation": true,
	// organs named by their members: "the Board of Governors", "the
	// Council of Ministers"
	"board": true, "council": true, "college": true,
	// parts of a body that speak for it: "the local office of the Sadrist
	// movement", "the armed wing of Hamas", "the leadership of the party"
	"office": true, "branch": true, "wing": true, "leadership": true, "chapter": true, "bureau": true,
	"leaders": true, "head": true,
	// officers who speak for their body: "the chairperson of the African
	// Union Commission", "a spokesman for the army"
	"chairperson": true, "chairman": true, "chairwoman": true, "chair": true, "secretary-general": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "commissioner": true,
	// ("the executive secretary of the Southern African Development
	// Community", "the secretary-general of NATO", "the director-general")
	"secretary": true, "general": true, "director": true, "chief": true,
}

// prevVerb returns the verb just before token i, over determiners and
// adjectives, or -1.
func (c *Coder) prevVerb(s *sentence, i int) int {
	for k := i - 1; k >= s.first; k-- {
		switch t := s.tag(k); {
		case strings.HasPrefix(t, "VB"):
			return k
		case t == "DT" || strings.HasPrefix(t, "JJ") || t == "CD" || t == "PRP$":
		default:
			return -1
		}
	}
	return -1
}

// subjectOfNextClause reports a mention followed by a finite verb: it is
// the subject of a clause of its own, not the object of the verb before.
func subjectOfNextClause(s *sentence, m *mention) bool {
	for k := m.last; k < s.last; k++ {
		switch t := s.tag(k); {
		case strings.HasPrefix(t, "RB"):
			continue
		case (t == "CC" || s.norm(k) == ",") && k+1 < s.last && s.mentionAt(k+1) != nil:
			// "residents and Congolese officials said": a compound subject.
			k = s.mentionAt(k+1).last - 1
			continue
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return true
		}
		return false
	}
	return false
}

// agentiveNouns are nouns whose national or group modifier is the actor
// when they are a subject ("Russian missiles struck", "Hamas gunmen
// opened fire"); other nouns ("EU flags") are not acts of their modifier.
var agentiveNouns = map[string]bool{
	"bomber": true, "gunman": true, "gunmen": true, "fighter": true, "militant": true,
	"missile": true, "strike": true, "airstrike": true, "drone": true, "jet": true, "force": true,
	"troop": true, "soldier": true, "attack": true, "shelling": true, "warplane": true,
	"rocket": true, "artillery": true, "ship": true, "vessel": true, "warship": true,
	"raid": true, "offensive": true, "bombardment": true, "shell": true, "unit": true,
	"commando": true, "sniper": true, "militia": true, "aircraft": true, "plane": true,
	"boat": true, "helicopter": true, "tank": true, "patrol": true, "frigate": true, "destroyer": true,
}

// siteNouns name military sites that stand for their force as a target
// ("a Russian ammunition depot") but never act.
var siteNouns = map[string]bool{"depot": true, "position": true, "positions": true}

// weaponNouns are the agentive nouns that name arms rather than people.
var weaponNouns = map[string]bool{
	"missile": true, "drone": true, "jet": true, "warplane": true, "rocket": true,
	"artillery": true, "shell": true, "aircraft": true, "plane": true, "warship": true,
}

// memberNouns name the members or followers of a group, who act as the
// group their modifier names: "CHP supporters rallied", "PTI workers".
var memberNouns = map[string]bool{
	"supporter": true, "member": true, "activist": true, "follower": true, "loyalist": true,
	"worker": true, "militant": true, "partisan": true, "dissident": true, "fighter": true,
	"cadre": true, "commander": true,
}

// patientModifier finds the actor named as a modifier of a passive verb's
// subject: "a Ukrainian village was shelled" was done to Ukraine.
func (c *Coder) patientModifier(s *sentence, v int) *mention {
	k := v - 1
	for k >= s.first && (strings.HasPrefix(s.tag(k), "RB") || auxiliaries[s.lemma(k)] && strings.HasPrefix(s.tag(k), "VB")) {
		k--
	}
	if k < s.first || !strings.HasPrefix(s.tag(k), "NN") {
		return nil
	}
	for j := c.nounPhraseStart(s, k); j <= k; j++ {
		if m := s.mentionAt(j); m != nil && m.code != "" && !m.place {
			return m
		}
	}
	return nil
}

// honorifics precede a name without being part of what a dictionary lists.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true}

// afterSubjectAndDay reports a participle right after an actor and a day
// ("Sybiha on Thursday called on Russia"): a past the tagger misread.
func afterSubjectAndDay(s *sentence, j int) bool {
	if j-3 < s.first || s.norm(j-2) != "on" || !timeWords[s.norm(j-1)] {
		return false
	}
	m := s.mentionAt(j - 3)
	return m != nil && m.code != "" && !m.place
}
