package coder

import (
	"strings"

	"github.com/parley-events/parley/dict"
)

// Code refinements: what the clause around a verb says about the act
// (a denial of an act, a truce broken, a protest's demand).

// deniesAnAct reports a denial of something done: a gerund ("denied
// targeting civilians", "denies having ordered") or a that-clause about
// involvement or responsibility ("denied that its fighters were involved")
// or about a hostile act ("denied that civilians had been targeted"). A
// denial of a bare statement ("denied that talks had stalled") is not a
// denial of responsibility.
func (c *Coder) deniesAnAct(s *sentence, from, end int) bool {
	for k := from; k < end; k++ {
		switch {
		case strings.HasPrefix(s.tag(k), "RB") || s.norm(k) == "any" || s.lemma(k) == "have" && k == from:
			continue
		case s.tag(k) == "VBG":
			return true
		case s.norm(k) == "that":
			if !c.opts.Literal {
				return true // "denied that any of the dead were soldiers": a denial all the same
			}
			for j := k + 1; j < end; j++ {
				if responsibilityWords[s.lemma(j)] || strings.HasPrefix(s.tag(j), "VB") && (c.hostileVerb(s.lemma(j)) || harmVerbs[s.lemma(j)]) ||
					s.norm(j) == "anything" && j+2 < end && s.norm(j+1) == "to" && s.norm(j+2) == "do" {
					return true
				}
			}
			return false
		}
		if k > from+3 {
			return false
		}
	}
	return false
}

// hostileVerb reports a verb the dictionary codes, without a pattern, as
// conflict (codes 11 to 20: accusations, threats, coercion, force).
func (c *Coder) hostileVerb(lemma string) bool {
	for _, vb := range c.dict.Verbs.Lookup(lemma) {
		if rootBetween(vb.Code, "11", "20") {
			return true
		}
	}
	return false
}

// harmVerbs are done to people and denied as abuses: "denied that any of
// them had been mistreated".
var harmVerbs = map[string]bool{
	"injure": true, "mistreat": true, "abuse": true, "torture": true, "harm": true,
	"beat": true, "wound": true, "kill": true, "ill-treat": true, "hurt": true,
	// acts denied as intrusions or as starting trouble: "denied that its
	// vessels had entered Kuwaiti waters", "that settlers had started the
	// violence"
	"enter": true, "cross": true, "violate": true, "intrude": true, "start": true, "provoke": true,
}

var responsibilityWords = map[string]bool{
	"involved": true, "involve": true, "responsible": true, "behind": true, "role": true,
	"involvement": true, "responsibility": true, "carry": true, "order": true,
}

// breachesCeasefire reports force the clause says breaks a truce: "in
// violation of the ceasefire", "breaching the truce".
func (c *Coder) breachesCeasefire(s *sentence, v, end int) bool {
	for k := v + 1; k+1 < end; k++ {
		switch s.lemma(k) {
		case "violation", "breach", "violate", "break":
		default:
			continue
		}
		for j := k + 1; j < end && j <= k+4; j++ {
			if l := s.lemma(j); l == "ceasefire" || l == "truce" || l == "armistice" {
				return true
			}
		}
	}
	return false
}

// rootBetween reports a code whose two-digit CAMEO root lies in [lo, hi].
func rootBetween(code, lo, hi string) bool {
	return len(code) >= 2 && code[:2] >= lo && code[:2] <= hi
}

// protestPurpose reports a demand in the infinitive of purpose of a
// protest verb: "marched in Nairobi on Monday to demand ...".
func (c *Coder) protestPurpose(s *sentence, v int) bool {
	if v-1 < s.first || s.norm(v-1) != "to" {
		return false
	}
	for k := v - 2; k >= s.first && k >= v-12; k-- {
		if !isVerbTag(s.tag(k)) || s.tag(k) == "VBG" && (s.norm(k) == "evening" || s.norm(k) == "morning") {
			continue // ("on Tuesday evening/VBG": a time, not a verb)
		}
		for _, key := range [2]string{s.norm(k), s.lemma(k)} {
			for _, vb := range c.dict.Verbs.Lookup(key) {
				if strings.HasPrefix(vb.Code, "14") {
					return true
				}
			}
		}
		return false
	}
	return false
}

