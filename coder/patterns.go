package coder

import "github.com/parley-events/parley/dict"

// patternMatch is a verb pattern that matched, with the actors its $ and +
// slots found and the outermost literal words it used (for the evidence).
type patternMatch struct {
	pattern             *dict.Pattern
	source, target      *mention
	leftmost, rightmost int
	// compoundAfter marks a "%" element matched after the verb.
	compoundAfter bool
	score         int
}

// matchPatterns returns the most specific pattern of the verbs' blocks
// that matches around token v, or nil.
func (c *Coder) matchPatterns(s *sentence, v, vlen, end int, verbs []*dict.Verb) *patternMatch {
	var best *patternMatch
	for i, verb := range verbs {
		if verb.Block == nil || i > 0 && verb.Block == verbs[i-1].Block {
			continue
		}
		for _, p := range verb.Block.Patterns {
			if !s.hasWords(c.required[p]) {
				continue // a literal word of the pattern is not in the sentence
			}
			pm := c.matchPattern(s, v, vlen, end, p)
			if pm == nil {
				continue
			}
			if best == nil || pm.score > best.score {
				best = pm
			}
		}
	}
	return best
}

func (c *Coder) matchPattern(s *sentence, v, vlen, end int, p *dict.Pattern) *patternMatch {
	pm := &patternMatch{pattern: p, leftmost: -1, rightmost: -1, score: p.Specificity()}
	pos := v + vlen + 1
	if p.Code == "" && !c.opts.Literal && len(p.Right) == 1 && len(p.Left) == 0 && p.Right[0].Kind == dict.ElemWord && !p.Right[0].Adjacent && !p.VerbAdjacent {
		// A pattern that codes nothing ("slammed into", "seized power")
		// reads only the verb's own phrase: "criticised the government for
		// rushing into a deal" is criticism.
		near := pos
		for near < end && near < pos+5 && !isVerbTag(s.tag(near)) && s.norm(near) != "," {
			near++
		}
		end = near
	}
	for i, e := range p.Right {
		adjacent := e.Adjacent || i == 0 && p.VerbAdjacent
		next, ok := c.matchForward(s, e, pos, end, adjacent, pm, 0)
		if !ok {
			return nil
		}
		pos = next
	}
	pos = v - 1
	start := clauseStart(s, v)
	for i := len(p.Left) - 1; i >= 0; i-- {
		e := p.Left[i]
		adjacent := i == len(p.Left)-1 && p.LeftAdjacent || i+1 < len(p.Left) && p.Left[i+1].Adjacent
		prev, ok := c.matchBackward(s, e, pos, start, adjacent, pm)
		if !ok {
			return nil
		}
		pos = prev
	}
	return pm
}

// matchForward finds element e at or after pos (exactly at pos when
// adjacent) and returns the position after it.
func (c *Coder) matchForward(s *sentence, e dict.Elem, pos, end int, adjacent bool, pm *patternMatch, depth int) (int, bool) {
	if adjacent && !c.opts.Literal {
		pos = timePhraseEnd(s, pos, end) // "asked Iran on Friday to grant": the time is no word of the pattern
		if e.Kind == dict.ElemTarget || e.Kind == dict.ElemSource || e.Kind == dict.ElemCompound {
			pos = quantityEnd(s, pos, end) // "released two police officers": the number is the actor's
		}
	}
	for k := pos; k < end; k++ {
		if k > pos && !c.opts.Literal && (e.Kind == dict.ElemTarget || e.Kind == dict.ElemCompound) && isVerbTag(s.tag(k)) && s.norm(k-1) == "," && s.mentionAt(k) == nil {
			// "sanctions on the Foxtrot network ..., accusing Iran": the
			// target is no actor of a later clause.
			break
		}
		if next, ok := c.elemAt(s, e, k, end, pm, depth); ok {
			if e.Kind == dict.ElemWord || e.Kind == dict.ElemSynset {
				pm.rightmost = max(pm.rightmost, next-1)
			}
			return next, true
		}
		if adjacent {
			break
		}
	}
	return 0, false
}

