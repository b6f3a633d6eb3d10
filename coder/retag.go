package coder

import "strings"

// Corrections to the tagger for the verbs the coder depends on.

// pastForms are irregular past forms that are verbs whatever the tagger
// says when they follow a noun ("its aircraft struck depots"): the tagger,
// trained on web text, reads some of them as nouns or adjectives.
var pastForms = map[string]string{
	"struck": "strike", "fought": "fight", "shot": "shoot", "met": "meet", "sent": "send",
	"seized": "seize", "shelled": "shell", "stormed": "storm", "overran": "overrun",
	"froze": "freeze", "hit": "hit", "killed": "kill", "bombed": "bomb", "raided": "raid",
	"captured": "capture", "downed": "down", "arrested": "arrest", "fired": "fire",
}

// reportingForms are the past forms of the verbs that close an attribution
// (", a senior official said on Saturday."). The tagger often reads them as
// participles there, which hides the new clause from the object search.
var reportingForms = map[string]string{
	"said": "say", "told": "tell", "added": "add", "wrote": "write", "noted": "note",
	"stated": "state", "reported": "report", "announced": "announce",
}

// retagInfinitives reads "was seen to break into a parade" right: a
// dictionary verb's base form after a verb and "to", before its object,
// is an infinitive the tagger read as a noun.
func (c *Coder) retagInfinitives(s *sentence) {
	for k := 1; k < len(s.tags); k++ {
		// "open to talks", "committed to negotiations": a plural noun
		// after "to" is no infinitive.
		if w := s.words.Norm[k]; s.tags[k] == "VB" && s.words.Norm[k-1] == "to" && strings.HasSuffix(w, "s") &&
			!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
			s.tags[k] = "NNS"
			if lemma := strings.TrimSuffix(w, "s"); len(c.dict.Nouns.Lookup(lemma)) > 0 || len(c.dict.Nouns.Lookup(w)) > 0 {
				s.words.Lemma[k] = lemma
			}
		}
	}
	for k := 2; k+1 < len(s.tags); k++ {
		if s.tags[k] != "NN" || s.words.Norm[k-1] != "to" || !isVerbTag(s.tags[k-2]) || len(c.dict.Verbs.Lookup(s.words.Norm[k])) == 0 {
			continue
		}
		if n := s.tags[k+1]; n == "IN" || n == "DT" || n == "RP" || n == "PRP$" || n == "NNP" {
			s.tags[k-1], s.tags[k], s.words.Lemma[k] = "TO", "VB", s.words.Norm[k]
		}
	}
}

// sameFormPasts are verbs whose past form is their base form: "cut" may
// well be past.
var sameFormPasts = map[string]bool{
	"put": true, "cut": true, "hit": true, "set": true, "let": true, "spread": true, "cast": true,
	"quit": true, "shut": true, "bet": true, "hurt": true, "cost": true, "read": true, "beat": true,
	"bid": true, "burst": true, "broadcast": true, "forecast": true, "upset": true, "thrust": true,
}

// retagSubjunctives reads "demanded that Kyiv withdraw its forces" right:
// a base form the tagger called a past tense is a present or, in the
// that-clause of a demand, appeal or threat, a subjunctive.
func (c *Coder) retagSubjunctives(s *sentence) {
	for k := 1; k+1 < len(s.tags) && !c.opts.Literal; k++ {
		// "demanded that all armed groups in the capital hand/NN their
		// weapons over": a verb the tagger read as a noun, between the
		// clause's subject and its object.
		if s.tags[k] != "NN" || s.words.Norm[k] != s.words.Lemma[k] || !isNounTag(s.tags[k-1]) || len(c.dict.Verbs.Lookup(s.words.Norm[k])) == 0 {
			continue
		}
		if n := s.tags[k+1]; n != "PRP$" && n != "DT" && n != "IN" {
			continue
		}
		for j := k - 1; j >= 1 && j >= k-10; j-- {
			if s.words.Norm[j] == "that" && isVerbTag(s.tags[j-1]) && c.contentVerb(s, s.first+j-1) {
				s.tags[k] = "VB"
				break
			}
		}
	}
	for k := 1; k < len(s.tags); k++ {
		if t := s.tags[k]; t != "VBD" && t != "VBP" || s.words.Norm[k] != s.words.Lemma[k] || sameFormPasts[s.words.Norm[k]] {
			continue
		}
		s.tags[k] = "VBP"
		for j := k - 1; j >= 1 && j >= k-6; j-- {
			if s.words.Norm[j] == "that" && isVerbTag(s.tags[j-1]) && c.contentVerb(s, s.first+j-1) {
				s.tags[k] = "VB"
				break
			}
		}
	}
}

