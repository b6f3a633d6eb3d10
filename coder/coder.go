// Package coder reads political events out of annotated articles: it finds
// actors with the dictionaries, finds verbs that the verb dictionary knows,
// picks the source and target around each verb, chooses a CAMEO code by the
// verb's patterns, and adjusts it for negation, intent and refusal.
package coder

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/cameo"
	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/nlp"
)

// Options switch coder behaviours.
type Options struct {
	// Historical keeps events the article dates well before publication.
	Historical bool
	// RequireTarget drops events without a target, except for the roots
	// where a target is often absent (protest, force posture).
	RequireTarget bool
	// Dates resolves the date of each event from the sentence; nil uses the
	// publication date.
	Dates DateResolver
	// Literal codes what the dictionary patterns say and nothing more, as
	// PETRARCH does: no reading of negation, intent or conditionals beyond
	// the patterns themselves (for validation suites written for it).
	Literal bool
	// NewActorLength is PETRARCH's new_actor_length: in literal mode, a
	// source or target that names no dictionary actor is taken as the text
	// of its noun phrase ("Gryffindor's head Minerva McGonagall") when the
	// phrase has at most this many words; 0 turns it off.
	NewActorLength int
	// Gazetteer places events; nil leaves places to the country the text
	// names.
	Gazetteer Gazetteer
	// Now is the clock used to date undated articles (default time.Now).
	Now func() time.Time
	// Parser gives sentences their dependency tree, read where the
	// linear reading finds no subject; nil keeps to the linear reading.
	Parser Parser
}

// Parser parses a sentence, given as words and Penn Treebank tags, into a
// dependency tree, reusing dst's slices.
type Parser interface {
	Parse(words, tags []string, dst nlp.Tree) nlp.Tree
}

// Gazetteer finds a named place, preferring places in the context
// countries (ISO3, most relevant first).
type Gazetteer interface {
	Lookup(name string, context []string) (geo.Place, bool)
}

// DateResolver dates a sentence's event from its words relative to the
// article's publication date; historical reports dates well in the past.
type DateResolver interface {
	Resolve(sentence string, published time.Time, past bool) (date time.Time, historical bool, ok bool)
}

// Coder turns articles into events. It is safe for concurrent use.
type Coder struct {
	annotator parley.Annotator
	dict      *dict.Dictionary
	opts      Options
	countries map[string]bool
	// adjectives maps a country to the words of its first nationality
	// adjective in the dictionary ("ALB" -> ["Albanian"]), for reading a
	// party name several countries share as the article country's.
	adjectives map[string][]string
	synsets    map[string]synsetIndex
	required   map[*dict.Pattern][]string
	now        func() time.Time
	explain    io.Writer
}

// ExplainTo makes Code write an explanation of each article to w (see
// Explain); use it with one worker.
func (c *Coder) ExplainTo(w io.Writer) { c.explain = w }

// New returns a coder over an annotator and loaded dictionaries.
func New(a parley.Annotator, d *dict.Dictionary, opts Options) *Coder {
	c := &Coder{annotator: a, dict: d, opts: opts, countries: map[string]bool{}, now: time.Now, synsets: indexSynsets(d.Verbs.Synsets), required: requiredWords(d)}
	if opts.Now != nil {
		c.now = opts.Now
	}
	c.adjectives = map[string][]string{}
	for _, act := range d.Actors {
		if act.Kind == dict.KindAdjective && len(act.Default) == 3 && c.adjectives[act.Default] == nil {
			c.adjectives[act.Default] = splitPhrase(strings.ReplaceAll(strings.TrimSuffix(act.Name, "_"), "_", " "))
		}
		switch {
		case act.Kind != dict.KindActor && len(act.Default) >= 3:
			c.countries[act.Default[:3]] = true
		case act.Kind == dict.KindActor && !act.Person && len(act.Default) == 3 && act.Default[0] != '-':
			// PETRARCH files list states as plain actors ("ARNOR_ [ARN]").
			c.countries[act.Default] = true
		}
	}
	return c
}

// Code annotates an article and returns its document and coded events.
// A fault in the coder does not take the caller down: the document then
// carries a failure (see parley.Doc.Err) and no events.
func (c *Coder) Code(a *parley.Article) (doc *parley.Doc, events []parley.Event) {
	doc = &parley.Doc{Article: a, Text: a.Text}
	defer func() {
		if r := recover(); r != nil {
			doc.Diagnose(parley.StageFailure, parley.Span{}, "internal error coding the article: %v", r)
			events = nil
		}
	}()
	c.annotator.Annotate(doc)
	if c.explain != nil {
		c.Explain(c.explain, doc)
	}
	return doc, c.CodeDoc(doc)
}

// CodeDoc codes an annotated document.
func (c *Coder) CodeDoc(doc *parley.Doc) []parley.Event {
	// Roles are resolved at the publication date; an undated article is
	// read as today's news.
	date := doc.Article.Published
	if date.IsZero() {
		date = c.now()
	}
	st := newDocState(date)
	st.crimeStory = crimeStory(doc.Text)
	var events []parley.Event
	for si := range doc.Sentences {
		s := c.prepare(doc, si)
		if d := c.discarded(s); d != nil {
			doc.Diagnose("discard", doc.Sentences[si].Span, "discarded by %q (%s:%d)", strings.Join(d.Words, " "), d.File, d.Line)
			if d.Story {
				return nil
			}
			continue
		}
		c.findMentions(s, st)
		c.registerAliases(s, st)
		if s.dateline != nil && st.place == nil {
			st.place, st.placeAge = c.named(doc, s, s.dateline), 0
		}
		if st.place != nil && st.placeAge <= 3 {
			s.lastPlace = st.place
		}
		c.creditAuthor(s, events)
		coded := c.codeSentence(doc, s, st)
		for _, e := range coded {
			switch {
			case rootBetween(e.Code, "17", "20") && e.Target != nil && e.Target.Code == st.attacker:
				// forces hitting back at the attacker: "the attack" is still
				// the attacker's
			case rootBetween(e.Code, "17", "20"), e.Code == "015":
				st.attacker = e.Source.Code // coercion, assault, fighting, mass violence; a claim of responsibility
				if !strings.HasPrefix(e.Code, "17") {
					st.assailant = e.Source.Code
				}
			}
			if r := e.Source; len(r.Code) >= 6 && r.Country != "" && stateForces[r.Code[3:6]] && !c.opts.Literal {
				// "Israeli air strikes killed ...": the article's army is
				// Israel's, though no mention named "the Israeli military".
				st.roles[r.Code[3:6]] = r.Country
			}
			if pair := compoundTargets(coded, e); len(pair) == 2 && !c.opts.Literal && e.Mood == "fact" {
				// "Turkey praised both delegations": the two sides are the
				// pair addressed, not the third party and one of them.
				st.dyad = pair
			} else if e.Target != nil && isSide(e.Source) && isSide(*e.Target) && (e.Source.Country != e.Target.Country || civilWar(e.Source.Code, e.Target.Code)) && (len(pair) == 0 || c.opts.Literal) {
				st.dyad = []string{e.Source.Code, e.Target.Code}
			}
			act := pastAct{source: e.Source.Code, code: e.Code}
			if e.Target != nil {
				act.target = e.Target.Code
			}
			for i, w := range strings.Fields(e.Evidence.Trigger) {
				if i > 0 && strings.HasPrefix(e.Code, "13") {
					break // "warned that those who ... would be arrested" names no arrest
				}
				if sm := stem(w); sm != "" {
					act.stems = append(act.stems, sm)
				}
			}
			if e.Mood == "intent" && strings.Contains(doc.Text[doc.Sentences[e.Sentence].Start:e.Evidence.Start], " agree") {
				// "agreed to reopen the crossings" is what "the agreement"
				// later names.
				act.stems = append(act.stems, "agree")
			}
			st.acts = append(st.acts, act)
		}
		events = append(events, coded...)
		c.remember(doc, s, st)
	}
	if !c.opts.Literal {
		rehomeGroups(events, st)
	}
	pub := ""
	if !doc.Article.Published.IsZero() {
		pub = doc.Article.Published.Format("2006-01-02")
	}
	return c.dedupe(events, pub, func(i int) bool { return doc.Sentences[i].Headline })
}

// compoundTargets returns the targets of the events the sentence's coded
// events give e's source with e's code, when there are several: one act
// addressed to a compound ("urged Armenia and Azerbaijan"). It returns
// them when they are two sides of different countries.
func compoundTargets(coded []parley.Event, e parley.Event) []string {
	var targets []string
	for _, o := range coded {
		if o.Code == e.Code && o.Source.Code == e.Source.Code && o.Target != nil && !slices.Contains(targets, o.Target.Code) {
			targets = append(targets, o.Target.Code)
		}
	}
	if len(targets) < 2 {
		return nil
	}
	if len(targets) == 2 && len(targets[0]) >= 3 && len(targets[1]) >= 3 && targets[0][:3] != targets[1][:3] {
		return targets
	}
	return []string{} // several, but not a pair: no dyad from them
}

// rehomeGroups codes a cross-border armed group as the insurgency of the
// country where the article has it act, as analysts do: al-Shabaab in a
// story from Mandera is KENREB, JNIM in Burkina Faso BFAREB. That country
// is the event's named place when the group fights there, else the
// dateline's country, else the country whose places the article names
// most.
func rehomeGroups(events []parley.Event, st *docState) {
	if len(st.actsIn) == 0 {
		return
	}
	scene := st.dateline
	if scene == "" {
		best := 0
		for country, n := range st.places {
			if n > best || n == best && country < scene {
				scene, best = country, n
			}
		}
	}
	for i := range events {
		e := &events[i]
		for _, r := range []*parley.ActorRef{&e.Source, e.Target} {
			if r == nil {
				continue
			}
			acts, ok := st.actsIn[r.Code]
			if !ok {
				continue
			}
			where, named := scene, e.Place != nil && e.Place.End > 0
			if named && (e.Place.Country == r.Code[:3] || slices.Contains(acts, e.Place.Country)) {
				where = e.Place.Country
			}
			if where == r.Code[:3] || !slices.Contains(acts, where) {
				continue
			}
			if e.Place != nil && !named && e.Place.Country == r.Code[:3] {
				// a place implied by the group's home country moves with it
				e.Place = &parley.Place{Name: where, Country: where, Kind: "country"}
			}
			r.Code, r.Country, r.Full = where+"REB", where, ""
		}
	}
}

// creditAuthor gives an earlier act told with a bare country as its source
// the more specific author a later sentence names for it: "Egypt accused
// Israel ..." then "Foreign Minister Abdelatty made the accusation" is
// Egypt's government's accusation, as analysts code it. The later
// sentence's subject must be of the same country and its object a noun of
// the act ("the accusation", "the sanctions").
func (c *Coder) creditAuthor(s *sentence, events []parley.Event) {
	if c.opts.Literal || len(events) == 0 {
		return
	}
	var subj *mention
	verb := -1
	for k := s.first; k < s.last; k++ {
		if m := s.mentionAt(k); m != nil && subj == nil && m.code != "" && !m.place {
			subj = m.resolved()
			k = m.last - 1
			continue
		}
		if isVerbTag(s.tag(k)) && subj != nil {
			verb = k
			break
		}
	}
	if subj == nil || verb < 0 || len(subj.code) < 6 || judgingVerbs[s.lemma(verb)] {
		return // ("criticized the memorandum" is no authorship of it)
	}
	country := c.country(subj.code)
	for k := verb + 1; k < s.last && k <= verb+3; k++ {
		if !strings.HasPrefix(s.tag(k), "NN") {
			continue
		}
		want := stem(s.text(k))
		if want == "" {
			return
		}
		for i := len(events) - 1; i >= 0; i-- {
			e := &events[i]
			if e.Source.Code != country || !strings.Contains(strings.ToLower(e.Evidence.Trigger), want) {
				continue
			}
			e.Source.Code = subj.code
			return
		}
		return
	}
}

// judgingVerbs judge an act someone else did: "criticized the
// memorandum" names no author of it.
var judgingVerbs = map[string]bool{
	"criticize": true, "criticise": true, "condemn": true, "welcome": true, "praise": true,
	"reject": true, "denounce": true, "slam": true, "oppose": true, "hail": true, "back": true,
	"support": true, "question": true, "challenge": true, "dismiss": true, "deny": true,
}

// civilWar reports a state's forces or government against an armed group
// of the same country: "both sides" of a civil war.
func civilWar(a, b string) bool {
	if len(a) < 6 || len(b) < 6 {
		return false
	}
	return nonState[a[3:6]] != nonState[b[3:6]]
}

// isSide reports an actor that can be one of "the two sides" or "the two
// leaders": a country's agent, not a bare place name or civilians.
func isSide(a parley.ActorRef) bool {
	if strings.HasPrefix(a.Code, "IGO") && !a.Implied {
		return true // "the two sides": the ECOWAS envoy and the junta
	}
	return a.Country != "" && len(a.Code) >= 6 && a.Code[3:6] != "CVL"
}

func newDocState(date time.Time) *docState {
	return &docState{date: date, aliases: map[string]aliasInfo{}, countries: map[string]int{}, places: map[string]int{}, roles: map[string]string{}, bodies: map[string]body{}, heads: map[string]body{}}
}

// prepare builds the matching view of sentence si.
func (c *Coder) prepare(doc *parley.Doc, si int) *sentence {
	ds := doc.Sentences[si]
	n := ds.Last - ds.First
	s := &sentence{idx: si, first: ds.First, last: ds.Last, headline: ds.Headline}
	s.words = dict.Words{Norm: make([]string, n), Text: make([]string, n), Lemma: make([]string, n)}
	s.tags = make([]string, n)
	for k := 0; k < n; k++ {
		t := doc.Tokens[ds.First+k]
		text := doc.Text[t.Start:t.End]
		s.words.Text[k] = text
		s.words.Norm[k] = dict.Normalize(text)
		s.words.Lemma[k] = t.Lemma
		s.tags[k] = t.Tag
		if text == "-" && k > 0 && k+1 < n && doc.Tokens[ds.First+k-1].End == t.Start && doc.Tokens[ds.First+k+1].Start == t.End {
			s.tags[k] = "HYPH" // "SPLA-IO", written without spaces: a hyphen, not a dash
		}
	}
	c.retagInfinitives(s)
	if !c.opts.Literal {
		c.repairVerbLemmas(s)
		retagDayAdverbs(s)
		c.retagPastForms(s)
		retagCoordinatedPasts(s)
		retagCountedNouns(s)
		retagSeriesPasts(s)
		retagNounCompounds(s)
		retagInstitutions(s)
		retagContentThat(s)
		retagDetainedModifiers(s)
		retagListedParticiples(s)
		c.retagSubjunctives(s)
		retagPlaceAdjectives(s)
	}
	return s
}

func (c *Coder) discarded(s *sentence) *dict.Discard {
	for k := range s.words.Norm {
		if d := c.dict.DiscardAt(s.words, k); d != nil {
			return d
		}
	}
	return nil
}

// aspectVerbs govern a gerund that is the act itself ("kept firing rockets").
var aspectVerbs = map[string]bool{"keep": true, "continue": true, "start": true, "begin": true, "resume": true, "stop": true}

// participleModifier reports a participle inside a noun phrase, between a
// determiner or possessive and its noun: "Yemen's internationally
// recognised government", "the detained journalists".
func participleModifier(s *sentence, v int) bool {
	if v+1 >= s.last || !strings.HasPrefix(s.tag(v+1), "NN") {
		return false
	}
	k := v - 1
	for k >= s.first && strings.HasPrefix(s.tag(k), "RB") {
		k--
	}
	if k < s.first {
		return false
	}
	t := s.tag(k)
	return t == "POS" || t == "DT" || t == "PRP$"
}

