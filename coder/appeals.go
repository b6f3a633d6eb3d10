package coder

import "strings"

// Appeals and demands: what they ask for decides their CAMEO code.

// askedAct returns the code of the act an appeal asks for: the verb of
// "to V" after the appeal's addressee.
func (c *Coder) askedAct(s *sentence, v, end int) string {
	at := c.askedVerb(s, v, end)
	if at < 0 {
		return ""
	}
	if s.lemma(at) == "withdraw" && !c.opts.Literal && !c.withdrawsForces(s, at+1, c.requestEnd(s, at)) {
		return "0832" // "to withdraw the notice": a change of policy
	}
	return c.ownCode(s, at)
}

// ownCode is the code of the dictionary verb at v by its own patterns,
// within the request it makes ("demanding the resignation of the
// president": 1041), or "" when v is no dictionary verb.
func (c *Coder) ownCode(s *sentence, v int) string {
	verbs, vlen := c.verbAt(s, v)
	if verbs == nil {
		return ""
	}
	if best := c.matchPatterns(s, v, vlen, min(c.verbScope(s, v, vlen), c.requestEnd(s, v)), verbs); best != nil {
		return best.pattern.Code
	}
	return verbs[0].Code
}

// askedVerb returns the verb an appeal or demand asks for: that of "to V"
// ("urged Russia to halt"), or the subjunctive of its that-clause
// ("demanded that the government disclose"); -1 if none.
func (c *Coder) askedVerb(s *sentence, v, end int) int {
	for k := v + 1; k+1 < s.last && k < end+2; k++ {
		if s.norm(k) == "to" && s.tag(k+1) == "VB" {
			return k + 1
		}
		if s.norm(k) == "that" {
			// ("warned that anyone who organised or joined road blockades
			// would be prosecuted": over a relative clause)
			for j := k + 1; j < s.last && j <= k+12; j++ {
				if t := s.tag(j); t == "VB" || t == "VBP" {
					if s.lemma(j) == "be" && j+1 < s.last && s.tag(j+1) == "VBN" && !c.opts.Literal {
						return j + 1 // "warned that they would be arrested": the passive's verb
					}
					return j
				}
			}
			// "demanded that the Taliban free two Americans", "free" read
			// as an adjective: the word after the clause's subject.
			if m := s.mentionAt(k + 1); m != nil && m.last < s.last {
				return m.last
			}
			if k+2 < s.last && s.norm(k+1) == "the" {
				if m := s.mentionAt(k + 2); m != nil && m.last < s.last {
					return m.last
				}
			}
			return -1
		}
	}
	return -1
}

// askedWords are the words that tell what an appeal asks for when the verb
// asked for codes nothing itself ("urged Russia to halt military
// activity", "to speed up deliveries of air defence systems"), each with
// the CAMEO code of the act asked for.
var askedWords = []struct {
	synset, lemma, code string
}{
	// "asked the Danish authorities for consular access to the crew":
	// international involvement, before the captives it is for
	{"", "consular", "086"},
	// "urged Iran to let inspectors back into the Fordow site": inspectors
	// and monitors are international involvement too
	{"", "inspector", "086"}, {"", "inspectors", "086"}, {"", "inspection", "086"}, {"", "inspections", "086"},
	{"", "monitors", "086"}, {"", "observers", "086"},
	{"WEAPON", "", "072"}, {"AIDMIL", "", "072"}, {"CEASEFIRE", "", "0871"}, {"TALKS", "", "046"},
	{"AIDHUM", "", "073"}, {"AIDECON", "", "071"}, {"AID", "", "070"}, {"PRISONER", "", "084"},
	{"CAPTIVE", "", "084"}, {"SANCTION", "", "085"}, {"RIGHTSNOUN", "", "0833"},
	{"", "halt", "087"}, {"", "stop", "087"}, {"", "cease", "087"}, {"", "withdraw", "0874"},
	{"", "de-escalate", "087"}, {"", "release", "084"}, {"", "free", "084"}, {"", "negotiate", "046"},
	{"", "respect", "0833"}, {"", "restraint", "087"},
	{"", "disclose", "01"}, {"", "reveal", "01"}, {"", "explain", "01"}, {"", "clarify", "01"},
	{"", "investigate", "09"}, {"", "probe", "09"}, {"", "investigation", "09"}, {"", "inquiry", "09"},
	{"", "refrain", "087"}, {"", "restraint", "087"}, {"", "press", "05"}, {"", "pressure", "05"},
	{"", "assembly", "0833"}, {"", "reconstruction", "071"}, {"", "retract", "0832"},
	// "demanded that the government reverse the increase": a change of policy
	{"", "reverse", "0832"}, {"", "scrap", "0832"}, {"", "repeal", "0832"}, {"", "rescind", "0832"},
	{"", "overturn", "0832"}, {"", "revoke", "0832"}, {"", "abolish", "0832"}, {"", "veto", "0832"},
	{"", "avoid", "087"},
	// "to step up maritime patrols": military cooperation; "to hand over
	// the suspects", "to extradite": judicial cooperation; "for
	// information": what a demand for information asks
	{"", "patrols", "062"}, {"", "patrol", "062"},
	{"", "extradite", "063"}, {"", "extradition", "063"}, {"", "suspects", "063"},
	{"", "information", "01"},
	// "to protect residents of the border region", "to ensure the safety
	// of Basotho living in South Africa": protection
	{"", "protect", "074"}, {"", "protection", "074"}, {"", "safety", "074"},
	// "to restore access to asylum", "to treat the workers as victims":
	// rights
	{"", "asylum", "0833"}, {"", "treat", "0833"},
	// "to ensure a fair and transparent trial", "to guarantee the right
	// to peaceful protest": rights
	{"", "trial", "0833"}, {"", "right", "0833"},
	// "to change its constitution": institutions
	{"", "constitution", "0834"},
	// "to publish an electoral calendar", "to hold elections": a return
	// to constitutional order
	{"", "election", "0834"}, {"", "electoral", "0834"}, {"", "elections", "0834"},
	// "to resolve their differences through dialogue": settling a dispute
	{"", "resolve", "037"}, {"", "settle", "037"}, {"", "solution", "037"},
}

