package coder

import (
	"strings"

	"github.com/parley-events/parley/dict"
)

// Target rules beyond the verb's object: who an act is aimed at when the
// nearest actor is the source's own means, the author of an attack named by
// a noun, or a place under fire; and who speaks for a country.

// namedActAuthor finds the target of a verb whose object names an act:
// "condemned the raid" is aimed at the raid's author, named by "by" in the
// clause ("the attack by Houthi fighters") or else the source of the
// article's last act of coercion or violence; "welcomed the apology" at the
// author of the earlier act the noun names (earlierActAuthor). It returns
// nil when the object names no act.
func (c *Coder) namedActAuthor(s *sentence, st *docState, from, end int, src *mention) *mention {
	k := from
	for k < end && (s.tag(k) == "DT" || strings.HasPrefix(s.tag(k), "JJ") || strings.HasPrefix(s.tag(k), "RB") || s.tag(k) == "CD" || s.tag(k) == "VBN" || dayPossessive(s, k)) {
		if dayPossessive(s, k) {
			k++ // "condemned Tuesday's strike": the day names the strike as "the" would
		}
		k++
	}
	head0 := k
	for k+1 < end && !c.opts.Literal && (s.tag(k) == "NN" || s.tag(k) == "NNS") && strings.HasPrefix(s.tag(k+1), "NN") && (attackNouns[s.lemma(k+1)] || actNounFamilies[s.lemma(k+1)] != "") {
		if m := s.mentionAt(k); m != nil && m.code != "" && !m.place && m.resolved() != src && m.last == k+1 {
			return m.resolved() // "condemned the police violence": the police's
		}
		if s.mentionAt(k) != nil && s.mentionAt(k).code != "" {
			break
		}
		k++ // "condemned the drone strike": the strike's author
	}
	if k+3 < end && !c.opts.Literal && outcomeNouns[s.lemma(k)] && s.norm(k+1) == "of" && s.norm(k+2) == "the" {
		k, head0 = k+3, k+3 // "welcomed the outcome of the talks": the talks' other side
	}
	if k >= end || !strings.HasPrefix(s.tag(k), "NN") || s.mentionAt(k) != nil {
		return nil
	}
	if courtNouns[s.lemma(k)] && !c.opts.Literal && (k+1 >= end || s.mentionAt(k+1) == nil && s.norm(k+1) != "of") {
		// "criticised the trial", "condemned the verdict": the court's.
		country := st.roles["JUD"]
		if country == "" {
			country = dominant(st.countries)
		}
		if country != "" && country != c.country(src.code) || country != "" && !isState(src.code) ||
			country != "" && !c.opts.Literal && len(src.code) >= 6 && src.code[3:6] != "JUD" {
			// ("President Petro praised the ruling": a government on its
			// own country's court is one body on another)
			return &mention{first: k, last: k + 1, code: country + "JUD", kind: dict.KindActor}
		}
		return nil
	}
	if lawNouns[s.lemma(k)] && !c.opts.Literal && (k+1 >= end || s.mentionAt(k+1) == nil && s.norm(k+1) != "of") && !lawAbidingVerbs[s.lemma(from-1)] {
		// "Reporters Without Borders condemned the bill": the government's
		// that brought it.
		country := st.roles["GOV"]
		if country == "" {
			country = dominant(st.countries)
		}
		if country != "" && (country != c.country(src.code) || !isState(src.code) && roleOf(src.code) != "GOV") {
			return &mention{first: k, last: k + 1, code: country + "GOV", kind: dict.KindActor}
		}
		return nil
	}
	if !attackNouns[s.lemma(k)] {
		// "welcomed the apology", "condemned the resolution": the author
		// of the earlier act the noun names.
		if w := s.norm(head0 - 1); w != "the" && w != "this" && w != "that" && !(w == "'s" && dayPossessive(s, head0-2)) {
			return nil
		}
		return c.earlierActAuthor(st, s, from, k, src)
	}
	head := k
	if s.lemma(k) == "strike" && !c.opts.Literal {
		// "criticised the strike as disproportionate": the strikers, when
		// the article told of a labour strike.
		for a := range st.recentActs(0) {
			if (strings.HasPrefix(a.code, "143") || a.code == "133") && a.source != src.code {
				return &mention{first: from, last: k + 1, code: a.source}
			}
		}
	}
	// "condemned the strikes": the author of the strikes the article told,
	// before whoever attacked last.
	if k > from && (s.norm(k-1) == "the" || !c.opts.Literal && k-2 >= from && dayPossessive(s, k-2)) {
		if a := c.earlierActByStem(st, s, from, k, src); a != nil {
			return a
		}
	}
	if k+1 < end && s.norm(k+1) == "by" {
		for j := k + 2; j < end && j <= k+4; j++ {
			if m := s.mentionAt(j).resolved(); m != nil && m.code != "" && !m.place && m != src {
				return m
			}
		}
	}
	if st.attacker == "" || st.attacker == src.code {
		if k > from && s.norm(k-1) == "the" {
			return c.earlierActAuthor(st, s, from, k, src) // "condemned the killing of the officers"
		}
		return nil
	}
	if l := s.lemma(head); !c.opts.Literal && violenceNouns[l] {
		if st.assailant == "" && st.attacker != "" && st.attacker != src.code && !stateForces[roleOf(st.attacker)] && roleOf(st.attacker) != "GOV" {
			// "settlers set fire to a house ... condemned the arson": the
			// article's last assailant told as coercion.
			return &mention{first: from, last: head + 1, code: st.attacker}
		}
		if st.assailant == "" || st.assailant == src.code {
			// "condemned the bombing" when the article names no bomber:
			// not the police who made arrests before it.
			return nil
		}
		return &mention{first: from, last: head + 1, code: st.assailant} // "condemned the attack", after police made arrests
	}
	return &mention{first: from, last: head + 1, code: st.attacker}
}

