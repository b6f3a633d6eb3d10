package coder

import (
	"strings"

	"github.com/parley-events/parley/dict"
)

// Definite anaphors: wire copy names an organisation once and then calls it
// "the bloc", "the agency" or "the group".

// anaphorNouns maps the head nouns that refer back to an organisation to
// the class of body they name: "igo" for international organisations,
// "group" for armed and political groups, "any" for either.
var anaphorNouns = map[string]string{
	"bloc": "igo", "alliance": "igo", "agency": "igo", "watchdog": "igo",
	"group": "group", "militia": "group", "movement": "group", "faction": "group",
	"organisation": "any", "organization": "any",
	"crowd": "crowd", "crowds": "crowd", "mob": "crowd",
	"party":   "party",
	"charity": "ngo", // "the German charity Sea-Watch ... the charity"
	"council": "igo", // only after a council: "the UN Security Council ... the council"
}

// anaphorHeads are the head nouns of named bodies that "the council", "the
// commission" later stand for.
var anaphorHeads = map[string]bool{
	"council": true, "commission": true, "committee": true, "tribunal": true, "authority": true,
	"agency": true, "bureau": true, "directorate": true, "board": true, "forum": true,
	"front": true, "federation": true, "association": true, "confederation": true, "coalition": true,
}

// stateKinds lists the countries "the kingdom", "the emirate" and "the
// sultanate" can stand for.
var stateKinds = map[string]string{
	"kingdom":   "SAU JOR MAR GBR BHR THA KHM ESP NLD BEL SWE NOR DNK BTN LSO SWZ TON",
	"emirate":   "QAT KWT",
	"sultanate": "OMN BRN",
}

// compassWords make a region of a nationality: "South American".
var compassWords = map[string]bool{
	"south": true, "north": true, "east": true, "west": true, "central": true,
	"southeast": true, "southwest": true, "northeast": true, "northwest": true, "latin": true,
}

// bodyClass says which anaphors may name the actor of mention m.
func bodyClass(s *sentence, m mention) string {
	switch {
	case m.person && len(m.code) >= 6 && m.code[:3] == "IGO":
		return "igo" // "EU foreign policy chief Kaja Kallas ... the bloc"
	case m.person || m.kind != dict.KindActor || len(m.code) < 3:
		return ""
	case len(m.code) >= 6 && m.code[:3] == "IGO":
		return "igo"
	case len(m.code) >= 6 && crowdRoles[m.code[3:6]] && !isCapitalised(s.text(m.last-1)):
		return "crowd" // "protesters", "CHP supporters"; not the party itself
	case len(m.code) >= 6 && nonState[m.code[3:6]]:
		return "group"
	case len(m.code) >= 6 && m.code[3:6] == "NGO" || strings.HasPrefix(m.code, "NGO"):
		return "ngo"
	}
	return ""
}

// unionNouns name a workers' body whose leaders act for the workers the
// article named: "the union's leaders", "the federation's president".
var unionNouns = map[string]bool{"union": true, "federation": true, "confederation": true, "association": true}

// leaderNouns name who leads a body and speaks for it.
var leaderNouns = map[string]bool{
	"leader": true, "president": true, "chairman": true, "chairwoman": true, "chair": true,
	"head": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "secretary-general": true,
	"leadership": true,
}

// crowdRoles are the roles of the people a crowd is made of: protesters,
// supporters, workers, students.
var crowdRoles = map[string]bool{"CVL": true, "OPP": true, "LAB": true, "EDU": true}