// repairVerbLemmas gives a verb form the dictionary verb it inflects when
// the rule lemmatizer, which knows only the training corpus's words, missed
// it: "telephoned" is "telephone", not "telephon"; "convening" is
// "convene"; "boycotted" is "boycott".
func (c *Coder) repairVerbLemmas(s *sentence) {
	for k, lemma := range s.words.Lemma {
		if t := s.tags[k]; t != "VBD" && t != "VBN" && t != "VBG" && t != "VBZ" || len(c.dict.Verbs.Lookup(lemma)) > 0 {
			continue
		}
		if base, ok := c.dict.Verbs.BaseForm(s.words.Norm[k]); ok {
			s.words.Lemma[k] = base
		}
	}
}

func (c *Coder) retagPastForms(s *sentence) {
	for k := 1; k+1 < len(s.tags); k++ {
		t := s.tags[k]
		if t == "VBP" && !c.opts.Literal {
			// "border guards shot a man": a present tense is the verb's
			// base; a dictionary verb's other form there is its past.
			if vs := c.dict.Verbs.Lookup(s.words.Norm[k]); len(vs) > 0 {
				if v := vs[0]; v.Head < len(v.Words) && v.Words[v.Head] != s.words.Norm[k] && !strings.HasSuffix(s.words.Norm[k], "ing") && !strings.HasSuffix(s.words.Norm[k], "s") {
					s.tags[k], s.words.Lemma[k] = "VBD", v.Words[v.Head]
					continue
				}
			}
		}
		if lemma, ok := reportingForms[s.words.Norm[k]]; ok && t == "VBN" && isNounTag(s.tags[k-1]) {
			// "the official said" rather than "the figure reported by":
			// only "by" and "to" keep the participle.
			if n := s.words.Norm[k+1]; n != "by" && n != "to" {
				s.tags[k], s.words.Lemma[k] = "VBD", lemma
			}
			continue
		}
		if t != "NN" && t != "JJ" && t != "VBN" || s.words.Norm[k] != s.words.Text[k] {
			continue
		}
		lemma, ok := pastForms[s.words.Norm[k]]
		if !ok {
			if lemma, ok = c.dict.Verbs.PastForm(s.words.Norm[k]); !ok {
				continue
			}
		}
		prev, next := s.tags[k-1], s.tags[k+1]
		if strings.HasPrefix(prev, "RB") && k >= 2 && s.tags[k-2] != "VBD" && s.tags[k-2] != "VBZ" && s.tags[k-2] != "VBP" {
			prev = s.tags[k-2] // "the militants also abducted": over one adverb
		}
		if !isNounTag(prev) {
			continue
		}
		// "Rutte spoke by phone with", "its aircraft struck depots": a
		// past form right after its subject, before its object or a
		// preposition, is the verb. "soldiers killed in the attack" (a
		// participle before "in") stays as tagged.
		switch {
		case t == "VBN" && (next == "DT" || next == "NNP" || next == "PRP$" || next == "CD" || next == "NN" && k+2 < len(s.tags) && strings.HasPrefix(s.tags[k+2], "NN")):
		case t == "VBN" && k+2 < len(s.tags) && s.words.Norm[k+1] == "at" && s.words.Norm[k+2] == "least" && !finiteBefore(s, k):
			// "Police detained at least 40 people"
		case t == "VBN" && s.words.Norm[k+1] == "fire" && (s.words.Norm[k] == "exchanged" || s.words.Norm[k] == "opened" || s.words.Norm[k] == "returned"):
			// "Radaa fighters and a brigade exchanged fire"
		case t == "VBN" && !s.headline && s.words.Norm[k+1] == "on" && k+3 < len(s.tags) && timeWords[s.words.Norm[k+2]] && (afterDay[s.tags[k+3]] || s.words.Norm[k+3] == "that"):
			// "the UN refugee agency appealed on Monday to the army"; "three
			// soldiers killed on Monday near the border" stays a participle.
		case t == "VBN" && (lemma == "arrive" || lemma == "land") && !finiteBefore(s, k):
			// "a C-130 Hercules landed at Labasa Airport": verbs with no
			// passive have no participle after their subject.
		case t == "VBN" && (next == "NNS" || next == "NN") && (prev == "NNP" || prev == "NNPS") && !finiteBefore(s, k):
			// "The United States imposed sanctions on the network": the
			// first verb after a named subject.
		case t != "VBN" && (next == "DT" || next == "NNP" || next == "PRP$" || next == "CD" || next == "IN" || next == "TO" || next == "RP" || next == "PRP" || next == "JJ"):
		case t != "VBN" && (next == "NNS" || next == "NN") && (prev == "NNP" || prev == "NNPS" || prev == "PRP"):
			// "the Treasury on Monday imposed sanctions"
		default:
			continue
		}
		s.tags[k], s.words.Lemma[k] = "VBD", lemma
	}
}

