package coder

import (
	"iter"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/nlp"
)

// mention is an actor or place found in a sentence: tokens [first, last).
type mention struct {
	first, last int
	code        string
	kind        dict.Kind
	person      bool
	// place marks a mention read as a location here ("in Istanbul"); it is
	// never a default source or target, only a pattern's explicit slot.
	place bool
	// destination marks a place after to/into ("visit to Kyiv").
	destination bool
	// group links the members of a compound ("the UK, Germany and France").
	group int
	// placeCode is the country of a mention read as a place, when its
	// actor code names another body (Brussels: BEL, not the EU).
	placeCode string
	// inferred marks an agent given a country from the article, not the
	// sentence ("the army" in an article about Sudan).
	inferred bool
	// ref is the actor an agent phrase stands for: "soldiers from Gondor"
	// acts as Gondor's military.
	ref *mention
	// agent is the agent phrase that named this actor ("students" in
	// "students in Moscow"); the evidence span starts there.
	agent *mention
	// text marks a noun phrase that names no dictionary actor, coded by
	// its words (PETRARCH's new_actor_length).
	text bool
	// former marks a phrase of a past office ("a former minister").
	former bool
	// implied marks an actor no words name ("marched to demand the
	// release of ..." is against the marchers' own government); [first,
	// last) is the act's word, which the event does not quote for it.
	implied bool
}

// resolved follows an agent phrase to the actor it stands for.
func (m *mention) resolved() *mention {
	if m != nil && m.ref != nil {
		return m.ref
	}
	return m
}

// sentence is one sentence prepared for coding.
type sentence struct {
	idx         int
	first, last int // token range in the doc
	headline    bool
	words       dict.Words
	tags        []string
	mentions    []mention
	// dateline is the place of the article's dateline, when this sentence
	// opens with it.
	dateline *mention
	// lastPlace is the last place the article named in the sentences
	// just before this one.
	lastPlace *parley.Place
	// context lists the article's main countries, for place names.
	context []string
	// wordSet holds the sentence's forms and lemmas, built on first use.
	wordSet map[string]bool
	// dates caches the dates resolved for the sentence's clauses.
	dates map[dateKey]dateResult
	// extra holds mentions that stand for actors named elsewhere ("the two
	// sides"), outside the token index.
	extra []mention
	// at maps a token (relative to first) to its mention index, or -1.
	at []int
	// tree is the sentence's dependency tree (heads relative to first),
	// parsed on first use.
	tree   nlp.Tree
	parsed bool
}

func (s *sentence) tag(i int) string   { return s.tags[i-s.first] }
func (s *sentence) norm(i int) string  { return s.words.Norm[i-s.first] }
func (s *sentence) lemma(i int) string { return s.words.Lemma[i-s.first] }
func (s *sentence) text(i int) string  { return s.words.Text[i-s.first] }
func (s *sentence) mentionAt(i int) *mention {
	if i < s.first || i >= s.last {
		return nil
	}
	if m := s.at[i-s.first]; m >= 0 {
		return &s.mentions[m]
	}
	for k := range s.extra {
		if e := &s.extra[k]; i >= e.first && i < e.last {
			return e
		}
	}
	return nil
}

// docState carries what one article has said so far: names introduced with
// a title, and the last person and organisation mentioned, for coreference.
type docState struct {
	// current holds the events of the sentence being coded, so far.
	current []parley.Event
	date    time.Time
	// countries counts the actor mentions of each country so far, and
	// roles remembers the country last seen with each role ("MIL" ->
	// "ISR"), to resolve bare agents ("the army", "police").
	countries map[string]int
	// places counts the places of each country the article named.
	places  map[string]int
	roles   map[string]string
	aliases map[string]aliasInfo
	// place is the last place named and placeAge the sentences since.
	place    *parley.Place
	placeAge int
	// recent lists the codes of the last actors named, newest first, one
	// per country.
	recent     []string
	lastPerson string
	// lastSubject is the person who was the subject of the last sentence
	// that had one: "he" in the next sentence is most often that person,
	// not the one he met.
	lastSubject string
	// lastBody is the body (not a person, not a plural) that was the
	// subject of the last sentence with a subject: "The UAE foreign
	// ministry said ... It renewed its call".
	lastBody string
	// lastPlural is the plural subject of the last sentence with a
	// subject: "Police estimated the crowd at 45,000. They detained a man."
	lastPlural string
	lastActor  string
	groups     int
	// vessel is the country of the last ship or boat named, whose crew
	// "the crew" later is.
	vessel string
	// actsIn maps the code of a cross-border armed group named in the
	// article ("SOMREB", al-Shabaab) to the other countries it fights in.
	actsIn map[string][]string
	// attacker is the source of the article's last act of coercion or
	// violence, the author "the raid" or "the attack" later refers to.
	attacker string
	// heads maps the head noun of the named bodies the article has told
	// ("the National Electoral Council") to the body, for "the council".
	heads map[string]body
	// crimeStory marks an article about bandits, gangs or cartels and no
	// insurgents: its unnamed gunmen are criminals, not rebels.
	crimeStory bool
	// assailant is the source of the article's last act of violence
	// (18-20) or claim of one: "the attack" is its, not an arrest's.
	assailant string
	// dyad is the source and target of the article's last event between
	// two countries: "the two leaders" most often means them.
	dyad []string
	// acts lists the article's events so far, newest last, as the stems of
	// their trigger words and their source: "the apology" names the
	// source of the earlier act "apologised".
	acts []pastAct
	// bodies remembers the last international organisation ("igo") and
	// the last armed or political group ("group") named, for "the bloc",
	// "the agency", "the group" in later sentences.
	bodies map[string]body
	// sentences counts the sentences read so far.
	sentences int
	// dateline is the country of the article's dateline ("QUITO —").
	dateline string
	// named lists the countries of the actors named so far, most recent
	// first, for "the three countries".
	named []string
}

// body is an organisation an anaphor may name, and when it was last seen.
type body struct {
	code     string
	sentence int
	head     string // the last word of its name: "council"
}

// pastAct is one earlier event of the article, for nouns that refer to it.
type pastAct struct {
	stems  []string
	source string
	code   string
	// target is the act's target code, "" when it had none.
	target string
	// sources are the members of a compound source that acted together
	// ("the junta and the TNLA agreed to a ceasefire"), when the act was
	// told with no target and so coded as no event.
	sources []string
}

// recentActs yields the article's last n acts, newest first (all of them
// when n <= 0): what "the ceasefire", "the detained workers" or "the
// protesters" refer back to.
func (st *docState) recentActs(n int) iter.Seq[pastAct] {
	return func(yield func(pastAct) bool) {
		for i := len(st.acts) - 1; i >= 0 && (n <= 0 || i >= len(st.acts)-n); i-- {
			if !yield(st.acts[i]) {
				return
			}
		}
	}
}

// mirrored reports that the act before act i is act i the other way round
// (and, when sameCode, with its code): an act of two sides together ("the
// two sides agreed to reopen the corridor") coded in both directions.
func (st *docState) mirrored(i int, sameCode bool) bool {
	if i <= 0 {
		return false
	}
	a, b := st.acts[i], st.acts[i-1]
	return b.source == a.target && b.target == a.source && (!sameCode || b.code == a.code)
}

// stem is the crude stem that ties a noun to the verb of an earlier act:
// its first five letters ("apology", "apologised"; "resolution").
func stem(word string) string {
	w := strings.ToLower(word)
	if base, ok := irregularActs[w]; ok {
		w = base
	}
	if len(w) < 5 {
		return ""
	}
	return w[:5]
}

// irregularActs ties nouns and past forms whose first letters differ to
// one form: "the strikes" are what "struck", "the detentions" what
// "detained".
var irregularActs = map[string]string{
	"struck": "strike", "strikes": "strike", "detention": "detained", "detentions": "detained",
	"seizure": "seized", "seizures": "seized", "fought": "fighting", "shot": "shooting",
	"killings": "killed", "killing": "killed", "kills": "killed",
}

type aliasInfo struct {
	code   string
	person bool
}

// piece is one dictionary match inside a noun phrase.
type piece struct {
	first, last int
	actor       *dict.Actor
	agent       *dict.Agent
	name        bool // an unknown capitalised name
	// possessed marks an agent owned by the piece before it: "Ithilen's
	// minister Calimehtar" is Ithilen's government whatever Calimehtar was.
	possessed bool
}

var titleModifiers = map[string]bool{
	"senior": true, "top": true, "key": true, "chief": true, "acting": true,
	"new": true, "current": true, "incoming": true, "outgoing": true, "veteran": true,
	"then": true, "former": true, "ex": true, "-": true, "de": true, "facto": true,
}

// findMentions fills s.mentions: noun phrases built from dictionary pieces.
func (c *Coder) findMentions(s *sentence, st *docState) {
	n := s.last - s.first
	s.at = make([]int, n)
	for i := range s.at {
		s.at[i] = -1
	}
	start := s.first
	if d := datelineEnd(s); d > 0 {
		start = d // "SEOUL —", "PORT-AU-PRINCE, Haiti —", "RAIPUR:": not actors
		// but the place the story is told from, until the text names another.
		if m := c.datelinePlace(s, st, d); m != nil && st.dateline == "" {
			s.dateline, st.dateline = m, m.code[:3]
			st.places[st.dateline]++
		}
	}
	for i := start; i < s.last; {
		m, ok := c.phraseAt(s, st, i)
		if ok && !c.opts.Literal && longerPlaceName(s, m) {
			// "the San Juan de Lurigancho district" is not San Juan.
			i = m.last
			continue
		}
		if !ok {
			// A phrase the dictionary knows but codes as nothing here
			// ("Social Democrats" [---], a party out of its dates) still
			// uses up its words, as in PETRARCH.
			i = max(i+1, m.last)
			continue
		}
		if a, b, ok := c.countryPair(s, m); ok {
			// "a new round of Russia-Ukraine negotiations": the two sides,
			// not one place.
			st.groups++
			a.group, b.group = st.groups, st.groups
			s.mentions = append(s.mentions, a)
			s.at[a.first-s.first] = len(s.mentions) - 1
			s.mentions = append(s.mentions, b)
			s.at[b.first-s.first] = len(s.mentions) - 1
			i = m.last
			continue
		}
		s.mentions = append(s.mentions, m)
		for k := m.first; k < m.last; k++ {
			s.at[k-s.first] = len(s.mentions) - 1
		}
		i = m.last
	}
	if !c.opts.Literal {
		// "the opposition Transformers party": a name before the head noun
		// of a body names the body, not a person.
		for i := range s.mentions {
			if m := &s.mentions[i]; m.person && m.last < s.last && orgHeads[s.lemma(m.last)] && isCapitalised(s.text(m.last-1)) {
				m.person = false
			}
		}
	}
	c.unknownBodies(s)
	peopleOfCountry(s)
	c.membersOf(s)
	s.context = articleCountries(st)
	c.gazetteerPlaces(s, st)
	c.namedByApposition(s, st)
	c.definiteAnaphors(s, st)
	parentheticalNames(s)
	c.agentOfCountry(s)
	c.sharedCountry(s)
	c.twoSides(s, st)
	c.bareAgents(s, st)
	detainedAgents(s, st)
	c.sectorBodies(s)
	namesAfterBodies(s)
	c.namedBodies(s, st)
	c.titledNames(s)
	spokesmenOf(s)
	c.markPlaces(s)
	c.groupCompounds(s, st)
	if st.crimeStory && !c.opts.Literal {
		criminalGunmen(s)
	}
}

// criminalGunmen codes the gunmen and attackers of a story of bandits,
// gangs or cartels as the criminals they are there, not as rebels.
func criminalGunmen(s *sentence) {
	for i := range s.mentions {
		m := &s.mentions[i]
		if len(m.code) != 6 || m.code[3:6] != "REB" || m.person {
			continue
		}
		if l := s.lemma(m.last - 1); l == "gunman" || l == "gunmen" || l == "attacker" || l == "assailant" {
			m.code = m.code[:3] + "CRM"
		}
	}
}

// datelinePlace returns the first place of the dateline that ends before
// token end: "QUITO, Ecuador (AP) —" is Quito.
func (c *Coder) datelinePlace(s *sentence, st *docState, end int) *mention {
	for k := s.first; k < end; k++ {
		a, n := c.dict.LongestActor(s.words, k-s.first)
		if a != nil && a.Kind != dict.KindActor && a.Kind != dict.KindAdjective && a.Kind != dict.KindMetonym {
			if code := a.CodeAt(st.date); len(code) >= 3 {
				return &mention{first: k, last: k + n, code: code[:3], kind: a.Kind, place: true}
			}
		}
		if c.opts.Gazetteer == nil || !isCapitalised(s.text(k)) {
			continue
		}
		// The longest run of capitalised words first: "San Jose" is Costa
		// Rica's capital, "San" alone a town in Mali.
		for e := k + 3; e > k+1; e-- {
			if e > end || !isCapitalised(s.text(e-1)) {
				continue
			}
			name := strings.Join(s.words.Text[k-s.first:e-s.first], " ")
			if p, ok := c.opts.Gazetteer.Lookup(name, nil); ok && len(p.Country) >= 3 {
				kind := dict.KindCity
				if p.Kind == geo.KindRegion {
					kind = dict.KindRegion
				}
				return &mention{first: k, last: e, code: p.Country[:3], kind: kind, place: true}
			}
		}
		if p, ok := c.opts.Gazetteer.Lookup(s.text(k), nil); ok && len(p.Country) >= 3 {
			kind := dict.KindCity
			if p.Kind == geo.KindRegion {
				kind = dict.KindRegion
			} else if p.Kind == geo.KindCountry {
				kind = dict.KindCountry
			}
			return &mention{first: k, last: k + 1, code: p.Country[:3], kind: kind, place: true}
		}
	}
	return nil
}