// demandOf returns the demand a protest makes, told after it ("to demand
// that ...", ", demanding an end to ..."): the demand verb's index, or -1.
func demandOf(s *sentence, from int) int {
	for k := from; k < s.last && k < from+25; k++ {
		if s.lemma(k) != "demand" || k == s.first {
			continue
		}
		if p := s.norm(k - 1); p == "to" && s.tag(k) == "VB" || (p == "," || p == "and") && s.tag(k) == "VBG" {
			return k
		}
	}
	return -1
}

// demandAddressee returns whom the demand at d is made of: the subject of
// its that-clause ("demanding that the government stop ..."), or nil.
func (c *Coder) demandAddressee(s *sentence, d int) *mention {
	if d+2 >= s.last || s.norm(d+1) != "that" {
		return nil
	}
	for k := d + 2; k < s.last && k <= d+5; k++ {
		if m := s.mentionAt(k); m != nil {
			if r := m.resolved(); r.code != "" && !r.place && !r.inferred {
				return r
			} else if r.code != "" && !r.place && len(r.code) >= 6 && stateForces[r.code[3:6]] && !c.opts.Literal {
				// "demanding that the army ease searches", "that the troops
				// leave": the force asked to act, though the article gave
				// it its country
				return r
			} else if r.code != "" && r.place && r.kind == dict.KindCountry && m.first == d+2 {
				// "demanding that Germany stop sending migrants back": the
				// country the demand is made of, read as a place.
				actor := *r
				actor.place = false
				actor.code += "GOV" // a state is asked through its government
				return &actor
			}
			return nil // "demanding that the government bring them home": their own
		}
	}
	return nil
}

// accusedOf returns the accusation code (1121 to 1123) for the act an
// accusation charges, told as a gerund after "of" ("of striking a convoy",
// "of trying to drive Serbs out", "of profiting from the scams"), or "".
func (c *Coder) accusedOf(s *sentence, from, end int, accused *mention) string {
	k := from
	for k < end && s.norm(k) != "of" {
		if isVerbTag(s.tag(k)) {
			return "" // another verb first: "accused X, saying ..."
		}
		k++
	}
	j := k + 1
	for j < end && strings.HasPrefix(s.tag(j), "RB") {
		j++
	}
	if j+2 < end && attemptWords[s.lemma(j)] && s.norm(j+1) == "to" {
		j += 2 // "of trying to drive Serbs out"
	}
	if j >= end || !strings.HasPrefix(s.tag(j), "VB") {
		return ""
	}
	l := s.lemma(j)
	if performVerbs[l] {
		// "of carrying out a drone strike on a market": the act is the noun
		for k := j + 1; k < end && k <= j+5; k++ {
			if armedAttackNouns[s.lemma(k)] {
				return "1123"
			}
		}
		return ""
	}
	switch {
	case crimeVerbs[l]:
		return "1121"
	case abuseVerbs[l], l == "kill" && len(accused.code) >= 6 && accused.code[3:6] == "COP":
		return "1122" // a killing by police is an abuse; by an army, war
	case aggressionVerbs[l]:
		return "1123"
	}
	if l == "violate" || l == "breach" {
		// "of violating the 1974 disengagement agreement", "the truce":
		// aggression; "the law", "human rights": whom and what decide
		for k := j + 1; k < end && k <= j+6; k++ {
			if truceNouns[s.lemma(k)] {
				return "1123"
			}
		}
		return ""
	}
	if l == "kill" {
		return "" // whom and what decide: civilians, a truce, the law
	}
	for _, vb := range c.dict.Verbs.Lookup(l) {
		if rootBetween(vb.Code, "19", "20") || rootBetween(vb.Code, "15", "15") {
			return "1123" // "of shelling", "of massing troops"
		}
	}
	return ""
}

// truceNouns name agreements that stop fighting.
var truceNouns = map[string]bool{
	"ceasefire": true, "truce": true, "armistice": true, "disengagement": true,
	"cease-fire": true, "agreement": true, "accord": true,
}

var attemptWords = map[string]bool{"try": true, "seek": true, "attempt": true, "plot": true, "plan": true, "conspire": true}

// crimeVerbs charge a crime (1121).
var crimeVerbs = map[string]bool{
	"smuggle": true, "traffic": true, "launder": true, "steal": true, "embezzle": true,
	"bribe": true, "rig": true, "profit": true, "extort": true, "loot": true, "defraud": true,
	"plunder": true, "poach": true, "kidnap": true, "murder": true, "trespass": true,
}