// violenceNouns name armed violence, whose author is the article's last
// assailant rather than its last enforcer.
var violenceNouns = map[string]bool{
	"attack": true, "bombing": true, "shelling": true, "airstrike": true, "assault": true,
	"ambush": true, "arson": true, "shooting": true, "killing": true, "massacre": true, "stabbing": true,
}

// earlierActAuthor returns the source of the article's latest act whose
// trigger shares a stem with the noun at k, as a mention spanning the noun
// phrase, or nil.
func (c *Coder) earlierActAuthor(st *docState, s *sentence, from, k int, src *mention) *mention {
	if a := c.earlierActByStem(st, s, from, k, src); a != nil || c.opts.Literal {
		return a
	}
	// "condemned the crackdown", "criticised the arrests", "the use of
	// force": the author of the article's last act of that kind, however
	// it was told.
	families := actNounFamilies[s.lemma(k)]
	if s.lemma(k) == "use" && k+2 < s.last && s.norm(k+1) == "of" && s.lemma(k+2) == "force" {
		families = actNounFamilies["crackdown"]
	}
	if families == "" {
		return nil
	}
	for a := range st.recentActs(12) {
		if a.source == src.code || a.source == "" {
			continue
		}
		if measureNouns[s.lemma(k)] && len(a.source) >= 6 && a.source[3:6] == "CVL" {
			continue // a decision or a measure is a body's, not a crowd's
		}
		for _, f := range strings.Fields(families) {
			if strings.HasPrefix(a.code, f) {
				return &mention{first: from, last: k + 1, code: a.source}
			}
		}
	}
	return nil
}