// elemAt matches element e starting exactly at token k.
func (c *Coder) elemAt(s *sentence, e dict.Elem, k, end int, pm *patternMatch, depth int) (int, bool) {
	switch e.Kind {
	case dict.ElemWord:
		// PETRARCH patterns name the form ("EFFORT" is not "efforts").
		if s.norm(k) == e.Word || s.lemma(k) == e.Word && !c.opts.Literal {
			return k + 1, true
		}
	case dict.ElemSynset:
		return c.synsetAt(s, e.Word, k, end, depth)
	case dict.ElemSource, dict.ElemTarget, dict.ElemCompound:
		m := s.mentionAt(k)
		if m == nil || m.first != k {
			return 0, false
		}
		if b := byBefore(s, k); !c.opts.Literal && b > s.first && reducedPassive(s, b-1) && !ownership[s.lemma(b-1)] {
			return 0, false // "in a deal brokered by the UAE": the broker is no slot of the act
		}
		end := m.last
		if m = m.resolved(); m.code == "" || e.Kind == dict.ElemCompound && !c.opts.Literal && len(s.members(m)) < 2 {
			return 0, false // "%" is a compound: "fight the RSF" is no "X and Y fight"
		}
		switch e.Kind {
		case dict.ElemSource:
			pm.source = m
		case dict.ElemTarget:
			pm.target = m
			if first := s.mentionAt(k); !c.opts.Literal && first.group != 0 && first.resolved() == m {
				// "asked Britain and Germany for air defence systems": a
				// compound addressee ends at its last member.
				for _, o := range s.members(first) {
					if o.first >= k && o.last > end && o.last <= k+12 {
						end = o.last
					}
				}
			}
		default:
			// In PETRARCH dictionaries a compound after the verb is the
			// target of the subject ("agrees with the Philippines and
			// France"), unless the clause has no subject (see codeVerb).
			pm.target, pm.compoundAfter = m, true
			if !c.opts.Literal {
				pm.source = m // news dictionaries use "%" for the members on each other
			}
		}
		return max(end, m.last), true
	case dict.ElemSkip:
		j := k
		for j < end && isNounPhraseTag(s.tag(j)) {
			j++
		}
		return j, true
	}
	return 0, false
}

// synsetAt matches any member of a synonym set at token k.
func (c *Coder) synsetAt(s *sentence, name string, k, end, depth int) (int, bool) {
	if depth > 3 {
		return 0, false
	}
	if k >= end {
		return 0, false
	}
	best := -1
	idx := c.synsets[name]
	// Only members starting with the token's form or lemma, or with a
	// nested set, can match here.
	candidates := [3][][]string{idx.byFirst[s.norm(k)], idx.nested, nil}
	if l := s.lemma(k); l != s.norm(k) {
		candidates[2] = idx.byFirst[l]
	}
	for _, members := range candidates {
		for _, member := range members {
			if j, ok := c.memberAt(s, member, k, end, depth); ok && j > best {
				best = j
			}
		}
	}
	return best, best > k
}

// memberAt matches one synonym-set member (a word sequence, possibly with
// nested sets) starting at token k.
func (c *Coder) memberAt(s *sentence, member []string, k, end, depth int) (int, bool) {
	j := k
	for _, w := range member {
		if j >= end {
			return 0, false
		}
		if len(w) > 1 && w[0] == '&' {
			next, found := c.synsetAt(s, w[1:], j, end, depth+1)
			if !found {
				return 0, false
			}
			j = next
			continue
		}
		if s.norm(j) != w && s.lemma(j) != w {
			return 0, false
		}
		j++
	}
	return j, true
}

// synsetIndex files a synonym set's members under their first word.
type synsetIndex struct {
	byFirst map[string][][]string
	nested  [][]string // members that start with another set
}

func indexSynsets(sets map[string][][]string) map[string]synsetIndex {
	out := make(map[string]synsetIndex, len(sets))
	for name, members := range sets {
		idx := synsetIndex{byFirst: map[string][][]string{}}
		for _, m := range members {
			if len(m) == 0 {
				continue
			}
			if len(m[0]) > 1 && m[0][0] == '&' {
				idx.nested = append(idx.nested, m)
				continue
			}
			idx.byFirst[m[0]] = append(idx.byFirst[m[0]], m)
		}
		out[name] = idx
	}
	return out
}

// matchBackward finds element e ending at or before pos (exactly at pos
// when adjacent), returning the position before it.
func (c *Coder) matchBackward(s *sentence, e dict.Elem, pos, start int, adjacent bool, pm *patternMatch) (int, bool) {
	for k := pos; k >= start; k-- {
		switch e.Kind {
		case dict.ElemSource, dict.ElemTarget, dict.ElemCompound:
			m := s.mentionAt(k)
			if m != nil && m.last-1 == k && m.resolved().code != "" && (e.Kind != dict.ElemCompound || c.opts.Literal || len(s.members(m.resolved())) > 1) {
				first := m.first
				m = m.resolved()
				switch e.Kind {
				case dict.ElemSource:
					pm.source = m
				case dict.ElemTarget:
					pm.target = m
				default:
					pm.source, pm.target = m, m
				}
				return min(first, m.first) - 1, true
			}
		case dict.ElemSkip:
			j := k
			for j >= start && isNounPhraseTag(s.tag(j)) {
				j--
			}
			return j, true
		default:
			// Words and sets are matched forwards from each start that could
			// end at k.
			for from := k; from >= start && from >= k-3; from-- {
				if next, ok := c.elemAt(s, e, from, k+1, pm, 0); ok && next == k+1 {
					if pm.leftmost < 0 || from < pm.leftmost {
						pm.leftmost = from
					}
					return from - 1, true
				}
			}
		}
		if adjacent {
			break
		}
	}
	return 0, false
}