// retagNounCompounds reads a present verb right after a singular noun of a
// noun phrase as the noun it is: "the nighttime curfew it had imposed"
// (a singular subject takes "-s"); collective nouns keep the verb ("the
// police say").
func retagNounCompounds(s *sentence) {
	for k := 2; k < len(s.tags); k++ {
		if t := s.tags[k]; t != "VBP" && !(t == "VBD" && s.words.Norm[k] == s.words.Lemma[k] && !sameFormPasts[s.words.Norm[k]]) || s.tags[k-1] != "NN" || collectiveNouns[s.words.Norm[k-1]] {
			continue // (a past is inflected: "the nighttime curfew" is no past)
		}
		if p := s.tags[k-2]; p == "DT" || p == "JJ" || p == "PRP$" {
			s.tags[k] = "NN"
		}
	}
	// "dismissed the espionage charges": a present right after an object
	// noun phrase (a verb, a determiner, a noun) is a plural noun.
	for k := 3; k < len(s.tags); k++ {
		if s.tags[k] == "VBZ" && s.tags[k-1] == "NN" && s.tags[k-2] == "DT" && strings.HasPrefix(s.tags[k-3], "VB") && strings.HasSuffix(s.words.Norm[k], "s") {
			s.tags[k] = "NNS"
		}
	}
	// "flew emergency supplies into Vanua Levu": a present right after a
	// past verb and a bare noun is the plural head of its object (a body
	// does not take a bare singular subject mid-sentence).
	for k := 2; k < len(s.tags); k++ {
		if s.tags[k] == "VBZ" && s.tags[k-1] == "NN" && s.tags[k-2] == "VBD" && !s.headline && strings.HasSuffix(s.words.Norm[k], "s") && !isCapitalised(s.words.Text[k-1]) && !statementVerbs[s.words.Lemma[k-2]] {
			s.tags[k] = "NNS"
		}
	}
}

// institutionNouns are the heads of actor names, never verbs: "Iraq's
// water resources ministry urged" is no "resources ministry".
var institutionNouns = map[string]bool{
	"ministry": true, "ministries": true, "government": true, "parliament": true, "embassy": true,
	"council": true, "agency": true, "commission": true, "committee": true, "directorate": true,
	"department": true, "office": true, "presidency": true, "secretariat": true, "authority": true,
	"authorities": true, "administration": true, "army": true, "navy": true, "military": true,
}

// retagInstitutions tags the head of an institution's name as the noun it
// is, whatever the tagger said.
func retagInstitutions(s *sentence) {
	for k := 1; k < len(s.tags); k++ {
		if institutionNouns[s.words.Norm[k]] && isVerbTag(s.tags[k]) {
			s.tags[k], s.words.Lemma[k] = "NN", s.words.Norm[k]
			if w := s.words.Norm[k]; strings.HasSuffix(w, "ies") {
				s.tags[k], s.words.Lemma[k] = "NNS", strings.TrimSuffix(w, "ies")+"y"
			}
		}
	}
}