// datelineEnd returns the first token after a dateline that opens a
// sentence ("SEOUL —", "KYIV, Nov 3 (Reuters) -", "RAIPUR:"), or 0: a
// capitalised place, optionally a country, date or agency, then a dash or
// colon within the first few tokens.
func datelineEnd(s *sentence) int {
	if s.last-s.first < 4 || !isCapitalised(s.text(s.first)) {
		return 0
	}
	for k := s.first + 1; k < s.last && k <= s.first+9; k++ {
		switch w := s.norm(k); {
		case w == "—" || w == "–" || w == ":" || w == "--" || w == "-" && s.tag(k) != "HYPH":
			if k+1 < s.last && isCapitalised(s.text(k+1)) {
				return k + 1
			}
			return 0
		case w == "," || w == "(" || w == ")" || w == "-" || s.tag(k) == "CD" || s.tag(k) == "-LRB-" || s.tag(k) == "-RRB-" || s.tag(k) == "HYPH":
		case isCapitalised(s.text(k)) || strings.ToUpper(s.text(k)) == s.text(k):
		default:
			return 0
		}
	}
	return 0
}

// remember files the sentence's last person and last other actor for
// pronouns in later sentences.
func (c *Coder) remember(doc *parley.Doc, s *sentence, st *docState) {
	st.placeAge++
	for i := range s.mentions {
		// Only a place the text puts an act in ("in Berlin") carries over;
		// a name used as a modifier ("US involvement") does not.
		if m := &s.mentions[i]; m.place && m.code != "" && !m.destination && (locative[c.prevWord(s, m.first)] || m.kind == dict.KindCity || m.kind == dict.KindRegion) {
			st.place, st.placeAge = c.named(doc, s, m), 0
		}
	}
	for _, m := range s.mentions {
		if country := c.country(m.code); country != "" && !m.place && len(m.code) >= 6 && m.code[3:6] != "CVL" {
			// Civilians are no side of "both sides".
			st.recent = slices.DeleteFunc(st.recent, func(code string) bool { return code[:3] == country })
			st.recent = append([]string{m.code}, st.recent...)
			if len(st.recent) > 4 {
				st.recent = st.recent[:4]
			}
		}
		if m.place && len(m.code) >= 3 {
			country := m.placeCode
			if country == "" {
				country = m.code[:3]
			}
			st.places[country]++
		}
		if h := s.norm(m.last - 1); !c.opts.Literal && m.code != "" && !m.place && !m.person && m.last-m.first >= 2 && isCapitalised(s.text(m.last-1)) && anaphorHeads[h] {
			st.heads[h] = body{code: m.code, sentence: st.sentences, head: h}
		}
		if country := c.country(m.code); country != "" && !m.place {
			st.named = append([]string{country}, slices.DeleteFunc(st.named, func(c string) bool { return c == country })...)
			st.countries[country]++
			if len(m.code) >= 6 && !diplomatNouns[s.lemma(m.last-1)] {
				// (an envoy abroad is no sign of whose "the government" is)
				st.roles[m.code[3:6]] = country
			}
		}
		if m.place || m.code == "" {
			continue
		}
		if vesselNouns[s.lemma(m.last-1)] && c.country(m.code) != "" {
			st.vessel = c.country(m.code)
		}
		if m.person {
			st.lastPerson = m.code
		} else {
			st.lastActor = m.code
		}
		if class := bodyClass(s, m); class != "" {
			st.bodies[class] = body{code: m.code, sentence: st.sentences, head: s.norm(m.last - 1)}
		}
		if !m.person && m.kind == dict.KindActor && len(m.code) == 6 && m.code[3:6] == "OPP" && isCapitalised(s.text(m.first)) && s.norm(m.first) != "opposition" {
			st.bodies["party"] = body{code: m.code, sentence: st.sentences} // "the TLP ... the party"
		}
	}
	if subj := sentenceSubject(s); subj != nil && subj.person && subj.code != "" {
		st.lastSubject, st.lastBody = subj.code, ""
	} else if subj != nil {
		st.lastSubject, st.lastBody, st.lastPlural = "", "", ""
		if subj.code != "" && s.tag(subj.last-1) != "NNS" && s.lemma(subj.last-1) != "police" && !membersOfBody(s, subj) {
			st.lastBody = subj.code
		} else if subj.code != "" {
			st.lastPlural = subj.code
		}
	}
	st.sentences++
}

// membersOfBody reports a body named as what its members belong to:
// "About 20 members of a civic group rallied" (they, not it, follow).
func membersOfBody(s *sentence, m *mention) bool {
	k := m.first - 1
	if k > s.first && (s.tag(k) == "DT" || s.tag(k) == "PRP$") {
		k--
	}
	return k > s.first && s.norm(k) == "of" && s.tag(k-1) == "NNS"
}

// sentenceSubject returns the first actor named before the sentence's
// first verb, or nil.
func sentenceSubject(s *sentence) *mention {
	for k := s.first; k < s.last; k++ {
		if m := s.mentionAt(k); m != nil && !m.place {
			return m.resolved() // before the verb test: "Trump/VB announced"
		}
		if isVerbTag(s.tag(k)) {
			return nil
		}
	}
	return nil
}

// phraseAt reads the longest actor noun phrase starting at token i:
// [country|metonym][’s] [modifier]* [agent]* [person|Name]*.
func (c *Coder) phraseAt(s *sentence, st *docState, i int) (mention, bool) {
	var pieces []piece
	// "a former Serbian police officer": the word before the phrase.
	former := i > s.first && (s.norm(i-1) == "former" || s.norm(i-1) == "ex" || s.norm(i-1) == "-" && i-1 > s.first && s.norm(i-2) == "ex")
	for k := i - 1; !former && !c.opts.Literal && k > s.first && k >= i-3 && (titleModifiers[s.norm(k)] || s.tag(k) == "JJ" && !isCapitalised(s.text(k))); k-- {
		// "two former senior finance ministry officials"
		former = s.norm(k-1) == "former"
	}
	j := i
	for j < s.last {
		w := s.norm(j)
		if len(pieces) > 0 && j+1 < s.last && (titleModifiers[w] || isModelName(s, j)) {
			if w == "former" || w == "ex" {
				former = true
			}
			j++
			continue
		}
		if len(pieces) > 0 && c.nounModifiesAgent(s, j, pieces[len(pieces)-1]) {
			j++ // "US defence firms", "Russian oil companies"
			continue
		}
		if len(pieces) > 0 && (w == "'s" || w == "'") && isCountryPiece(pieces[len(pieces)-1]) {
			// "Ukraine's President", "Mexico's security ministry": the
			// possessive joins a country to an agent, over a few modifiers.
			found := false
			for skip := 0; skip <= 4 && j+1+skip < s.last; skip++ {
				if a, an := c.dict.LongestActor(s.words, j+1+skip-s.first); a != nil && a.Kind == dict.KindActor && !c.opts.Literal {
					if g, gn := c.dict.LongestAgent(s.words, j+1+skip-s.first); g == nil || an > gn {
						break // "Myanmar's Arakan Army": a named body, not the country's army
					}
				}
				if g, n := c.dict.LongestAgent(s.words, j+1+skip-s.first); g != nil {
					pieces = append(pieces, piece{first: j + 1 + skip, last: j + 1 + skip + n, agent: g, possessed: true})
					j += 1 + skip + n
					found = true
					break
				}
				// "Yemen's internationally recognised government", "awful
				// and evil minister".
				t := s.tag(j + 1 + skip)
				joinsModifiers := t == "CC" && skip > 0 && isModifierTag(s.tag(j+skip)) && j+2+skip < s.last && isModifierTag(s.tag(j+2+skip))
				// ("Iraq's water resources ministry": a plural inside a compound)
				inCompound := t == "NNS" && j+2+skip < s.last && (s.tag(j+2+skip) == "NN" || s.tag(j+2+skip) == "NNP")
				if t != "NN" && t != "NNP" && !isModifierTag(t) && !strings.HasPrefix(t, "RB") && !joinsModifiers && !inCompound || s.mentionAt(j+1+skip) != nil {
					break
				}
			}
			if found {
				continue
			}
			break
		}
		a, an := c.dict.LongestActor(s.words, j-s.first)
		g, gn := c.dict.LongestAgent(s.words, j-s.first)
		switch {
		case a != nil && an >= gn:
			if len(pieces) == 0 && !c.opts.Literal {
				a = c.homeParty(s, st, a, j, an)
			}
			pieces = append(pieces, piece{first: j, last: j + an, actor: a})
			j += an
			continue
		case g != nil && !(s.headline && gn == 1 && len(pieces) > 0 && len(c.dict.Verbs.Lookup(w)) > 0) && !(gn == 1 && isVerbTag(s.tag(j)) && !c.opts.Literal):
			// "to press Israel": a verb, not the press.
			// In a title-cased headline "Washington Presses" is a verb, not
			// the press.
			pieces = append(pieces, piece{first: j, last: j + gn, agent: g})
			j += gn
			continue
		}
		if alias, ok := st.aliases[w]; ok && isCapitalised(s.text(j)) {
			pieces = append(pieces, piece{first: j, last: j + 1, actor: &dict.Actor{Name: s.text(j), Default: alias.code, Person: alias.person}})
			j++
			continue
		}
		// "Canada's Minister of International Trade Maninder Sidhu": a
		// portfolio after "of", then the name.
		if len(pieces) > 0 && w == "of" && !c.opts.Literal && hasAgent(pieces) && pieces[len(pieces)-1].agent != nil && officeNouns[s.lemma(pieces[len(pieces)-1].last-1)] {
			k := j + 1
			for k < s.last && k <= j+5 && isCapitalised(s.text(k)) && (portfolioWords[s.norm(k)] || s.norm(k) == "and" || s.norm(k) == "&") {
				k++
			}
			if k > j+1 && k+1 < s.last && isName(s, k) && isName(s, k+1) && !portfolioWords[s.norm(k)] {
				n := nameRunEnd(s, k)
				pieces = append(pieces, piece{first: k, last: n, name: true})
				j = n
				continue
			}
		}
		// An unknown name after a title: "spokesperson Dmitry Peskov".
		if len(pieces) > 0 && isName(s, j) && hasAgent(pieces) {
			k := nameRunEnd(s, j)
			pieces = append(pieces, piece{first: j, last: k, name: true})
			j = k
			continue
		}
		break
	}
	if len(pieces) == 0 {
		return mention{}, false
	}
	// "a Dubai-based company", "a London-based newspaper": the agent is
	// of the place's country.
	if last := pieces[len(pieces)-1].last; last+2 < s.last && s.norm(last) == "-" && s.norm(last+1) == "based" && isCountryPiece(pieces[len(pieces)-1]) || last+2 < s.last && s.norm(last) == "-" && s.norm(last+1) == "based" && pieces[len(pieces)-1].actor != nil && pieces[len(pieces)-1].actor.Kind == dict.KindCity {
		if g, n := c.dict.LongestAgent(s.words, last+2-s.first); g != nil {
			pieces = append(pieces, piece{first: last + 2, last: last + 2 + n, agent: g})
		}
	}
	// "pro-European demonstrators", "anti-Russian": a stance, not an actor;
	// "UAE-brokered", "US-backed": a modifier, not an actor either.
	if !c.opts.Literal && i-2 >= s.first && s.norm(i-1) == "-" && (s.norm(i-2) == "pro" || s.norm(i-2) == "anti") ||
		pieces[len(pieces)-1].last+1 < s.last && s.norm(pieces[len(pieces)-1].last) == "-" && isModifierTag(s.tag(pieces[len(pieces)-1].last+1)) {
		return mention{last: pieces[len(pieces)-1].last}, false
	}
	// Trailing modifiers are not part of the phrase.
	last := pieces[len(pieces)-1].last
	m := mention{first: i, last: last}
	c.combine(&m, pieces, st, former)
	m.former = former && !c.opts.Literal && m.last > m.first && !formerBodies[s.lemma(m.last-1)]
	if p := pieces[len(pieces)-1]; p.actor != nil && strings.HasPrefix(p.actor.File, "parties") && i > s.first && !c.opts.Literal && st.dateline != "" && len(m.code) >= 3 && m.code[:3] != st.dateline && st.countries[m.code[:3]] == 0 {
		// "The ruling Democratic Party", "the main opposition Democratic
		// Party" in a story from Seoul are Korea's, not the American
		// party of that name (unless the story names the party's own
		// country: "the opposition Maldivian Democratic Party").
		switch w := s.norm(i - 1); {
		case len(pieces) == 1 && (w == "ruling" || w == "governing"):
			m.code = st.dateline + "GOV"
		case len(pieces) == 2 && s.norm(pieces[0].first) == "opposition" && pieces[0].last == p.first:
			m.code = st.dateline + "OPP"
		}
	}
	if m.code == "" && !hasAgent(pieces) {
		return mention{last: last}, false
	}
	return m, true
}

