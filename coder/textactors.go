package coder

// Text actors: PETRARCH's new_actor_length option codes a noun phrase that
// names no dictionary actor by its own words, when the phrase is short.

// textActorBefore returns the noun phrase ending right before verb v as a
// text actor, or nil when it is missing, too long or holds a coded actor.
func (c *Coder) textActorBefore(s *sentence, v int) *mention {
	last := v
	for last > s.first && (s.tag(last-1) == "MD" || s.tag(last-1) == "RB" || auxiliaries[s.lemma(last-1)] && isVerbTag(s.tag(last-1))) {
		last--
	}
	if last == s.first || !isNounPhraseTag(s.tag(last-1)) {
		return nil
	}
	return c.textActor(s, c.nounPhraseStart(s, last-1), last)
}

// textActorAfter returns the noun phrase after the verb, past one
// preposition, as a text actor ("left for the Ministry of Magic"), or nil.
func (c *Coder) textActorAfter(s *sentence, from, end int) *mention {
	if from < end && s.tag(from) == "IN" {
		from++
	}
	k := from
	for k < end {
		switch t := s.tag(k); {
		case isNounPhraseTag(t) || t == "POS":
			k++
		case s.norm(k) == "of" && k+1 < end && (s.tag(k+1) == "NNP" || s.tag(k+1) == "NNPS"):
			k++ // "the Ministry of Magic"
		default:
			return c.textActor(s, from, k)
		}
	}
	return c.textActor(s, from, k)
}

// textActor makes a text actor of tokens [first, last) when they are a
// phrase of at most NewActorLength words (possessive endings not counted)
// with no actor of the dictionaries in it.
func (c *Coder) textActor(s *sentence, first, last int) *mention {
	words := 0
	for k := first; k < last; k++ {
		if s.mentionAt(k) != nil {
			return nil
		}
		if s.tag(k) != "POS" {
			words++
		}
	}
	if words == 0 || words > c.opts.NewActorLength || !isCapitalised(s.text(last-1)) {
		return nil
	}
	return &mention{first: first, last: last, text: true}
}