// collectiveNouns take a plural verb in a singular form.
var collectiveNouns = map[string]bool{
	"police": true, "people": true, "government": true, "military": true, "public": true,
	"majority": true, "family": true, "team": true, "staff": true, "crew": true, "youth": true,
	"media": true, "clergy": true, "cattle": true,
}

// retagSeriesPasts reads a participle in a series of predicates as a past:
// "condemned the arrests, called on its workers to ..., and said that";
// "X, detained on Monday, said" keeps its participle (no ", and" + past
// follows).
func retagSeriesPasts(s *sentence) {
	for k := 2; k+1 < len(s.tags); k++ {
		if s.tags[k] != "VBN" || s.words.Norm[k-1] != "," {
			continue
		}
		before := false
		for j := k - 2; j >= 0; j-- {
			if s.tags[j] == "VBD" && s.words.Lemma[j] != "be" && s.words.Lemma[j] != "have" {
				before = true
				break
			}
		}
		after := false
		for j := k + 1; j+2 < len(s.tags) && j <= k+25; j++ {
			if s.words.Norm[j] == "," && s.words.Norm[j+1] == "and" && s.tags[j+2] == "VBD" {
				after = true
				break
			}
		}
		if before && after {
			s.tags[k] = "VBD"
		}
	}
}

// retagDayAdverbs reads "yesterday", "today" and "tonight" before a verb
// as the adverbs they are there: in "Poland yesterday summoned the envoy"
// the tagger's noun would end the subject before the verb. It also reads
// "warning" before "shots" as a noun.
func retagDayAdverbs(s *sentence) {
	for k := 1; k+1 < len(s.tags); k++ {
		switch s.words.Norm[k] {
		case "warning":
			if n := s.words.Norm[k+1]; n == "shots" || n == "shot" {
				s.tags[k] = "NN" // "fired tear gas and warning shots": no warning given
			}
		case "yesterday", "today", "tonight":
			if t := s.tags[k+1]; strings.HasPrefix(s.tags[k], "NN") && (isVerbTag(t) || t == "MD") {
				s.tags[k] = "RB"
			}
		}
	}
}

// retagPlaceAdjectives reads "occupied", "annexed" or "disputed" between a
// preposition and a place name as the adjective it is: "struck a patrol
// boat near occupied Crimea" tells no occupation.
func retagPlaceAdjectives(s *sentence) {
	for k := 1; k+1 < len(s.tags); k++ {
		switch s.words.Norm[k] {
		case "occupied", "annexed", "disputed", "contested", "besieged", "embattled", "liberated":
			if p := s.tags[k-1]; s.tags[k+1] == "NNP" && (p == "IN" || p == "DT" || p == "RB" || p == ",") {
				s.tags[k] = "JJ"
			}
		}
	}
}

// retagCountedNouns reads a plural the tagger took for a verb after a
// number and a noun as the noun it is: "600 aid trucks into Gaza".
func retagCountedNouns(s *sentence) {
	for k := 2; k < len(s.tags); k++ {
		if s.tags[k] == "VBZ" && s.tags[k-1] == "NN" && s.tags[k-2] == "CD" && strings.HasSuffix(s.words.Norm[k], "s") {
			s.tags[k] = "NNS"
		}
	}
}

// retagCoordinatedPasts reads a participle after "and" as a past when the
// verb it is coordinated with is one: "condemned the crackdown on Tuesday
// and called on his supporters"; "was arrested and charged" keeps its
// participle.
func retagCoordinatedPasts(s *sentence) {
	for k := 2; k+1 < len(s.tags); k++ {
		if s.tags[k] != "VBN" || s.words.Norm[k-1] != "and" {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-15; j-- {
			t := s.tags[j]
			if t == ":" || s.words.Norm[j] == "who" || s.words.Norm[j] == "which" || s.words.Norm[j] == "that" {
				break
			}
			if !isVerbTag(t) && t != "MD" {
				continue
			}
			if t == "VBD" && s.words.Lemma[j] != "be" && s.words.Lemma[j] != "have" {
				s.tags[k] = "VBD"
			}
			break
		}
	}
}

// afterDay are the tags after "on Monday" that show a finite verb before
// it: its object or complement.
var afterDay = map[string]bool{"TO": true, "DT": true, "NNP": true, "PRP$": true, "CD": true, "PRP": true}

// isNounTag reports a noun or personal pronoun tag: a possible subject.
func isNounTag(t string) bool {
	return t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" || t == "PRP"
}

// finiteBefore reports a finite verb before token k in the sentence.
func finiteBefore(s *sentence, k int) bool {
	for j := 0; j < k; j++ {
		if t := s.tags[j]; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return true
		}
	}
	return false
}