// actNounFamilies maps nouns that name an earlier act to the CAMEO code
// prefixes of acts they can name.
var actNounFamilies = map[string]string{
	"detention": "173", "arrest": "173", "imprisonment": "173", "jailing": "173", "charge": "173",
	"crackdown": "175 173 18", "repression": "175 173", "violence": "175 18 19 145",
	"raid": "17 19", "killing": "18 19 20", "massacre": "18 19 20", "murder": "18",
	"expulsion": "174", "deportation": "174", "ban": "172 163", "decree": "172 163",
	"suspension": "172 16", "sanction": "163 172", "removal": "17", "seizure": "171",
	"stoppage": "143", "exercise": "15", "drill": "15",
	"eviction": "1712 174", "demolition": "1712", "bounty": "173", "interception": "171 1711 191",
	"disarmament": "0873", "withdrawal": "0874 0356", "pullout": "0874 0356", "truce": "0871", "ceasefire": "0871",
	"statement": "11 12 13 10 02 01", "remark": "11 12 13 10 02 01", // "rejected the statement": its speaker
	// "welcomed the offer" to meet, the proposal, the pledge: its maker's
	"offer": "03", "proposal": "03", "invitation": "03", "pledge": "03",
	"talks": "04", "meeting": "04", "summit": "04", // "welcomed the outcome of the talks": the other side's
	// "called the decision a hostile act", "criticised the move": a
	// measure someone took, whatever it was
	"decision": "03 04 05 06 07 08 09 14 15 16 17 18 19", "move": "03 04 05 06 07 08 09 14 15 16 17 18 19",
	"measure": "08 15 16 17", "step": "03 04 05 06 07 08 09 15 16 17", "scheme": "03 06 07 16 17",
}

// outcomeNouns name what came of an act told after "of the".
var outcomeNouns = map[string]bool{"outcome": true, "result": true, "conclusion": true, "success": true}

// measureNouns name a decision someone took, whatever it was.
var measureNouns = map[string]bool{"decision": true, "move": true, "measure": true, "step": true, "scheme": true}

// earlierActByStem finds the earlier act whose trigger shares the noun's
// stem ("the detentions" and "detained").
func (c *Coder) earlierActByStem(st *docState, s *sentence, from, k int, src *mention) *mention {
	want := stem(s.text(k))
	if want == "" {
		return nil
	}
	for i := len(st.acts) - 1; i >= 0; i-- {
		for _, have := range st.acts[i].stems {
			if have == want {
				act := st.acts[i]
				if act.source == src.code {
					return nil
				}
				sources := act.sources
				if len(sources) <= 1 && act.target != "" && st.mirrored(i, true) {
					// "the two sides agreed to reopen the corridor" was
					// coded both ways: "welcomed the agreement" praises both.
					sources = []string{act.target, act.source}
				}
				if len(sources) > 1 {
					// "welcomed the ceasefire" the junta and the rebels agreed.
					st.groups++
					for _, code := range sources {
						// ("Rwanda's foreign minister welcomed the agreement":
						// the other party's)
						if code != src.code && !(c.country(code) == c.country(src.code) && (len(src.code) == 3 || src.code[3:6] == "GOV")) {
							s.extra = append(s.extra, mention{first: from, last: k + 1, code: code, group: st.groups})
						}
					}
					if n := len(s.extra); n > 0 && s.extra[n-1].group == st.groups {
						return &s.extra[n-1]
					}
					return nil
				}
				return &mention{first: from, last: k + 1, code: act.source}
			}
		}
	}
	return nil
}

// dayPossessive reports a day named as the owner of the act that follows:
// "Tuesday's strike", "Sunday's attack".
func dayPossessive(s *sentence, k int) bool {
	return k+1 < s.last && s.norm(k+1) == "'s" && (timeWords[s.norm(k)] || s.norm(k) == "yesterday" || s.norm(k) == "today")
}

// lawNouns name a government's bills and laws, whose author a criticism
// targets.
var lawNouns = map[string]bool{"bill": true, "legislation": true, "law": true, "budget": true}

// lawAbidingVerbs take "the law" as the law of the land, which nobody
// authored: "break the law", "respect the law".
var lawAbidingVerbs = map[string]bool{
	"break": true, "violate": true, "obey": true, "respect": true, "flout": true, "defy": true,
	"uphold": true, "enforce": true, "follow": true, "breach": true,
}

// courtNouns name a court's acts, whose author a criticism targets.
var courtNouns = map[string]bool{
	"trial": true, "verdict": true, "ruling": true, "sentence": true, "conviction": true,
	"judgment": true, "judgement": true, "acquittal": true,
}

// attackNouns name acts of violence whose author a condemnation targets.
var attackNouns = map[string]bool{
	"attack": true, "raid": true, "strike": true, "airstrike": true, "assault": true,
	"bombing": true, "shelling": true, "killing": true, "massacre": true, "offensive": true,
	"incursion": true, "invasion": true, "crackdown": true, "bombardment": true, "abduction": true,
	"kidnapping": true, "seizure": true, "storming": true, "execution": true,
	"arson": true, "ambush": true, "shooting": true, "stabbing": true, "lynching": true,
}