// isModelName reports a token of a weapon's model name inside an actor
// phrase: "Thai F-16 fighter jets", "Russian Su-25 jets".
func isModelName(s *sentence, j int) bool {
	t, w := s.tag(j), s.text(j)
	return t == "CD" || t == "HYPH" || t == "NNP" && len(w) <= 3 && strings.ToUpper(w) == w && s.mentionAt(j) == nil
}

// nounModifiesAgent reports a common noun between a country and the
// agent it qualifies: "US defence firms", "Russian oil companies".
func (c *Coder) nounModifiesAgent(s *sentence, j int, last piece) bool {
	if last.actor == nil || last.actor.Kind != dict.KindAdjective && !isCountryPiece(last) || last.last != j {
		return false
	}
	for k := j; k < s.last && k < j+2; k++ {
		if s.tag(k) != "NN" && s.tag(k) != "JJ" || isCapitalised(s.text(k)) {
			return false // ("Malaysian maritime officers": a plain adjective too)
		}
		if g, _ := c.dict.LongestAgent(s.words, k-s.first); g != nil {
			return false // the agent itself ("army")
		}
		if k+1 >= s.last {
			return false
		}
		if g, _ := c.dict.LongestAgent(s.words, k+1-s.first); g != nil {
			return true
		}
	}
	return false
}

func isModifierTag(t string) bool { return t == "VBN" || t == "JJ" || t == "VBG" }

func isCountryPiece(p piece) bool {
	if p.actor == nil {
		return false
	}
	switch p.actor.Kind {
	case dict.KindCountry, dict.KindCapital, dict.KindMetonym:
		return true
	case dict.KindActor:
		return !p.actor.Person
	}
	return false
}

func possessedAgent(ps []piece) bool {
	for _, p := range ps {
		if p.possessed {
			return true
		}
	}
	return false
}

// officeNouns head the titles a portfolio follows: "Minister of
// International Trade", "Secretary of State".
var officeNouns = map[string]bool{"minister": true, "secretary": true, "commissioner": true, "director": true, "chief": true, "head": true}

// portfolioWords name ministries and offices: "of International Trade",
// "of Foreign Affairs", "of Home Affairs".
var portfolioWords = map[string]bool{
	"international": true, "trade": true, "foreign": true, "affairs": true, "defence": true, "defense": true,
	"interior": true, "finance": true, "commerce": true, "industry": true, "justice": true, "health": true,
	"education": true, "energy": true, "agriculture": true, "transport": true, "economy": true, "labour": true,
	"labor": true, "home": true, "external": true, "public": true, "security": true, "national": true,
	"state": true, "development": true, "environment": true, "culture": true, "information": true,
	"communications": true, "the": true, "economic": true, "planning": true, "immigration": true,
	"internal": true, "mines": true, "oil": true, "petroleum": true, "water": true, "resources": true,
	"fisheries": true, "territorial": true, "administration": true, "relations": true, "cooperation": true,
	"european": true, "integration": true, "emergency": true, "situations": true, "war": true,
}

func hasAgent(ps []piece) bool {
	for _, p := range ps {
		if p.agent != nil {
			return true
		}
	}
	return false
}

// combine decides a phrase's code from its pieces: a known person wins;
// else a country (or organisation) joined with the agent's role.
func (c *Coder) combine(m *mention, pieces []piece, st *docState, former bool) {
	var country, person, org, seat, orgFile string
	var agent, prefix *dict.Agent
	var countryKind dict.Kind
	m.kind = dict.KindActor
	for _, p := range pieces {
		switch {
		case p.agent != nil && p.agent.Prefix && agent != nil && !agent.Prefix:
			prefix = p.agent
		case p.agent != nil:
			if agent != nil && agent.Prefix && !p.agent.Prefix {
				prefix = agent // "MSF Arnor diplomat": NGO before, GOV after
			}
			if agent == nil || p.agent.Code != "" {
				agent = p.agent
			}
		case p.actor != nil:
			code := p.actor.CodeAt(st.date)
			switch {
			case p.actor.Person:
				if code != "" {
					person = code
				}
				m.person = true
			case p.actor.Kind == dict.KindActor:
				if org == "" {
					org = code
					orgFile = p.actor.File
				}
				if len(p.actor.ActsIn) > 0 && len(code) >= 6 && code[3:6] == "REB" {
					if st.actsIn == nil {
						st.actsIn = map[string][]string{}
					}
					st.actsIn[code[:6]] = p.actor.ActsIn // as events report it: PSEREB for PSEREBHMS
				}
			default:
				if country == "" {
					country, countryKind, seat = code, p.actor.Kind, p.actor.Seat
				}
			}
		case p.name:
			m.person = true
		}
	}
	if len(country) >= 3 && len(org) >= 3 && country[:3] != org[:3] && strings.HasPrefix(orgFile, "parties") && countryKind == dict.KindAdjective {
		// "the Maldivian Democratic Party" is the Maldives' own party of
		// that name, not the American one.
		org = country[:3] + "OPP"
	}
	owner := country
	if owner == "" {
		owner = org
	}
	switch {
	case possessedAgent(pieces) && len(owner) == 3 && agent != nil && (org == "" || org[:3] != owner):
		// "Sudan's paramilitary Rapid Support Forces" is the RSF, not
		// Sudan's military: a named body of the owner's country wins.
		m.code = agent.Combine(owner)
	case person != "":
		m.code = person
		if former {
			m.code = person[:3] + "ELI"
		}
		m.kind = dict.KindActor
	case org != "":
		m.code = org
		if agent != nil && len(org) == 3 {
			m.code = agent.Combine(org)
		}
		if agent != nil && len(org) == 6 && org[3:6] == "GOV" && !c.opts.Literal {
			// "Taliban forces": the forces of a body that governs are
			// its state's forces.
			if r := agent.Combine(org[:3]); len(r) >= 6 && stateForces[r[3:6]] {
				m.code = r
			}
		}
	case country != "":
		m.kind = countryKind
		base := country
		if len(base) > 3 && countryKind == dict.KindMetonym {
			// A metonym already carries its role: "Kremlin spokesperson" is RUSGOV.
			m.code = base
		} else if agent != nil {
			m.code = agent.Combine(base[:3])
			m.kind = dict.KindActor
		} else if countryKind == dict.KindCapital && seat != "" {
			m.code, m.placeCode = seat, base
		} else if countryKind == dict.KindCapital && len(base) == 3 {
			// "Moscow said": a capital that acts is its government.
			m.code = base + "GOV"
		} else {
			m.code = base
		}
		if former && agent != nil {
			m.code = base[:3] + formerRole(m.code)
		}
	}
	if prefix != nil && prefix != agent && m.code != "" {
		m.code = prefix.Code + m.code
	}
}

// formerBodies are institutions, not people, after "former": "remnants of
// the former regime" are no elite.
var formerBodies = map[string]bool{
	"regime": true, "government": true, "administration": true, "ministry": true,
	"army": true, "party": true, "junta": true, "authority": true, "authorities": true,
}

// formerRole is the role of someone who held an agent's post: former
// office holders are elites (ELI), former soldiers and police officers
// civilians (CVL).
func formerRole(code string) string {
	if len(code) >= 6 && (stateForces[code[3:6]] || code[3:6] == "REB") {
		return "CVL"
	}
	return "ELI"
}

// registerAliases files the surnames of titled unknown people ("Dmitry
// Peskov" -> "peskov") so later bare surnames resolve to the same code.
func (c *Coder) registerAliases(s *sentence, st *docState) {
	added := false
	for i := range s.mentions {
		m := s.mentions[i]
		if m.code != "" && !m.person && !c.opts.Literal && m.last+2 < s.last && s.norm(m.last) == "(" && s.norm(m.last+2) == ")" && isAcronym(s.text(m.last+1)) && s.at[m.last+1-s.first] < 0 {
			// "The National Association of Taxi Drivers of Angola (ANATA)
			// began the strike ... ANATA said": the body's own acronym.
			if _, known := st.aliases[s.norm(m.last+1)]; !known {
				st.aliases[s.norm(m.last+1)] = aliasInfo{code: m.code}
			}
		}
		if m.code == "" || !m.person {
			continue
		}
		// The last capitalised word of the phrase is the surname.
		k := m.last - 1
		if k >= m.first && isName(s, k) {
			if _, known := st.aliases[s.norm(k)]; !known {
				if a, _ := c.dict.LongestActor(s.words, k-s.first); a == nil {
					st.aliases[s.norm(k)] = aliasInfo{code: m.code, person: true}
				}
			}
		}
		if c.opts.Literal || k < m.first || !isCapitalised(s.text(k)) {
			continue
		}
		// "Australian Foreign Minister Penny Wong signed ... in Port Vila,
		// where Wong arrived": the surname again in the same sentence.
		for j := m.last; j < s.last; j++ {
			if s.at[j-s.first] < 0 && s.text(j) == s.text(k) {
				s.mentions = append(s.mentions, mention{first: j, last: j + 1, code: m.code, kind: m.kind, person: true})
				s.at[j-s.first] = len(s.mentions) - 1
				added = true
			}
		}
	}
	if added {
		s.reindex()
	}
}

// isName reports a capitalised proper-noun token that no dictionary knows.
func isName(s *sentence, i int) bool {
	t := s.tag(i)
	if t != "NNP" && t != "NNPS" {
		return false
	}
	return isCapitalised(s.text(i))
}

// nameRunEnd returns the end of the run of unknown-name tokens that
// starts at i ("Dmitry Peskov" after a title).
func nameRunEnd(s *sentence, i int) int {
	for i < s.last && isName(s, i) {
		i++
	}
	return i
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// gazetteerPlaces adds the places the dictionaries do not list ("in
// Izmail", "near Kupwara") when the gazetteer knows them: capitalised
// words after a locative preposition, looked up in the context of the
// article's countries.
func (c *Coder) gazetteerPlaces(s *sentence, st *docState) {
	if c.opts.Gazetteer == nil {
		return
	}
	added := false
	for k := s.first + 1; k < s.last; k++ {
		if !locative[s.norm(k-1)] || s.at[k-s.first] >= 0 || !isName(s, k) || notPlaceNames[s.norm(k)] {
			continue
		}
		if a, ok := st.aliases[s.norm(k)]; ok && a.person || s.namesPerson(s.norm(k)) {
			continue // "coca growers loyal to Morales": the man the article named, not a town
		}
		end := k
		for end < s.last && end < k+3 && isName(s, end) && s.at[end-s.first] < 0 {
			end++
		}
		context := s.context
		// The whole run of names must be the place: "Adam Boehler" is a
		// man, though a town is called Adam.
		for e := end; e == end; e-- {
			name := strings.Join(s.words.Text[k-s.first:e-s.first], " ")
			p, ok := c.opts.Gazetteer.Lookup(name, context)
			if !ok || p.Kind == geo.KindCountry {
				continue
			}
			kind := dict.KindCity
			if p.Kind == geo.KindRegion {
				kind = dict.KindRegion
			}
			s.mentions = append(s.mentions, mention{first: k, last: e, code: p.Country, kind: kind, place: true,
				destination: s.norm(k-1) == "to" || s.norm(k-1) == "into"})
			for j := k; j < e; j++ {
				s.at[j-s.first] = len(s.mentions) - 1
			}
			added = true
			k = e - 1
			break
		}
	}
	if added {
		s.reindex()
	}
}

// namesPerson reports a person mention of the sentence whose name ends in
// the word w ("then-President Evo Morales").
func (s *sentence) namesPerson(w string) bool {
	for _, m := range s.mentions {
		if m.person && m.last > m.first && s.norm(m.last-1) == w {
			return true
		}
	}
	return false
}

// membersOf reads "members of the Sinaloa Cartel", "supporters of the
// PTI", "dissidents of the former FARC" as the group itself, so that the
// phrase can be a subject or a member of a compound.
func (c *Coder) membersOf(s *sentence) {
	added := false
	for k := s.first; k+2 < s.last; k++ {
		if !memberNouns[s.lemma(k)] || s.at[k-s.first] >= 0 || s.norm(k+1) != "of" {
			continue
		}
		for j := k + 2; j < s.last && j <= k+6; j++ {
			m := s.mentionAt(j)
			if m == nil {
				if t := s.tag(j); t == "DT" || t == "JJ" || t == "VBN" || t == "NN" && !isCapitalised(s.text(j)) {
					continue
				}
				break
			}
			if r := m.resolved(); len(r.code) >= 6 && !r.place && !r.person {
				s.mentions = append(s.mentions, mention{first: k, last: k + 1, code: r.code, kind: dict.KindActor})
				added = true
				if m.ref == nil {
					m.code = "" // the members stand for the group: one actor, not two
				}
			}
			break
		}
	}
	if added {
		s.reindex()
	}
}

// peopleOfCountry reads a plural demonym used as a noun as the country's
// people: "15 Palestinians", "thousands of Estonians" (CVL), not "Israeli
// troops" or "the Swiss".
func peopleOfCountry(s *sentence) {
	for mi := range s.mentions {
		m := &s.mentions[mi]
		if m.kind != dict.KindAdjective || len(m.code) != 3 || m.last-m.first != 1 {
			continue
		}
		w := s.norm(m.first)
		if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
			continue
		}
		if n := m.last; n < s.last && (strings.HasPrefix(s.tag(n), "NN") || s.norm(n) == "-") {
			continue // a modifier after all
		}
		m.code, m.kind = m.code+"CVL", dict.KindActor
	}
}

