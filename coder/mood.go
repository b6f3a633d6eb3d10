package coder

import "strings"

// moodKind says how a sentence reports an act.
type moodKind uint8

const (
	moodFact         moodKind = iota
	moodIntent                // will meet, plans to visit, determined to meet
	moodNegated               // did not meet, has yet to confirm, failed to
	moodHypothetical          // could meet, if they meet
	moodRefused               // refused to meet
	moodAppealed              // urged X to meet: the appeal is the event
	moodGrounds               // accused X of attacking: the grounds of another act
)

func (m moodKind) String() string {
	switch m {
	case moodIntent:
		return "intent"
	case moodRefused:
		return "refusal"
	case moodFact:
		return "fact"
	}
	return ""
}

type moodInfo struct {
	kind moodKind
	// governor is the control word ("plans", "refused") of an infinitive,
	// or -1.
	governor int
}

func (m moodInfo) subjectAt(v int) int { return v }

var (
	intentWords = map[string]bool{
		"plan": true, "intend": true, "aim": true, "want": true, "wish": true, "hope": true,
		"seek": true, "expect": true, "agree": true, "offer": true, "pledge": true,
		"promise": true, "vow": true, "propose": true, "prepare": true, "decide": true,
		"vote": true, "threaten": true, "determined": true, "ready": true, "willing": true,
		"set": true, "expected": true, "due": true, "scheduled": true, "poised": true,
		"eager": true, "keen": true, "prepared": true, "likely": true, "intention": true,
		"intent": true, "willingness": true, "readiness": true, "determination": true,
		"bid": true, "desire": true, "going": true, "commit": true, "committed": true,
		"determine": true, "schedule": true, "move": true, "look": true,
	}
	refusalWords = map[string]bool{
		"refuse": true, "decline": true, "reject": true, "refusal": true, "unwilling": true,
		"reluctant": true, "resist": true,
	}
	failWords = map[string]bool{"fail": true, "failure": true, "unable": true, "unlikely": true, "yet": true}
	// appealWords govern "X to V" where X is asked to act: the appeal verb
	// is coded, not the act asked for.
	appealWords = map[string]bool{
		"urge": true, "call": true, "ask": true, "press": true, "appeal": true, "invite": true,
		"demand": true, "encourage": true, "request": true, "pressure": true, "push": true,
		"persuade": true, "tell": true, "order": true, "force": true, "allow": true,
		"permit": true, "authorize": true, "authorise": true, "help": true,
	}
	hypotheticalModals = map[string]bool{"could": true, "might": true, "may": true, "should": true, "must": true, "can": true, "ca": true}
	conditionals       = map[string]bool{"if": true, "unless": true, "whether": true, "lest": true}
)