// definiteAnaphors adds a mention for "the bloc", "the group" and the like
// that stands for the last organisation of that kind the article named.
// Only the bare noun counts: "the group of protesters", "the agency's
// chief" and "a group" name something else or someone in it.
func (c *Coder) definiteAnaphors(s *sentence, st *docState) {
	added := false
	for k := s.first; k+1 < s.last; k++ {
		if s.norm(k) == "the" && !c.opts.Literal && s.at[k+1-s.first] < 0 {
			// "thanked the kingdom for its support": the last monarchy
			// of that kind the article named.
			if kinds := stateKinds[s.norm(k+1)]; kinds != "" {
				for _, country := range st.named {
					if strings.Contains(kinds, country) {
						s.mentions = append(s.mentions, mention{first: k + 1, last: k + 2, code: country, kind: dict.KindCountry})
						added = true
						break
					}
				}
				continue
			}
		}
		if s.norm(k) == "the" && !c.opts.Literal && s.at[k+1-s.first] < 0 && isCapitalised(s.text(k+1)) {
			// "the South American country", "the Gulf state", "the Central
			// Asian nation": the country the article last named.
			j := k + 1
			regional := -1
			for j < s.last && j <= k+3 && isCapitalised(s.text(j)) && (s.tag(j) == "NNP" || s.tag(j) == "JJ" || s.tag(j) == "NNPS") {
				if i := s.at[j-s.first]; i >= 0 {
					// ("the South American country": a compass word makes a
					// nationality a region)
					if s.mentions[i].kind != dict.KindAdjective || j == k+1 || !compassWords[s.norm(j-1)] {
						break
					}
					regional = i
				}
				j++
			}
			if j < s.last && j > k+1 && s.at[j-s.first] < 0 && (s.norm(j) == "country" || s.norm(j) == "nation" || s.norm(j) == "state") && len(st.named) > 0 {
				if regional >= 0 {
					s.mentions[regional].code = ""
				}
				s.mentions = append(s.mentions, mention{first: k + 1, last: j + 1, code: st.named[0], kind: dict.KindCountry})
				added = true
				continue
			}
		}
		if b, ok := st.heads[s.norm(k+1)]; ok && s.norm(k) == "the" && !c.opts.Literal && st.sentences-b.sentence <= 8 && (k+2 >= s.last || !strings.HasPrefix(s.tag(k+2), "NN")) {
			// "the National Electoral Council ... accused the council of
			// delaying the count": the body named before.
			if i := s.at[k+1-s.first]; i < 0 {
				s.mentions = append(s.mentions, mention{first: k + 1, last: k + 2, code: b.code, kind: dict.KindActor})
				added = true
				continue
			} else if m := &s.mentions[i]; m.code == "" && m.ref == nil && m.first == k+1 && m.last == k+2 {
				m.code = b.code
				continue
			}
		}
		class := anaphorNouns[s.norm(k+1)]
		if s.norm(k) == "the" && unionNouns[s.norm(k+1)] && k+2 < s.last && s.tag(k+2) == "POS" && !c.opts.Literal {
			if b := st.bodies["crowd"]; len(b.code) >= 6 && b.code[3:6] == "LAB" {
				class = "crowd" // "the union's leaders": the union named before
			}
		}
		if s.norm(k) != "the" || class == "" {
			continue
		}
		// An agent word with no country of its own ("the crowd") may
		// still be an anaphor; any other mention is not.
		var agentWord *mention
		if i := s.at[k+1-s.first]; i >= 0 {
			if m := &s.mentions[i]; m.code == "" && m.ref == nil && m.first == k+1 && m.last == k+2 {
				agentWord = m
			} else {
				continue
			}
		}
		if k+2 < s.last && s.tag(k+2) == "POS" && class == "igo" && !c.opts.Literal {
			// "the agency's Board of Governors passed a resolution": an
			// organ of the organisation acts as the organisation.
			if b := st.bodies["igo"]; b.code != "" {
				for j := k + 3; j < s.last && j <= k+6; j++ {
					if i := s.at[j-s.first]; i >= 0 {
						if m := &s.mentions[i]; m.code == "" && m.ref == nil && !m.person {
							m.code = b.code
						}
						break
					}
				}
			}
			continue
		}
		if k+2 < s.last && s.tag(k+2) == "POS" && (class == "party" || class == "group" || class == "crowd" && unionNouns[s.norm(k+1)]) && !c.opts.Literal {
			// "warned the party's remaining workers", "the union's
			// leaders": its members act as the party.
			if b := st.bodies[class]; b.code != "" {
				for j := k + 3; j < s.last && j <= k+5; j++ {
					if i := s.at[j-s.first]; i >= 0 {
						if m := &s.mentions[i]; (memberNouns[s.lemma(m.last-1)] || leaderNouns[s.lemma(m.last-1)]) && !m.person {
							m.code, m.ref = b.code, nil
						}
						break
					}
					if t := s.tag(j); t != "JJ" && t != "VBG" && t != "VBN" {
						break
					}
				}
			}
			continue
		}
		if k+2 < s.last {
			// "accused the group of violating" still names the group.
			ofPhrase := s.norm(k+2) == "of" && !(k+3 < s.last && s.tag(k+3) == "VBG")
			if n := s.tag(k + 2); n == "NN" || n == "NNS" || n == "NNP" || n == "POS" || ofPhrase {
				continue
			}
		}
		b, ok := st.bodies[class]
		for i := range s.mentions {
			// "Kallas ... said the bloc would": named earlier in the sentence.
			if m := s.mentions[i]; m.last <= k && m.code != "" && bodyClass(s, m) == class && !c.opts.Literal {
				b, ok = body{code: m.code, sentence: st.sentences, head: s.norm(m.last - 1)}, true
			}
		}
		if class == "any" {
			igo, group := st.bodies["igo"], st.bodies["group"]
			b, ok = igo, igo.code != ""
			if group.code != "" && (!ok || group.sentence > igo.sentence) {
				b, ok = group, true
			}
		}
		if !ok || b.code == "" || s.norm(k+1) == "council" && b.head != "council" {
			continue
		}
		if agentWord != nil {
			agentWord.code = b.code
			continue
		}
		s.mentions = append(s.mentions, mention{first: k + 1, last: k + 2, code: b.code, kind: dict.KindActor})
		added = true
	}
	if !added {
		return
	}
	s.reindex()
}