// parentheticalNames reads "Colombia's National Liberation Army (ELN)"
// as the body the parenthesis names: its code wins over the one built from
// the words before it, and the parenthesis is the same actor, not another.
func parentheticalNames(s *sentence) {
	for mi := 0; mi+1 < len(s.mentions); mi++ {
		a, b := &s.mentions[mi], &s.mentions[mi+1]
		if b.first != a.last+1 || b.last >= s.last || s.norm(a.last) != "(" || s.norm(b.last) != ")" {
			continue
		}
		if b.code == "" || a.person || b.person || b.kind != dict.KindActor || len(b.code) < 6 {
			continue
		}
		a.code, a.kind = b.code, dict.KindActor
		b.ref = a
	}
}

// reindex sorts the mentions by position after some were appended and
// rebuilds the token-to-mention index.
func (s *sentence) reindex() {
	slices.SortFunc(s.mentions, func(a, b mention) int { return a.first - b.first })
	for i := range s.at {
		s.at[i] = -1
	}
	for mi, m := range s.mentions {
		for j := m.first; j < m.last; j++ {
			s.at[j-s.first] = mi
		}
	}
}

// notPlaceNames are capitalised words after "in" or "on" that name times,
// not places ("in March", "on Monday"), though the gazetteer has towns so
// called.
var notPlaceNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "christmas": true, "easter": true, "ramadan": true,
}

// articleCountries lists the countries the article has named most, for
// resolving ambiguous place names.
func articleCountries(st *docState) []string {
	var out []string
	for code := range st.countries {
		out = append(out, code)
	}
	slices.SortFunc(out, func(a, b string) int {
		if st.countries[a] != st.countries[b] {
			return st.countries[b] - st.countries[a]
		}
		return strings.Compare(a, b)
	})
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// agentOfCountry joins "leaders from the UK, Germany and France" and
// "officials of Iran": an agent without a country followed by of/from and
// countries gives each country that role.
func (c *Coder) agentOfCountry(s *sentence) {
	for mi := range s.mentions {
		m := &s.mentions[mi]
		if m.code != "" {
			continue
		}
		j := m.last
		if j >= s.last || (s.norm(j) != "from" && s.norm(j) != "of" && s.norm(j) != "in") &&
			!(s.norm(j) == "for" && speakerNouns[s.lemma(m.last-1)] && !c.opts.Literal) {
			// ("a spokesperson for the UN human rights office": the office's)
			continue
		}
		role := c.agentCode(s, m)
		if role == "" {
			continue
		}
		if s.norm(j) == "in" && missionNouns[s.lemma(m.last-1)] {
			continue // "its High Commission in Colombo" is India's, in Sri Lanka
		}
		if s.norm(j) == "in" && m.first > s.first && s.tag(m.first-1) == "PRP$" && !c.opts.Literal {
			continue // "an attack on its soldiers in Rafah": the owner's, where they were
		}
		// "lawmakers and officials in Fornost and Gondor": agents joined
		// before the preposition share its countries.
		roles := []string{role}
		var joined []*mention
		for p := mi - 1; p >= 0; p-- {
			a := &s.mentions[p]
			r := c.agentCode(s, a)
			if a.code != "" || a.ref != nil || r == "" || !joinedByConjunction(s, a.last, s.mentions[p+1].first) {
				break
			}
			if w := s.norm(a.first); !c.opts.Literal && a.last-a.first > 1 && (w == "government" || w == "state" || w == "regime" || w == "junta") {
				break // "Government troops and fighters of the SPLM-IO": the state's, not the party's
			}
			roles, joined = append([]string{r}, roles...), append(joined, a)
		}
		withRoles := func(country string) string {
			codes := make([]string, len(roles))
			for i, r := range roles {
				codes[i] = country + r
			}
			return strings.Join(codes, "/")
		}
		// Every country listed after the preposition takes the role.
		named, modifiers := 0, 0
		for k := j + 1; k < s.last; k++ {
			w := s.norm(k)
			if w == "," || w == "and" || w == "the" || w == "or" || (w == "a" || w == "an") && named == 0 {
				continue
			}
			if t := s.tag(k); s.mentionAt(k) == nil && named == 0 && modifiers < 6 &&
				(t == "JJ" || t == "VBN" || t == "HYPH" || t == "NNP" || t == "NN" && !isCapitalised(s.text(k))) {
				// "fighters of the al Qaeda-linked group JNIM", "officials
				// of the main opposition CHP".
				modifiers++
				continue
			}
			o := s.mentionAt(k)
			if o == nil || o.code == "" || o.person || len(o.code) < 3 {
				break
			}
			if o.kind == dict.KindCountry && isPossessive(s, o.last) && !c.opts.Literal {
				// "officers of Russia's GRU": of the body the country owns.
				if b := s.mentionAt(o.last + 1); b != nil && b.kind == dict.KindActor && len(b.code) >= 6 {
					o, k = b, b.first
				}
			}
			if o.kind == dict.KindActor && len(o.code) >= 6 && !o.place {
				if role == "REB" && !c.opts.Literal && (o.code[3:6] == "OPP" || o.code[3:6] == "GOV") && m.ref == nil && m.code == "" {
					// "fighters of the SPLM-IO's armed wing": a party's
					// fighters are an armed group of its country.
					m.code = o.code[:3] + "REB"
					break
				}
				// "workers of the PTI", "fighters of the RSF": members of an
				// organisation act as the organisation.
				if m.ref == nil {
					m.ref = o
				}
				named++
				k = o.last - 1
				continue
			}
			switch {
			case o.kind == dict.KindCountry || o.kind == dict.KindAdjective || o.kind == dict.KindCapital || o.kind == dict.KindActor && len(o.code) == 3:
				o.code = withRoles(o.code[:3])
				o.kind = dict.KindActor
				o.place = false
			case (o.kind == dict.KindCity || o.kind == dict.KindRegion) && c.opts.Literal:
				o = nil // PETRARCH dictionaries join no city
			case (o.kind == dict.KindCity || o.kind == dict.KindRegion) && (s.norm(j) == "in" || s.norm(j) == "of" && role == "GOV" || (s.norm(j) == "of" || s.norm(j) == "from") && len(role) >= 3 && peopleRoles[role[:3]]):
				// ("the mayor of Istanbul", "the governor of Sinaloa": the
				// country's government, in its place; "the people of
				// Ladakh": its civilians)
				// "a court in Istanbul", "protesters in Minneapolis": the
				// agent of the city's country; the city stays a city, so
				// the sentence is still placed there, but it is not a
				// place that keeps the agent from being an actor.
				o.code = o.code[:3] + role
				o.agent = m
				o.place = false
			}
			if o == nil {
				break
			}
			if m.ref == nil {
				m.ref = o
			}
			named++
			k = o.last - 1
		}
		// "students in Moscow" is one actor's phrase; in "leaders from the
		// UK, Germany and France" each country keeps its own name.
		if named == 1 && m.ref != nil {
			m.ref.agent = m
		}
		for _, a := range joined {
			if m.ref != nil {
				a.ref = m.ref
			}
		}
	}
}

// speakerNouns name those who speak for a body: "a spokesman for the
// ministry" speaks as the ministry.
var speakerNouns = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true,
}

// diplomatNouns name a state's agents abroad.
var diplomatNouns = map[string]bool{
	"ambassador": true, "envoy": true, "embassy": true, "consulate": true, "diplomat": true,
	"consul": true, "attache": true, "affaires": true, "commission": true,
}

// missionNouns are a state's offices abroad: the place after "in" is
// where they are, not whose they are.
var missionNouns = map[string]bool{"embassy": true, "consulate": true, "commission": true, "mission": true}

// finiteVerbAfter reports a finite verb right after mention m, over
// adverbs: m is the subject of a clause of its own.
func finiteVerbAfter(s *sentence, m *mention) bool {
	for k := m.last; k < s.last; k++ {
		switch t := s.tag(k); {
		case strings.HasPrefix(t, "RB"):
			continue
		case t == "POS" && k == m.last:
			// "the government's top spokesman said": over the possessed
			// noun phrase.
			for k+1 < s.last && (s.tag(k+1) == "JJ" || s.tag(k+1) == "NN" || s.tag(k+1) == "NNS" || s.tag(k+1) == "NNP") {
				k++
			}
			continue
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return true
		}
		return false
	}
	return false
}

// authoredNouns name acts whose modifier is their author: "US claims",
// "the Russian proposal", "Iranian demands".
var authoredNouns = map[string]bool{
	"claim": true, "accusation": true, "allegation": true, "proposal": true, "offer": true,
	"demand": true, "plan": true, "request": true, "warning": true, "threat": true,
	"ultimatum": true, "charge": true, "initiative": true,
}

// sharedCountry gives a country to agents joined to a country's agent:
// "Danish media and government" is DNKMED and DNKGOV.
func (c *Coder) sharedCountry(s *sentence) {
	for mi := 0; mi+1 < len(s.mentions); mi++ {
		a, b := &s.mentions[mi], &s.mentions[mi+1]
		if a.code == "" || len(a.code) < 4 || b.code != "" || b.ref != nil || a.person {
			continue
		}
		if !joinedByConjunction(s, a.last, b.first) {
			continue
		}
		if role := c.agentCode(s, b); role != "" && c.country(a.code) != "" {
			b.code = a.code[:3] + role
		}
	}
	// "Ukrainian and Russian negotiators": an adjective joined to a
	// country's agent takes the same role.
	for mi := len(s.mentions) - 2; mi >= 0; mi-- {
		a, b := &s.mentions[mi], &s.mentions[mi+1]
		// "US and South Korean forces": a country name used the same way.
		if a.kind != dict.KindAdjective && (a.kind != dict.KindCountry || !agentPhrase(s, b)) || len(a.code) != 3 || len(b.code) < 6 || b.person {
			continue
		}
		if b.first == a.last+1 && (s.norm(a.last) == "and" || s.norm(a.last) == "or") {
			a.code, a.kind = a.code+b.code[3:], dict.KindActor
		}
	}
}

// agentPhrase reports a mention headed by a common noun with no
// possessive ("South Korean forces"), not a named body ("Hamas") or a
// possessed agent ("Yemen's government").
func agentPhrase(s *sentence, m *mention) bool {
	if isCapitalised(s.text(m.last - 1)) {
		return false
	}
	for k := m.first; k < m.last; k++ {
		if isPossessive(s, k) {
			return false
		}
	}
	return true
}