// mood reads the words before verb v for negation, modality, intent,
// refusal and appeals.
func (c *Coder) mood(s *sentence, v int) moodInfo {
	var neg, intent, hypo, refused, appealed, passedTo bool
	governor := -1
	// "accused X of attacking", "condemned X for killing": a gerund after
	// of/for is what the main verb is about, not an act of its own.
	if s.tag(v) == "VBG" && v > s.first && (s.norm(v-1) == "of" || s.norm(v-1) == "for") {
		return moodInfo{moodGrounds, -1}
	}
	if !c.opts.Literal && s.tag(v) == "VBG" && v > s.first && (s.norm(v-1) == "and" || s.norm(v-1) == "or") {
		// "accused the soldiers of dragging three farmers from their
		// homes and shooting them": the grounds go on past "and".
		for g := v - 2; g > s.first && g >= v-12; g-- {
			if t := s.tag(g); t == "VBG" && (s.norm(g-1) == "of" || s.norm(g-1) == "for") {
				return moodInfo{moodGrounds, -1}
			} else if t == "VBD" || t == "VBZ" || t == "VBP" || s.norm(g) == ";" {
				break
			}
		}
	}
	// "struck the depots, killing two people": a participle after a comma
	// tells the outcome of the act before it, not an act of its own.
	if s.tag(v) == "VBG" && v > s.first && s.norm(v-1) == "," && c.coderVerbBefore(s, v) && (c.opts.Literal || !separateActs[s.lemma(v)] && !demandAfterNonProtest(s, v)) {
		return moodInfo{moodGrounds, -1}
	}
	if !c.opts.Literal && s.tag(v) == "VB" && v-1 > s.first && s.norm(v-1) == "to" {
		// "accused Iran of using it to target Israeli interests": the
		// purpose of a gerund that is itself the grounds of an accusation.
		for g := v - 2; g > s.first && g >= v-5; g-- {
			if isVerbTag(s.tag(g)) {
				if s.tag(g) == "VBG" && (s.norm(g-1) == "of" || s.norm(g-1) == "for") {
					return moodInfo{moodGrounds, -1}
				}
				break
			}
		}
	}
	if !c.opts.Literal && s.tag(v) == "VB" && v-1 > s.first && s.norm(v-1) == "to" && (s.lemma(v) == "support" || s.lemma(v) == "back" || s.lemma(v) == "denounce" || s.lemma(v) == "condemn") {
		// "rallied outside the embassy to support the expulsions": the
		// purpose of a protest is the protest's, no act of its own.
		for g := v - 2; g > s.first && g >= v-14; g-- {
			if t := s.tag(g); t == "VBD" || t == "VBN" || t == "VBZ" || t == "VBP" {
				if protestVerbs[s.lemma(g)] {
					return moodInfo{moodGrounds, -1}
				}
				break
			}
		}
	}
	if !c.opts.Literal && purposeOfInfinitive(s, v) {
		// "ready to work with Washington to fight armed groups", "help
		// Niger fight the armed groups": the purpose of an act that is
		// itself an infinitive belongs to that act.
		return moodInfo{moodGrounds, -1}
	}
	if !c.opts.Literal && v-2 > s.first && s.norm(v-1) == "to" && s.norm(v-2) == "and" {
		// "called on the authorities to release him and to stop
		// prosecuting strikers": the second infinitive is governed as the
		// first is.
		for j := v - 3; j > s.first && j >= v-20; j-- {
			if s.norm(j) == "to" && j+1 < v-2 && s.tag(j+1) == "VB" {
				if m := c.mood(s, j+1); m.kind != moodFact {
					return m
				}
				break
			}
		}
	}
	if demandedInThatClause(s, v) {
		// "demanded that the Kosovo authorities release the man": what is
		// demanded, not done, whether or not the demand itself is coded.
		return moodInfo{moodGrounds, -1}
	}
scan:
	for k := v - 1; k >= s.first && k >= v-14; k-- {
		w, t, l := s.norm(k), s.tag(k), s.lemma(k)
		switch {
		case w == "not" || w == "n't" || w == "never" || w == "no" && k+1 < s.last && s.norm(k+1) == "longer":
			neg = true
		case w == "will" || w == "'ll" || w == "shall" || w == "would" || w == "'d" && t == "MD":
			intent = true
		case hypotheticalModals[w] && t == "MD":
			hypo = true
		case w == "to":
			passedTo = true
		case strings.HasPrefix(t, "RB") || w == "also" || w == "soon":
		case auxiliaries[l] && strings.HasPrefix(t, "VB"), (l == "keep" || l == "continue") && strings.HasPrefix(t, "VB"),
			l == "help" && t == "VB" && k == v-1 && !c.opts.Literal:
			// ("was ready to help mediate": the help is the mediation's)
		case failWords[l] && (passedTo || l == "yet"):
			neg = true
		case refusalWords[l] && passedTo:
			refused, governor = true, k
			break scan
		case l == "vote" && passedTo && (t == "VBD" || t == "VBN") && !c.opts.Literal:
			// "Congress voted on Thursday to extend the state of emergency":
			// a vote taken is the act it decides
			break scan
		case intentWords[l] && passedTo, l == "right" && passedTo && answerVerbs[s.lemma(v)] && !c.opts.Literal:
			// ("reserved the right to respond": a response announced)
			intent = true
			if governor < 0 {
				governor = k
			}
			if strings.HasPrefix(t, "VB") || t == "JJ" {
				continue
			}
		case appealWords[l] && passedTo:
			// ("called on Jaishankar and is scheduled to meet Modi": the
			// nearer intent word governs, not the appeal before it)
			appealed = governor < 0 || c.opts.Literal
			break scan
		case t == "DT" || t == "PRP$" || t == "JJ" || t == "POS":
		case (t == "CC" || w == ",") && passedTo:
			// "urged Israel and Lebanon to return": past the compound addressee.
		case s.mentionAt(k) != nil && passedTo:
			// "urged Putin to meet": look past the addressee for the appeal verb.
			k = s.mentionAt(k).first
		case t == "PRP" && passedTo && (w == "him" || w == "her" || w == "them" || w == "it" || w == "us"):
			// "asked him to step up patrols"
		case (t == "NN" || t == "NNS") && passedTo && attemptNouns[l] && !c.opts.Literal:
			// "efforts by both governments to improve relations", "a bid to
			// end the war": what is tried, not done.
			return moodInfo{moodGrounds, -1}
		case t == "NN" || t == "NNS":
			if !passedTo {
				break scan
			}
		case t == "HYPH" || w == "-":
		case passedTo && (t == "IN" || t == "NNP" || t == "CD" || t == "VBN"):
			// "vowed in a televised speech on Wednesday to keep attacking":
			// past a prepositional phrase to the governing verb.
		default:
			break scan
		}
	}
	if c.conditional(s, v) {
		hypo = true
	}
	switch {
	case hypo:
		return moodInfo{moodHypothetical, governor}
	case refused && !neg:
		return moodInfo{moodRefused, governor}
	case neg && intent && !c.opts.Literal:
		// "the government would not lift the ban": a refusal, as
		// specific as what is refused (1241); acts CAMEO has no refusal
		// for stay uncoded.
		return moodInfo{moodRefused, governor}
	case neg:
		return moodInfo{moodNegated, governor}
	case appealed:
		return moodInfo{moodAppealed, governor}
	case intent:
		return moodInfo{moodIntent, governor}
	}
	return moodInfo{moodFact, governor}
}