// easeVerbs end or lift what they act on.
var easeVerbs = map[string]bool{
	"end": true, "lift": true, "stop": true, "halt": true, "suspend": true, "call": true,
	"abandon": true, "dismantle": true, "clear": true, "reopen": true, "remove": true,
}

// askedByWords reads what an appeal asks for from the words of its
// infinitive clause.
func (c *Coder) askedByWords(s *sentence, v, end int) string {
	// "demanded that the Taliban free two Americans": the verb of the
	// that-clause.
	from := c.askedVerb(s, v, end)
	if from < 0 && !c.opts.Literal && v < s.last && s.norm(v) == "for" {
		return c.askedByWordsAt(s, v) // "called for the crew's release"
	}
	if from < 0 && !c.opts.Literal && v > s.first && s.norm(v-1) == "for" {
		return c.askedByWordsAt(s, v-1)
	}
	if from < 0 && !c.opts.Literal {
		// "asked the Eswatini authorities for consular access", "asked
		// Bratislava for information": what the request is for.
		for k := v + 1; k+1 < end && k <= v+8; k++ {
			if s.norm(k) == "for" {
				return c.askedByWordsAt(s, k)
			}
			if isVerbTag(s.tag(k)) {
				break
			}
		}
	}
	if from < 0 {
		return ""
	}
	return c.askedByWordsAt(s, from)
}

// possessedNoun reports a noun at k owned by a possessive before it, over
// one adjective: "the crew's release", "Lissu's immediate release".
func possessedNoun(s *sentence, k int) bool {
	for j := k - 1; j > s.first && j >= k-2; j-- {
		if s.norm(j) == "'s" || s.norm(j) == "'" {
			return true
		}
		if !strings.HasPrefix(s.tag(j), "JJ") {
			return false
		}
	}
	return false
}