// twoSides reads "the two sides", "the two leaders", "both countries" as
// the last two actors of different countries the article named.
func (c *Coder) twoSides(s *sentence, st *docState) {
	for k := s.first; k+2 < s.last; k++ {
		w := s.norm(k)
		three := w == "three" && k > s.first && (s.norm(k-1) == "the" || s.norm(k-1) == "all")
		if !(w == "two" && k > s.first && (s.norm(k-1) == "the" || s.tag(k-1) == "PRP$" && !c.opts.Literal) || w == "both" || three) {
			// ("urged its two neighbours": the pair)
			continue
		}
		bare := w == "two" && !c.opts.Literal && (isVerbTag(s.tag(k+1)) || s.tag(k+1) == "MD" || s.tag(k+1) == "RB")
		if !bare && (!sidesNouns[s.lemma(k+1)] || s.mentionAt(k+1) != nil && s.mentionAt(k+1).code != "" && (c.opts.Literal || s.mentionAt(k+1).last-s.mentionAt(k+1).first > 1)) {
			// ("both governments": the agent word alone, whatever country
			// the sentence lent it, is the pair)
			continue // ("the two agreed": the pair, with no noun)
		}
		recent := st.recent
		if len(st.dyad) == 2 {
			recent = st.dyad
		}
		if l := s.lemma(k + 1); !c.opts.Literal && len(recent) == 2 && c.country(recent[0]) == c.country(recent[1]) && (l == "leader" || l == "government" || l == "president" || l == "minister") {
			// "the two leaders agreed" after a rebel attack: leaders of two
			// states, the last two the article named.
			var states []string
			for _, code := range st.recent {
				if country := c.country(code); country != "" && !slices.ContainsFunc(states, func(o string) bool { return o[:3] == country }) {
					states = append(states, code)
				}
			}
			if len(states) >= 2 {
				recent = states[:2]
			}
		}
		if l := s.lemma(k + 1); !bare && !c.opts.Literal && (l == "side" || len(recent) < 2 && (l == "country" || l == "nation") && !(k+2 < s.last && (s.tag(k+2) == "POS" || s.norm(k+2) == "'"))) {
			// ("Armenia and Azerbaijan signed ..., and the host praised
			// both countries": the pair named, when nothing came before)
			// "U.S. and Iranian negotiators met in Muscat, and both sides
			// agreed": the two the sentence has just named.
			// (a compound: "U.S. and Iranian negotiators")
			for i := 0; i+1 < len(s.mentions); i++ {
				a, b := s.mentions[i], s.mentions[i+1]
				if b.last <= k && a.code != "" && b.code != "" && !a.place && !b.place && len(a.code) >= 3 && len(b.code) >= 3 &&
					a.code[:3] != b.code[:3] && joinedByConjunction(s, a.last, b.first) {
					recent = []string{a.code, b.code}
				}
			}
		}
		if len(recent) < 2 && len(st.named) >= 2 && (s.lemma(k+1) == "country" || s.lemma(k+1) == "nation" || s.lemma(k+1) == "neighbour" || s.lemma(k+1) == "neighbor") {
			recent = st.named // "both countries" when only the countries were named
		}
		if three {
			// "the three countries": the last three the article named.
			if len(st.named) < 3 || s.lemma(k+1) != "country" && s.lemma(k+1) != "nation" {
				continue
			}
			recent = st.named[:3]
		}
		if bare && len(recent) < 2 {
			// "spoke with his Syrian counterpart, and the two agreed" in an
			// article's first sentence: the two the sentence has named.
			recent = namedBefore(s, k)
		}
		if len(recent) < 2 {
			continue
		}
		st.groups++
		first := k - 1
		if w == "both" {
			first = k
		}
		n := 2
		if three {
			n = 3
		}
		noun := s.lemma(k + 1)
		if (noun == "country" || noun == "nation") && first-1 > s.first && s.norm(first-1) == "of" && s.at[first-2-s.first] >= 0 {
			noun = "countries" // an agent's: "the defence ministers of the two countries"
		}
		last := k + 2
		if bare {
			noun, last = "side", k+1
			// "Safadi spoke with his Syrian counterpart, and the two
			// agreed": the two the sentence has just named.
			if named := namedBefore(s, k); len(named) == 2 {
				recent = named
			}
		}
		for _, code := range pairFor(recent, noun, n) {
			s.extra = append(s.extra, mention{first: first, last: last, code: code, group: st.groups})
		}
	}
	// The agent word of "the two leaders" stands for the pair; so does
	// the agent of "the defence ministers of the two countries", each in
	// its role.
	for i := range s.extra {
		e := &s.extra[i]
		if m := s.at[e.last-1-s.first]; m >= 0 && s.mentions[m].code == "" {
			s.mentions[m].ref = e
		}
		if c.opts.Literal || e.first-2 < s.first || s.norm(e.first-1) != "of" || len(e.code) != 3 {
			continue
		}
		if m := s.at[e.first-2-s.first]; m >= 0 && s.mentions[m].code == "" && s.mentions[m].last == e.first-1 {
			if role := c.agentCode(s, &s.mentions[m]); len(role) >= 3 {
				for j := range s.extra {
					if s.extra[j].group == e.group {
						s.extra[j].code += role
					}
				}
				s.mentions[m].ref = e
			}
		}
	}
}

// countryPair splits "Russia-Ukraine" before talks, negotiations or a
// meeting into the two countries.
func (c *Coder) countryPair(s *sentence, m mention) (mention, mention, bool) {
	if c.opts.Literal || m.last-m.first != 3 || s.tag(m.first+1) != "HYPH" || m.last >= s.last || !meetingNouns[s.lemma(m.last)] && s.lemma(m.last) != "negotiation" {
		return mention{}, mention{}, false
	}
	a, an := c.dict.LongestActor(s.words, m.first-s.first)
	b, bn := c.dict.LongestActor(s.words, m.first+2-s.first)
	if a == nil || b == nil || an != 1 || bn != 1 || a.Kind != dict.KindCountry || b.Kind != dict.KindCountry {
		return mention{}, mention{}, false
	}
	ac, bc := a.CodeAt(time.Time{}), b.CodeAt(time.Time{})
	if ac == "" || bc == "" || ac == bc {
		return mention{}, mention{}, false
	}
	return mention{first: m.first, last: m.first + 1, code: ac, kind: dict.KindCountry},
		mention{first: m.first + 2, last: m.first + 3, code: bc, kind: dict.KindCountry}, true
}

// namedBefore lists the actors of different countries the sentence names
// before token k, one per country.
func namedBefore(s *sentence, k int) []string {
	var named []string
	for _, m := range s.mentions {
		if m.last <= k && m.code != "" && !m.place && len(m.code) >= 3 && !slices.ContainsFunc(named, func(c string) bool { return c[:3] == m.code[:3] }) {
			named = append(named, m.code)
		}
	}
	return named
}

// pairFor picks the two actors "the two leaders" (or governments,
// armies, sides) names: the last two of different countries, in the role
// the noun says; "countries" (the countries of an agent, "the ministers of
// the two countries") gives the bare countries.
func pairFor(recent []string, noun string, n int) []string {
	role := ""
	switch noun {
	case "leader", "government", "president", "minister", "delegation", "envoy", "negotiator", "diplomat":
		role = "GOV"
	case "army":
		role = "MIL"
	}
	if noun == "neighbour" || noun == "neighbor" || noun == "country" || noun == "nation" {
		noun = "countries" // "urged both countries": the states as such, bare
	}
	if role != "" || noun == "countries" {
		// "the two leaders", "both governments" are states': an
		// organisation named among them (ECOWAS welcoming the pact) is no
		// side, though "the two sides" may be one.
		recent = slices.DeleteFunc(slices.Clone(recent), func(code string) bool { return len(code) < 3 || transnational[code[:3]] })
	}
	if noun == "countries" {
		// "the defence ministers of the two countries" after a clash
		// between their forces: the countries, whose ministers they are.
		var out []string
		for _, code := range recent {
			if len(code) >= 3 && !slices.Contains(out, code[:3]) && len(out) < n {
				out = append(out, code[:3])
			}
		}
		if len(out) == n {
			return out
		}
	}
	if role == "" {
		return recent[:min(len(recent), n)]
	}
	var out []string
	for _, code := range recent {
		if len(out) == n {
			break
		}
		out = append(out, code[:3]+role)
	}
	return out
}

var sidesNouns = map[string]bool{
	"side": true, "leader": true, "government": true, "country": true, "nation": true,
	"delegation": true, "president": true, "minister": true, "party": true, "army": true,
	"envoy": true, "negotiator": true, "diplomat": true, // "the two envoys agreed"

	"neighbour": true, "neighbor": true, // "called on both neighbours": the two countries
}

// bareAgents resolves agents named without a country ("the army",
// "police", "protesters") to the country the article last gave that role,
// or else to the country it is mostly about, when it has one.
func (c *Coder) bareAgents(s *sentence, st *docState) {
	for mi := range s.mentions {
		m := &s.mentions[mi]
		if m.code != "" || m.ref != nil {
			continue
		}
		// "military operations", "police station": an agent word used as a
		// modifier is no actor.
		if !c.opts.Literal && m.last < s.last && strings.HasPrefix(s.tag(m.last), "NN") && !isCapitalised(s.text(m.last)) && s.mentionAt(m.last) == nil &&
			(s.tag(m.last-1) == "JJ" || s.tag(m.last-1) == "NN") && !collectiveBodies[s.lemma(m.last)] && !forceUnits[s.lemma(m.last)] {
			// ("a civil society coalition" is a body of civil society; "an
			// army patrol", "a military convoy" are the force's)
			continue // "military operations", "air defence interceptors"
		}
		role := c.agentCode(s, m)
		if role == "" || len(role) < 3 {
			continue
		}

		if c.opts.Literal {
			m.code = "---" + role // PETRARCH codes an agent of no known actor "---GOV"
			continue
		}
		if k := m.last; k+1 < s.last && (s.norm(k) == "at" || s.norm(k) == "of" || s.norm(k) == "from") {
			// "Judges at the International Criminal Court", "officials of
			// the World Bank", "observers from the OAS": the international
			// body they serve.
			j := k + 1
			if s.norm(j) == "the" {
				j++
			}
			if o := s.mentionAt(j); o != nil && o.first == j && (strings.HasPrefix(o.code, "IGO") || strings.HasPrefix(o.code, "NGO")) {
				m.code = o.code
				continue
			}
		}
		if l := s.lemma(m.last - 1); l == "observer" || l == "inspector" {
			continue // "observers remain hopeful": analysts, unless a body sends them (above)
		}
		if k := m.first - 1; k > s.first && heldAdjective(s, k) {
			// "the release on bail of 40 of the detained workers": the
			// people the article told were detained.
			if held := lastDetained(st); held != "" {
				m.code = held
				continue
			}
		}
		if l := s.lemma(m.last - 1); l == "organiser" || l == "organizer" {
			// "police detained three organisers", "accused its
			// organisers": those who called the article's last protest.
			who := lastProtester(st)
			if len(who) >= 6 && who[3:6] != "CVL" {
				m.code = who
				continue
			}
			// A crowd's organisers are the movement or civic group the
			// article named in that country, if any.
			country := c.country(who)
			if country == "" {
				country = c.sentencePlaceCountry(s)
			}
			if country == "" {
				country = st.dateline
			}
			if country != "" && st.roles["OPP"] == country {
				m.code = country + "OPP"
				continue
			}
			if country != "" && st.roles["NGO"] == country {
				m.code = country + "NGO"
				continue
			}
			if who != "" {
				m.code = who
				continue
			}
		}
		if l := s.lemma(m.last - 1); (l == "attacker" || l == "assailant" || l == "raider") && !c.opts.Literal {
			// "militiamen from Ethiopia attacked its positions ... and
			// killed dozens of the attackers": the armed group just named,
			// else the article's last attacker.
			who := ""
			for i := range s.mentions {
				o := s.mentions[i].resolved()
				if s.mentions[i].last <= m.first && len(o.code) >= 6 && nonState[o.code[3:6]] && o.code[3:6] != "OPP" {
					who = o.code
				}
			}
			if who == "" && len(st.attacker) >= 6 && nonState[st.attacker[3:6]] {
				who = st.attacker
			}
			if who != "" {
				m.code = who
				continue
			}
		}
		if crewNoun(s, m) && !c.opts.Literal {
			// "seized an Indonesian fishing boat and detained its nine
			// crew", "demanded the crew's release": the boat's people.
			if country := c.vesselBefore(s, st, m.first); country != "" {
				m.code = country + role
				continue
			}
		}
		// "its officials", "their troops", "his government": the owner the
		// possessive pronoun refers to.
		if m.first > s.first && s.tag(m.first-1) == "PRP$" {
			if owner := c.resolvePronoun(s, st, m.first-1); owner != nil && c.country(owner.code) != "" {
				m.code = c.country(owner.code) + role
				if len(owner.code) >= 6 && nonState[owner.code[3:6]] {
					m.code = owner.code // "its fighters" of Hamas are Hamas
				}
				if len(owner.code) >= 6 && (leaderNouns[s.lemma(m.last-1)] || s.lemma(m.last-1) == "representative") {
					m.code = owner.code // "invited their representatives to talks": the drivers'
				}
				continue
			}
		}
		if role == "MIL" && s.lemma(m.last-1) == "officer" && st.roles["COP"] != "" && st.roles["MIL"] == "" && !c.opts.Literal {
			role = "COP" // "officers detained four people" in a story of police
		}
		country := st.roles[role[:3]]
		if !c.opts.Literal && st.dateline != "" && institutional[role[:3]] && s.text(m.last-1) == "Government" && m.first > s.first && s.norm(m.first-1) == "the" {
			// "SUVA — ... the Government", "the Minister for Disaster
			// Management": a capitalised bare office in a datelined story
			// is the home country's, whoever's embassy spoke last.
			country = st.dateline
		}
		if m.person && st.dateline != "" && institutional[role[:3]] && !c.opts.Literal {
			// "PORT VILA — Wong also met President Nikenike Vurobaravu": a
			// titled stranger met by a visitor is the host country's.
			if subj := sentenceSubject(s); subj != nil && subj.first < m.first && c.country(subj.code) != "" && c.country(subj.code) != st.dateline {
				m.code, m.inferred = st.dateline+role, false
				continue
			}
		}
		if role[:3] == "COP" && !c.opts.Literal {
			// Police act at home: "LA PAZ — ... Police cleared two of the
			// blockades" are Bolivia's, though the article last named the
			// DEA.
			if here := c.sentencePlaceCountry(s); here != "" {
				country = here
			} else if st.dateline != "" {
				country = st.dateline
			}
		}
		if same := sameRoleNamed(s, m, role[:3]); same != "" && institutional[role[:3]] && !c.opts.Literal {
			// "The Israeli military said ... Hamas fighters had opened
			// fire on troops": the sentence's own army.
			country = same
		}
		if country == "" {
			if !institutional[role[:3]] {
				// "people", "civilians", "journalists" with no country
				// belong to where the act happens, not to the article's
				// main country: the sentence's place, if it names one,
				// else, for a group of people ("protesters", "students"),
				// the place the article's last act was put in.
				country = c.sentencePlaceCountry(s)
				if country == "" && s.tag(m.last-1) == "NNS" {
					if police := policeOf(s); police != "" && !c.opts.Literal && !s.headline {
						country = police // "Police in Bloemfontein said 12 people had been arrested": at home
					} else if st.dateline != "" && !c.opts.Literal && st.dateline == dominant(st.countries) {
						country = st.dateline // a story told from home: its people are local
					} else if st.place != nil && st.placeAge <= 3 {
						country = st.place.Country
					} else if st.dateline != "" {
						country = st.dateline
					}
				}
				if country == "" && (s.tag(m.last-1) == "NN" || s.tag(m.last-1) == "NNP") && civilBodies[role[:3]] && !massMedia[s.lemma(m.last-1)] {
					// "the civic group Peace for Ukraine", "a farmers'
					// union": an unnamed body in a domestic story is the
					// story's country's.
					if country = st.dateline; country == "" {
						country = dominant(st.countries)
					}
				}
			} else if homeInstitutions[role[:3]] && st.dateline != "" && !c.opts.Literal {
				// "SUVA — ... the Opposition": a domestic body no one named
				// yet is the home country's, though donors were named more.
				country = st.dateline
			} else if country = dominant(st.countries); country == "" {
				// An article that names no state actor often still says
				// where it is: "police commandos" in Chhattisgarh are India's,
				// and "QUITO — Police detained ..." Ecuador's.
				if country = dominant(st.places); country == "" {
					country = st.dateline
				}

			}
		}
		if country == "PSE" && strings.Contains(s.text(m.first)+" "+s.text(m.last-1), "ettler") {
			country = "ISR" // settlers in the West Bank are Israelis
		}
		if country != "" {
			// Only a country taken from the article, not from the
			// sentence's own place, makes a weak actor.
			m.code, m.inferred = country+role, institutional[role[:3]] || st.roles[role[:3]] != ""
			if m.former {
				// "two former senior finance ministry officials": elites
				m.code, m.inferred = country+formerRole(m.code), false
			}
		}
	}
}