// attemptNouns name an attempt whose infinitive is not done: "efforts to
// improve relations".
var attemptNouns = map[string]bool{"effort": true, "attempt": true, "bid": true, "drive": true}

// demandAfterNonProtest reports ", demanding" after an act that is no
// protest: "lodged a protest with Ukraine, demanding that Kyiv stop
// attacks" demands of its own; a march's "demanding" is its demand.
func demandAfterNonProtest(s *sentence, v int) bool {
	if s.lemma(v) != "demand" {
		return false
	}
	for k := v - 2; k >= s.first; k-- {
		if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" {
			return s.lemma(k) == "lodge" || s.lemma(k) == "summon" || s.lemma(k) == "send" || s.lemma(k) == "write" || s.lemma(k) == "issue"
		}
	}
	return false
}

// separateActs are participles that tell an act of their own after the
// act before them, not its outcome: "stormed a U.N. compound, detaining 20
// staff and seizing computers".
var separateActs = map[string]bool{
	"detain": true, "seize": true, "abduct": true, "kidnap": true, "arrest": true,
	"confiscate": true, "take": true, "loot": true, "expel": true, "deport": true,
	"call": true,                // ", calling the measure an affront": a criticism of its own
	"set":  true, "torch": true, // ", setting fire to two cars": arson is an act of its own
}

// speechParticiples are participles of saying that, after a comma, go on
// the speaker's statement: "told a local radio station, warning that the
// blockades would continue" is the speaker's warning, not the station's.
var speechParticiples = map[string]bool{
	"warn": true, "vow": true, "pledge": true, "threaten": true, "promise": true,
}

// purposeOfInfinitive reports an infinitive v governed by another
// infinitive over its object: "to work with Washington to fight", "help
// Niger fight". Aspect verbs ("continue to fight") govern no purpose.
func purposeOfInfinitive(s *sentence, v int) bool {
	if s.tag(v) != "VB" {
		return false
	}
	k := v - 1
	if k > s.first && s.norm(k) == "to" {
		k--
	}
	for n := 0; k > s.first && n < 6; n++ {
		if m := s.mentionAt(k); m != nil {
			k = m.first - 1
			continue
		}
		if t := s.tag(k); t == "DT" || t == "JJ" || t == "NN" || t == "NNS" || s.norm(k) == "with" {
			k--
			continue
		}
		break
	}
	return k >= s.first && k < v-1 && s.tag(k) == "VB" && !aspectVerbs[s.lemma(k)] && !auxiliaries[s.lemma(k)] && s.lemma(k) != "let" && s.lemma(k) != "make"
}