// retagContentThat reads "that" after a reported day as the conjunction
// that opens what was said: "said on Wednesday that miners would return"
// (the tagger takes "Wednesday that" for a relative clause); and a plural
// noun the tagger read as a verb before an auxiliary as the noun.
func retagContentThat(s *sentence) {
	for k := 1; k < len(s.tags); k++ {
		if s.tags[k] == "VBZ" && !strings.HasSuffix(s.words.Norm[k], "s") && s.words.Norm[k] != "'s" {
			s.tags[k] = "VB" // "that the government repeal/VBZ the decree": no third person without -s
		}
	}
	for k := 0; k+1 < len(s.tags); k++ {
		opens := k == 0 || s.tags[k-1] == "DT" || s.tags[k-1] == ":" || s.tags[k-1] == "JJ"
		if opens && s.tags[k] == "VBZ" && strings.HasSuffix(s.words.Norm[k], "s") && (s.tags[k+1] == "VBN" || s.tags[k+1] == "VBD") && strings.HasSuffix(s.words.Norm[k+1], "ed") {
			// "Troops/VBZ clashed/VBN with ELN fighters": a plural noun
			// opening the clause, then its past verb.
			s.tags[k], s.tags[k+1] = "NNS", "VBD"
		}
	}
	for k := 2; k+1 < len(s.tags); k++ {
		if s.tags[k] == "VBZ" && strings.HasSuffix(s.words.Norm[k], "s") && (s.tags[k+1] == "MD" || auxiliaries[s.words.Lemma[k+1]] && s.words.Norm[k+1] != "be") && (s.tags[k-1] == "IN" || s.tags[k-1] == "WDT" || s.tags[k-1] == "DT" || s.tags[k-1] == "JJ") {
			// "that troops had rescued", "the militants would": a plural
			// noun before its auxiliary, not a verb.
			s.tags[k] = "NNS"
			continue
		}
		if s.words.Norm[k] != "that" || s.tags[k] != "WDT" || !timeWords[s.words.Norm[k-1]] && !dayParts[s.words.Norm[k-1]] {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if _, ok := reportingForms[s.words.Norm[j]]; ok || s.tags[j] == "VBD" {
				s.tags[k] = "IN"
				break
			}
		}
	}
}

// retagDetainedModifiers reads a detention participle between a verb or a
// preposition and the noun it describes as an adjective: "to allow jailed
// PKK founder Abdullah Ocalan to meet", "visited detained activists".
func retagDetainedModifiers(s *sentence) {
	for k := 1; k+1 < len(s.tags); k++ {
		if t := s.tags[k]; t != "VBN" && t != "VBD" {
			continue
		}
		switch s.words.Norm[k] {
		case "jailed", "detained", "imprisoned", "exiled", "arrested":
		default:
			continue
		}
		prev, next := s.tags[k-1], s.tags[k+1]
		if (prev == "VB" || prev == "IN") && (next == "NNP" || next == "NN" || next == "NNS" || next == "JJ") {
			s.tags[k] = "JJ"
		}
	}
}

// retagListedParticiples reads a participle listed after a noun object of
// a finite verb as an adjective: "removed rocks and burning/VBG tyres" (a
// list of things), unlike "blocking roads and burning tyres" (two acts).
func retagListedParticiples(s *sentence) {
	for k := 2; k+1 < len(s.tags); k++ {
		if s.tags[k] != "VBG" || s.words.Norm[k-1] != "and" || s.tags[k-2] != "NNS" || s.tags[k+1] != "NNS" {
			continue
		}
		for j := k - 3; j >= 0 && j >= k-5; j-- {
			if t := s.tags[j]; strings.HasPrefix(t, "VB") {
				if t == "VBD" || t == "VBZ" || t == "VBP" {
					s.tags[k] = "JJ"
				}
				break
			}
		}
	}
}