// codeSentence codes every dictionary verb of a sentence.
func (c *Coder) codeSentence(doc *parley.Doc, s *sentence, st *docState) []parley.Event {
	var out []parley.Event
	for v := s.first; v < s.last; v++ {
		st.current = out
		if verbs, vlen := c.verbAt(s, v); verbs != nil {
			evs := c.codeVerb(doc, s, st, v, vlen, verbs)
			out = append(out, evs...)
			if len(evs) > 0 && c.opts.Literal {
				v = c.embeddedClauseEnd(s, v, vlen)
			}
		} else if noun := c.nounAt(s, v); noun != nil {
			out = append(out, c.codeNoun(doc, s, st, v, noun)...)
		}
	}
	return out
}

// commaAfter returns the first comma or semicolon at or after k, or the
// sentence end.
func commaAfter(s *sentence, k int) int {
	for k < s.last && s.norm(k) != "," && s.norm(k) != ";" {
		k++
	}
	return k
}

// embeddedClauseEnd returns the last token of a temporal clause inside
// the phrase of coded verb v ("restore ties with Gondor five years after
// crowds burned down its embassy"), or v: PETRARCH codes no verb below one
// it has coded.
func (c *Coder) embeddedClauseEnd(s *sentence, v, vlen int) int {
	end := c.verbScope(s, v, vlen)
	for k := v + vlen + 1; k < end; k++ {
		switch s.norm(k) {
		case "after", "before", "since", "until":
			for k < s.last && s.norm(k) != "," && s.norm(k) != ";" {
				k++
			}
			return k - 1
		}
	}
	// "abandoned efforts to stop a parade": nor a verb inside its phrase,
	// though a coordinated verb ("... and promised aid") is coded.
	for k := v + vlen + 1; k < end; k++ {
		if s.tag(k) == "CC" && coordinatedVerb(s, k+1) >= 0 || s.tag(k) == "CC" && k+1 < end && isVerbTag(s.tag(k+1)) {
			return k
		}
	}
	return end - 1
}