// askedByWordsAt reads what the request whose verb is at token from asks
// for, from its words up to the next request.
func (c *Coder) askedByWordsAt(s *sentence, from int) string {
	to := c.requestEnd(s, from)
	if s.lemma(from) == "return" && from+1 < s.last && s.norm(from+1) != "to" && !c.opts.Literal {
		return "084" // "to return the stolen funds": a release of property; "return to talks" is not
	}
	if !c.opts.Literal {
		for k := from + 1; k < to && k <= from+4; k++ {
			l := s.lemma(k)
			military := l == "strike" && (s.norm(k) == "strikes" || k > from && (s.norm(k-1) == "air" || s.norm(k-1) == "drone" || s.norm(k-1) == "missile"))
			if (dissentNouns[l] && l != "blockade" && !military || l == "blockade" && s.norm(k) == "blockades" || l == "shop" && s.lemma(from) == "reopen") && easeVerbs[s.lemma(from)] {
				return "082" // "to lift the blockades", "to end the strike", "to reopen their shops": easing dissent
			}
			if l := s.lemma(k); l == "water" && (s.lemma(from) == "release" || s.lemma(from) == "double" || s.lemma(from) == "increase") {
				return "06" // "to release more water from the Helmand": material cooperation
			}
		}
	}
	if (s.lemma(from) == "remain" || s.lemma(from) == "stay" || s.lemma(from) == "maintain" || s.lemma(from) == "keep") && from+1 < to && !c.opts.Literal {
		if w := s.norm(from + 1); w == "calm" || w == "peaceful" || w == "peace" || w == "the" && from+2 < to && s.norm(from+2) == "peace" {
			return "082" // "to remain peaceful", "to maintain peace": easing dissent
		}
	}
	if s.lemma(from) == "withdraw" && !c.opts.Literal && !c.withdrawsForces(s, from+1, to) {
		return "0832" // "to withdraw the notice", "the bill": a change of policy
	}
	if l := s.lemma(from); (l == "stop" || l == "halt" || l == "cease" || l == "end") && !c.opts.Literal && !c.forceAfter(s, from+1, to) {
		// "to stop installing structures in the zone", "to halt the
		// demolitions": ending a policy, not a fight, is a policy change.
		return "0832"
	}
	for _, w := range askedWords {
		// The asked verb itself first: "reverse the tariff increase" asks
		// for a reversal, whatever it reverses.
		if w.lemma != "" && w.lemma != "respect" && w.lemma != "protect" && from < to && (s.lemma(from) == w.lemma || s.norm(from) == w.lemma) {
			// ("respect" and "protect" are as specific as their object: a
			// truce, rights)
			return w.code
		}
	}
	for _, w := range askedWords {
		for k := from; k < to; k++ {
			if w.lemma != "" && (s.lemma(k) == w.lemma || s.norm(k) == w.lemma) {
				if (w.lemma == "release" || w.lemma == "free") && !isVerbTag(s.tag(k)) && (k+1 >= to || s.norm(k+1) != "of") && !possessedNoun(s, k) {
					continue // "to double its water releases": no release of people; "the crew's release" is
				}
				return w.code
			}
			if w.synset != "" {
				if _, ok := c.synsetAt(s, w.synset, k, to, 0); ok {
					return w.code
				}
			}
		}
	}
	return ""
}

// forceAfter reports words of armed force or violence in [from, to): what
// "stop" or "halt" asks to end is then a fight ("to halt air strikes", "to
// stop the violence", "to cease fire").
func (c *Coder) forceAfter(s *sentence, from, to int) bool {
	if to <= from {
		to = min(s.last, from+8)
	}
	if to <= from {
		return true // a bare "to stop": whatever fight the sentence is about
	}
	for k := from; k < to && k < from+8; k++ {
		switch s.lemma(k) {
		case "attack", "strike", "airstrike", "fighting", "fight", "hostility", "hostilities", "shelling", "bombing",
			"violence", "offensive", "war", "operation", "incursion", "raid", "fire", "firing", "killing", "bombardment",
			"clash", "aggression", "escalation", "assault", "drone", "missile", "rocket", "military", "troop", "siege", "blockade",
			"bloodshed", "conflict", "crisis", "massacre", "tension", "provocation", "occupation", "shooting", "combat",
			"kill", "bomb", "shell", "crackdown", "repression", "abuse", "persecution", "harassment", "intimidation":
			return true
		}
		if m := s.mentionAt(k); m != nil && len(m.code) >= 6 && (m.code[3:6] == "MIL" || m.code[3:6] == "REB") {
			return true
		}
	}
	return false
}

// withdrawsForces reports troops, forces or fighters, or "from" a place,
// after "withdraw": a military withdrawal, not a withdrawn bill or notice.
func (c *Coder) withdrawsForces(s *sentence, from, to int) bool {
	if to <= from {
		to = s.last
	}
	if from >= s.last || s.norm(from) == "." || s.norm(from) == "," {
		return true // "urged them to withdraw": from where they are
	}
	for k := from; k < to && k < from+5; k++ {
		switch s.lemma(k) {
		case "troop", "force", "fighter", "soldier", "unit", "army", "from":
			return true
		}
		if m := s.mentionAt(k); m != nil && len(m.code) >= 6 && (m.code[3:6] == "MIL" || m.code[3:6] == "REB") {
			return true
		}
	}
	return false
}