// demandedInThatClause reports a base-form verb in the that-clause of a
// demand or appeal: "demanded that Russia return the buoys".
func demandedInThatClause(s *sentence, v int) bool {
	if t := s.tag(v); t != "VB" && t != "VBP" && !(t == "VBZ" && !strings.HasSuffix(s.norm(v), "s")) {
		return false // ("that the government repeal/VBZ the decree": a subjunctive)
	}
	for k := v - 1; k > s.first && k >= v-20; k-- {
		switch t := s.tag(k); {
		case s.norm(k) == "that":
			j := k - 1
			for j > s.first && j >= k-4 && (s.norm(j) == "on" || timeWords[s.norm(j)] || dayParts[s.norm(j)] || s.norm(j) == ",") {
				j-- // "demanded on Monday that the government repeal"
			}
			return demandVerbs[s.lemma(j)]
		case s.mentionAt(k) != nil, t == "DT", t == "JJ", strings.HasPrefix(t, "NN"), t == "POS", strings.HasPrefix(t, "RB"), t == "PRP":
		case t == "CC" && s.norm(k) == "and", k < v-1 && (t == "IN" || t == "PRP$" || t == "CD" || t == "VB" || t == "VBN" || t == "TO"):
			// "demanded that Tehran report on its stock and give
			// inspectors access": the second request of the same clause.
		default:
			return false
		}
	}
	return false
}

// demandVerbs govern a that-clause whose verb is asked for, not done.
var demandVerbs = map[string]bool{
	"demand": true, "insist": true, "urge": true, "ask": true, "request": true, "propose": true,
	"recommend": true, "suggest": true, "require": true, "order": true, "demanding": true,
}

// conditional reports an if/unless/whether between the clause start and v.
func (c *Coder) conditional(s *sentence, v int) bool {
	for k := v - 1; k >= s.first; k-- {
		w := s.norm(k)
		if conditionals[w] {
			return true
		}
		if w == ";" || w == "." {
			return false
		}
		if (w == "and" || w == "but") && k-1 > s.first && s.norm(k-1) == "," && !c.opts.Literal {
			// "would suspend the strike if the government cut the price,
			// and it accused police of killing": a clause of its own.
			return false
		}
	}
	return false
}

// intentCode maps a fact code to the CAMEO code for the intent to do it
// ("will visit" is 036, "will attack" a threat of force, 138).
func intentCode(code string) string {
	if v, ok := intentExact[code]; ok {
		return v
	}
	if len(code) == 4 {
		if v, ok := intentExact[code[:3]]; ok {
			return v
		}
	}
	switch code[:2] {
	case "01", "02", "03", "09", "10", "11", "12", "13":
		return code
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return "031"
	case "07":
		return "033"
	case "08":
		return "035"
	case "14":
		return "133"
	case "15":
		return "130"
	case "16":
		return "131"
	case "17":
		return "137"
	case "18", "20":
		return "1383"
	case "19":
		return "138"
	}
	return ""
}

var intentExact = map[string]string{
	"045": "039", "046": "036", "057": "030",
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
	"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"170": "130", "171": "130", "172": "132", "191": "1381", "192": "1382", "204": "1385",
}

// refusalCode maps the act refused to the CAMEO rejection code ("refused to
// meet" is 125); acts whose refusal CAMEO does not code give "".
func refusalCode(code string) string {
	switch {
	case strings.HasPrefix(code, "04"), code == "036", strings.HasPrefix(code, "046"):
		return "125"
	case strings.HasPrefix(code, "06"):
		return "121"
	case strings.HasPrefix(code, "07"):
		return "122"
	case strings.HasPrefix(code, "083"):
		return "123" + code[3:] // "would not resign" (0831): 1231
	case strings.HasPrefix(code, "08"):
		if len(code) >= 3 {
			if r, ok := yieldRefusals[code[:3]]; ok {
				return r
			}
		}
		return "124"
	case strings.HasPrefix(code, "05"), strings.HasPrefix(code, "03"):
		return "120"
	}
	return ""
}

// yieldRefusals map an act of yielding to the refusal of it: refusing to
// lift a ban (081) is 1241, to release people (084) 1243.
var yieldRefusals = map[string]string{
	"081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}

// coderVerbBefore reports a dictionary verb earlier in the sentence.
func (c *Coder) coderVerbBefore(s *sentence, v int) bool {
	for k := v - 1; k >= s.first; k-- {
		if verbs, _ := c.verbAt(s, k); verbs != nil && verbs[0].Code != "" {
			return true
		}
	}
	return false
}