// verbAt returns the dictionary verbs whose head is token v (the same verb
// may sit in several blocks, whose patterns then compete), and how many
// tokens their particles take after v.
func (c *Coder) verbAt(s *sentence, v int) ([]*dict.Verb, int) {
	// "will not wire tap the links": in literal mode the head of a
	// multi-word verb may be read as a noun after the verb's first word.
	multiOnly := c.opts.Literal && !isVerbTag(s.tag(v)) && v > s.first && isVerbTag(s.tag(v-1)) && strings.HasPrefix(s.tag(v), "NN")
	if !isVerbTag(s.tag(v)) && !(s.headline && headlineVerb(s, v)) && !(c.opts.Literal && nounReadVerb(s, v)) && !multiOnly {
		return nil, 0
	}
	// "fired warning shots", "issued a warning": a participle between a
	// verb and its noun is a modifier, not a verb.
	// "keep attacking Israel" is a verb: a name is no noun a participle
	// modifies, and aspect verbs govern a gerund.
	if s.tag(v) == "VBG" && v > s.first && v+1 < s.last && isVerbTag(s.tag(v-1)) && (s.tag(v+1) == "NN" || s.tag(v+1) == "NNS") && !aspectVerbs[s.lemma(v-1)] && (s.lemma(v-1) != "be" || c.opts.Literal) {
		// ("was suspending imports" is progressive: the verb itself)
		return nil, 0
	}
	if s.tag(v) == "VBN" && participleModifier(s, v) {
		return nil, 0
	}
	if s.lemma(v) == "arm" && v+1 < s.last && armedNouns[s.lemma(v+1)] && !c.opts.Literal {
		return nil, 0 // "Radaa armed group", "armed men": an adjective
	}
	var best []*dict.Verb
	bestWords, bestLen := -1, 0
	// The form as written first: a dictionary may list "LEFT" apart from
	// "LEAVE". The verb with most words matched wins ("de-escalate" over
	// "escalate", "call off" over "call").
	for i, key := range [2]string{s.norm(v), s.lemma(v)} {
		for _, vb := range c.dict.Verbs.Lookup(key) {
			if i == 1 && c.opts.Literal && !regularForm(vb.Words[vb.Head], s.norm(v)) {
				continue // PETRARCH matches listed and regular forms only: not "departes"
			}
			if multiOnly && vb.Head == 0 {
				continue
			}
			n, ok := verbWordsMatch(s, v, vb)
			switch {
			case !ok || len(vb.Words) < bestWords:
			case len(vb.Words) > bestWords:
				best, bestWords, bestLen = []*dict.Verb{vb}, len(vb.Words), n
			case !slices.Contains(best, vb) && n == bestLen:
				best = append(best, vb)
			}
		}
	}
	return best, bestLen
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") }

// nounReadVerb accepts a word the tagger read as a common noun right after
// the actor that opens the sentence and before a preposition or article:
// "Ethiopia departs from Libya", "Ethiopia act on a resolution".
func nounReadVerb(s *sentence, v int) bool {
	if t := s.tag(v); t != "NN" && t != "NNS" || v+1 >= s.last {
		return false
	}
	m := s.mentionAt(v - 1)
	if m == nil || m.first != s.first || m.code == "" || s.mentionAt(v) != nil {
		return false
	}
	nt := s.tag(v + 1)
	return nt == "IN" || nt == "DT" || nt == "TO"
}

// regularForm reports whether form is base or one of its regular
// inflections (-s, -es, -ed, -ing, with y→i, a dropped e, a doubled
// consonant).
func regularForm(base, form string) bool {
	if form == base {
		return true
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if !strings.HasSuffix(form, suf) {
			continue
		}
		stem := form[:len(form)-len(suf)]
		yToI := strings.HasSuffix(stem, "i") && stem[:len(stem)-1]+"y" == base
		doubled := len(stem) >= 2 && stem[len(stem)-1] == stem[len(stem)-2] && stem[:len(stem)-1] == base
		switch {
		case suf == "s" && stem == base: // departs, agrees
		case suf == "es" && (stem == base && strings.ContainsAny(base[len(base)-1:], "sxzo") || stem == base && (strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh")) || yToI): // watches, carries
		case suf == "ed" && (stem == base || yToI || doubled): // departed, tried, stopped
		case suf == "d" && stem == base && strings.HasSuffix(base, "e"): // agreed
		case suf == "ing" && (stem == base || stem+"e" == base || doubled): // making, stopping
		default:
			continue
		}
		return true
	}
	return false
}

// headlineVerb accepts a title-cased verb in a headline ("Sets", "Vows")
// that the tagger read as a proper noun.
func headlineVerb(s *sentence, v int) bool {
	t := s.tag(v)
	return (t == "NNP" || t == "NNPS" || t == "NNS") && v > s.first && s.mentionAt(v) == nil
}

// verbWordsMatch checks a multi-word verb's other words around token v and
// returns how many tokens follow v (particles).
func verbWordsMatch(s *sentence, v int, vb *dict.Verb) (int, bool) {
	for k := 0; k < vb.Head; k++ {
		i := v - vb.Head + k
		if i < s.first || (s.norm(i) != vb.Words[k] && s.lemma(i) != vb.Words[k]) {
			return 0, false
		}
	}
	after := 0
	i := v + 1
	for k := vb.Head + 1; k < len(vb.Words); k++ {
		// A pronoun, adjective or adverb may come between a verb and its
		// particle ("called it off", "exchanged heavy fire"); a name may
		// not ("asked Germany for" is not "ask for").
		if i < s.last && s.norm(i) != vb.Words[k] && i+1 < s.last && s.norm(i+1) == vb.Words[k] && k == vb.Head+1 && (s.tag(i) == "PRP" || s.tag(i) == "JJ" || s.tag(i) == "RB") {
			i++
		}
		// "appealed on Monday to the army": a day between them too.
		if i+2 < s.last && k == vb.Head+1 && s.norm(i) == "on" && timeWords[s.norm(i+1)] && s.norm(i+2) == vb.Words[k] {
			i += 2
		}
		if i >= s.last || (s.norm(i) != vb.Words[k] && s.lemma(i) != vb.Words[k]) {
			return 0, false
		}
		i++
		after = i - v - 1
	}
	return after, true
}

// codeVerb codes one verb: pattern, actors, mood, and the events.
func (c *Coder) codeVerb(doc *parley.Doc, s *sentence, st *docState, v, vlen int, verbs []*dict.Verb) []parley.Event {
	end := c.verbScope(s, v, vlen)
	passive := isPassive(s, v) || reducedPassive(s, v)
	best := c.matchPatterns(s, v, vlen, end, verbs)
	if best == nil && c.opts.Literal && end < s.last {
		// TABARI patterns run on past the clause, up to a comma ("allowed
		// that Mordor isn't a really pleasant place").
		best = c.matchPatterns(s, v, vlen, commaAfter(s, end), verbs)
	}
	code, pair := verbs[0].Code, verbs[0].Pair
	if best != nil {
		code, pair = best.pattern.Code, best.pattern.Pair
	}
	if !c.opts.Literal && namingVerbs[s.lemma(v)] && v-2 >= s.first && s.norm(v-2) == "what" && s.tag(v-1) == "PRP" {
		return nil // "condemned what it called a massacre": the condemnation is the act
	}
	if !c.opts.Literal && best != nil && (code == "0256" || code == "1056") {
		// "called on Turkey to withdraw the notice": withdrawing a notice
		// or a bill is a change of policy, not a military pull-back.
		if at := c.askedVerb(s, v+vlen, end); at >= 0 && s.lemma(at) == "withdraw" && !c.withdrawsForces(s, at+1, c.requestEnd(s, at)) {
			code = code[:2] + "42"
		} else if c.askedByWords(s, v+vlen, end) == "082" {
			code = code[:2] + "52" // "urged the protesters to lift the blockades": easing dissent
		}
	}
	deniedAct := code == "" && best == nil && !c.opts.Literal && s.lemma(v) == "deny" && c.deniesAnAct(s, v+vlen, s.last)
	if deniedAct {
		// "denied targeting civilians": a denial of responsibility, whose
		// target is nobody the denied act names.
		code = "016"
	}
	if code == "" && !c.opts.Literal && (s.lemma(v) == "send" || s.lemma(v) == "dispatch") && c.sendsForcesToPlace(s, v+vlen+1, end) {
		// "Greece sent four warships to the southeastern Aegean", "sent
		// 50 more troops to the island's garrison": forces moved, not aid
		// to anyone.
		code = "154"
	}
	if code == "" && !c.opts.Literal && answerVerbs[s.lemma(v)] && v-2 > s.first && s.norm(v-1) == "to" && s.lemma(v-2) == "right" {
		code = "130" // "reserved the right to respond": a threat
	}
	announcesDissent := false
	if (code == "" || code == "130") && !c.opts.Literal && statementVerbs[s.lemma(v)] && c.dissentAhead(s, v+vlen, min(s.last, v+vlen+16)) {
		// "warning that the blockades would continue", "said they would
		// return to the streets on Friday": protest announced, a threat of
		// dissent against the speakers' own government.
		code, announcesDissent = "133", true
	}
	ordersForces := false
	if code == "" && !c.opts.Literal && (s.lemma(v) == "order" || s.lemma(v) == "instruct" || s.lemma(v) == "direct") {
		// "ordered the army to deploy in Luanda", "ordered the police to
		// recruit officers": mobilising forces (154) or police (153).
		if role := c.orderedForce(s, v+vlen+1, end); role != "" {
			code, ordersForces = "154", true
			if role == "COP" {
				code = "153"
			}
		}
	}
	authorOnly := false
	if code == "" && (best == nil || s.lemma(v) != "call") && !c.opts.Literal && namingVerbs[s.lemma(v)] && c.calledDenounced(s, v+vlen+1, end) {
		// "called the decision \"a hostile act\"", "calling the scheme a
		// cruel experiment": a denunciation of the act's author, and of
		// nobody the name itself mentions.
		code, authorOnly = "111", s.lemma(v) != "call"
	}
	if code == "" && best != nil && !c.opts.Literal && rootBetween(verbs[0].Code, "11", "12") && best.target == nil {
		// "condemned the attack on Wednesday": a pattern that keeps the
		// victim from being the target leaves the attack's author.
		code, pair, best, authorOnly = verbs[0].Code, verbs[0].Pair, nil, true
	}
	if code == "" {
		return nil
	}
	// "plans to visit", "refused to meet": a control verb with no pattern
	// of its own leaves the event to the verb it governs.
	if best == nil && !c.opts.Literal && governsInfinitive(s, v+vlen, end) && (intentWords[s.lemma(v)] || refusalWords[s.lemma(v)] || linking[s.lemma(v)]) {
		return nil
	}
	if !c.opts.Literal && code == "130" {
		// "warned Seoul that its troops would respond with force": a
		// threat is as specific as the act it threatens.
		if asked := c.askedAct(s, v+vlen, end); asked != "" && asked != "---" && rootBetween(asked, "13", "20") {
			if t := intentCode(asked); t != "" && t[:2] == "13" {
				code = t
			}
		}
	}
	var moreCodes []string
	if !c.opts.Literal && best != nil && strings.HasPrefix(code, "10") && thatAfter(s, v+vlen+1, end) > 0 {
		// "demanded that all armed groups hand their heavy weapons over to
		// the state": the that-clause's verb says what is demanded, not a
		// noun the demand pattern found inside it.
		if asked := c.askedAct(s, v+vlen, end); asked != "" && asked != "---" && asked[:2] != "02" && asked[:2] != "10" {
			if d := appealFor("10", asked); d != "100" {
				code = d
			}
		}
	}
	if !c.opts.Literal && (best == nil && (strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10")) || code == "020" || code == "100") {
		// "urged Kyiv and Moscow to agree to a ceasefire": an appeal or
		// demand is as specific as the act it asks for.
		asked := c.askedAct(s, v+vlen, end)
		if asked == "" || asked[:2] == "02" || asked[:2] == "10" || appealFor(code[:2], asked) == code[:2]+"0" {
			asked = c.askedByWords(s, v+vlen, end)
		} else if strings.HasPrefix(asked, "087") {
			if w := c.askedByWords(s, v+vlen, end); w == "082" {
				asked = w // "to lift the blockades": protesters' blockades, dissent eased
			}
		}
		if asked != "" {
			code = appealFor(code[:2], asked)
		}
		if (code == "020" || code == "100") && c.askedVerb(s, v+vlen, end) >= 0 {
			// "called on the government to expel Russian intelligence
			// officers", "demanded that Congress pass a law": a government
			// asked to act is asked to change its policy.
			code = code[:2] + "42"
		}
	}
	if !c.opts.Literal && best != nil && (code == "026" || code == "106") {
		// "urged New Delhi to settle the dispute through bilateral talks":
		// talks are the means; settling is what is asked.
		if at := c.askedVerb(s, v+vlen, end); at >= 0 && best.rightmost > at && (s.lemma(at) == "settle" || s.lemma(at) == "resolve") {
			code = code[:2] + "7"
		}
	}
	rallies := false
	if !c.opts.Literal && strings.HasPrefix(code, "02") {
		// "called on its supporters to march again on Saturday": calling
		// one's own people out is announcing a protest (133).
		if at := c.askedVerb(s, v+vlen, end); at >= 0 && ownFollowers(s, v+vlen+1, at) {
			if asked := c.askedAct(s, at-2, end); rootBetween(asked, "14", "14") || protestVerbs[s.lemma(at)] {
				code, rallies = "133", true
			}
		}
	}
	if !c.opts.Literal && strings.HasPrefix(code, "02") {
		// "called on the EU to press Pristina to free him": asking a third
		// party to bring pressure is an appeal for diplomatic
		// cooperation, whatever the pressure is for.
		if at := c.askedVerb(s, v+vlen, end); at >= 0 && pressVerbs[s.lemma(at)] {
			code = "022"
		}
	}
	if !c.opts.Literal && (strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10")) && code != "022" {
		if at := c.askedVerb(s, v+vlen, end); at >= 0 {
			moreCodes = c.moreRequests(s, code[:2], at)
		}
	}
	if code == "190" && !c.opts.Literal {
		code = c.weaponCode(s, v, end)
		if pair == "190" {
			pair = code // a gunbattle is small arms both ways
		}
	}
	if strings.HasPrefix(code, "19") && !c.opts.Literal && c.breachesCeasefire(s, v, end) {
		code = "196" // "opened fire ... in violation of the ceasefire"
	}
	var demanded *mention
	if (code == "141" || code == "142" || code == "143" || code == "144") && !c.opts.Literal {
		// "marched ... to demand the resignation of the president": a
		// protest, strike or blockade is as specific as its demand (1411
		// to 1444).
		if asked := c.askedAct(s, v+vlen, c.clauseEnd(s, v+vlen+1)); len(asked) == 4 && asked[:3] == "104" {
			code += asked[3:]
		} else if d := demandOf(s, v+vlen+1); d >= 0 {
			// ", demanding that the government stop Indian trawlers": a
			// demand for a change of policy, made of whom it names.
			leaf := "2"
			if asked := c.askedAct(s, d, c.clauseEnd(s, d+1)); len(asked) >= 2 {
				if demand := appealFor("10", asked); len(demand) == 4 && demand[:3] == "104" {
					leaf = demand[3:]
				}
			} else if own := c.ownCode(s, d); len(own) == 4 && own[:3] == "104" {
				leaf = own[3:] // ", demanding the resignation of the president"
			} else if own == "1053" {
				leaf = "" // "to demand the release of the party's founder": none of the four demands
			}
			code += leaf
			demanded = c.demandAddressee(s, d)
		}
	}
	if !c.opts.Literal && strings.HasPrefix(code, "10") && c.protestPurpose(s, v) {
		return nil // the demand is the protest's, coded with it
	}
	factCode := code
	mood := c.mood(s, v)
	if c.opts.Literal {
		mood.kind = moodFact
	}
	// A control verb with a pattern of its own ("threatened to strike" in
	// a THREATEN block) codes the whole; the infinitive then adds nothing.
	if (mood.kind == moodIntent || mood.kind == moodRefused) && mood.governor >= 0 && c.codedByOwnPattern(s, mood.governor) {
		return nil
	}
	if !c.opts.Literal && mood.kind == moodFact && (rootBetween(code, "01", "01") || rootBetween(code, "11", "12")) && standingPosition(s, v, code) {
		return nil // "He denies the charges", "Algiers has always denied interfering": a position held, not news
	}
	switch mood.kind {
	case moodNegated, moodHypothetical, moodGrounds:
		return nil
	case moodIntent:
		if !rootBetween(code, "15", "15") || c.opts.Literal {
			code, pair = intentCode(code), "" // (a show of force announced: see below, once its target is known)
		}
	case moodRefused:
		code, pair = refusalCode(code), ""
	case moodAppealed:
		return nil // the appeal verb itself carries the event
	}
	if code == "" {
		return nil
	}
	var src, tgt *mention
	if best != nil {
		src, tgt = best.source, best.target
	}
	if passive && src == nil && tgt != nil && !c.opts.Literal && tgt == c.agentOfPassive(s, v, end) {
		// "was hit by a Houthi drone" matching "* +": the actor after "by"
		// is the source; the target is the passive's subject.
		tgt = nil
	}
	if passive && src == nil && c.opts.Literal && c.agentOfPassive(s, v, end) == nil {
		// PETRARCH reads a passive with no "by" agent as active: "The
		// Philippines was criticized over its dispute with Eriador".
		passive = false
	}
	hostedTalks := false
	if (passive || s.tag(v) == "VBN") && src == nil && (code == "043" || code == "045") && !c.opts.Literal && meetingBefore(s, v) && v+1 < s.last && s.norm(v+1) == "by" {
		// "The talks in Baku, hosted by Azerbaijan and mediated by the
		// U.S. special envoy, ...": the host or mediator after "by", to
		// each side of the talks.
		for k := v + 2; k < s.last && k <= v+5; k++ {
			if m := s.mentionAt(k); m != nil && m.resolved().code != "" {
				src, tgt, hostedTalks = m.resolved(), nil, true
				if subj := sentenceSubject(s); subj != nil && subj != src && subj.last <= v && subj.code != "" && !subj.place {
					tgt = subj // "Syria's and Lebanon's defence ministers met at a meeting hosted by ..."
				}
				break
			}
		}
	}
	if passive && src == nil {
		src = c.agentOfPassive(s, v, end)
		if tgt == nil {
			tgt = c.subject(s, st, v, 0)
		}
		if tgt == nil {
			tgt = c.patientModifier(s, v)
		}
		if tgt == nil && code == "043" && !c.opts.Literal && v-1 > s.first && meetingNouns[s.lemma(v-1)] {
			// "delegations held talks in Istanbul, in a meeting hosted by
			// Turkey": the host receives those who met.
			if subj := sentenceSubject(s); subj != nil && subj != src && subj.last <= v {
				tgt = subj
			}
		}
		if src == nil && tgt != nil && !c.opts.Literal && (mood.kind == moodIntent || mood.kind == moodRefused) {
			// "Goita promised that the herders would be freed": the one who
			// promised or said it will be done.
			if that := thatBefore(s, s.first, v); that > s.first {
				for g := that - 1; g >= s.first && g >= that-4; g-- {
					if t := s.tag(g); t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" {
						if promiseVerbs[s.lemma(g)] || mood.kind == moodRefused && statementVerbs[s.lemma(g)] {
							// ("said the decree would not be withdrawn": a
							// refusal by whoever says so)
							src = c.subject(s, st, g, 0)
						}
						break
					}
				}
			}
		}
		if l := s.lemma(v); src == nil && tgt != nil && !c.opts.Literal && mood.kind == moodFact && relativeStart(s, v) < 0 && (l == "arrest" || l == "detain" || l == "seize" || l == "confiscate") {
			// "Two French journalists covering the protest were also
			// briefly detained": by whoever the article last told
			// detaining or dispersing people.
			src = c.lastEnforcer(st, v, tgt)
		}
		if src == nil && !c.opts.Literal && mood.kind == moodFact && (rootBetween(code, "15", "15") || rootBetween(code, "17", "17")) {
			// "the defence ministry said fighter jets were scrambled",
			// "Police said 23 supporters were arrested": the state body
			// that tells its own act.
			src = c.statingState(s, st, v)
		}
	}
	if src == nil && !passive && c.opts.Literal && best != nil && best.target != nil && best.leftmost >= 0 && best.leftmost < best.target.first && isVerbTag(s.tag(best.leftmost)) {
		// "Falastur noted that Cirith Ungol regretted" matching "NOTED + *":
		// the pattern's first verb is the source's.
		src = c.subject(s, st, best.leftmost, 0)
	}
	if src == nil && !passive {
		src = c.subject(s, st, mood.subjectAt(v), 0)
		if best != nil && best.compoundAfter && (src == nil || src == tgt) {
			src = tgt // "clashes between Gondor and Osgiliath": the members on each other
		}
	}
	if src == nil && !passive && !c.opts.Literal {
		// Where the linear reading finds no subject, the tree may: a
		// subject past a long modifier, a relative clause's noun.
		src = c.parsedSubject(s, st, v)
	}
	if src == nil && !passive && !c.opts.Literal {
		// "the two agreed that a joint technical committee would meet in
		// Baghdad": what the parties agreed is their own intent.
		if g := agreedThat(s, v); g >= 0 {
			src = c.subject(s, st, g, 0)
		}
	}
	if (src == nil || src.last-src.first == 1 && s.norm(src.first) == "they") && !passive && !c.opts.Literal && tgt == nil && reciprocal(code) && len(st.dyad) == 2 {
		// "X met Y on Monday. They signed an agreement": the pair.
		if k := theyBefore(s, v); k >= 0 {
			st.groups++
			for _, code := range st.dyad {
				s.extra = append(s.extra, mention{first: k, last: k + 1, code: code, group: st.groups})
			}
			src = &s.extra[len(s.extra)-2]
		}
	}
	if src == nil && !passive && !c.opts.Literal && rootBetween(code, "14", "14") {
		// "Tens of thousands protested in Slovakia": a crowd counted but
		// not named, of the country the sentence or the article is in.
		if k := v - 1; k > s.first && crowdCounts[s.norm(k)] && s.mentionAt(k) == nil {
			if country := c.storyCountry(s, st); country != "" {
				src = &mention{first: k, last: k + 1, code: country + "CVL", kind: dict.KindActor}
			}
		}
	}
	if src == nil && !passive && c.opts.Literal && c.opts.NewActorLength > 0 {
		src = c.textActorBefore(s, v)
	}
	if src == nil || src.code == "" && !src.text {
		return nil
	}
	if len(src.code) == 3 && (mood.kind == moodIntent || mood.kind == moodRefused) && !c.opts.Literal {
		src = c.speakerFor(s, st, v, src)
	}
	if rootBetween(code, "14", "14") && !c.opts.Literal && !src.person && isState(src.code) && (len(src.code) == 3 || src.code[3:6] == "GOV") {
		// "Estonia protested to Russia": a state protests by complaining
		// officially, not in the street, to the state it names after
		// "to" or "with".
		code, factCode = "114", "114"
		if tgt == nil {
			tgt = c.addressee(s, v+vlen+1, end)
		}
	}
	if tgt == nil && !passive && !deniedAct && !c.opts.Literal && actorObject(code) {
		tgt = c.objectPronoun(s, st, v, v+vlen+1, src)
	}
	if tgt == nil && !passive && !deniedAct {
		objEnd := groundsStart(s, v+vlen+1, end)
		if at := c.askedVerb(s, v+vlen, end); at >= 0 && !c.opts.Literal && (rootBetween(code, "02", "02") || rootBetween(code, "10", "10")) && s.norm(at-1) == "to" {
			// "urged the government to release Machar": the addressee,
			// not whoever is to be released.
			objEnd = min(objEnd, at-1)
		}
		tgt = c.object(s, v+vlen+1, objEnd, src)
		if tgt == nil && c.opts.Literal && !rootBetween(code, "01", "01") {
			// TABARI and PETRARCH-1 take the first actor after the verb,
			// past the clause ("begun to question whether he has a
			// future with the Morgul Orcs"), though not past a comma nor
			// into what a statement says.
			tgt = c.object(s, v+vlen+1, commaAfter(s, end), src)
		}
	}
	if tgt == nil && !passive && c.opts.Literal && c.opts.NewActorLength > 0 {
		tgt = c.textActorAfter(s, v+vlen+1, end)
	}
	if rallies || announcesDissent || rootBetween(code, "14", "14") && tgt != nil && tgt.resolved().code == src.code && !c.opts.Literal {
		// ("began a hunger strike to protest against their detention": not
		// against themselves)
		tgt = c.ownGovernment(src, code, v)
	}
	if authorOnly || ordersForces || s.lemma(v) == "join" && rootBetween(code, "14", "14") && !c.opts.Literal {
		tgt = nil // ("joined the march": a protest's own target, not the march)
	}
	if !passive && !c.opts.Literal && (rootBetween(code, "11", "12") && !strings.HasPrefix(code, "124") || rootBetween(code, "05", "05") && code != "057") {
		// (signing "the memorandum" is with the other signatory, not
		// aimed at whoever drafted it)
		from, to := v+vlen+1, end
		if k := v + max(vlen, 1); k+3 < s.last && s.norm(k) == "what" && s.tag(k+1) == "PRP" && s.lemma(k+2) == "call" {
			// "condemned what it called a barbaric massacre"
			from, to = k+4, c.clauseEnd(s, k+3)
		}
		if author := c.namedActAuthor(s, st, from, to, src); author != nil {
			tgt = author
		}
	}
	if authorOnly && tgt == nil {
		return nil
	}
	if tgt != nil && tgt.inferred && !c.opts.Literal && len(tgt.code) >= 6 && stateForces[tgt.code[3:6]] && isState(src.code) && c.country(src.code) != c.country(tgt.code) && !rootBetween(code, "10", "13") {
		// "Burundi's defence ministry put the army on alert": a bare "the
		// army" after a state's verb is its own, whoever the article
		// last called the army. (Whom a state accuses, blames, threatens
		// or makes demands of is someone else's: "the Russian embassy in
		// Riga accused border guards of mistreating ...".)
		own := *tgt
		own.code = c.country(src.code) + tgt.code[3:]
		tgt = &own
	}
	if code == "114" && src != nil && tgt == nil && src.inferred && !c.opts.Literal {
		// (the object was passed over as the source's own envoy)
		for k := v + 1; k < end && k <= v+4; k++ {
			if m := s.mentionAt(k); m != nil && !m.place && m.code != "" {
				if c.country(m.code) == c.country(src.code) {
					tgt = m.resolved()
				}
				break
			}
		}
	}
	if code == "114" && src != nil && tgt != nil && src.inferred && !c.opts.Literal && c.country(src.code) == c.country(tgt.code) && len(src.code) == 6 {
		// "The foreign ministry summoned China's ambassador in The Hague":
		// no state summons its own envoy; the ministry is the host's.
		host := c.sentencePlaceCountry(s)
		if host == "" || host == c.country(tgt.code) {
			host = st.dateline
		}
		if host != "" && host != c.country(tgt.code) {
			own := *src
			own.code, own.inferred = host+src.code[3:], false
			src = &own
		}
	}
	if tgt != nil && !c.opts.Literal && c.actsOnItself(src, tgt, factCode) {
		// "Romania scrambled its jets", "send air defences to Romania": a
		// state does not act on its own forces or on itself; the next actor
		// in the clause is the target, if any.
		tgt = c.object(s, tgt.last, end, src)
		if tgt != nil && c.actsOnItself(src, tgt, factCode) {
			tgt = nil
		}
	}
	if tgt != nil && tgt.place && !tgt.destination && best == nil {
		tgt = nil
	}
	if tgt == nil && !passive && !c.opts.Literal && rootBetween(code, "18", "20") {
		tgt = c.placeUnderAttack(s, v+vlen+1, end)
	}
	if tgt != nil && !passive && !c.opts.Literal && rootBetween(code, "14", "14") {
		if d := demandOf(s, v+vlen+1); d >= 0 && tgt.first > d && (tgt.inferred || !isCapitalised(s.text(tgt.first))) {
			tgt = nil // "marched to demand better public hospitals and schools": what, not whom
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && rootBetween(code, "14", "14") {
		tgt = c.protestedActor(s, v+vlen+1, src)
		if tgt == nil && demanded != nil && demanded != src && demanded.code != src.code &&
			!(len(demanded.code) >= 6 && peopleRoles[demanded.code[3:6]] && !isCapitalised(s.text(demanded.first))) {
			// ("to demand better hospitals and schools": what is demanded,
			// not of whom)
			tgt = demanded
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && strings.HasPrefix(code, "141") && len(src.code) >= 6 && protesterRoles[src.code[3:6]] {
		tgt = c.courtOutside(s, v, end, src) // "rallied outside the courthouse to demand his release"
	}
	if tgt == nil && !passive && !c.opts.Literal && rootBetween(code, "13", "13") {
		tgt = conditionedActor(s, v+vlen, src) // "would return to the road if Congress did not vote"
	}
	if tgt == nil && !passive && !c.opts.Literal {
		tgt = c.ownGovernment(src, code, v)
	}
	tgt = c.refinePlaceTarget(s, tgt, v, end, code)
	if (tgt == nil || tgt.place) && !passive && !c.opts.Literal && code == "0873" && len(src.code) >= 6 && nonState[src.code[3:6]] && c.country(src.code) != "" {
		// "PKK fighters burned their rifles": disarming towards the state
		// they fought.
		tgt = &mention{first: v, last: v + 1, code: c.country(src.code), kind: dict.KindCountry, implied: true}
	}
	if tgt != nil && tgt.place && rootBetween(code, "18", "20") && !c.opts.Literal {
		// "struck hideouts of the Pakistani Taliban in Afghanistan": the
		// actor struck, not the ground it was struck on.
		if o := c.object(s, v+vlen+1, tgt.first, src); o != nil {
			tgt = o
		}
	}
	if (tgt == nil || tgt.place) && !passive && !c.opts.Literal && rootBetween(code, "18", "20") {
		// "captured a naval base on the outskirts of Kyaukphyu",
		// "attacked an army post near Tera": the army that held it.
		if k := militaryPostAfter(s, v+vlen+1, end); k >= 0 {
			country := ""
			if tgt != nil {
				country = c.country(tgt.code)
			} else if k > s.first && s.tag(k-1) == "PRP$" {
				// "attacked its positions": the owner's forces
				if owner := c.resolvePronounExcept(s, st, k-1, src.code); owner != nil {
					country = c.country(owner.code)
				}
			}
			if country != "" {
			} else if country = st.roles["MIL"]; country == "" {
				country = c.sentencePlaceCountry(s)
			}
			if country == "" && len(src.code) >= 6 && nonState[src.code[3:6]] {
				country = c.country(src.code) // gunmen storming a post fight their own state's army
			}
			role := "MIL"
			if k > s.first && s.norm(k-1) == "police" {
				role = "COP"
			}
			if country != "" && country != c.country(src.code) || country != "" && len(src.code) >= 6 && nonState[src.code[3:6]] {
				tgt = &mention{first: k, last: k + 1, code: country + role, kind: dict.KindActor}
			}
		}
	}
	if tgt != nil && !c.opts.Literal && reciprocal(code) && !rootBetween(code, "18", "20") && len(s.members(src)) > 1 && (commaBetween(s, v, tgt.first) || c.memberCountry(s, src, tgt)) {
		tgt = nil // "Lebanon and Syria have signed a memorandum ..., days after clashes between ...": with each other
	}
	if tgt != nil && tgt.inferred && reciprocal(code) && !rootBetween(code, "18", "20") && len(s.members(src)) > 1 {
		tgt = nil // "the two leaders signed a memorandum on air defence": with each other
	}
	if tgt == nil && !passive && !c.opts.Literal && code == "0842" {
		// "Police released the trawler": returned to whoever the article
		// said it was seized from.
		for a := range st.recentActs(12) {
			if a.code == "1711" && a.target != "" && a.target != src.code {
				tgt = &mention{first: v, last: v + 1, code: a.target, implied: true}
				break
			}
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && strings.HasPrefix(code, "171") {
		// "set fire to dozens of homes": the people whose homes they were.
		tgt = c.propertyOwners(s, st, v+vlen+1, end)
	}
	if tgt == nil && !c.opts.Literal && code == "1711" && src != nil {
		// "The marines seized 40 rifles ... at the ranch", "detaining 20
		// staff and seizing computers": from whom the seizer was just
		// acting against.
		tgt = c.lastTargetOf(st, src, v)
	}
	if !passive && !c.opts.Literal && rootBetween(code, "18", "20") && (tgt == nil || tgt.place && tgt.kind == dict.KindCountry) {
		// "bombed a village, killing 11 civilians": the people the act
		// killed are whom it struck; "struck targets in southern Lebanon,
		// killing three Hezbollah fighters": the fighters, not the land.
		if cas := c.casualties(s, st, end, src); cas != nil && (tgt == nil || len(cas.code) >= 6 && cas.code[3:6] != "CVL") {
			tgt = cas
		}
		if tgt == nil {
			tgt = harmedBefore(s, v, src) // "a police officer was wounded when Maoists set off a roadside bomb"
		}
	}
	if !passive && !c.opts.Literal && rootBetween(code, "18", "20") && (tgt == nil || tgt.place) {
		if src != nil {
			// "A Russian drone struck a municipal bus in Kherson": the
			// people on board, civilians of the place.
			if k := civilianObject(s, v+vlen, end); k >= 0 {
				if country := c.objectCountry(s, k, end, tgt); country != "" {
					tgt = &mention{first: k, last: k + 1, code: country + "CVL", kind: dict.KindActor}
				}
			}
		}
	}
	if tgt == nil && src != nil && !passive && !c.opts.Literal && rootBetween(code, "18", "20") {
		// "Russian drones struck the Danube port of Izmail", "shelled
		// residential districts along the Dnipro": ground or a building
		// struck is its country's, the place the clause or the story names.
		if k := groundObject(s, v+vlen+1, end); k >= 0 {
			country := c.placeCountryAfter(s, k, end)
			if country == "" {
				country = c.sentencePlaceCountry(s)
			}
			if country == "" {
				country = st.dateline
			}
			if country != "" && country != c.country(src.code) {
				tgt = &mention{first: k, last: k + 1, code: country, kind: dict.KindCountry, implied: true}
			}
		}
	}
	if tgt != nil && !passive && !c.opts.Literal && strings.HasPrefix(code, "16") && len(tgt.code) >= 6 && tgt.code[3:6] == "CVL" && !tgt.implied && tgt.last > tgt.first {
		if l := s.lemma(tgt.last - 1); l == "citizen" || l == "national" {
			// "suspended visa-free travel for Georgian citizens": a measure
			// on a whole people is aimed at their country.
			country := *tgt
			country.code = tgt.code[:3]
			tgt = &country
		}
	}
	if tgt != nil && !passive && !c.opts.Literal && len(tgt.code) >= 6 && tgt.code[3:6] == "CVL" {
		// "killed at least 120 civilians": mass killing (202); "deported
		// more than 25,000 Afghans": mass expulsion (201).
		if n := countBefore(s, tgt.first); n >= 100 && (code == "190" || code == "193" || code == "195" || code == "194" || strings.HasPrefix(code, "18")) && s.lemma(v) == "kill" {
			code = "202"
		} else if n >= 10000 && code == "174" {
			code = "201"
		}
	}
	each := !c.opts.Literal && v > s.first && s.norm(v-1) == "each" && !rootBetween(code, "18", "20") && !aidCode(code)
	if tgt == nil && (reciprocal(code) || pair == code && !c.opts.Literal || each) && len(s.members(src)) > 1 && !(rootBetween(code, "18", "20") && c.agentObject(s, v+vlen+1, end)) {
		// ("Russia and Ukraine each freed 185 prisoners": each to the other)
		// (an act the dictionary pairs with itself, "exchanged prisoners",
		// is mutual too)
		// "Ukrainian and Russian negotiators met", "the two sides signed":
		// a symmetric act between the members of a compound subject;
		// "Rwandan and Mozambican troops killed 15 insurgents" is not.
		return c.emitReciprocal(doc, s, v, src, code, triggerSpan(doc, s, v, vlen, best), mood.kind)
	}
	if tgt == nil && !passive && !c.opts.Literal && (rootBetween(code, "13", "13") || rootBetween(code, "10", "10")) {
		// "warned on Wednesday that Hamas would pay a heavy price": a
		// threat or demand is made of its that-clause's subject.
		if that := thatAfter(s, v+vlen+1, end); that > s.first {
			if d := c.demandAddressee(s, that-1); d != nil && d != src && c.country(d.code) != c.country(src.code) {
				tgt = d
			}
		}
	}
	if !passive && !c.opts.Literal && strings.HasPrefix(code, "13") && answerVerbs[s.lemma(v)] {
		// "Kim warned Seoul that North Korean troops would respond with
		// force": one threat, the warner's.
		if g, that := warnerOf(s, v); g >= 0 {
			// ("North Korea warned Seoul that its troops would respond":
			// "its" is the warner's)
			owned := s.tag(src.first) == "PRP$" || src.first > s.first && s.tag(src.first-1) == "PRP$"
			if w := c.subject(s, st, g, 0); w != nil && w.code != "" && (c.country(w.code) == c.country(src.code) || owned) {
				src = w
				if warned := c.object(s, g+1, that, src); tgt == nil && warned != nil {
					tgt = warned // ("warned Seoul that ...")
				}
			}
		}
	}
	if tgt != nil && !passive && !c.opts.Literal && strings.HasPrefix(code, "09") && tgt.last+1 < s.last && s.tag(tgt.last) == "POS" && harmNouns[s.lemma(tgt.last+1)] {
		tgt = nil // "into the protester's death": the dead are no suspects
	}
	if tgt == nil && !passive && !c.opts.Literal && strings.HasPrefix(code, "09") {
		// "opened an investigation into the organisers' finances", "into
		// the attack": into whom the inquiry looks.
		tgt = c.inquiredInto(s, st, v+vlen, end, src)
		if code == "093" && tgt != nil && len(tgt.code) >= 6 && !armedRoles[tgt.code[3:6]] {
			code = "091" // "into the attack" by settlers: a crime, not military action
		}
	}
	if strings.HasPrefix(code, "13") && mood.kind == moodIntent && src != nil && !passive && !c.opts.Literal && (roleOf(src.code) == "MIL" || roleOf(src.code) == "COP") {
		// "the president vowed that the army would hunt down the
		// attackers": the threat is the speaker's, made for his forces.
		if spk := c.statingState(s, st, v); spk != nil && roleOf(spk.code) == "GOV" && c.country(spk.code) == c.country(src.code) {
			src = spk
		}
	}
	if (code == "062" || code == "0312") && tgt != nil && !c.opts.Literal && len(tgt.code) >= 6 && (tgt.code[3:6] == "REB" || tgt.code[3:6] == "CRM") {
		tgt = nil // "joint operations against the insurgents": with each other, not with them
	}
	if l := s.lemma(v); (l == "repel" || l == "repulse") && rootBetween(code, "19", "19") && tgt != nil && !passive && !c.opts.Literal {
		// "troops repelled a Russian assault": the assault was made on
		// them, and they fought it off; the attackers are an army.
		if len(tgt.code) == 3 && tgt.kind == dict.KindAdjective && tgt.last < s.last && armedAttackNouns[s.lemma(tgt.last)] {
			army := *tgt
			army.code += "MIL"
			tgt = &army
		}
		if pair == "" {
			pair = code
		}
	}
	if code == "137" && mood.kind == moodIntent && tgt != nil && !c.opts.Literal && (roleOf(tgt.code) == "REB" || roleOf(tgt.code) == "CRM") {
		code = "138" // "vowed to crush the militants": force, not repression, against an armed group
	}
	if tgt == nil && !passive && !c.opts.Literal && code == "137" && src != nil && anyoneWarned(s, v+vlen, end) {
		// "warned that anyone who obstructed the drive would be
		// arrested": the threat is aimed at the article's protesters, or
		// at the armed men the article told of.
		if tgt = c.lastProtesters(st, c.country(src.code), v); tgt == nil && st.attacker != "" && c.country(st.attacker) == c.country(src.code) && len(st.attacker) >= 6 && nonState[st.attacker[3:6]] {
			tgt = &mention{first: v, last: v + 1, code: st.attacker, implied: true}
		}
	}
	if tgt != nil && !passive && !c.opts.Literal && strings.HasPrefix(code, "13") && src != nil && c.country(tgt.code) == c.country(src.code) && protectedBy(s, tgt.first) {
		// "would take all necessary measures to protect its fishermen":
		// the protected are no target of the threat; whoever it answers is.
		tgt = c.respondedTo(s, st, v+vlen, end, src)
	}
	if tgt == nil && !passive && !c.opts.Literal && strings.HasPrefix(code, "13") && answerVerbs[s.lemma(v)] {
		// "Seoul would respond sternly to any provocation", "reserved the
		// right to respond": a threat to whoever the response would answer.
		tgt = c.respondedTo(s, st, v+vlen, end, src)
	}
	if !passive && !c.opts.Literal && (rootBetween(code, "07", "07") || strings.HasPrefix(code, "033")) {
		// "send fuel to Cuba": the country aid goes to receives it, before
		// whatever the aid is for ("to help hospitals").
		if r := c.recipient(s, v+vlen+1, end); r != nil && (tgt == nil || r.first < tgt.first) {
			tgt = r
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && (rootBetween(code, "18", "20") || strings.HasPrefix(code, "173") || strings.HasPrefix(code, "175")) {
		tgt = c.domesticObject(s, v+vlen+1, end, src)
	}
	if tgt == nil && !passive && !c.opts.Literal && rootBetween(code, "18", "20") && answersForce[s.lemma(v)] {
		// "Indian troops returned fire": at whoever last fired on them,
		// in this sentence ("Cambodian troops had fired rockets ..., and
		// Thai artillery had returned fire") or before it.
		attacker := st.attacker
		for i := len(st.current) - 1; i >= 0; i-- {
			if e := st.current[i]; rootBetween(e.Code, "18", "20") && c.country(e.Source.Code) != c.country(src.code) {
				attacker = e.Source.Code
				break
			}
		}
		if attacker != "" && c.country(attacker) != c.country(src.code) {
			tgt = &mention{first: v, last: v + 1, code: attacker, implied: true} // the attacker, named earlier
		}
	}
	if !c.opts.Literal && code == "145" && best != nil && src != nil {
		// "Miners threw stones at officers": as specific as the protest it
		// belongs to, and officers stoned in a protest are its police.
		code += c.protestLeaf(st, src.code)
		if tgt != nil && len(tgt.code) == 6 && tgt.code[3:] == "MIL" && s.lemma(tgt.last-1) == "officer" {
			cop := *tgt
			cop.code = tgt.code[:3] + "COP"
			tgt = &cop
		}
	}
	if !c.opts.Literal && !passive && (code == "1711" || code == "1712" || rootBetween(code, "18", "19") && tgt != nil) && !attempted(s, v) && c.protesting(s, st, src) {
		// "protesters set fire to a police station", "crowds looted
		// shops", "protesters fired arrows at officers": a violent
		// protest (145), against the police whose station burned or
		// whom the crowd attacked, or else the government; as specific
		// as the protest it belongs to.
		code = "145" + c.protestLeaf(st, src.code)
		if tgt == nil || !strings.HasSuffix(tgt.code, "COP") {
			tgt = c.policeProperty(s, v+vlen+1, end, src)
		}
		if tgt == nil {
			tgt = c.ownGovernment(src, code, v)
		}
	}
	if code == "020" && !c.opts.Literal && tgt != nil && tgt.person && s.lemma(v) == "call" && v+1 < s.last && s.norm(v+1) == "on" && c.askedVerb(s, v+vlen, end) < 0 && !strings.Contains(doc.SpanText(triggerSpan(doc, s, v, vlen, best)), " for") {
		// "called on External Affairs Minister S Jaishankar on Monday
		// evening": a courtesy call, a meeting, when nothing is asked.
		code = "040"
	}
	if code == "036" && factCode == "043" && !c.opts.Literal && tgt != nil && len(s.members(tgt)) > 1 {
		// "he would host Israeli and Syrian delegations in Baku": an offer
		// to bring two other parties together is an offer to mediate.
		code = "039"
	}
	if code == "112" && factCode == "112" && !c.opts.Literal && tgt != nil {
		// "accused the army on Tuesday of striking a civilian convoy": an
		// accusation is as specific as the act it charges.
		if kind := c.accusedOf(s, tgt.last, end, tgt); kind != "" {
			code = kind
		}
	}
	if code == "016" && tgt != nil && !passive && !c.opts.Literal && tgt.first > v {
		// "denied any link to the group", "denied involvement in the
		// attack on the embassy": what the denial ties it to is no accuser.
		if p := c.prevWord(s, tgt.first); p == "to" || p == "with" || p == "in" || p == "on" {
			tgt = nil
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && code == "175" && src != nil {
		// "fired tear gas to disperse his supporters": the group of the
		// man the article named.
		for k := v + vlen; k+1 < end && k <= v+vlen+3; k++ {
			if s.tag(k) == "PRP$" && memberNouns[s.lemma(k+1)] {
				if owner := c.resolvePronoun(s, st, k); owner != nil && len(owner.code) >= 6 && (owner.code[3:6] == "OPP" || nonState[owner.code[3:6]]) {
					tgt = &mention{first: k, last: k + 2, code: owner.code[:6], kind: dict.KindActor}
				}
				break
			}
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && code == "175" && src != nil {
		// "Police cleared two of the blockades with tear gas", "fired tear
		// gas to disperse the crowd": the article's protesters, or those
		// the sentence goes on to tell marching ("fired tear gas ... as
		// thousands of party supporters marched").
		if tgt = c.lastProtesters(st, c.country(src.code), v); tgt == nil {
			tgt = c.marchersAfter(s, v, src)
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && code == "1721" && !internetAfter(s, v+vlen, end) {
		// "banned the gathering": a ban on assembly is aimed at those who
		// would assemble: the opposition it names, or the article's
		// protesters. (An internet shutdown is aimed at nobody named.)
		tgt = c.assemblyBanned(s, st, v, v+vlen+1, end, src)
	}
	if code == "127" && tgt != nil && !c.opts.Literal && offeredTalks(st, tgt.code) {
		// "rejected Seoul's offer": the offer was of talks, so it is a
		// rejected proposal to negotiate (125), not a rejected plan.
		code = "125"
	}
	if !c.opts.Literal && (code == "120" || code == "127" || code == "1232") && rejectVerbs[s.lemma(v)] {
		// "Ajaero rejected the appeal": a rejection is of what was asked
		// or offered, and aimed at whoever asked or offered it.
		if kind := requestNounAfter(s, v+vlen+1, end); kind != "" {
			owner := ""
			if tgt != nil {
				owner = tgt.code
			}
			if rc, author := c.rejectedRequest(st, kind, c.country(src.code), owner); rc != "" {
				code = rc
				if tgt == nil || tgt.code != author && c.country(tgt.code) == c.country(author) && len(tgt.code) <= 3 {
					tgt = &mention{first: v, last: v + 1, code: author, implied: true} // the asker, named earlier
				}
			}
		}
	}
	if !c.opts.Literal && strings.HasPrefix(code, "12") && tgt != nil && len(tgt.code) == 3 && rejectVerbs[s.lemma(v)] && tgt.first > v && tgt.first <= v+3 && s.tag(tgt.first) == "JJ" {
		// "rejected the Syrian demand for a withdrawal": the demand was
		// made by someone; the author the article named for it.
		if kind := requestNounAfter(s, v+vlen+1, end); kind != "" {
			if _, author := c.rejectedRequest(st, kind, c.country(src.code), tgt.code); author != "" && author != tgt.code && c.country(author) == tgt.code {
				tgt = &mention{first: tgt.first, last: tgt.last, code: author, kind: dict.KindActor}
			}
		}
	}
	if tgt == nil && !c.opts.Literal && (code == "045" || code == "039") && reducedPassive(s, v) {
		// "Russia and Ukraine exchanged prisoners in a deal brokered by the
		// UAE": the mediation is between the sentence's parties.
		if subj := sentenceSubject(s); subj != nil && subj != src && len(s.members(subj)) > 1 {
			tgt = subj
		}
	}
	if tgt == nil && !passive && !c.opts.Literal && (rootBetween(code, "12", "12") || strings.HasPrefix(code, "05") || rootBetween(code, "11", "11") || code == "0871") {
		// "rejected a US-backed roadmap", "accepted the Egyptian-brokered
		// proposal": the plan's backer.
		tgt = c.planBacker(s, st, v+vlen+1, end)
	}
	if !c.opts.Literal && code == "1711" && tgt != nil && len(tgt.code) >= 6 && peopleRoles[tgt.code[3:6]] && seizedPeople(s, v+vlen+1, tgt) {
		// "seized 14 Bangladeshi fishermen": people, not property, are
		// seized: abducted by an armed group, arrested by a state.
		code = "173"
		if len(src.code) >= 6 && nonState[src.code[3:6]] {
			code = "181"
		}
	}
	if !c.opts.Literal && strings.HasPrefix(code, "144") && tgt != nil && len(tgt.code) == 3 {
		// "blocked crossings on the border with Ukraine": roads, not a
		// state; whom the blockade's demand is made of ("demanding that
		// Germany stop sending migrants back"), else the protesters' own
		// government.
		if demanded != nil && demanded != src && demanded.code != src.code && isState(demanded.code) {
			tgt = demanded
		} else {
			tgt = c.ownGovernment(src, code, v)
		}
	}
	if !c.opts.Literal && code == "154" && len(src.code) >= 6 && src.code[3:6] == "COP" {
		code = "153" // "police deployed armoured vehicles": more police power, not armed forces
	}
	if !c.opts.Literal && (code == "152" || code == "153" || code == "154") {
		// Raising alert, police power or forces is done, not done to
		// someone: "sent soldiers to the border with Haiti" has no target.
		tgt = nil
	}
	if !c.opts.Literal && (code == "1053" || code == "0253") && (tgt == nil || releaseOfBefore(s, v, tgt.first) || toBeReleased(s, tgt.last) || releaseAfter(s, tgt.last)) {
		// "demanded the immediate release of the crew", "called for
		// Lissu's release": of whoever holds them, the author of the
		// article's last detention or seizure; never the people to be
		// freed.
		freed := tgt
		tgt = c.lastCaptor(st, v, src)
		if tgt == nil && freed != nil && c.country(freed.code) != "" && c.country(freed.code) != c.country(src.code) {
			// "the embassies called for Lissu's release": of the state
			// that holds him, his own
			tgt = &mention{first: freed.first, last: freed.last, code: c.country(freed.code) + "GOV", implied: true}
		}
		if tgt != nil && len(tgt.code) == 6 && stateForces[tgt.code[3:6]] && c.country(src.code) != tgt.code[:3] {
			// a foreign state asks the captors' government
			held := *tgt
			held.code = tgt.code[:3] + "GOV"
			tgt = &held
		}
	}
	if tgt == nil && !c.opts.Literal && len(code) == 4 && (strings.HasPrefix(code, "083") || strings.HasPrefix(code, "123")) {
		// "he would not resign", "the government repealed the law": an
		// answer to whoever the article said demanded it.
		if asker := c.reformAsker(st, code[3:], c.country(src.code)); asker != "" {
			tgt = &mention{first: v, last: v + 1, code: asker, implied: true}
		}
	}
	if tgt == nil && !c.opts.Literal && (code == "045" || code == "039") {
		// "The talks were brokered by China": between the parties to the
		// article's last agreement or talks.
		tgt = c.mediatedParties(s, st, v, src)
	}
	if tgt == nil && !c.opts.Literal && code == "043" && (talksAfter(s, v+vlen, end) || hostedTalks) {
		// "The State Department, which hosted the talks": each side of
		// the talks the article told.
		tgt = c.mediatedParties(s, st, v, src)
	}
	if (tgt == nil || c.country(tgt.code) == c.country(src.code)) && code == "042" && !passive && !c.opts.Literal && s.lemma(v) == "arrive" {
		// "Wong, who arrived on Wednesday for a two-day visit": in the
		// country the sentence or the dateline places the story.
		if host := c.storyHost(s, st, src, v); host != nil {
			tgt = host
		}
	}
	if tgt != nil && tgt.inferred && !c.opts.Literal && len(tgt.code) == 6 && (tgt.code[3:6] == "GOV" || tgt.code[3:6] == "LEG" || tgt.code[3:6] == "JUD") && len(src.code) >= 6 && domesticRoles[src.code[3:6]] && !transnational[src.code[:3]] && c.country(src.code) != c.country(tgt.code) && c.country(src.code) != "" {
		// "Vox accused the government of abandoning Ceuta", "protested
		// outside parliament": a party's, a union's or a crowd's "the
		// government" or "parliament" is their own.
		own := *tgt
		own.code = c.country(src.code) + tgt.code[3:6]
		tgt = &own
	}
	if tgt != nil && !c.opts.Literal && !tgt.implied && tgt.first > v && len(tgt.code) >= 6 && strings.HasSuffix(tgt.code, "MED") && tgt.first > s.first {
		// "rejected the accusation in a statement read on state
		// television", "carried by state media": the channel, not whom the
		// act is aimed at.
		if p := s.norm(tgt.first - 1); p == "on" || p == "by" || p == "via" || p == "through" || p == "state" && tgt.first-2 > s.first && s.norm(tgt.first-2) == "on" {
			tgt = nil
		}
	}
	if code == "030" && s.lemma(v) == "accept" && tgt != nil && !c.opts.Literal {
		// "the COB accepted the church's offer": the offer the church made,
		// to mediate (038) or to meet (036).
		for a := range st.recentActs(0) {
			if a.source == tgt.resolved().code {
				if a.code == "039" || a.code == "045" {
					code = "038"
				} else if a.code == "036" {
					code = "036"
				}
				if a.code == "039" || a.code == "045" || a.code == "036" {
					break
				}
			}
		}
	}
	if code == "015" && s.lemma(v) == "confirm" && !c.opts.Literal {
		// "Ukraine's General Staff confirmed the strike": a claim only of
		// an attack by the confirmer's own side.
		own := false
		for _, a := range st.acts {
			own = own || rootBetween(a.code, "18", "20") && c.country(a.source) == c.country(src.code)
		}
		if !own {
			return nil
		}
		tgt = nil
	}
	if tgt == nil && !passive && !c.opts.Literal && rootBetween(code, "18", "20") && definiteAfter(s, v+vlen, end) && c.saidBySelf(s, st, v, src) {
		// "JNIM said it had carried out the raid": a claim of
		// responsibility for the attack the article told.
		code = "015"
	}
	if tgt == nil && !passive && !c.opts.Literal && (code == "073" || code == "0333") {
		// "Australia announced $A5 million in humanitarian assistance",
		// "a C-130 landed at Labasa with tarpaulins": relief whose
		// recipient goes unsaid goes to the country the story is told from
		// or about: the sentence's place, else the country the article's
		// earlier relief went to ("Mexico has sent two navy ships ... to
		// eastern Cuba ... Canada and Spain also pledged emergency funds"),
		// else the dateline's or the last place's.
		if c.sentencePlaceCountry(s) == "" {
			tgt = c.earlierAidRecipient(st, src, v)
		}
		if tgt == nil {
			tgt = c.storyHost(s, st, src, v)
		}
	}
	if c.opts.RequireTarget && tgt == nil && !targetOptional(code) && (c.opts.Literal || !strings.HasPrefix(code, "023")) {
		// (An appeal for aid is coded with no target: "appealed for
		// international aid" is made to donors no one names.)
		// No event, but the act is remembered for what refers to it later
		// ("the UN envoy welcomed the ceasefire").
		if !c.opts.Literal {
			act := pastAct{source: src.code, code: code}
			for _, m := range s.members(src) {
				act.sources = append(act.sources, m.code)
			}
			for _, w := range strings.Fields(doc.SpanText(triggerSpan(doc, s, v, vlen, best))) {
				if sm := stem(w); sm != "" {
					act.stems = append(act.stems, sm)
				}
			}
			st.acts = append(st.acts, act)
		}
		return nil
	}
	if tgt != nil && !c.opts.Literal && !tgt.implied && tgt.last+1 < s.last && s.norm(tgt.last) != "'s" {
		// "detained 40 people on board, including Spanish, Malaysian and
		// Turkish citizens": the people the list names.
		for k := tgt.last; k+1 < s.last && k < tgt.last+4; k++ {
			if s.norm(k) == "including" {
				if m := s.mentionAt(k + 1); m != nil && m.first == k+1 && m.code != "" && !m.place && len(m.code) >= 6 {
					tgt = m
				}
				break
			}
		}
	}
	if tgt != nil && isVisit(code) && !c.opts.Literal && c.country(tgt.code) == c.country(src.code) {
		return nil // "the president visited wounded soldiers": a visit at home is no diplomacy
	}
	if tgt != nil && (isVisit(factCode) || rootBetween(factCode, "18", "20")) && tgt.kind == dict.KindCapital {
		// "visited Kyiv": the host of a visit to a capital is the country;
		// "missiles struck Kyiv": so is the target of force (the city and
		// its people, not the government the capital stands for elsewhere).
		host := *tgt
		host.place = true
		tgt = &host
	}
	trig := triggerSpan(doc, s, v, vlen, best)
	if mood.kind == moodIntent && !c.opts.Literal && rootBetween(code, "15", "15") && tgt != nil {
		// "the government would deploy 500 more soldiers to the river
		// basins": an announced deployment at home mobilises (15x); aimed
		// at someone, it is a threat.
		code = intentCode(code)
	}
	if tgt != nil && !tgt.implied && !c.opts.Literal && strings.HasPrefix(code, "172") && tgt.first > v && openerBetween(s, v, tgt.first) {
		// "declared a state of prevention ..., hours after suspected members
		// of the Barrio 18 gang ambushed a patrol": emergency rule restricts
		// no one the later clause names.
		tgt = nil
	}
	if tgt != nil && tgt.place && !c.opts.Literal && targetOptional(code) && c.country(tgt.code) == c.country(src.code) {
		tgt = nil // "lifted the curfew it had imposed in Bissau": the place is its own ground
	}
	if tgt != nil && !c.opts.Literal && targetOptional(code) && tgt.resolved().code == src.resolved().code {
		tgt = nil // "claimed responsibility in a statement on its radio station": no one else is party
	}
	dateMood := mood.kind
	if dateMood == moodFact && strings.HasPrefix(code, "13") && !c.opts.Literal {
		dateMood = moodIntent // a threat is dated when made, not by what it threatens ("a strike for November 17")
	}
	date, historical := c.date(doc, s, v, dateMood)
	if historical && !c.opts.Historical {
		doc.Diagnose("date", doc.Sentences[s.idx].Span, "event %s left out: dated well before publication", code)
		return nil
	}
	out := c.emit(doc, s, src, tgt, code, pair, trig, mood.kind, date, historical)
	for _, more := range moreCodes {
		if more != code {
			out = append(out, c.emit(doc, s, src, tgt, more, "", trig, mood.kind, date, historical)...)
		}
	}
	return out
}

// storyHost returns, as an implied actor at the verb v, the country the
// sentence's place or else the dateline puts the story in, when it is not
// the source's own: the host of an arrival, the recipient of relief whose
// recipient goes unsaid. Nil if there is none.
func (c *Coder) storyHost(s *sentence, st *docState, src *mention, v int) *mention {
	country := c.sentencePlaceCountry(s)
	if country == "" {
		country = st.dateline
	}
	if country == "" && s.lastPlace != nil {
		// no dateline: where the article last placed its story ("Nepal
		// floods: India and China send helicopters and aid ... to
		// Kathmandu")
		country = s.lastPlace.Country
	}
	if country == "" || country == c.country(src.code) {
		return nil
	}
	return &mention{first: v, last: v + 1, code: country, kind: dict.KindCountry, implied: true}
}

// aidCode reports aid given or pledged (07x, 033x): "Saudi Arabia and the
// UAE each pledged $1bn" is to a third party, not to each other.
func aidCode(code string) bool {
	return strings.HasPrefix(code, "07") || strings.HasPrefix(code, "033")
}

// earlierAidRecipient returns the country the article's last aid act
// went to, as an implied target at v, when it is not the source's own.
func (c *Coder) earlierAidRecipient(st *docState, src *mention, v int) *mention {
	for a := range st.recentActs(0) {
		if a.target == "" || !aidCode(a.code) {
			continue
		}
		if country := c.country(a.target); country != "" && country != c.country(src.code) {
			return &mention{first: v, last: v + 1, code: country, kind: dict.KindCountry, implied: true}
		}
	}
	return nil
}

// groundObject returns the head of the verb's object in [from, end) when
// it names ground, a building or a vehicle and no actor ("the Danube
// port", "a power substation", "residential districts"), or -1.
func groundObject(s *sentence, from, end int) int {
	for k := from; k < end && k <= from+5; k++ {
		if s.mentionAt(k) != nil {
			return -1
		}
		t := s.tag(k)
		switch {
		case t == "NN" || t == "NNS":
			if struckNouns[s.lemma(k)] && (k+1 >= end || !strings.HasPrefix(s.tag(k+1), "NN")) {
				return k
			}
		case t == "DT" || t == "JJ" || t == "CD" || t == "NNP" || t == "HYPH" || t == "POS":
		default:
			return -1
		}
	}
	return -1
}

// struckNouns name places, buildings and vehicles that force strikes
// without anyone named on them being its target.
var struckNouns = map[string]bool{
	"port": true, "seaport": true, "substation": true, "station": true, "district": true,
	"village": true, "town": true, "neighbourhood": true, "neighborhood": true, "house": true,
	"home": true, "building": true, "bridge": true, "dam": true, "airport": true,
	"factory": true, "plant": true, "warehouse": true, "pipeline": true, "refinery": true,
	"train": true, "bus": true, "vehicle": true, "truck": true, "tanker": true, "vessel": true,
	"ship": true, "market": true, "hospital": true, "school": true, "railway": true,
	"infrastructure": true, "facility": true, "terminal": true, "depot": true,
}

// civilianObject returns the head of a civilian vehicle or gathering the
// verb's object names in [from, end), before any actor, or -1: "a
// municipal bus", "a passenger train", "a car", "a wedding". (A market
// or a town struck is the country's ground, as analysts code it.)
func civilianObject(s *sentence, from, end int) int {
	for k := from; k < end && k <= from+5; k++ {
		if s.mentionAt(k) != nil || isVerbTag(s.tag(k)) && k > from {
			return -1
		}
		if strings.HasPrefix(s.tag(k), "NN") && civilianObjects[s.lemma(k)] && (k+1 >= end || !strings.HasPrefix(s.tag(k+1), "NN")) {
			return k
		}
	}
	return -1
}

// civilianObjects are the vehicles and gatherings whose people an attack
// on them strikes.
var civilianObjects = map[string]bool{
	"bus": true, "minibus": true, "train": true, "car": true, "taxi": true, "ambulance": true,
	"wedding": true, "funeral": true,
}

// objectCountry returns the country of the place the attacked object is
// in: the place named after it, else the sentence's or the story's place.
func (c *Coder) objectCountry(s *sentence, k, end int, tgt *mention) string {
	if tgt != nil && tgt.place {
		return c.country(tgt.code)
	}
	if country := c.placeCountryAfter(s, k, end); country != "" {
		return country
	}
	if country := c.sentencePlaceCountry(s); country != "" {
		return country
	}
	if s.lastPlace != nil {
		return s.lastPlace.Country
	}
	return ""
}

// placeCountryAfter returns the country of the first place named within
// eight words after the object's head k ("a power substation in Kharkiv"),
// or "".
func (c *Coder) placeCountryAfter(s *sentence, k, end int) string {
	for j := k + 1; j < end && j <= k+8; j++ {
		if m := s.mentionAt(j); m != nil && m.place {
			return c.country(m.code)
		}
	}
	return ""
}

// protectedBy reports a mention at k that is the object of "protect" or
// "defend" just before it: "to protect its fishermen".
func protectedBy(s *sentence, k int) bool {
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if l := s.lemma(j); l == "protect" || l == "defend" || l == "safeguard" {
			return true
		}
		if t := s.tag(j); t != "PRP$" && t != "DT" && t != "JJ" {
			return false
		}
	}
	return false
}

// crimeStory reports an article that names bandits, gangs or cartels and
// no rebels, militants, insurgents or jihadists.
func crimeStory(text string) bool {
	lower := strings.ToLower(text)
	crime := strings.Contains(lower, "bandit") || strings.Contains(lower, "gang ") || strings.Contains(lower, "gangs") || strings.Contains(lower, "cartel")
	armed := strings.Contains(lower, "rebel") || strings.Contains(lower, "militant") || strings.Contains(lower, "insurgen") || strings.Contains(lower, "jihad") || strings.Contains(lower, "terroris")
	return crime && !armed
}

// crowdCounts are the numbers that stand for a crowd with no noun after
// them: "thousands protested", "hundreds marched".
var crowdCounts = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true}

// namedIn reports a place named in sentence s itself.
func (c *Coder) namedIn(doc *parley.Doc, s *sentence, p *parley.Place) bool {
	span := doc.Sentences[s.idx].Span
	return p.End > p.Start && p.Start >= span.Start && p.End <= span.End
}

// commentVerbs are what one declines to do when declining comment.
var commentVerbs = map[string]bool{"comment": true, "elaborate": true, "give": true, "discuss": true}

// pressVerbs bring pressure on someone else to act.
var pressVerbs = map[string]bool{"press": true, "pressure": true, "force": true, "persuade": true, "convince": true, "compel": true, "push": true}

// emit makes the events of one act: one per source and target actor of
// compounds ("the UK, Germany and France"), and of multi-code actors
// ("FRO/BIL/SAM"), with the reverse event of a paired code.
func (c *Coder) emit(doc *parley.Doc, s *sentence, src, tgt *mention, code, pair string, trig parley.Span, mood moodKind, date string, historical bool) []parley.Event {
	var out []parley.Event
	place := c.placeOf(doc, s, trig, tgt, code)
	add := func(from *mention, fromCode string, to *mention, toCode string, code string) {
		if c.opts.Literal && c.opts.RequireTarget && (fromCode == "---" || toCode == "---") {
			// PETRARCH's require_dyad: no event with a missing actor; an
			// agent of no country ("---GOV") is an actor.
			return
		}
		if code == "010" && to == nil {
			return // a bare statement to nobody is not an event
		}
		if from.kind == dict.KindAdjective && len(fromCode) == 3 && usesForce(code) {
			fromCode += "MIL" // "Israeli air strikes killed ...": the military acts
		}
		if to != nil && toCode == fromCode && !c.opts.Literal {
			return // an actor acting on itself is a misread
		}
		if code == "040" && to != nil && place != nil && place.Country != "" && !c.opts.Literal &&
			place.Country != c.country(fromCode) && place.Country != c.country(toCode) && c.namedIn(doc, s, place) {
			// a meeting in neither side's country: at a third location, as
			// the sentence itself says (a place carried over from an
			// earlier sentence is only a guess)
			code = "044"
		}
		e := c.event(doc, s, from, fromCode, to, toCode, code, trig, mood)
		e.Date, e.Historical, e.Place = date, historical, place
		out = append(out, e)
	}
	for _, sm := range s.members(src) {
		for _, sc := range strings.Split(sm.code, "/") {
			if tgt == nil {
				add(sm, sc, nil, "", code)
				continue
			}
			for _, tm := range s.members(tgt) {
				for _, tc := range strings.Split(tm.code, "/") {
					if tc == sc && !sm.text && !tm.text {
						continue
					}
					add(sm, sc, tm, tc, code)
					if pair != "" {
						add(tm, tc, sm, sc, pair)
					}
				}
			}
		}
	}
	return out
}

// codedByOwnPattern reports whether the verb at k codes through one of its
// own patterns (not just its block's default).
func (c *Coder) codedByOwnPattern(s *sentence, k int) bool {
	verbs, vlen := c.verbAt(s, k)
	if verbs == nil {
		return false
	}
	best := c.matchPatterns(s, k, vlen, c.verbScope(s, k, vlen), verbs)
	return best != nil && best.pattern.Code != ""
}

// verbCodes reports whether the verb at k codes an event by its patterns
// or its default ("hinted at a visit": HINT codes nothing itself).
func (c *Coder) verbCodes(s *sentence, k int) bool {
	verbs, vlen := c.verbAt(s, k)
	if verbs == nil {
		return false
	}
	if best := c.matchPatterns(s, k, vlen, c.verbScope(s, k, vlen), verbs); best != nil {
		return best.pattern.Code != ""
	}
	return verbs[0].Code != ""
}

// verbScope returns where the words a verb's patterns may use end: its
// clause, but for a control verb ("pledged to punish the soldiers", "agreed
// to exchange prisoners") only up to its infinitive, which codes itself.
func (c *Coder) verbScope(s *sentence, v, vlen int) int {
	end := c.clauseEnd(s, v+vlen+1)
	// "warned Iran that they would trigger UN sanctions": a threat's
	// content is its that-clause.
	if end < s.last && s.norm(end) == "that" && c.contentVerb(s, v) {
		end = c.clauseEnd(s, end+2)
	} else if end < s.last && s.norm(end) == "that" && strings.HasPrefix(s.tag(end-1), "NN") {
		end++ // "rejected claims that ...": the noun's "that" is the pattern's to match
	}
	if !c.opts.Literal && (appealWords[s.lemma(v)] || c.contentVerb(s, v)) {
		// "urged them to release everyone detained and to respect the
		// right to assembly": each request is coded by itself.
		if at := c.askedVerb(s, v+vlen, end); at >= 0 {
			if next := nextRequest(s, at, end); next >= 0 {
				for next > at && s.norm(next) != "and" {
					next--
				}
				end = next
			}
			for k := at + 1; k+1 < end; k++ {
				if t := s.tag(k + 1); s.norm(k) == "and" && (t == "VBD" || t == "VBN" || t == "VBZ") {
					end = k // "urged them to avoid violence and called on the government to open talks"
					break
				}
			}
		}
	}
	if l := s.lemma(v); !c.opts.Literal && (intentWords[l] || refusalWords[l] || linking[l]) && !appealWords[l] {
		for k := v + vlen + 1; k < end && k <= v+vlen+3; k++ {
			if s.norm(k) == "to" && k+1 < s.last && s.tag(k+1) == "VB" && !commentVerbs[s.lemma(k+1)] {
				return k // ("declined to comment" is the refusal's own pattern)
			}
		}
	}
	return end
}

// governsInfinitive reports "to" + verb within a few tokens after v.
func governsInfinitive(s *sentence, v, end int) bool {
	for k := v + 1; k < end && k <= v+3; k++ {
		if s.norm(k) == "to" && k+1 < s.last && isVerbTag(s.tag(k+1)) {
			return true
		}
	}
	return false
}

// groundsStart returns where an act's grounds begin ("accused some of the
// staff of spying for Israel", "condemned X for killing Y"): of/for and a
// gerund. Whoever the grounds name is not the act's object.
func groundsStart(s *sentence, from, end int) int {
	for k := from; k+1 < end; k++ {
		if (s.norm(k) == "of" || s.norm(k) == "for") && s.tag(k+1) == "VBG" {
			return k
		}
	}
	return end
}

// recipient returns the country aid is sent to ("send fuel to Cuba"),
// which the place rules read as a destination, as the actor it is here.
func (c *Coder) recipient(s *sentence, from, end int) *mention {
	for k := from; k+1 < end; k++ {
		if s.norm(k) != "to" {
			continue
		}
		if m := s.mentionAt(k + 1); m != nil && m.first == k+1 && m.code != "" && (m.kind == dict.KindCountry || m.kind == dict.KindCapital) {
			actor := *m
			actor.place, actor.destination = false, false
			actor.code = c.country(m.code)
			return &actor
		}
	}
	return nil
}

// addressee returns the country a complaint is made to ("protested to
// Russia", "with Sri Lanka"), which the place rules read as a
// destination, as the actor it is here.
func (c *Coder) addressee(s *sentence, from, end int) *mention {
	for k := from; k+1 < end; k++ {
		if w := s.norm(k); w != "to" && w != "with" {
			continue
		}
		m := s.mentionAt(k + 1)
		if m == nil || m.code == "" || m.first != k+1 {
			continue
		}
		actor := *m
		actor.place, actor.destination = false, false
		if actor.placeCode != "" {
			actor.code = actor.placeCode
		}
		return &actor
	}
	return nil
}

// theyBefore returns the index of "they" as the subject of verb v (over
// auxiliaries and adverbs), or -1.
func theyBefore(s *sentence, v int) int {
	for k := v - 1; k >= s.first && k >= v-4; k-- {
		switch t := s.tag(k); {
		case s.norm(k) == "they":
			return k
		case strings.HasPrefix(t, "RB") || t == "MD" || auxiliaries[s.lemma(k)]:
		default:
			return -1
		}
	}
	return -1
}

// thatAfter returns the index of the first "that" in [from, end), or -1.
func thatAfter(s *sentence, from, end int) int {
	for k := from; k < end && k < from+6; k++ {
		if s.norm(k) == "that" {
			return k
		}
	}
	return -1
}

// offeredTalks reports that the latest act of the actor coded proposer
// offered or sought talks (036, 026, 046): what "the offer" they made is.
func offeredTalks(st *docState, proposer string) bool {
	for a := range st.recentActs(0) {
		if a.source != proposer && (len(proposer) < 3 || len(a.source) < 3 || a.source[:3] != proposer[:3]) {
			continue
		}
		return a.code == "036" || a.code == "026" || a.code == "046" || a.code == "0311" || a.code == "030"
	}
	return false
}

// releaseOfBefore reports "release of" between the verb v and token k:
// the actor at k is the one to be freed.
func releaseOfBefore(s *sentence, v, k int) bool {
	for j := v + 1; j+1 < k; j++ {
		if s.lemma(j) == "release" && s.norm(j+1) == "of" {
			return true
		}
	}
	return false
}

// releaseAfter reports a possessive release after an actor ending at k:
// "the crew's immediate release", "Lissu's release".
func releaseAfter(s *sentence, k int) bool {
	if k >= s.last || s.norm(k) != "'s" {
		return false
	}
	for j := k + 1; j < s.last && j <= k+3; j++ {
		if l := s.lemma(j); l == "release" || l == "freedom" {
			return true
		}
		if !strings.HasPrefix(s.tag(j), "JJ") && !strings.HasPrefix(s.tag(j), "RB") {
			return false
		}
	}
	return false
}

// toBeReleased reports a passive release right after an actor ending at
// k: "called for the wounded man to be released", "that the man be freed".
func toBeReleased(s *sentence, k int) bool {
	if k < s.last && s.norm(k) == "to" {
		k++
	}
	return k+1 < s.last && s.norm(k) == "be" && (s.lemma(k+1) == "release" || s.lemma(k+1) == "free" || s.norm(k+1) == "freed" || s.norm(k+1) == "released")
}

// lastCaptor returns, as an implied mention at token at, the source of the
// article's latest detention, abduction or seizure (173, 181, 1711) by
// someone other than the demanding side, or nil.
func (c *Coder) lastCaptor(st *docState, at int, src *mention) *mention {
	for a := range st.recentActs(10) {
		if a.code == "173" || a.code == "181" || a.code == "1711" {
			if c.country(a.source) == c.country(src.code) && isState(a.source) && isState(src.code) {
				return nil
			}
			return &mention{first: at, last: at + 1, code: a.source, implied: true}
		}
	}
	return nil
}

// assemblyBanned returns whom a ban on assemblies restricts: "the ban on
// opposition rallies" is the opposition's; "banned the march" the
// protesters' the article last told of, or nil.
func (c *Coder) assemblyBanned(s *sentence, st *docState, v, from, end int, src *mention) *mention {
	country := c.country(src.code)
	if country == "" {
		return nil
	}
	for k := from; k < end; k++ {
		if m := s.mentionAt(k); s.norm(k) == "opposition" && (m == nil || m.code == "") {
			return &mention{first: k, last: k + 1, code: country + "OPP", kind: dict.KindActor}
		}
	}
	for k := from; k < s.last; k++ {
		if s.norm(k) == "all" && k+1 < s.last && (s.norm(k+1) == "public" || s.norm(k+1) == "gatherings" || s.norm(k+1) == "protests" || s.norm(k+1) == "demonstrations" || s.norm(k+1) == "rallies") {
			return nil // "banning all public gatherings": everyone's
		}
	}
	return c.lastProtesters(st, country, v)
}

// attempted reports a verb governed by "tried to" or "attempted to": an
// attempt, not the act.
func attempted(s *sentence, v int) bool {
	return v-2 >= s.first && s.norm(v-1) == "to" && attemptWords[s.lemma(v-2)]
}

// protestLeaf returns the demand digit of the latest protest act by
// source ("2" of a 1442 blockade for a policy change), or "".
func (c *Coder) protestLeaf(st *docState, source string) string {
	for a := range st.recentActs(12) {
		if a.source == source && len(a.code) == 4 && a.code[:2] == "14" {
			return a.code[3:]
		}
	}
	return ""
}

// lastProtesters returns, as an implied mention at token v, the authors of
// the article's latest protest (14x) in country, or nil.
func (c *Coder) lastProtesters(st *docState, country string, v int) *mention {
	for a := range st.recentActs(12) {
		if rootBetween(a.code, "14", "14") && c.country(a.source) == country && !isState(a.source) {
			return &mention{first: v, last: v + 1, code: a.source, implied: true}
		}
	}
	return nil
}

// mediatedParties returns the parties to the article's latest act of
// agreeing, talking or settling (03x, 04x, 05x, 0871) done together, as
// a compound at token at, or nil: the sides a mediator brought together.
func (c *Coder) mediatedParties(s *sentence, st *docState, at int, mediator *mention) *mention {
	for i := len(st.current) - 1; i >= 0 && !c.opts.Literal; i-- {
		// "released three of the detained staff after mediation by Oman":
		// the two sides of the act the mediation brought about.
		e := st.current[i]
		if e.Target == nil || !rootBetween(e.Code, "08", "08") || e.Source.Code == mediator.code || e.Target.Code == mediator.code {
			continue
		}
		st.groups++
		for _, code := range []string{e.Source.Code, e.Target.Code} {
			s.extra = append(s.extra, mention{first: at, last: at + 1, code: code, group: st.groups, implied: true})
		}
		return &s.extra[len(s.extra)-1]
	}
	// "said his country was ready to keep mediating": the parties the
	// same mediator was told mediating between before.
	var mediated []string
	for a := range st.recentActs(12) {
		if !c.opts.Literal && (a.code == "045" || a.code == "039") && a.target != "" && c.country(a.source) == c.country(mediator.code) && !slices.Contains(mediated, a.target) {
			mediated = append(mediated, a.target)
		}
	}
	if len(mediated) >= 2 {
		st.groups++
		for _, code := range mediated {
			s.extra = append(s.extra, mention{first: at, last: at + 1, code: code, group: st.groups, implied: true})
		}
		return &s.extra[len(s.extra)-1]
	}
	for i := len(st.acts) - 1; i >= 0 && i >= len(st.acts)-8; i-- {
		a := st.acts[i]
		if !(rootBetween(a.code, "03", "05") || strings.HasPrefix(a.code, "087")) {
			continue
		}
		parties := a.sources
		if len(parties) <= 1 && a.target != "" && st.mirrored(i, false) {
			parties = []string{a.target, a.source}
		}
		if len(parties) < 2 {
			continue
		}
		st.groups++
		for _, code := range parties {
			if code != mediator.code {
				// No words name them here: implied by "the talks".
				s.extra = append(s.extra, mention{first: at, last: at + 1, code: code, group: st.groups, implied: true})
			}
		}
		if n := len(s.extra); n > 0 && s.extra[n-1].group == st.groups {
			return &s.extra[n-1]
		}
		return nil
	}
	return nil
}

// armedNouns follow "armed" used as an adjective.
var armedNouns = map[string]bool{
	"group": true, "man": true, "men": true, "force": true, "wing": true, "militia": true,
	"gang": true, "faction": true, "forces": true, "movement": true, "struggle": true, "conflict": true,
	"robbery": true, "attack": true, "assailant": true, "gunman": true, "fighter": true,
}

// planBacker reads "a US-backed roadmap", "the Egyptian-brokered proposal"
// in [from, end): the country or body named before "-backed" and the like,
// as a mention over its words, or nil.
func (c *Coder) planBacker(s *sentence, st *docState, from, end int) *mention {
	for k := from; k+2 < end && k < from+6; k++ {
		if s.norm(k+1) != "-" || !backingWords[s.norm(k+2)] {
			continue
		}
		for j := k; j >= from && j > k-3; j-- {
			if a, n := c.dict.LongestActor(s.words, j-s.first); a != nil && j+n == k+1 {
				code := a.CodeAt(st.date)
				if country := c.country(code); country != "" && len(code) > 3 && a.Kind != dict.KindActor {
					code = country
				}
				if code == "" {
					return nil
				}
				return &mention{first: j, last: k + 1, code: code, kind: a.Kind}
			}
		}
		return nil
	}
	return nil
}

// backingWords follow a name in a compound modifier that makes it the
// author of a plan: "US-backed", "Qatar-brokered".
var backingWords = map[string]bool{"backed": true, "brokered": true, "sponsored": true, "proposed": true, "drafted": true, "mediated": true, "led": true}

// peopleRoles are the sectors of plain people one can seize.
var peopleRoles = map[string]bool{"CVL": true, "LAB": true, "AGR": true, "EDU": true, "MED": true, "REL": true, "HLH": true, "BUS": true}

// seizedPeople reports that the seized object is the people tgt names,
// right after the verb ("seized 14 Bangladeshi fishermen"), not a thing
// of theirs ("seized the fishermen's boats").
func seizedPeople(s *sentence, from int, tgt *mention) bool {
	if tgt.first < from {
		return false
	}
	for k := from; k < tgt.first; k++ {
		if t := s.tag(k); t != "DT" && t != "CD" && t != "JJ" && !strings.HasPrefix(t, "RB") {
			return false
		}
	}
	return tgt.last > tgt.first && (s.tag(tgt.last-1) == "NNS" || s.tag(tgt.last-1) == "NNPS")
}

// memberCountry reports a target of the country of one of the members of
// the compound source: "Syrian and Israeli officials held talks on ...
// southern Syria" did so with each other.
func (c *Coder) memberCountry(s *sentence, src, tgt *mention) bool {
	for _, m := range s.members(src) {
		if c.country(m.code) != "" && c.country(m.code) == c.country(tgt.code) {
			return true
		}
	}
	return false
}

// rejectVerbs are the verbs of rejecting what someone asked or offered.
var rejectVerbs = map[string]bool{"reject": true, "rebuff": true, "spurn": true, "turn": true, "dismiss": true, "brush": true, "refuse": true, "decline": true}

// requestNounAfter reads the object of a rejection: "appeal" for asks
// (the appeal, Haiti's call, the UAE demand), "offer" for offers and
// proposals, "" for anything else.
func requestNounAfter(s *sentence, from, end int) string {
	for k := from; k < end && k < from+6; k++ {
		switch s.lemma(k) {
		case "appeal", "call", "request", "plea", "demand", "ultimatum":
			return "appeal"
		case "offer", "proposal", "proposition", "overture":
			return "offer"
		case "protest", "complaint", "objection":
			return "protest"
		case "down", "aside", "off", "the", "a", "an", "this", "that", "these", "those", "'s", "'", "their", "its", "his", "her":
			continue
		}
		if s.mentionAt(k) != nil || strings.HasPrefix(s.tag(k), "NNP") || s.tag(k) == "POS" || s.tag(k) == "JJ" {
			continue // "Haiti's call", "the UAE demand", "the latest offer"
		}
		return ""
	}
	return ""
}

// rejectedRequest finds the latest ask ("appeal") or offer the article
// coded that a rejection by an actor of country answers: made by owner
// when the rejection names one ("Haiti's call"), otherwise aimed at the
// rejecting country. It returns the CAMEO rejection of that content
// ("an appeal to end the strike", 0252, is rejected as 1242) and the asker.
func (c *Coder) rejectedRequest(st *docState, kind, country, owner string) (string, string) {
	for i := len(st.acts) - 1; i >= 0 && i >= len(st.acts)-12; i-- {
		// The first request of an appeal that made several ("to call off
		// the strike and to return to negotiations") is what was rejected.
		for i > 0 && st.acts[i-1].source == st.acts[i].source && st.acts[i-1].target == st.acts[i].target && st.acts[i-1].code[:2] == st.acts[i].code[:2] && st.acts[i].code[:2] != "03" {
			i--
		}
		a := st.acts[i]
		if owner != "" && c.country(a.source) != c.country(owner) {
			continue
		}
		if a.target != "" && country != "" && c.country(a.target) != country || owner == "" && a.target == "" {
			continue // asked of someone else
		}
		if rc := rejectionOf(kind, a.code); rc != "" {
			return rc, a.source
		}
	}
	return "", ""
}

// reformAsker finds the latest act of the article that demanded a reform
// of kind leaf ("1" leadership, "2" policy, "3" rights, "4" institutions)
// of an actor of country: an appeal (024x), a demand (104x) or a protest
// (14xx). It returns the asker, or "".
func (c *Coder) reformAsker(st *docState, leaf, country string) string {
	for a := range st.recentActs(12) {
		if len(a.code) != 4 || a.code[3:] != leaf || a.target != "" && c.country(a.target) != country {
			continue
		}
		if a.code[:3] == "024" || a.code[:3] == "104" || a.code[:2] == "14" {
			return a.source
		}
	}
	return ""
}

// rejectionOf maps an appeal (02x), demand (10x) or offer (03x) to the
// code of rejecting it: 0252 and 1052 (end a protest) to 1242, 0312 (offer
// military help) to 1212, 036 (offer talks) to 125.
func rejectionOf(kind, code string) string {
	if len(code) < 3 {
		return ""
	}
	root, sub, leaf := code[:2], code[2], code[3:]
	switch {
	case kind == "protest" && root == "11":
		return "120" // "rejected the protest as unfounded"
	case kind == "appeal" && root == "14" && leaf != "":
		return "123" + leaf // "rejected the marchers' demands" for a policy change (1412): 1232
	case kind == "appeal" && (root == "02" || root == "10"):
		switch sub {
		case '0', '2':
			return "120"
		case '1':
			return "121" + leaf
		case '3':
			return "122" + leaf
		case '4':
			return "123" + leaf
		case '5':
			return "124" + leaf
		case '6':
			return "125"
		case '7':
			return "127"
		case '8':
			return "126"
		}
	case kind == "offer" && root == "03":
		switch sub {
		case '0', '2':
			return "120"
		case '1':
			if leaf == "1" || leaf == "2" {
				return "121" + leaf
			}
			return "121"
		case '3':
			return "122" + leaf
		case '4':
			return "123"
		case '6':
			return "125"
		case '7':
			return "127"
		case '8', '9':
			return "126"
		}
	}
	return ""
}

// answersForce are the verbs of force used against whoever used it first.
var answersForce = map[string]bool{"return": true, "retaliate": true, "respond": true, "counter": true}

// actorObject reports acts whose object is an actor, so that "it" after
// the verb is one ("accused it of espionage", "urged them to"), unlike
// "study it" or "reject it", whose "it" is most often a proposal.
func actorObject(code string) bool {
	switch code[:2] {
	case "02", "04", "10", "11", "13", "17", "18", "19", "20":
		return true
	}
	return false
}

// reciprocal reports acts that a compound subject does to each other when
// no target is named: meeting, negotiating, agreeing, cooperating, fighting.
func reciprocal(code string) bool {
	if strings.HasPrefix(code, "033") || strings.HasPrefix(code, "034") || code == "039" || code == "045" {
		return false // aid, reform and mediation go one way; exchanges (035x) do not
	}
	if code == "0871" {
		return true // "the junta and the TNLA agreed to a ceasefire": with each other
	}
	switch code[:2] {
	case "03", "04", "05", "06", "19":
		return code != "042" && code != "043" && code != "051" && code != "055"
	}
	return false
}

// emitReciprocal codes a symmetric act both ways between the members of a
// compound subject.
func (c *Coder) emitReciprocal(doc *parley.Doc, s *sentence, v int, src *mention, code string, trig parley.Span, mood moodKind) []parley.Event {
	date, historical := "", false
	var out []parley.Event
	members := s.members(src)
	sector := ""
	if strings.HasPrefix(code, "084") && !c.opts.Literal {
		sector = releasedSector(s, v, c.clauseEnd(s, v+1))
	}
	for _, a := range members {
		for _, b := range members {
			if a.code == b.code {
				continue
			}
			tgtCode := b.code
			if sector != "" && len(tgtCode) == 3 {
				tgtCode += sector // "exchanged 185 prisoners of war": each other's soldiers
			}
			out = append(out, c.event(doc, s, a, a.code, b, tgtCode, code, trig, mood))
		}
	}
	if len(out) > 0 {
		date, historical = c.date(doc, s, v, mood)
		if historical && !c.opts.Historical {
			return nil
		}
	}
	place := c.placeOf(doc, s, trig, nil, code)
	for i := range out {
		out[i].Date, out[i].Historical, out[i].Place = date, historical, place
		if out[i].Code == "040" && place != nil && place.Country != "" && !c.opts.Literal && out[i].Target != nil &&
			place.Country != out[i].Source.Country && place.Country != out[i].Target.Country {
			out[i].Code = "044" // "the foreign ministers met in Abu Dhabi": at a third location
			c.setCodebook(&out[i])
		}
	}
	return out
}

// militaryPostAfter returns the noun of a military post right after the
// verb at from ("a naval base", "an army post", "the garrison"), or -1.
func militaryPostAfter(s *sentence, from, end int) int {
	for k := from; k < end && k < from+5; k++ {
		switch s.lemma(k) {
		case "base", "post", "outpost", "garrison", "barracks", "checkpoint", "camp", "position":
			if k > from && (s.norm(k-1) == "military" || s.norm(k-1) == "army" || s.norm(k-1) == "naval" || s.norm(k-1) == "air" || s.norm(k-1) == "navy" || s.norm(k-1) == "police" || s.norm(k-1) == "border" || s.tag(k-1) == "PRP$" && s.norm(k-1) != "their" || k == from+1 && s.norm(k-1) == "the" && (s.lemma(k) == "post" || s.lemma(k) == "base")) || s.lemma(k) == "garrison" || s.lemma(k) == "barracks" || s.lemma(k) == "outpost" {
				return k
			}
			return -1
		}
		if m := s.mentionAt(k); m != nil && m.code != "" {
			return -1 // (an agent word with no actor is a modifier: "army positions")
		}
	}
	return -1
}

// releasedSector is the sector of the people a release or exchange frees
// when the words say it: prisoners of war and soldiers are military.
func releasedSector(s *sentence, from, end int) string {
	for k := from; k < end; k++ {
		switch s.lemma(k) {
		case "pow", "soldier", "serviceman", "servicemen", "troop":
			return "MIL"
		case "prisoner":
			if k+2 < end && s.norm(k+1) == "of" && s.norm(k+2) == "war" {
				return "MIL"
			}
		}
	}
	return ""
}

// usesForce reports the roots of armed acts: force posture, assault,
// fighting, mass violence.
func usesForce(code string) bool {
	switch code[:2] {
	case "15", "18", "19", "20":
		return true
	}
	return false
}

// weaponWords tell how force was used when the verb says only that it was
// ("struck army positions" with "jets" or "drones" in the clause).
var weaponWords = map[string]string{
	"airstrike": "195", "drone": "195", "missile": "195", "rocket": "195", "jet": "195",
	"warplane": "195", "aircraft": "195", "helicopter": "195", "bomb": "195",
	"artillery": "194", "shelling": "194", "mortar": "194", "tank": "194", "howitzer": "194",
	"gunfire": "193", "gunman": "193", "rifle": "193", "sniper": "193", "gun": "193",
	"firearm": "193", "pistol": "193", "gunbattle": "193", "gunfight": "193", "firefight": "193",
	"club": "182", "knife": "182", "machete": "182", "beat": "182", "beating": "182", "stab": "182",
}

// weaponCode refines a plain use of force (190) by the weapons its clause
// names: aerial weapons 195, artillery and tanks 194, small arms 193.
func (c *Coder) weaponCode(s *sentence, v, end int) string {
	if !c.opts.Literal {
		// "ambushed a police patrol before dawn and shot dead three
		// officers": the coordinated predicate tells the weapon.
		for k := v + 1; k+1 < s.last && k < end+8; k++ {
			if s.norm(k) == "and" && (s.tag(k+1) == "VBD" || s.tag(k+1) == "VBN" || s.norm(k+1) == "shot") {
				end = max(end, c.clauseEnd(s, k+2))
				break
			}
			if k >= end && s.norm(k) == "," && s.tag(k+1) == "VBG" {
				// "attacked farmers ..., beating several of them with
				// clubs": the participle tells how.
				end = max(end, c.clauseEnd(s, k+2))
				break
			}
		}
	}
	if !c.opts.Literal {
		// "and that Thai artillery had returned fire": the weapon the
		// subject itself names, before any named earlier in the sentence.
		for k := v - 1; k >= s.first && k >= v-4; k-- {
			if code, ok := weaponWords[s.lemma(k)]; ok {
				return code
			}
			if t := s.tag(k); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "RB") && !auxiliaries[s.lemma(k)] && t != "MD" {
				break
			}
		}
	}
	for k := clauseStart(s, v); k < end; k++ {
		w := s.lemma(k)
		if k > v && isVerbTag(s.tag(k)) && s.tag(k) != "VBG" && haulVerbs[w] && !c.opts.Literal {
			break // "and seized two assault rifles": weapons taken, not fired
		}
		if w == "strike" && k > s.first && s.norm(k-1) == "air" {
			return "195"
		}
		if (w == "arm" || w == "arms") && k > s.first && s.norm(k-1) == "small" {
			return "193"
		}
		if (w == "shoot" || s.norm(k) == "shot") && (isVerbTag(s.tag(k)) || k+1 < s.last && s.norm(k+1) == "dead") && !c.opts.Literal && (k+1 >= s.last || s.norm(k+1) != "down") {
			return "193" // "shot dead three officers"; "shot down a drone" is air defence
		}
		if code, ok := weaponWords[w]; ok {
			return code
		}
	}
	return "190"
}

// calledDenounced reports "called X Y" where Y names X in a denouncing
// word (&DENOUNCENOUN): "called the decision \"a hostile act\"", "called
// the works an unfriendly act between neighbours". X is a noun phrase
// that is no actor; "called Petro a drug lord" is the dictionary's.
func (c *Coder) calledDenounced(s *sentence, from, end int) bool {
	k := from
	for k < end && k < from+6 && (s.tag(k) == "DT" || s.tag(k) == "PRP$" || strings.HasPrefix(s.tag(k), "JJ") || s.tag(k) == "NN" || s.tag(k) == "NNS") && s.mentionAt(k) == nil {
		if s.tag(k) == "DT" && k > from && strings.HasPrefix(s.tag(k-1), "NN") {
			break // "branded the attack an act of terrorism": the name begins
		}
		k++
	}
	if k == from || k >= end || !strings.HasPrefix(s.tag(k-1), "NN") {
		return false
	}
	if s.norm(k) == "as" {
		k++ // "described the ruling as shameful", "branded the strike a provocation"
	}
	for k < end && (s.tag(k) == "``" || s.tag(k) == "''" || s.tag(k) == "DT" || strings.HasPrefix(s.tag(k), "JJ") || strings.HasPrefix(s.tag(k), "RB") || s.tag(k) == "CC") {
		if strings.HasPrefix(s.tag(k), "JJ") && c.denouncingAt(s, k) {
			return true // "unacceptable", "shameful"
		}
		k++
	}
	return k < end && c.denouncingAt(s, k)
}

// denouncingAt reports a member of &DENOUNCENOUN at token k.
func (c *Coder) denouncingAt(s *sentence, k int) bool {
	_, ok := c.synsetAt(s, "DENOUNCENOUN", k, s.last, 0)
	return ok
}

// internetAfter reports internet or mobile data as the object after from.
func internetAfter(s *sentence, from, end int) bool {
	for k := from; k < end && k <= from+3; k++ {
		if w := s.norm(k); w == "internet" || w == "data" {
			return true
		}
	}
	return false
}

// statingState returns the state body (government, army, police) whose
// statement ("X said ...") verb v is told in, or nil.
func (c *Coder) statingState(s *sentence, st *docState, v int) *mention {
	for k := v - 1; k > s.first && k >= v-10; k-- {
		if l := s.lemma(k); isVerbTag(s.tag(k)) && statementVerbs[l] {
			if spk := c.subject(s, st, k, 0); spk != nil && len(spk.code) >= 6 && !spk.place && (spk.code[3:6] == "GOV" || stateForces[spk.code[3:6]]) {
				return spk
			}
			return nil
		}
	}
	return nil
}

// meetingBefore reports talks or a meeting named just before the
// participle v, in the same phrase: "the talks in Baku, hosted by ...",
// "talks hosted by Azerbaijan and mediated by ...".
func meetingBefore(s *sentence, v int) bool {
	for k := v - 1; k >= s.first && k >= v-10; k-- {
		if meetingNouns[s.lemma(k)] && strings.HasPrefix(s.tag(k), "NN") {
			return true
		}
		if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	return false
}

// meetingNouns name meetings a host can receive people at.
var meetingNouns = map[string]bool{
	"meeting": true, "talk": true, "talks": true, "summit": true, "conference": true,
	"round": true, "negotiation": true, "ceremony": true, "dialogue": true,
}

// haulVerbs take, find or carry weapons: what follows them is no weapon used.
var haulVerbs = map[string]bool{
	"seize": true, "confiscate": true, "capture": true, "recover": true, "find": true,
	"discover": true, "smuggle": true, "carry": true, "surrender": true, "hand": true,
}

// isVisit reports the CAMEO codes of visits (042 make, 043 host).
func isVisit(code string) bool { return code == "042" || code == "043" }

// targetOptional lists the codes that are often reported without a target
// and that analysts code all the same.
func targetOptional(code string) bool {
	switch {
	case strings.HasPrefix(code, "14"), strings.HasPrefix(code, "15"), strings.HasPrefix(code, "172"), strings.HasPrefix(code, "081"):
		return true // protests, shows of force, curfews imposed or lifted
	case code == "092", code == "093":
		return true // an inquiry into a death or an incident names no suspect
	case code == "011", code == "012", code == "013", code == "014", code == "015", code == "016", code == "017", code == "018":
		return true // declined comment, comments, policy options, claims and denials of responsibility, empathy
	}
	return false
}

// refinePlaceTarget turns a place target ("travel to Ankara") into the
// person of that country the clause names ("… with President Erdogan").
// Only cooperation is done with a place's people: a city captured or
// shelled is its country's territory, whoever else the clause names.
func (c *Coder) refinePlaceTarget(s *sentence, tgt *mention, v, end int, code string) *mention {
	if tgt == nil || !tgt.place || code >= "10" {
		return tgt
	}
	country := c.country(tgt.code)
	for k := v + 1; k < end; k++ {
		m := s.mentionAt(k)
		if m == nil || m.place || m == tgt || m.inferred {
			continue
		}
		if subjectOfNextClause(s, m) {
			break // ", residents and officials said": the attribution
		}
		if c.country(m.code) == country && country != "" && len(m.code) > 3 {
			return m
		}
		k = m.last - 1
	}
	return tgt
}

// event builds one event record.
func (c *Coder) event(doc *parley.Doc, s *sentence, src *mention, srcCode string, tgt *mention, tgtCode string, code string, trig parley.Span, mood moodKind) parley.Event {
	e := parley.Event{
		Sentence: s.idx,
		Source:   c.ref(doc, src, srcCode),
		Code:     code,
		Evidence: parley.Evidence{
			Trigger:  doc.SpanText(trig),
			Start:    trig.Start,
			End:      trig.End,
			Sentence: doc.SpanText(doc.Sentences[s.idx].Span),
		},
		Mood: mood.String(),
	}
	if doc.Article != nil {
		e.Article, e.Outlet = doc.Article.ID, doc.Article.Source
	}
	if tgt != nil {
		if !c.opts.Literal && rootBetween(code, "18", "20") && len(tgtCode) == 6 && tgtCode[3:6] == "LAB" && !tgt.implied && tgt.last > tgt.first && workerNouns[s.lemma(tgt.last-1)] {
			tgtCode = tgtCode[:3] + "CVL" // "rebels killed eight workers": civilians, not labour acting
		}
		r := c.ref(doc, tgt, tgtCode)
		e.Target = &r
	}
	c.setCodebook(&e)
	return e
}

// domesticRoles are the roles of a country's own people and opposition,
// whose "the government" is their own.
var domesticRoles = map[string]bool{"OPP": true, "CVL": true, "LAB": true, "EDU": true, "NGO": true, "REL": true, "BUS": true, "AGR": true, "HRI": true, "LEG": true}

// transnational are the code prefixes of actors of no one country.
var transnational = map[string]bool{"NGO": true, "IGO": true, "IMG": true, "MNC": true}

// workerNouns name working people as people, not as organised labour.
var workerNouns = map[string]bool{"worker": true, "labourer": true, "laborer": true, "employee": true, "miner": true, "driver": true}

// setCodebook fills the codebook facts of an event's code: name,
// Goldstein, QuadClass and PLOVER.
func (c *Coder) setCodebook(e *parley.Event) {
	e.Name, e.Goldstein, e.Quad, e.PLOVER = "", 0, 0, nil
	if cc, ok := cameo.Lookup(e.Code); ok {
		e.Name, e.Goldstein, e.Quad = cc.Name, cc.Goldstein, cc.Quad
		if cc.PLOVER.Type != "" {
			e.PLOVER = &parley.PLOVER{Type: cc.PLOVER.Type, Mode: cc.PLOVER.Mode, Context: cc.PLOVER.Context}
		}
	}
}

func (c *Coder) ref(doc *parley.Doc, m *mention, code string) parley.ActorRef {
	if m.implied {
		at := doc.Tokens[m.first].Start
		return parley.ActorRef{Code: code, Country: c.country(code), Start: at, End: at, Implied: true}
	}
	start, end := doc.Tokens[m.first].Start, doc.Tokens[m.last-1].End
	if m.agent != nil && m.agent.first < m.first {
		// "students in Moscow": the evidence is the whole phrase, not the
		// place that gave the agent its country.
		start = doc.Tokens[m.agent.first].Start
	}
	if m.place && m.placeCode != "" {
		code = m.placeCode
	} else if m.place && len(code) > 3 {
		code = code[:3]
	}
	full := ""
	if !c.opts.Literal && len(code) > 6 && c.country(code) != "" && !strings.HasPrefix(code, "NGO") && !strings.HasPrefix(code, "IGO") {
		// (international bodies keep their whole code: NGOHRIAMN is
		// Amnesty International, IGOUNO the UN refugee agency)
		// Country codes are reported at the country-and-sector level
		// analysts work at ("PSEREB"); the dictionary's finer code is kept.
		full, code = code, code[:6]
	}
	return parley.ActorRef{Text: doc.Text[start:end], Code: code, Full: full, Country: c.country(code), Start: start, End: end}
}

// triggerSpan covers the verb and the literal words of its pattern.
func triggerSpan(doc *parley.Doc, s *sentence, v, vlen int, best *patternMatch) parley.Span {
	first, last := v, v+vlen
	if best != nil {
		if best.leftmost >= 0 && best.leftmost < first {
			first = best.leftmost
		}
		if best.rightmost > last {
			last = best.rightmost
		}
	}
	return parley.Span{Start: doc.Tokens[first].Start, End: doc.Tokens[last].End}
}

// talksAfter reports talks, negotiations or a meeting as the object after
// token from: "hosted the talks".
func talksAfter(s *sentence, from, end int) bool {
	for k := from; k < end && k <= from+3; k++ {
		switch s.lemma(k) {
		case "talk", "talks", "negotiation", "meeting", "summit", "round":
			return true
		}
	}
	return false
}

// promiseVerbs give their subject's word that an act will be done:
// "promised that the herders would be freed".
var promiseVerbs = map[string]bool{"promise": true, "pledge": true, "vow": true, "assure": true, "guarantee": true, "announce": true}

// harmedBefore returns the subject of "was killed/wounded/injured" in a
// main clause that a when-clause holding verb v explains: "a police
// officer was wounded when Maoists set off a roadside bomb".
func harmedBefore(s *sentence, v int, src *mention) *mention {
	when := -1
	for k := v - 1; k > s.first && k >= v-6; k-- {
		if s.norm(k) == "when" || s.norm(k) == "after" {
			when = k
			break
		}
	}
	if when < 0 {
		return nil
	}
	for k := when - 1; k > s.first && k >= when-4; k-- {
		if l := s.lemma(k); (l == "kill" || l == "wound" || l == "injure" || s.norm(k) == "wounded" || s.norm(k) == "killed" || s.norm(k) == "injured") && s.lemma(k-1) == "be" {
			for j := k - 2; j >= s.first && j >= k-8; j-- {
				if m := s.mentionAt(j); m != nil && m.code != "" && !m.place && m.resolved() != src {
					return m.resolved()
				}
			}
			return nil
		}
	}
	return nil
}

// countBefore reads the number just before token k ("at least 120
// civilians", "more than 25,000 Afghans"), or 0.
func countBefore(s *sentence, k int) int {
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if s.tag(j) == "CD" {
			n, err := strconv.Atoi(strings.ReplaceAll(s.norm(j), ",", ""))
			if err != nil {
				return 0
			}
			return n
		}
	}
	return 0
}