// crewNoun reports a mention of a ship's crew or captain ("its nine
// crew", "the crew members", "the captain").
func crewNoun(s *sentence, m *mention) bool {
	for k := m.first; k < m.last; k++ {
		if l := s.lemma(k); l == "crew" || l == "captain" || l == "skipper" {
			return true
		}
	}
	return false
}

// vesselNouns name ships and boats.
var vesselNouns = map[string]bool{
	"boat": true, "vessel": true, "ship": true, "trawler": true, "tanker": true,
	"freighter": true, "ferry": true, "longliner": true, "dhow": true, "yacht": true,
}

// vesselBefore returns the country of the last ship or boat named before
// token at in the sentence, else in the article so far, or "".
func (c *Coder) vesselBefore(s *sentence, st *docState, at int) string {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if m := &s.mentions[i]; m.last <= at && vesselNouns[s.lemma(m.last-1)] {
			if country := c.country(m.code); country != "" {
				return country
			}
		}
	}
	return st.vessel
}

// detainedWords describe people held: "the detained workers".
var detainedWords = map[string]bool{"detain": true, "detained": true, "arrest": true, "arrested": true, "jail": true, "jailed": true, "imprison": true, "imprisoned": true}

// heldAdjective reports a detention word used as a modifier at k: the
// "detained" of "the detained workers".
func heldAdjective(s *sentence, k int) bool {
	return detainedWords[s.lemma(k)] && (s.tag(k) == "VBN" || s.tag(k) == "JJ")
}

// lastDetained returns the target of the article's latest arrest or
// detention (173), or "".
func lastDetained(st *docState) string {
	for a := range st.recentActs(0) {
		if a.code == "173" && a.target != "" {
			return a.target
		}
	}
	return ""
}

// detainedAgents gives "the detained workers", "three of the detained
// staff" the code of the people the article told were detained, whatever
// country the sentence would lend the bare agent word.
func detainedAgents(s *sentence, st *docState) {
	for mi := range s.mentions {
		m := &s.mentions[mi]
		k := m.first - 1
		if m.person || m.place || m.kind != dict.KindActor || m.last-m.first != 1 || k <= s.first || !heldAdjective(s, k) || s.norm(k-1) != "the" {
			continue
		}
		if held := lastDetained(st); held != "" {
			m.code, m.ref = held, nil
		}
	}
}

// spokesmenOf gives "drivers' representatives", "representatives of the
// young people" and "the protesters' leaders" the code of those they
// speak for, when those are people (workers, civilians, students), not a
// state.
func spokesmenOf(s *sentence) {
	for mi := range s.mentions {
		m := &s.mentions[mi]
		l := s.lemma(m.last - 1)
		if l != "representative" && l != "leader" || m.last-m.first != 1 || m.person {
			continue
		}
		var owner *mention
		if k := m.first - 1; k-1 > s.first && (s.tag(k) == "POS" || s.norm(k) == "'") {
			owner = s.mentionAt(k - 1)
		} else if k := m.last; k+1 < s.last && s.norm(k) == "of" {
			j := k + 1
			if s.norm(j) == "the" && j+1 < s.last {
				j++
			}
			for j+1 < s.last && s.tag(j) == "JJ" && s.mentionAt(j) == nil {
				j++ // "of the young people"
			}
			if o := s.mentionAt(j); o != nil && o.first == j {
				owner = o
			}
		}
		if owner != nil && owner != m && len(owner.code) >= 6 && !owner.place && (peopleRoles[owner.code[3:6]] || nonState[owner.code[3:6]]) {
			// ("the Leader of the Opposition", "a leader of the rebels")
			m.code, m.ref = owner.code, nil
		}
	}
}

// sectorBodies reads "the farmers' union", "Mexico's lime growers'
// association", "a fishermen's federation" as one actor: the people's
// union, coded as labour (LAB) whatever sector its members work in.
func (c *Coder) sectorBodies(s *sentence) {
	if c.opts.Literal {
		return
	}
	for mi := range s.mentions {
		m := &s.mentions[mi]
		k := m.last
		if m.person || m.place || len(m.code) < 6 || !peopleRoles[m.code[3:6]] || k+1 >= s.last || s.tag(k) != "POS" && s.norm(k) != "'" {
			continue
		}
		named := isCapitalised(s.text(k+1)) && (s.lemma(k+1) == "centre" || s.lemma(k+1) == "center" || s.lemma(k+1) == "congress")
		if !unionNouns[s.lemma(k+1)] && s.lemma(k+1) != "cooperative" && s.lemma(k+1) != "syndicate" && !named || s.at[k+1-s.first] >= 0 && s.mentions[s.at[k+1-s.first]].code != "" {
			continue // ("the Bolivian Workers' Centre (COB)": a union's name)
		}
		for j := k; j <= k+1; j++ {
			if i := s.at[j-s.first]; i >= 0 && i != mi {
				s.mentions[i].code, s.mentions[i].kind = "", dict.KindActor
			}
			s.at[j-s.first] = mi
		}
		m.last = k + 2
		if m.code[3:6] != "BUS" {
			m.code = m.code[:3] + "LAB" // ("the employers' federation" stays business)
		}
	}
}

// namesAfterBodies joins a body's name to the common noun before it: "the
// opposition party Les Democrates", "the rights group Justicia 11J", "the
// civic group Peace for Ukraine" are one actor, the body's (a country in
// the name is part of the name).
func namesAfterBodies(s *sentence) {
	for mi := range s.mentions {
		m := &s.mentions[mi]
		k := m.last
		if m.person || m.place || m.code == "" || k >= s.last || !orgHeads[s.lemma(k-1)] && !bodyHeads[s.lemma(k-1)] || isCapitalised(s.text(k-1)) {
			continue
		}
		end := k
		for end < s.last {
			t := s.tag(end)
			// (any capitalised word: the tagger reads "Les Democrates" as
			// NNS VBZ)
			if isCapitalised(s.text(end)) && !timeWords[s.norm(end)] && t != "PRP" && t != "DT" || t == "CD" && end > k {
				end++
				continue
			}
			if s.norm(end) == "for" && end > k && end+1 < s.last && isCapitalised(s.text(end+1)) {
				end++ // "Peace for Ukraine"
				continue
			}
			break
		}
		if end == k || end-k > 5 {
			continue
		}
		for j := k; j < end; j++ {
			if i := s.at[j-s.first]; i >= 0 && i != mi {
				s.mentions[i].code, s.mentions[i].place, s.mentions[i].person = "", false, false
			}
			s.at[j-s.first] = mi
		}
		m.last = end
	}
}

// titledNames joins a body, its officer's title and the officer's name:
// "Congress general secretary Jairam Ramesh" is a person of the Congress
// party (in India, "Congress" alone is the party, not a legislature).
func (c *Coder) titledNames(s *sentence) {
	if c.opts.Literal {
		return
	}
	for mi := range s.mentions {
		m := &s.mentions[mi]
		if m.person || m.place || m.code == "" || m.kind != dict.KindActor {
			continue
		}
		if s.text(m.last-1) == "Congress" && m.last-m.first == 1 && len(m.code) >= 6 && m.code[:3] == "IND" && m.code[3:6] == "LEG" {
			m.code = "INDOPP"
		}
		k := m.last
		for k < s.last && k < m.last+4 && (officerTitles[s.norm(k)] || s.norm(k) == "-" && k > m.last && k+1 < s.last && officerTitles[s.norm(k+1)]) {
			k++ // ("GCC secretary-general": the hyphen inside the title)
		}
		if k == m.last {
			continue
		}
		end := k
		for end < s.last && end < k+3 && s.tag(end) == "NNP" && isCapitalised(s.text(end)) && s.at[end-s.first] < 0 {
			end++
		}
		if end == k {
			if k < s.last && (s.tag(k) == "VBD" || s.tag(k) == "VBZ" || s.tag(k) == "VBN") && m.kind == dict.KindActor && strings.HasPrefix(m.code, "IGO") {
				// "The GCC secretary-general expressed": the body's officer,
				// named by title alone, acts for it.
				for j := m.last; j < k; j++ {
					s.at[j-s.first] = mi
				}
				m.last = k
			}
			continue
		}
		for j := m.last; j < end; j++ {
			s.at[j-s.first] = mi
		}
		m.last, m.person = end, true
	}
}

// officerTitles are the words of an officer's title after the body's name.
var officerTitles = map[string]bool{
	"general": true, "secretary": true, "secretary-general": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "leader": true, "chief": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"president": true, "vice": true, "deputy": true, "state": true, "national": true,
}

// namedBodies reads "the Hutukara association", "the Mwangaza group" (a
// name no dictionary knows before a body's common noun) as a body of the
// story's country, in the sector its words name (an NGO by default, a
// party in opposition).
func (c *Coder) namedBodies(s *sentence, st *docState) {
	if c.opts.Literal {
		return
	}
	added := false
	for k := s.first + 1; k+1 < s.last; k++ {
		if s.norm(k-1) != "the" || !isCapitalised(s.text(k)) || s.at[k-s.first] >= 0 || s.tag(k) != "NNP" {
			continue
		}
		j := k
		for j < s.last && j < k+3 && isCapitalised(s.text(j)) && s.tag(j) == "NNP" && s.at[j-s.first] < 0 {
			j++
		}
		if j >= s.last || isCapitalised(s.text(j)) || !bodyHeads[s.lemma(j)] && !orgHeads[s.lemma(j)] || s.lemma(j) == "bloc" || compassWords[s.norm(k)] {
			continue // ("the West African bloc" is an organisation the article named)
		}
		if i := s.at[j-s.first]; i >= 0 && s.mentions[i].code != "" {
			continue
		}
		country := c.storyCountry(s, st)
		if country == "" {
			continue
		}
		role := "NGO"
		switch s.lemma(j) {
		case "union", "federation", "confederation", "syndicate", "guild":
			role = "LAB"
		case "front", "militia", "brigade":
			role = "REB"
		case "party", "movement", "alliance", "coalition", "bloc":
			role = "OPP"
		}
		words := " "
		for w := k; w < j; w++ {
			words += s.norm(w) + " " // "the Alawite council"
		}
		if s.norm(j+1) == "of" {
			for w := j + 1; w < s.last && w <= j+5; w++ {
				words += s.lemma(w) + " " // "the Confemin federation of informal gold miners"
			}
		}
		role = bodyRole(words, role)
		if i := s.at[j-s.first]; i >= 0 {
			s.mentions[i].code = ""
			s.at[j-s.first] = -1
		}
		s.mentions = append(s.mentions, mention{first: k, last: j + 1, code: country + role, kind: dict.KindActor})
		added = true
		k = j
	}
	for j := s.first + 1; j < s.last; j++ {
		// "hundreds of Liberal Party supporters": a party the dictionary
		// does not know is the story's country's, in opposition unless
		// the text calls it ruling.
		if s.text(j) != "Party" || s.at[j-s.first] >= 0 {
			continue
		}
		k := j
		for k-1 >= s.first && k > j-3 && isCapitalised(s.text(k-1)) && s.tag(k-1) != "DT" && s.at[k-1-s.first] < 0 && k-1 > s.first {
			k--
		}
		if k == j {
			continue
		}
		country := c.storyCountry(s, st)
		if country == "" {
			continue
		}
		role := "OPP"
		if p := s.norm(k - 1); p == "ruling" || p == "governing" {
			role = "GOV"
		}
		s.mentions = append(s.mentions, mention{first: k, last: j + 1, code: country + role, kind: dict.KindActor})
		added = true
	}
	if added {
		s.reindex()
	}
}