// appealFor maps the act asked for to the appeal (02) or demand (10) code
// CAMEO gives asking for it; acts it has no code for keep the general one.
func appealFor(root, asked string) string {
	if len(asked) < 2 {
		return root + "0"
	}
	if root == "02" {
		if v, ok := appealCodes[asked]; ok {
			return v
		}
		if len(asked) >= 3 {
			if v, ok := appealCodes[asked[:3]]; ok {
				return v
			}
		}
		if v, ok := appealCodes[asked[:2]]; ok {
			return v
		}
		return "020"
	}
	if v, ok := demandCodes[asked]; ok {
		return v
	}
	if len(asked) >= 3 {
		if v, ok := demandCodes[asked[:3]]; ok {
			return v
		}
	}
	if v, ok := demandCodes[asked[:2]]; ok {
		return v
	}
	return "100"
}

var appealCodes = map[string]string{
	"03": "020", "036": "026", "037": "027", "039": "028",
	"04": "026", "045": "028", "046": "026",
	"05": "022", "057": "027",
	"06": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
	"07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
	"08": "025", "081": "0251", "082": "0252", "083": "024", "084": "0253",
	"0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
	"0871": "0256", "0874": "0256", "085": "0254", "086": "0255", "087": "0256",
	// "called on the EU to impose sanctions on settler groups": a third
	// party asked to act against another is asked for diplomatic
	// cooperation
	"16": "022",
	// "called on the authorities to investigate the deaths", "asked
	// Bratislava for information": CAMEO has no appeal for an
	// investigation or for information; their demand (101) is the nearest.
	"09": "101", "01": "101",
}

var demandCodes = map[string]string{
	// The codebook table's 105-108: mediation, withdrawal, ceasefire, talks.
	"04": "108", "045": "105", "046": "108", "0871": "107", "0874": "106",
	"01": "101", "09": "101", // "demanded that the government disclose", "... investigate"
	"06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
	"07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
	"08": "105", "081": "1051", "082": "1052", "083": "104", "084": "1053",
	"0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044", "085": "1054", "086": "1055", "087": "1056",
}

// contentVerb reports a verb whose that-clause is its content: threats
// (13x), demands (10x) and appeals (02x): "demanded that Kyiv withdraw".
func (c *Coder) contentVerb(s *sentence, v int) bool {
	for _, key := range [2]string{s.norm(v), s.lemma(v)} {
		for _, vb := range c.dict.Verbs.Lookup(key) {
			if strings.HasPrefix(vb.Code, "13") || strings.HasPrefix(vb.Code, "10") || strings.HasPrefix(vb.Code, "02") {
				return true
			}
		}
	}
	return false
}

// requestEnd returns where the request whose verb is at token from ends:
// at its clause's end, or where a coordinated request begins ("to release
// everyone detained and to respect the right to assembly").
func (c *Coder) requestEnd(s *sentence, from int) int {
	end := c.clauseEnd(s, from+1)
	if next := nextRequest(s, from, end); next >= 0 {
		end = next
	}
	for k := from + 1; k+1 < end && !c.opts.Literal; k++ {
		if t := s.tag(k + 1); s.norm(k) == "and" && (t == "VBD" || t == "VBN" || t == "VBZ") {
			return k // "urged them to avoid violence and called on the government to open talks"
		}
	}
	return end
}

// nextRequest returns the verb of the request coordinated after the one at
// token from ("... and to respect", "... and respect"), or -1.
func nextRequest(s *sentence, from, end int) int {
	for k := from + 1; k+1 < end; k++ {
		if s.norm(k) != "and" {
			continue
		}
		if s.norm(k+1) == "to" && k+2 < s.last && s.tag(k+2) == "VB" {
			return k + 2
		}
		if s.tag(k+1) == "VB" {
			return k + 1
		}
	}
	return -1
}

// moreRequests returns the codes of the requests an appeal or demand makes
// after its first, whose verb is at token first: "urged the authorities to
// release everyone detained and to respect the right to assembly" asks for
// two acts, each an event.
func (c *Coder) moreRequests(s *sentence, root string, first int) []string {
	var out []string
	end := s.last
	for at := nextRequest(s, first, end); at >= 0 && len(out) < 3; at = nextRequest(s, at, end) {
		asked := ""
		if verbs, vlen := c.verbAt(s, at); verbs != nil {
			asked = verbs[0].Code
			if best := c.matchPatterns(s, at, vlen, c.requestEnd(s, at), verbs); best != nil {
				asked = best.pattern.Code
			}
		}
		if asked == "" || asked[:2] == "02" || asked[:2] == "10" {
			asked = c.askedByWordsAt(s, at)
		}
		if asked == "" {
			continue
		}
		out = append(out, appealFor(root, asked))
	}
	return out
}