// abuseVerbs charge abuses of people (1122).
var abuseVerbs = map[string]bool{
	"torture": true, "abuse": true, "persecute": true, "repress": true, "mistreat": true,
	"discriminate": true, "drive": true, "expel": true, "deport": true, "detain": true,
	"abduct": true, "disappear": true, "starve": true, "silence": true, "intimidate": true,
}

// aggressionVerbs charge aggression against a state (1123).
var aggressionVerbs = map[string]bool{
	"test": true, "invade": true, "strike": true, "attack": true, "shell": true,
	"bomb": true, "encroach": true, "intrude": true, "occupy": true, "annex": true,
	"provoke": true, "destabilize": true, "destabilise": true, "harass": true, "infiltrate": true,
}

// performVerbs carry out the act their noun names.
var performVerbs = map[string]bool{"carry": true, "conduct": true, "launch": true, "stage": true, "mount": true}

// armedAttackNouns name armed attacks.
var armedAttackNouns = map[string]bool{
	"strike": true, "attack": true, "raid": true, "bombing": true, "shelling": true, "incursion": true,
	"offensive": true, "assault": true, "airstrike": true,
}

// orderedForce returns MIL or COP when the object of an order is a state's
// armed forces or police told to do something the dictionary does not code
// itself ("to deploy", "to step up patrols", "to recruit"), else "".
func (c *Coder) orderedForce(s *sentence, from, end int) string {
	k := timePhraseEnd(s, from, end)
	for k < end && (s.tag(k) == "DT" || s.tag(k) == "PRP$") {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.first != k {
		return ""
	}
	role := ""
	if r := m.resolved(); len(r.code) >= 6 {
		role = r.code[3:6]
	} else if a := c.agentCode(s, m); len(a) >= 3 {
		role = a[:3]
	}
	if role != "MIL" && role != "COP" {
		return ""
	}
	to := timePhraseEnd(s, m.last, end)
	if to+1 >= s.last || s.norm(to) != "to" || s.tag(to+1) != "VB" {
		return ""
	}
	if asked := c.askedAct(s, to-1, end); asked != "" && asked != "---" && !rootBetween(asked, "15", "15") {
		return "" // "ordered troops to attack": the act ordered is coded
	}
	return role
}

// protesting reports a crowd that protests: protesters, rioters or
// strikers by name, or a crowd whose own protest the article told.
func (c *Coder) protesting(s *sentence, st *docState, src *mention) bool {
	if len(src.code) < 6 || !crowdRoles[src.code[3:6]] || src.person {
		return false
	}
	if protestNouns[s.lemma(src.last-1)] {
		return true
	}
	for _, a := range st.acts {
		if a.source == src.code && rootBetween(a.code, "14", "14") {
			return true
		}
	}
	return false
}

// protestNouns name people in a protest.
var protestNouns = map[string]bool{
	"protester": true, "protestor": true, "demonstrator": true, "rioter": true, "striker": true,
	"marcher": true, "crowd": true, "mob": true,
}

// openerBetween reports a word that opens a clause of time or reason
// ("after", "as", "when") between tokens from and to.
func openerBetween(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		switch s.norm(k) {
		case "after", "before", "as", "when", "while", "following", "since", "because":
			return true
		}
	}
	return false
}

// sendsForcesToPlace reports troops or warships as the object of a sending
// verb, with no actor but a place (or nothing) as their destination.
func (c *Coder) sendsForcesToPlace(s *sentence, from, end int) bool {
	forces := -1
	for k := from; k < end && k < from+6; k++ {
		if _, ok := c.synsetAt(s, "TROOPS", k, end, 0); ok {
			forces = k
			break
		}
		if _, ok := c.synsetAt(s, "MILASSET", k, end, 0); ok {
			forces = k
			break
		}
	}
	if forces < 0 {
		return false
	}
	dest := false
	for k := forces + 1; k < end; k++ {
		if s.norm(k) == "to" || s.norm(k) == "into" {
			dest = true
		}
		if m := s.mentionAt(k); m != nil && m.code != "" && (!m.place || m.kind == dict.KindCountry || m.kind == dict.KindCapital) {
			return false // "sent troops to Mali", "to help the army": to someone
		}
		if s.norm(k) == "to" && k+1 < end && s.tag(k+1) == "VB" {
			return false // a stated purpose: the block's own patterns
		}
	}
	return dest // ("Rwanda sends more troops": where, and why, the body says)
}