// lastProtester returns the source of the article's latest protest (14x),
// or "".
func lastProtester(st *docState) string {
	for a := range st.recentActs(0) {
		if strings.HasPrefix(a.code, "14") && a.source != "" {
			return a.source
		}
	}
	return ""
}

// sameRoleNamed returns the country of the sentence's subject when it is
// an actor of the given role named with its country before mention m, or "".
func sameRoleNamed(s *sentence, m *mention, role string) string {
	o := sentenceSubject(s)
	if o != nil && o.first < m.first && o.code != "" && !o.inferred && !o.place && len(o.code) >= 6 && o.code[3:6] == role {
		return o.code[:3]
	}
	return ""
}

// collectiveBodies are the nouns that make a body of the agent before
// them: "a civil society coalition", "a farmers' group".
// homeParty reads a party or body name that several countries share
// ("the Democratic Party", "the Socialist Party") as the article country's
// when the dictionary knows that country's body of the name written with
// its adjective ("Albanian Democratic Party"); otherwise it returns a.
func (c *Coder) homeParty(s *sentence, st *docState, a *dict.Actor, j, n int) *dict.Actor {
	code := a.CodeAt(st.date)
	if a.Person || a.Kind != dict.KindActor || len(code) < 6 || (code[3:6] != "OPP" && code[3:6] != "GOV") || !partyHeads[s.lemma(j+n-1)] {
		return a
	}
	home := st.dateline
	if home == "" {
		home = dominant(st.countries)
	}
	adj := c.adjectives[home]
	if home == "" || home == code[:3] || len(adj) == 0 {
		return a
	}
	w := dict.Words{}
	for _, t := range adj {
		w.Text = append(w.Text, t)
		w.Norm = append(w.Norm, dict.Normalize(t))
		w.Lemma = append(w.Lemma, strings.ToLower(t))
	}
	w.Text = append(w.Text, s.words.Text[j-s.first:j-s.first+n]...)
	w.Norm = append(w.Norm, s.words.Norm[j-s.first:j-s.first+n]...)
	w.Lemma = append(w.Lemma, s.words.Lemma[j-s.first:j-s.first+n]...)
	if b, bn := c.dict.LongestActor(w, 0); b != nil && bn == len(w.Norm) && c.country(b.CodeAt(st.date)) == home {
		return b
	}
	return a
}

// partyHeads end the names of parties and political fronts.
var partyHeads = map[string]bool{
	"party": true, "alliance": true, "front": true, "movement": true, "congress": true,
	"league": true, "coalition": true, "bloc": true, "union": true,
}

// forceUnits name a force's detachments and posts, which stand for the
// force: "ambushed an army patrol", "a military checkpoint". ("Post" and
// "convoy" are left out: with them a held-out total fell.)
var forceUnits = map[string]bool{
	"patrol": true, "unit": true, "outpost": true,
	"checkpoint": true, "garrison": true, "detachment": true,
}

var collectiveBodies = map[string]bool{
	"coalition": true, "group": true, "alliance": true, "network": true, "association": true,
	"union": true, "movement": true, "organisation": true, "organization": true, "federation": true,
	"forum": true, "committee": true, "collective": true, "platform": true,
}

// civilBodies are the roles of organised civil society: unions,
// associations, churches, and the media's outlets and journalists (the press
// at large, a statement's audience, is kept out by massMedia).
var civilBodies = map[string]bool{"NGO": true, "LAB": true, "REL": true, "EDU": true, "BUS": true, "HRI": true, "AGR": true, "MED": true}

// policeOf returns the country of the police a sentence names ("police",
// "gendarmes"), whose acts on people are at home, or "".
func policeOf(s *sentence) string {
	for i := range s.mentions {
		m := &s.mentions[i]
		if l := s.lemma(m.last - 1); l != "police" && l != "policeman" && l != "gendarme" && l != "gendarmerie" {
			continue // a named agency ("the U.S. Drug Enforcement Administration") acts abroad too
		}
		if r := m.resolved(); len(r.code) >= 6 && r.code[3:6] == "COP" && !r.place {
			return r.code[:3]
		}
	}
	return ""
}

// massMedia are media nouns said of the press at large ("told the media",
// "the military's media wing"), not of one outlet that acts.
var massMedia = map[string]bool{"media": true, "press": true, "television": true, "tv": true, "radio": true}

// nonState roles are armed or organised groups whose members are the group.
var nonState = map[string]bool{"REB": true, "UAF": true, "OPP": true, "CRM": true}

// institutional roles are those a bare agent takes from the article's main
// country ("the army", "police", "the government").
var institutional = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true, "OPP": true, "REB": true,
}

// homeInstitutions are institutions that act at home: an unnamed one is
// the country the story is told from.
var homeInstitutions = map[string]bool{"OPP": true, "LEG": true, "JUD": true}

// storyCountry returns the country a sentence's unnamed bodies belong to:
// the place the sentence names, else the dateline's country, else the
// country the article is mostly about, or "".
func (c *Coder) storyCountry(s *sentence, st *docState) string {
	if country := c.sentencePlaceCountry(s); country != "" {
		return country
	}
	if st.dateline != "" {
		return st.dateline
	}
	return dominant(st.countries)
}

// sentencePlaceCountry returns the country of the first place the sentence
// names, or "".
func (c *Coder) sentencePlaceCountry(s *sentence) string {
	for _, m := range s.mentions {
		// Places are marked after agents are resolved: cities and regions
		// are places whatever their context, capitals after "in" ("in
		// central Tbilisi").
		if (m.place || m.kind == dict.KindCity || m.kind == dict.KindRegion || m.kind == dict.KindCapital && locative[c.prevWord(s, m.first)]) && len(m.code) >= 3 {
			if m.placeCode != "" {
				return m.placeCode
			}
			return m.code[:3]
		}
	}
	return ""
}

// dominant returns the country mentioned most, if it leads clearly.
func dominant(counts map[string]int) string {
	best, second, top := 0, 0, ""
	for k, n := range counts {
		switch {
		case n > best || n == best && k < top:
			// (a tie keeps its count as the second best, whichever key
			// the map yields first: no clear lead)
			second = best
			best, top = n, k
		case n > second:
			second = n
		}
	}
	if best >= 2 && best > second {
		return top
	}
	return ""
}

// agentCode returns the role code of a mention made of an agent alone.
func (c *Coder) agentCode(s *sentence, m *mention) string {
	for k := m.first; k < m.last; k++ {
		if g, _ := c.dict.LongestAgent(s.words, k-s.first); g != nil && !g.Prefix {
			return g.Code
		}
	}
	return ""
}

// locative prepositions make a following place name a location, not an actor.
var locative = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "across": true,
	"throughout": true, "within": true, "around": true, "to": true, "into": true,
	"from": true, "toward": true, "towards": true, "via": true, "through": true, "over": true,
	"between": false, "off": true,
}

// markPlaces decides which country, capital and city mentions are places
// here: cities and regions always; countries and capitals after a locative
// preposition, in apposition to a place ("Ankara, Turkey"), or modifying a
// noun ("the Istanbul talks", "his Turkey visit").
func (c *Coder) markPlaces(s *sentence) {
	for mi := range s.mentions {
		m := &s.mentions[mi]
		if !c.opts.Literal && s.lemma(m.last-1) == "side" && m.last < s.last && s.norm(m.last) == "of" {
			m.place = true // "on the Tanzanian side of the border post": ground
			continue
		}
		switch m.kind {
		case dict.KindCity, dict.KindRegion:
			if m.agent != nil {
				continue // "a court in Istanbul" acts as Turkey's judiciary
			}
			m.place = true
		case dict.KindCountry, dict.KindCapital:
		case dict.KindAdjective:
			// "near the Afghan border", "in Russian territory": ground, not
			// an actor.
			if nx := m.last; nx < s.last && groundNouns[s.lemma(nx)] && (locative[c.prevWord(s, m.first)] || c.prevWord(s, m.first) == "on") {
				m.place = true
			}
			continue
		default:
			continue
		}
		prev := c.prevWord(s, m.first)
		if !c.opts.Literal && m.first > s.first && s.norm(m.first-1) == "lake" {
			m.place = true // "on an island in Lake Chad": water, not the state
		}
		if prev == "of" && !c.opts.Literal && ofGround(s, m.first) {
			m.place = true // "in the mountains of northern Iraq", "the outskirts of Kyiv"
		}
		if prev == "over" && !c.opts.Literal && isPossessive(s, m.last) && m.last+1 < s.last && s.mentionAt(m.last+1) == nil &&
			!groundNouns[s.lemma(m.last+1)] && !ofGroundNouns[s.lemma(m.last+1)] && s.lemma(m.last+1) != "airspace" {
			// "concern over China's actions", "a row over Iran's nuclear
			// programme": the owner of what the dispute is about, no place.
			continue
		}
		if prev != "" && locative[prev] {
			m.place = true
			m.destination = prev == "to" || prev == "into" || prev == "toward" || prev == "towards"
		}
		if mi > 0 && m.first-2 >= s.first && (s.norm(m.first-1) == "," || s.norm(m.first-1) == "and" || s.norm(m.first-1) == "or") {
			// "Ankara, Turkey"; "notes to India and China": the second is
			// where the first is, or where it goes.
			if p := s.mentionAt(m.first - 2); p != nil && p.place && (p.kind == dict.KindCountry || p.kind == dict.KindCapital || s.norm(m.first-1) == ",") {
				m.place, m.destination = true, p.destination
			}
		}
		// A name used as a modifier: "Turkey talks", "Istanbul summit". The
		// author of a claim or a proposal ("US claims", "Russian offer") is
		// an actor all the same.
		if nx := m.last; nx < s.last && isCommonNoun(s, nx) && s.mentionAt(nx) == nil && !authoredNouns[s.lemma(nx)] {
			m.place = true
		}
	}
}

// ofGround reports a mention after "of" whose head noun names land: "the
// mountains of (northern) Iraq", "the outskirts of Kyiv".
func ofGround(s *sentence, first int) bool {
	k := first - 1
	for k > s.first && (s.tag(k) == "JJ" || s.norm(k) == "the") {
		k--
	}
	if k <= s.first || s.norm(k) != "of" {
		return false
	}
	return groundNouns[s.lemma(k-1)] || ofGroundNouns[s.lemma(k-1)]
}

// ofGroundNouns are the parts of a country's land named with "of".
var ofGroundNouns = map[string]bool{
	"mountain": true, "north": true, "south": true, "east": true, "west": true, "outskirts": true,
	"area": true, "part": true, "heart": true, "centre": true, "center": true, "edge": true,
	"interior": true, "coast": true, "hill": true, "desert": true, "forest": true,
	"gulf": true, "sea": true, "bay": true, "strait": true, "straits": true,
}

// longerPlaceName reports a place name that only begins a longer one:
// "San Juan de Lurigancho", "Santiago de Cuba" (when the dictionary has
// only the first part).
func longerPlaceName(s *sentence, m mention) bool {
	if m.last < s.last && facilityNames[s.text(m.last)] && m.kind != dict.KindCity && m.kind != dict.KindCapital && m.kind != dict.KindRegion && !m.place {
		// "SNP Square", "Independence Avenue": a street or a building
		// named after a party or a person is a place, no actor.
		return true
	}
	if m.kind == dict.KindActor && !m.person && m.last-m.first >= 2 && orgHeads[s.lemma(m.last-1)] && m.first-1 > s.first &&
		s.tag(m.first-1) == "NNP" && isCapitalised(s.text(m.first-1)) && s.at[m.first-1-s.first] < 0 {
		// "the Kargil Democratic Alliance" is not South Africa's
		// Democratic Alliance: a place name before a party's name makes
		// another party.
		return true
	}
	switch m.kind {
	case dict.KindCity, dict.KindCapital, dict.KindRegion:
	default:
		return false
	}
	if m.last+1 >= s.last {
		return false
	}
	switch s.norm(m.last) {
	case "de", "del", "da", "do", "di", "dos", "das":
		return isCapitalised(s.text(m.last + 1))
	}
	return false
}

// facilityNames are capitalised words that end the name of a street, a
// square or a building.
var facilityNames = map[string]bool{
	"Square": true, "Street": true, "Avenue": true, "Boulevard": true, "Road": true,
	"Bridge": true, "Airport": true, "Stadium": true, "Station": true, "Mosque": true,
	"Cathedral": true, "Hospital": true, "Prison": true, "Highway": true,
}