func isNounPhraseTag(t string) bool {
	switch t {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD":
		return true
	}
	return false
}

// clauseStart returns the first token of the clause holding verb v: after
// the last ";", relative pronoun or subordinator before it.
func clauseStart(s *sentence, v int) int {
	for k := v - 1; k > s.first; k-- {
		w := s.norm(k)
		if w == ";" || w == ":" || s.tag(k) == "WDT" || s.tag(k) == "WP" || subordinators[w] && w != "that" {
			return k + 1
		}
	}
	return s.first
}

// requiredWords lists, for each pattern, the literal words it needs: a
// sentence lacking one cannot match it, which spares trying most patterns
// of large dictionaries.
func requiredWords(d *dict.Dictionary) map[*dict.Pattern][]string {
	out := map[*dict.Pattern][]string{}
	for _, vd := range []*dict.VerbDict{d.Verbs, d.Nouns} {
		for _, b := range vd.Blocks {
			for _, p := range b.Patterns {
				var words []string
				for _, e := range p.Left {
					if e.Kind == dict.ElemWord {
						words = append(words, e.Word)
					}
				}
				for _, e := range p.Right {
					if e.Kind == dict.ElemWord {
						words = append(words, e.Word)
					}
				}
				out[p] = words
			}
		}
	}
	return out
}

// hasWords reports whether every word occurs in the sentence, as a form or
// a lemma.
func (s *sentence) hasWords(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if s.wordSet == nil {
		s.wordSet = make(map[string]bool, 2*len(s.words.Norm))
		for i, w := range s.words.Norm {
			s.wordSet[w] = true
			s.wordSet[s.words.Lemma[i]] = true
		}
	}
	for _, w := range words {
		if !s.wordSet[w] {
			return false
		}
	}
	return true
}

// timePhraseEnd returns the end of a time phrase starting at k ("on
// Friday", "late on Monday night", "last week", "yesterday"), or k.
func timePhraseEnd(s *sentence, k, end int) int {
	j := k
	if j < end && (s.norm(j) == "late" || s.norm(j) == "early") {
		j++
	}
	switch {
	case j+1 < end && s.norm(j) == "on" && timeWords[s.norm(j+1)]:
		j += 2
		if j < end && dayParts[s.norm(j)] {
			j++
		}
		return j
	case j < end && (s.norm(j) == "yesterday" || s.norm(j) == "today" || s.norm(j) == "overnight" || s.norm(j) == "tonight"):
		return j + 1
	case j+1 < end && (s.norm(j) == "last" || s.norm(j) == "this" || s.norm(j) == "next") && (timeWords[s.norm(j+1)] || s.norm(j+1) == "week" || s.norm(j+1) == "month" || s.norm(j+1) == "year" || s.norm(j+1) == "weekend"):
		return j + 2
	}
	return k
}

var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

var dayParts = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true}

// quantityEnd skips a number before an actor ("two", "at least 12",
// "more than 300") and returns the position after it, or pos.
func quantityEnd(s *sentence, pos, end int) int {
	k := pos
	if k+1 < end && (s.norm(k) == "at" && s.norm(k+1) == "least" || s.norm(k) == "more" && s.norm(k+1) == "than") {
		k += 2
	} else if k < end && (s.norm(k) == "about" || s.norm(k) == "some" || s.norm(k) == "nearly" || s.norm(k) == "dozens" || s.norm(k) == "hundreds") {
		k++
		if k < end && s.norm(k) == "of" {
			k++
		}
	}
	if k < end && s.tag(k) == "CD" {
		// "released three of the detained staff": the people counted.
		j := k + 1
		if j+1 < end && s.norm(j) == "of" {
			j++
			if s.norm(j) == "the" && j+1 < end {
				j++
			}
			if detainedWords[s.lemma(j)] && j+1 < end {
				j++
			}
			if m := s.mentionAt(j); m != nil && m.first == j {
				return j
			}
		}
		return k + 1
	}
	if k > pos && k < end && s.mentionAt(k) != nil {
		return k // "dozens of protesters"
	}
	return pos
}