// agreedThat returns the "agreed" whose that-clause verb v is in, or -1.
func agreedThat(s *sentence, v int) int {
	for k := v - 1; k > s.first && k >= v-10; k-- {
		if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" {
			return -1
		}
		if s.norm(k) == "that" && s.tag(k) == "IN" {
			if s.lemma(k-1) == "agree" {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// ownFollowers reports "its supporters", "their members", "his followers"
// between from and to: the caller's own people.
func ownFollowers(s *sentence, from, to int) bool {
	for k := from; k+1 < to && k < from+4; k++ {
		if s.tag(k) == "PRP$" && memberNouns[s.lemma(k+1)] {
			return true
		}
	}
	return false
}

// protestVerbs are the acts of protest one calls people out to do.
var protestVerbs = map[string]bool{
	"march": true, "protest": true, "rally": true, "demonstrate": true, "strike": true, "gather": true,
}

// standingPosition reports a statement told as a position held rather than
// an act of the day: a denial in the present simple outside a headline
// ("He denies the charges"), or a statement held "always", "long" or
// "consistently" ("Algiers has always denied interfering").
func standingPosition(s *sentence, v int, code string) bool {
	if code == "016" && !s.headline && (s.tag(v) == "VBZ" || s.tag(v) == "VBP") {
		return true
	}
	if v-1 >= s.first && (s.norm(v-1) == "have" || s.norm(v-1) == "has") {
		// "Rights groups have criticised the law since it was passed":
		// held since then, not said today.
		for k := v + 1; k < s.last && k <= v+8; k++ {
			if s.norm(k) == "since" {
				return true
			}
			if s.norm(k) == "," || s.norm(k) == ";" {
				break
			}
		}
	}
	for k := v - 1; k >= s.first && k >= v-3; k-- {
		switch s.norm(k) {
		case "always", "long", "consistently":
			return true
		}
		if !strings.HasPrefix(s.tag(k), "RB") && !auxiliaries[s.lemma(k)] {
			return false
		}
	}
	return false
}

// statementVerbs report what was said: their content may announce an act.
var statementVerbs = map[string]bool{"say": true, "warn": true, "tell": true, "add": true, "vow": true, "insist": true}

// continuationVerbs tell a protest going on or coming back.
var continuationVerbs = map[string]bool{
	"continue": true, "resume": true, "follow": true, "spread": true, "intensify": true, "escalate": true,
	"return": true, "go": true, "stay": true, "remain": true, "keep": true,
}

// dissentAhead reports a content clause in [from, end) that announces
// protest: a protest noun that "would continue", "resume" or "follow"
// ("the blockades would continue indefinitely"), or people who "would
// return to the streets".
func (c *Coder) dissentAhead(s *sentence, from, end int) bool {
	for k := from; k+2 < end; k++ {
		if s.tag(k) != "MD" || (s.norm(k) != "would" && s.norm(k) != "will") {
			continue
		}
		j := k + 1
		for j < end && strings.HasPrefix(s.tag(j), "RB") {
			j++
		}
		if j >= end || !continuationVerbs[s.lemma(j)] {
			return false
		}
		if s.lemma(j) == "return" {
			return j+3 < s.last && s.norm(j+1) == "to" && s.norm(j+2) == "the" && s.norm(j+3) == "streets"
		}
		if l := s.lemma(j); (l == "stay" || l == "remain") && j+1 < end {
			// "the roads would stay closed until troops were stationed"
			if w := s.norm(j + 1); w == "closed" || w == "blocked" || w == "shut" {
				return true
			}
		}
		if s.lemma(j) == "keep" {
			// "would keep the roadblocks in place until the culls were
			// suspended"
			for i := j + 1; i < end && i <= j+3; i++ {
				if dissentNouns[s.lemma(i)] {
					return true
				}
			}
			return false
		}
		for i := k - 1; i >= from && i >= k-3; i-- {
			if dissentNouns[s.lemma(i)] {
				return true
			}
		}
		return false
	}
	return false
}

// dissentNouns name protests and strikes.
var dissentNouns = map[string]bool{
	"protest": true, "strike": true, "blockade": true, "rally": true, "march": true, "demonstration": true,
	"sit-in": true, "boycott": true, "stoppage": true, "walkout": true, "shutdown": true,
	"roadblock": true, "barricade": true,
}