// actsOnItself reports a target that cannot be the one a state acts on:
// its own forces under a verb of force, deployment or aid (ownInstrument),
// or its own bare country ("Canada's government ... Canada"), which is a
// misread metonym, not a domestic event (those name a sector: CVL, OPP).
func (c *Coder) actsOnItself(src, tgt *mention, code string) bool {
	country := c.country(src.code)
	if country != "" && country == c.country(tgt.code) && (len(tgt.code) == 3 || len(src.code) == 3) && isState(src.code) && isState(tgt.code) {
		return true
	}
	return c.ownInstrument(src, tgt, code)
}

// isState reports a country code or one of its government or forces;
// rebels acting on their own country ("RSF drones struck El Obeid") are not.
func isState(code string) bool {
	return len(code) == 3 || len(code) >= 6 && (stateForces[code[3:6]] || code[3:6] == "GOV")
}

// protestedActor finds whom a protest is against when its own clause names
// nobody: "rallied outside the courthouse, chanting slogans against the
// government".
func (c *Coder) protestedActor(s *sentence, from int, src *mention) *mention {
	for k := from; k+1 < s.last; k++ {
		if strings.HasPrefix(s.tag(k), "VB") && s.tag(k) != "VBG" && !c.opts.Literal {
			return nil // "to demand government action against extortion gangs": the demand's, not the protest's
		}
		if s.norm(k) != "against" {
			continue
		}
		for j := k + 1; j < s.last && j <= k+3; j++ {
			if m := s.mentionAt(j).resolved(); m != nil && m.code != "" && !m.place && m.code != src.code {
				return m
			}
		}
		return nil
	}
	return nil
}

// courtOutside returns the court a rally is held outside of ("gathered
// outside the courthouse to demand his release"): a rally at a court is
// aimed at it, and the court is the protesters' country's judiciary.
func (c *Coder) courtOutside(s *sentence, v, end int, src *mention) *mention {
	country := c.country(src.code)
	if country == "" {
		return nil
	}
	for k := max(s.first, v-8); k+2 < end && k < v+12; k++ {
		if w := s.norm(k); w != "outside" && !(w == "front" && k > s.first && s.norm(k-1) == "in") {
			continue
		}
		for j := k + 1; j < end && j <= k+4; j++ {
			if l := s.lemma(j); l == "courthouse" || l == "court" || l == "tribunal" {
				return &mention{first: j, last: j + 1, code: country + "JUD", kind: dict.KindActor, implied: true}
			}
		}
	}
	return nil
}

// conditionedActor returns the subject of an "if" or "unless" clause after
// token from, the actor a threat puts its condition to: "miners would
// return to the road if Congress did not vote on an extension".
func conditionedActor(s *sentence, from int, src *mention) *mention {
	for k := from; k+1 < s.last; k++ {
		if w := s.norm(k); w != "if" && w != "unless" {
			continue
		}
		j := k + 1
		if s.norm(j) == "the" {
			j++
		}
		if m := s.mentionAt(j).resolved(); m != nil && m.code != "" && !m.place && m.code != src.code && !(len(m.code) >= 6 && peopleRoles[m.code[3:6]]) {
			return m // ("unless the men were home by Friday": no addressee)
		}
		return nil
	}
	return nil
}