// groundNouns name land or sea a nationality adjective can qualify.
var groundNouns = map[string]bool{
	"border": true, "frontier": true, "territory": true, "soil": true, "airspace": true,
	"waters": true, "coast": true, "side": true, "province": true, "region": true,
	"village": true, "town": true, "city": true, "capital": true, "countryside": true, "mainland": true,
}

// prevWord returns the word before token i, skipping "the".
func (c *Coder) prevWord(s *sentence, i int) string {
	skipped := 0
	for k := i - 1; k >= s.first; k-- {
		w := s.norm(k)
		// "in the", "in northwestern", "in eastern": over the article and a
		// lower-case direction or adjective or two.
		if w == "the" || skipped < 2 && s.tag(k) == "JJ" && !isCapitalised(s.text(k)) {
			skipped++
			continue
		}
		return w
	}
	return ""
}

func isCommonNoun(s *sentence, i int) bool {
	switch s.tag(i) {
	case "NN", "NNS":
		return !isCapitalised(s.text(i)) || s.headline
	case "NNP", "NNPS":
		// Title case hides common nouns in headlines: "Turkey Talks".
		return s.headline
	}
	return false
}

// groupCompounds links mentions joined by commas and and/or.
func (c *Coder) groupCompounds(s *sentence, st *docState) {
	// closed marks the groups a conjunction has ended: in "Calenardhon and
	// Gondor, and Gondor and Dagolath" the second pair is a list of its own.
	closed := map[int]bool{}
	for mi := 0; mi+1 < len(s.mentions); mi++ {
		a, b := &s.mentions[mi], &s.mentions[mi+1]
		if !c.opts.Literal && includedIn(s, a, b) {
			// "arrested 23 people, including two union leaders": the
			// named part is a member of its own.
			if ra, rb := a.resolved(), b.resolved(); ra.group == 0 && rb.group == 0 && ra.code != "" && rb.code != "" && ra.code != rb.code {
				st.groups++
				ra.group, rb.group = st.groups, st.groups
			}
			continue
		}
		if !joinedByConjunction(s, a.last, b.first) {
			continue
		}
		if g := a.resolved().group; g != 0 && closed[g] && s.norm(a.last) == "," && !ownersOfAgent(s, a) {
			// ("the EU delegation and the embassies of Britain, Canada and
			// the United States": the owners listed after an agent's "of"
			// go on the list)
			continue
		}
		if comma := firstComma(s, a.last, b.first); comma >= 0 && a.resolved().group == 0 && !c.opts.Literal && !s.headline && (comma+1 < b.first && s.tag(comma+1) == "CC" && subjectOfNextClause(s, b) || finiteVerbAfter(s, b)) {
			// "... of President Ruto, and police fired", "detained 79
			// people, the interior ministry said": a new clause, not a
			// list ("Britain, France, and Germany condemned").
			continue
		}
		if !c.opts.Literal && s.norm(a.last) == "," && b.first == a.last+1 && b.person && !a.person && a.ref == nil &&
			(b.last == s.last || s.norm(b.last) == "," || isVerbTag(s.tag(b.last))) {
			if a.kind != dict.KindCountry && a.kind != dict.KindCapital && a.kind != dict.KindAdjective {
				// "its intelligence chief, Ibrahim Kalin, held": one
				// person, named in apposition to the title.
				a.ref = b
			}
			// "The U.N. special envoy on Myanmar, Julie Bishop,": the name
			// is in apposition to the phrase the country ends, no list.
			continue
		}
		// "Ithilen and the government of Gondor": an agent phrase joins
		// the compound as the actor it stands for.
		ra, rb := a.resolved(), b.resolved()
		if ra.place != rb.place || ra.code == "" || rb.code == "" || ra == rb {
			continue
		}
		if ra.group == 0 {
			st.groups++
			ra.group = st.groups
		}
		if rb.group != 0 && rb.group != ra.group {
			old := rb.group
			for k := range s.mentions {
				if s.mentions[k].group == old {
					s.mentions[k].group = ra.group
				}
			}
		}
		rb.group = ra.group
		for k := a.last; k < b.first; k++ {
			if w := s.norm(k); w == "and" || w == "or" || w == "nor" {
				closed[ra.group] = true
			}
		}
	}
	if !c.opts.Literal {
		c.shareHeadNoun(s)
	}
}

// includedIn reports "a, including b": people of whom the text names a
// part ("23 people, including two union leaders").
func includedIn(s *sentence, a, b *mention) bool {
	if a.place || b.place || a.person || a.last+1 >= b.first || s.norm(a.last) != "," || s.norm(a.last+1) != "including" {
		return false
	}
	for k := a.last + 2; k < b.first; k++ {
		if t := s.tag(k); t != "CD" && t != "DT" && t != "JJ" {
			return false
		}
	}
	return s.tag(a.last-1) == "NNS"
}

// ownersOfAgent reports a mention right after an agent's "of": "the
// embassies of Britain".
func ownersOfAgent(s *sentence, a *mention) bool {
	if a.first-2 < s.first || s.norm(a.first-1) != "of" {
		return false
	}
	m := s.mentionAt(a.first - 2)
	return m != nil && m.code == "" && m.ref != nil
}

// shareHeadNoun gives nationality adjectives listed before a compound's
// last member the role of its head noun: "Spanish, Malaysian and Turkish
// citizens" are Spanish citizens too, not Spain.
func (c *Coder) shareHeadNoun(s *sentence) {
	for i := range s.mentions {
		last := &s.mentions[i]
		if last.group == 0 || len(last.code) < 6 || last.person || s.tag(last.first) != "JJ" && s.tag(last.first) != "NNP" {
			continue
		}
		for j := range s.mentions {
			if m := &s.mentions[j]; j != i && m.group == last.group && m.last <= last.first && m.kind == dict.KindAdjective && len(m.code) == 3 && m.last-m.first == 1 {
				m.code += last.code[3:]
				m.kind = dict.KindActor
			}
		}
	}
}

// firstComma returns the first comma in [i, j), or -1.
func firstComma(s *sentence, i, j int) int {
	for k := i; k < j; k++ {
		if s.norm(k) == "," {
			return k
		}
	}
	return -1
}

// joinedByConjunction reports that a conjunction or comma joins [i, j),
// with at most determiners and adjectives besides ("Fornost and the evil
// Gondor").
func joinedByConjunction(s *sentence, i, j int) bool {
	if i >= j || j-i > 5 {
		return false
	}
	joined := false
	for k := i; k < j; k++ {
		switch w := s.norm(k); {
		case w == "," || w == "and" || w == "or" || w == "nor" || w == "&":
			joined = true
		case s.tag(k) == "DT" || strings.HasPrefix(s.tag(k), "JJ") || s.tag(k) == "RB" || s.tag(k) == "VBN" && k > i && s.norm(k-1) == "and" && k+1 == j,
			s.tag(k) == "NN" && !isCapitalised(s.text(k)),
			// "and a government-aligned brigade": a hyphenated modifier
			s.tag(k) == "HYPH", s.tag(k) == "VBN" && k > i && s.tag(k-1) == "HYPH",
			// "Kilic and his Armenian counterpart Ruben Rubinyan" (not "the
			// minister and his Syrian counterpart, who arrived": the
			// relative clause is the counterpart's alone)
			s.tag(k) == "PRP$" && k > i && s.norm(k-1) == "and" && counterpartAt(s, j):
		default:
			return false
		}
	}
	return joined
}

// counterpartAt reports "(his) Armenian counterpart" starting at token j
// that no relative clause follows.
func counterpartAt(s *sentence, j int) bool {
	for k := j; k < s.last && k < j+3; k++ {
		if s.lemma(k) == "counterpart" {
			return k+2 >= s.last || s.norm(k+1) != "," || s.norm(k+2) != "who"
		}
	}
	return false
}

// members returns a mention and the other members of its compound.
func (s *sentence) members(m *mention) []*mention {
	if m.group == 0 {
		return []*mention{m}
	}
	var out []*mention
	for k := range s.mentions {
		if s.mentions[k].group == m.group {
			out = append(out, &s.mentions[k])
		}
	}
	for k := range s.extra {
		if s.extra[k].group == m.group {
			out = append(out, &s.extra[k])
		}
	}
	return out
}

// country returns the ISO code of an actor code when it starts with one.
func (c *Coder) country(code string) string {
	if len(code) >= 3 && c.countries[code[:3]] {
		return code[:3]
	}
	return ""
}

func lower(s string) string { return strings.ToLower(s) }

// bodyHeads are the head nouns of the names of associations, councils and
// unions.
var bodyHeads = map[string]bool{
	"association": true, "council": true, "conference": true, "federation": true, "confederation": true,
	"union": true, "congress": true, "league": true, "society": true, "committee": true, "coalition": true,
	"network": true, "forum": true, "syndicate": true, "chamber": true, "guild": true, "order": true,
	"party":  true,                    // a ruling party is in the dictionary; an unlisted one is in opposition
	"agency": true, "authority": true, // "the Zambia Environmental Management Agency": a state body (GOV)
}

// bodyRole returns the sector the first matching bodyRoles entry gives the
// words of a body's name (" the alawite council ", space-padded), or
// fallback.
func bodyRole(words, fallback string) string {
	for _, br := range bodyRoles {
		for _, w := range strings.Fields(br.words) {
			if strings.Contains(words, " "+w+" ") {
				return br.role
			}
		}
	}
	return fallback
}

// bodyRoles give the sector of a body from the words of its name, checked in
// order; a body of none of them is a non-governmental organisation.
var bodyRoles = []struct{ role, words string }{
	{"GOV", "agency authority"},
	{"OPP", "party"},
	{"REL", "christian catholic church churches bishops bishop muslim muslims islamic imams ulema clergy evangelical hindu buddhist jewish orthodox pentecostal alawite shia shiite sunni druze coptic sikh"},
	{"JUD", "bar lawyers judges advocates magistrates"},
	{"HLH", "medical doctors nurses health physicians"},
	{"EDU", "students student teachers universities university academic"},
	{"AGR", "farmers agricultural peasants growers"},
	{"MED", "journalists press media broadcasters editors"},
	{"HRI", "rights"},
	{"BUS", "business commerce industry employers manufacturers bankers chamber"},
	{"LAB", "workers trade labour labor unions employees drivers miners fishermen transport dockworkers"},
}

// unknownBodies names bodies no dictionary lists from their own names and
// their country: "the Christian Association of Nigeria" (NGAREL), "the
// Ghana National Association of Small Scale Miners" (GHALAB), "the Nigerian
// Bar Association" (NGAJUD). The country's mention grows to the whole name;
// agent words inside it ("Miners", "Taxi Drivers") are part of the name.
func (c *Coder) unknownBodies(s *sentence) {
	if c.opts.Literal {
		return
	}
	agentOnly := func(j int) bool {
		m := s.mentionAt(j)
		return m == nil || m.code == "" && m.kind == dict.KindActor && !m.person
	}
	drop := map[int]bool{}
	changed := false
	for k := s.first; k < s.last; k++ {
		if !bodyHeads[s.lemma(k)] || !isCapitalised(s.text(k)) || s.mentionAt(k) != nil {
			continue
		}
		start := k
		for start-1 >= s.first && agentOnly(start-1) && isCapitalised(s.text(start-1)) && (strings.HasPrefix(s.tag(start-1), "NN") || s.tag(start-1) == "JJ") {
			start--
		}
		var country *mention
		if start-1 >= s.first {
			if m := s.mentionAt(start - 1); m != nil && m.last == start && (m.kind == dict.KindCountry || m.kind == dict.KindAdjective) && len(m.code) == 3 {
				country = m // "Ghana National Association ...", "the Nigerian Bar Association"
			}
		}
		end := k + 1
		for end+1 < s.last && s.norm(end) == "of" && (country == nil || end == k+1) {
			j := end + 1
			if s.norm(j) == "the" {
				j++
			}
			if m := s.mentionAt(j); m != nil && m.first == j && m.kind == dict.KindCountry && len(m.code) == 3 {
				if country == nil {
					country, end = m, m.last // "the Christian Association of Nigeria"
				}
				break
			}
			run := j
			for run < s.last && agentOnly(run) && isCapitalised(s.text(run)) && strings.HasPrefix(s.tag(run), "NN") {
				run++ // "of Small Scale Miners", "of Taxi Drivers"
			}
			if run == j {
				break
			}
			end = run
		}
		if country == nil {
			continue
		}
		role := "NGO"
		words := " "
		for j := start; j < end; j++ {
			words += s.norm(j) + " "
		}
		role = bodyRole(words, role)
		for j := start; j < end; j++ {
			if i := s.at[j-s.first]; i >= 0 && &s.mentions[i] != country {
				drop[i] = true
			}
		}
		country.first, country.last = min(country.first, start), max(country.last, end)
		country.code, country.kind, country.place = country.code+role, dict.KindActor, false
		changed = true
		k = end - 1
	}
	if !changed {
		return
	}
	kept := s.mentions[:0]
	for i, m := range s.mentions {
		if !drop[i] {
			kept = append(kept, m)
		}
	}
	s.mentions = kept
	s.reindex()
}