// ownInstrument reports a target that is the source's own security forces
// under a verb that uses force, moves forces or sends aid: the forces are
// the means. Acts on one's own forces by other verbs ("Zelensky dismissed
// the army chief") stay as coded.
func (c *Coder) ownInstrument(src, tgt *mention, code string) bool {
	country := c.country(src.code)
	if country == "" || country != c.country(tgt.code) || len(tgt.code) < 6 || src.code == tgt.code {
		return false
	}
	if !stateForces[tgt.code[3:6]] || !isState(src.code) {
		return false // rebels fighting the army act on it
	}
	for _, p := range []string{"15", "087", "07", "18", "19", "20"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// stateForces are the sectors of a state's armed and security forces.
var stateForces = map[string]bool{"MIL": true, "COP": true, "SPY": true, "UAF": true}

// placeUnderAttack finds the place force is aimed at ("launched drones at
// Kyiv", "fired rockets into Israel"): its country is the target. A place
// the fighting happens "in" is not, since both sides may be foreign there.
func (c *Coder) placeUnderAttack(s *sentence, from, end int) *mention {
	for k := from; k < end; k++ {
		m := s.mentionAt(k)
		if m == nil {
			continue
		}
		if subjectOfNextClause(s, m) {
			return nil
		}
		if m.place && m.code != "" && m.first > from {
			switch s.norm(m.first - 1) {
			case "at", "on", "against", "into":
				return m
			}
		}
		k = m.last - 1
	}
	return nil
}

// speakerFor returns the speaker of "Cooper warned that Britain would
// impose sanctions" when the intent's subject is the speaker's own country:
// the speaker is the more specific source. Otherwise src.
func (c *Coder) speakerFor(s *sentence, st *docState, v int, src *mention) *mention {
	that := thatBefore(s, clauseStart(s, v), v)
	if (that <= s.first || !isVerbTag(s.tag(that-1))) && src.first > s.first && s.tag(src.first-1) == "VBD" && !c.opts.Literal {
		// "Erdogan ... said Turkey would release PKK prisoners": no "that".
		that = src.first
	}
	verb := that - 1
	for verb > s.first && !c.opts.Literal && verb >= that-4 && (s.tag(verb) == "NNP" || s.tag(verb) == "IN" || s.tag(verb) == "CD" || strings.HasPrefix(s.tag(verb), "RB")) {
		verb-- // "said on Tuesday that"
	}
	if that <= s.first || !isVerbTag(s.tag(verb)) {
		return src
	}
	if spk := c.subject(s, st, verb, 0); spk != nil && !spk.place && len(spk.code) > 3 && c.country(spk.code) == src.code {
		return spk
	}
	return src
}

// domesticObject finds the people a state's own forces or officials act on
// when the text gives them no country ("police fired tear gas at
// protesters"): they are the state's people. It returns a copy of the
// first uncoded crowd agent in the clause, coded with the source's country.
func (c *Coder) domesticObject(s *sentence, from, end int, src *mention) *mention {
	if len(src.code) < 6 || !stateForces[src.code[3:6]] && src.code[3:6] != "GOV" && src.code[3:6] != "JUD" && !nonState[src.code[3:6]] {
		// (armed groups act on the people of their country too: "the
		// militants abducted five drivers")
		return nil
	}
	country := c.country(src.code)
	for k := from; k < end; k++ {
		m := s.mentionAt(k)
		if m == nil {
			// "detained three members of a far-right group", "arrested
			// 27 people": plain people, of the state's country.
			if peopleNouns[s.lemma(k)] && s.tag(k) == "NNS" {
				return &mention{first: k, last: k + 1, code: country + "CVL", kind: dict.KindActor}
			}
			continue
		}
		if m.code != "" || m.ref != nil {
			return nil // an actor named with its country comes first
		}
		if role := c.agentCode(s, m); len(role) >= 3 && crowdRoles[role[:3]] {
			o := *m
			o.code = country + role
			return &o
		}
		k = m.last - 1
	}
	return nil
}

// agentObject reports an agent of no known country right after the verb:
// its object, whom the act is aimed at ("killed 15 insurgents").
func (c *Coder) agentObject(s *sentence, from, end int) bool {
	for k := from; k < end && k < from+5; k++ {
		if m := s.mentionAt(k); m != nil {
			return m.code == "" && c.agentCode(s, m) != ""
		}
		if t := s.tag(k); t != "DT" && t != "CD" && t != "JJ" && t != "JJS" && t != "RB" && t != "IN" {
			return false
		}
	}
	return false
}

// casualties finds the people an act of force killed or wounded, told in
// the participle after it (", killing at least 11 civilians"), coded with
// the country of their place when the text gives them none.
func (c *Coder) casualties(s *sentence, st *docState, end int, src *mention) *mention {
	for k := end; k+1 < s.last && k < end+8; k++ {
		if s.norm(k) != "," || s.tag(k+1) != "VBG" {
			continue
		}
		if l := s.lemma(k + 1); l != "kill" && l != "wound" && l != "injure" {
			return nil
		}
		for j := k + 2; j < s.last && j <= k+7; j++ {
			m := s.mentionAt(j)
			if m == nil {
				continue
			}
			if r := m.resolved(); r.code != "" && !r.place && r != src {
				return r
			}
			if role := c.agentCode(s, m); len(role) >= 3 && crowdRoles[role[:3]] {
				country := c.sentencePlaceCountry(s)
				if country == "" {
					country = c.country(src.code)
				}
				if country == "" {
					return nil
				}
				o := *m
				o.code = country + role
				return &o
			}
			return nil
		}
		return nil
	}
	return nil
}

// peopleNouns are plain plural nouns for people with no role of their own.
var peopleNouns = map[string]bool{
	"member": true, "man": true, "woman": true, "person": true, "individual": true,
	"youth": true, "suspect": true, "migrant": true, "driver": true, "passenger": true,
	"villager": true, "resident": true, "traveller": true, "traveler": true, "pilgrim": true,
	"tourist": true, "hostage": true, "child": true, "people": true,
}

// homesNouns are the property of ordinary people.
var homesNouns = map[string]bool{
	"home": true, "house": true, "shop": true, "village": true, "crop": true, "farm": true,
	"field": true, "livestock": true, "hut": true, "dwelling": true, "property": true,
}

// propertyOwners returns the people whose homes or shops an act of seizure
// or destruction took ("set fire to dozens of homes"), coded with the
// country of the sentence's place or the article's, or nil.
func (c *Coder) propertyOwners(s *sentence, st *docState, from, end int) *mention {
	// "seized their two trawlers": whose the possessive says.
	if from < end && s.tag(from) == "PRP$" {
		if owner := c.resolvePronoun(s, st, from); owner != nil && owner.code != "" {
			return owner
		}
	}
	for k := from; k < end && k < from+6; k++ {
		if !homesNouns[s.lemma(k)] {
			continue
		}
		country := c.sentencePlaceCountry(s)
		if country == "" && st.place != nil && st.placeAge <= 3 {
			country = st.place.Country
		}
		if country == "" {
			country = st.dateline
		}
		if country == "" {
			return nil
		}
		return &mention{first: k, last: k + 1, code: country + "CVL", kind: dict.KindActor}
	}
	return nil
}

// ownGovernment is the implied target of a domestic protest that names
// none: people who march, strike or fast at home protest against their own
// government ("hundreds of fishermen protested outside the district
// secretariat, demanding ..."), and end their protest towards it (082).
// Blockades (144) and riots (145) act on
// whoever is there, and a state's own organs do not protest against it.
func (c *Coder) ownGovernment(src *mention, code string, at int) *mention {
	if !(strings.HasPrefix(code, "141") || strings.HasPrefix(code, "142") || strings.HasPrefix(code, "143") || strings.HasPrefix(code, "144") || strings.HasPrefix(code, "145") || code == "082" || code == "0352" ||
		code == "133" || code == "139") {
		// (an announced protest or an ultimatum that names nobody is put
		// to the same government)
		return nil
	}
	country := c.country(src.code)
	if country == "" || len(src.code) < 6 || !protesterRoles[src.code[3:6]] {
		return nil
	}
	return &mention{first: at, last: at + 1, code: country + "GOV", kind: dict.KindCountry, implied: true}
}

// protesterRoles are the sectors whose protests are against their own
// government when the text names no other target.
var protesterRoles = map[string]bool{
	"CVL": true, "LAB": true, "OPP": true, "EDU": true, "HLH": true, "REL": true,
	"BUS": true, "AGR": true, "MED": true, "NGO": true, "HRI": true, "REF": true,
	"JUD": true, // lawyers walking out of courtrooms
}

// policeProperty returns the police of src's country when the object is
// theirs ("a police station", "police vehicles"), or nil.
func (c *Coder) policeProperty(s *sentence, from, end int, src *mention) *mention {
	for k := from; k+1 < end && k < from+6; k++ {
		if s.lemma(k) == "police" && (s.lemma(k+1) == "station" || s.lemma(k+1) == "post" || s.lemma(k+1) == "vehicle" || s.lemma(k+1) == "car" || s.lemma(k+1) == "headquarters") {
			return &mention{first: k, last: k + 1, code: c.country(src.code) + "COP", kind: dict.KindActor}
		}
	}
	return nil
}

// lastEnforcer returns the state force (police, army, security service)
// that did the article's last arrest, dispersal or seizure, as an implied
// mention at token at, or nil.
func (c *Coder) lastEnforcer(st *docState, at int, tgt *mention) *mention {
	for i := len(st.current) - 1; i >= 0 && !c.opts.Literal; i-- {
		// "Gendarmes fired tear gas ... and four people were detained":
		// the sentence's own enforcer first.
		if e := st.current[i]; strings.HasPrefix(e.Code, "17") && len(e.Source.Code) >= 6 && stateForces[e.Source.Code[3:6]] && e.Source.Code != tgt.code {
			return &mention{first: at, last: at + 1, code: e.Source.Code, implied: true}
		}
	}
	for a := range st.recentActs(8) {
		if !(strings.HasPrefix(a.code, "17") || a.code == "175") || len(a.source) < 6 {
			continue
		}
		switch a.source[3:6] {
		case "COP", "MIL", "SPY":
			if a.source != tgt.code {
				return &mention{first: at, last: at + 1, code: a.source, implied: true}
			}
		}
	}
	return nil
}

// lastTargetOf returns the target of src's latest act in the sentence so
// far or in the article's last few acts, as an implied mention, or nil.
func (c *Coder) lastTargetOf(st *docState, src *mention, at int) *mention {
	for i := len(st.current) - 1; i >= 0; i-- {
		if e := st.current[i]; e.Source.Code == src.code && e.Target != nil && e.Target.Code != src.code {
			return &mention{first: at, last: at + 1, code: e.Target.Code, implied: true}
		}
	}
	for a := range st.recentActs(4) {
		if a.source == src.code && a.target != "" && a.target != src.code {
			return &mention{first: at, last: at + 1, code: a.target, implied: true}
		}
	}
	return nil
}

// answerVerbs announce a response to something done to the speaker.
var answerVerbs = map[string]bool{"respond": true, "retaliate": true, "react": true, "reply": true, "hit": true}

// respondedTo finds whom a threatened response answers: the agent of the
// act it answers ("to any attack by the Arakan Army"), a foreign actor
// named in the rest of the clause ("to the Sudanese drone strike"), or the
// foreign author of the article's last act against the threatener.
func (c *Coder) respondedTo(s *sentence, st *docState, from, end int, src *mention) *mention {
	own := c.country(src.code)
	for k := from; k < end; k++ {
		if m := s.mentionAt(k); m != nil && k == m.first {
			if r := m.resolved(); r.code != "" && (!r.place || r.kind == dict.KindCountry) && !r.inferred && c.country(r.code) != own {
				if r.place {
					// ("to any new restrictions on Russian diplomats in
					// Germany": the country where they would be imposed)
					answered := *r
					answered.place = false
					return &answered
				}
				return r
			}
			k = m.last - 1
		}
	}
	for k := from - 1; k >= s.first; k-- {
		// "accused Pakistan of violating Afghan airspace and vowed to
		// respond": the accused, named before.
		if m := s.mentionAt(k); m != nil {
			if r := m.resolved(); r.code != "" && !r.place && !r.inferred && c.country(r.code) != own && c.country(r.code) != "" {
				return r
			}
			k = m.first
		}
	}
	for a := range st.recentActs(12) {
		if a.target != "" && c.country(a.target) == own && c.country(a.source) != own && c.country(a.source) != "" {
			return &mention{first: from - 1, last: from, code: a.source, implied: true}
		}
	}
	return nil
}

// warnerOf returns the verb of warning whose that-clause holds verb v
// ("warned Seoul that North Korean troops would respond") and the clause's
// "that", or -1, -1.
func warnerOf(s *sentence, v int) (int, int) {
	for k := v - 1; k > s.first && k >= v-12; k-- {
		if s.norm(k) == "," || s.norm(k) == ";" {
			return -1, -1
		}
		if s.norm(k) != "that" {
			continue
		}
		g := k - 1
		for g > s.first && (strings.HasPrefix(s.tag(g), "NNP") || s.tag(g) == "IN" || s.tag(g) == "CD" || s.mentionAt(g) != nil) {
			g-- // "warned Seoul on Wednesday that"
		}
		if l := s.lemma(g); isVerbTag(s.tag(g)) && (l == "warn" || l == "threaten" || l == "vow") {
			return g, k
		}
		return -1, -1
	}
	return -1, -1
}

// inquiredInto returns whom an inquiry "into" something looks into: the
// owner named in it ("into the organisers' finances") or the author of
// the act it names ("into the attack"); nil for an inquiry into a death.
func (c *Coder) inquiredInto(s *sentence, st *docState, from, end int, src *mention) *mention {
	for k := from; k < end && k < from+6; k++ {
		if s.norm(k) != "into" {
			continue
		}
		for j := k + 1; j < end && j <= k+4; j++ {
			if m := s.mentionAt(j); m != nil {
				// ("into the organisers' finances", not "into the
				// protester's death": the dead are no suspects)
				possessed := m.last+1 < end && (s.norm(m.last) == "'s" || s.norm(m.last) == "'") && !harmNouns[s.lemma(m.last+1)]
				if r := m.resolved(); r.code != "" && !r.place && r != src && possessed {
					return r
				}
				return nil
			}
		}
		if a := c.namedActAuthor(s, st, k+1, end, src); a != nil && c.country(a.code) != "" {
			return a
		}
		return nil
	}
	return nil
}

// harmNouns are what befalls victims, not what suspects own.
var harmNouns = map[string]bool{"death": true, "killing": true, "murder": true, "disappearance": true, "injury": true, "detention": true, "arrest": true}

// armedRoles are the roles whose attacks are military action.
var armedRoles = map[string]bool{"MIL": true, "REB": true, "UAF": true, "SPY": true}

// anyoneWarned reports a that-clause in [from, end) about anyone at all:
// "that anyone who joined further protests would", "that those who".
func anyoneWarned(s *sentence, from, end int) bool {
	for k := from; k+1 < end && k < from+6; k++ {
		if s.norm(k) == "that" {
			switch s.norm(k + 1) {
			case "anyone", "anybody", "whoever", "those", "everyone":
				return true
			}
			return false
		}
	}
	return false
}

// definiteAfter reports a definite noun phrase right after a verb and its
// particle: "carried out the raid", "was behind the attack".
func definiteAfter(s *sentence, from, end int) bool {
	for k := from; k < end && k < from+3; k++ {
		switch s.norm(k) {
		case "the", "this", "that", "these", "those":
			return true
		case "out", "behind":
			continue
		}
		if s.tag(k) == "RP" {
			continue
		}
		return false
	}
	return false
}

// saidBySelf reports an act told in what its own author said: "JNIM said
// it had carried out the raid", "the group said its fighters had".
func (c *Coder) saidBySelf(s *sentence, st *docState, v int, src *mention) bool {
	for k := v - 1; k > s.first && k >= v-8; k-- {
		if l := s.lemma(k); isVerbTag(s.tag(k)) && (l == "say" || l == "claim" || l == "announce") {
			if spk := c.subject(s, st, k, 0); spk != nil && spk.code == src.code {
				return true
			}
			return false
		}
	}
	return false
}

// marchersAfter returns the subject of a protest verb told later in the
// sentence than v, of the country of src and no state: "Police fired tear
// gas ... as thousands of party supporters marched towards the capital".
func (c *Coder) marchersAfter(s *sentence, v int, src *mention) *mention {
	for k := v + 1; k < s.last; k++ {
		if !protestVerbs[s.lemma(k)] || !isVerbTag(s.tag(k)) {
			continue
		}
		for j := k - 1; j > v; j-- {
			if m := s.mentionAt(j); m != nil {
				if r := m.resolved(); r.code != "" && !r.place && !isState(r.code) && c.country(r.code) == c.country(src.code) {
					return r
				}
				j = m.first
			}
		}
		return nil
	}
	return nil
}
