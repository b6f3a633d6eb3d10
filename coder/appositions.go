package coder

import (
	"strings"

	"github.com/parley-events/parley/dict"
)

// Unknown bodies introduced by an apposition: wire copy names a party or an
// armed group the dictionaries may not know and says at once what it is:
// "the Islamic Action Front (IAF), the largest party in parliament", "the
// Ta'ang National Liberation Army, an ethnic armed group".

// appositionRoles maps the head noun of such an apposition to the role of
// the body it describes.
var appositionRoles = map[string]string{
	"party": "OPP", "opposition": "OPP", "bloc": "OPP", "coalition": "OPP", "alliance": "OPP",
	"group": "REB", "militia": "UAF", "insurgency": "REB", "guerrilla": "REB", "rebels": "REB",
	"union": "LAB", "federation": "LAB", "confederation": "LAB",
	"newspaper": "MED", "broadcaster": "MED", "agency": "MED",
}

// appositionQualifiers say which groups are armed: "armed group", "rebel
// group", "militant group"; other groups ("a rights group", "an advocacy
// group") are not coded.
var armedQualifiers = map[string]bool{
	"armed": true, "rebel": true, "militant": true, "insurgent": true, "jihadist": true,
	"separatist": true, "paramilitary": true, "ethnic": true, "guerrilla": true, "islamist": true,
}

// namedByApposition adds a mention for an unknown capitalised name that an
// apposition describes, coded with the role the apposition gives and the
// country it names or, failing that, the article's; its acronym is filed as
// an alias for later sentences.
func (c *Coder) namedByApposition(s *sentence, st *docState) {
	added := false
	for k := s.first; k < s.last; k++ {
		if s.at[k-s.first] >= 0 || !isName(s, k) || k == s.first && !isAcronym(s.text(k)) {
			continue
		}
		end := k
		for end < s.last && isName(s, end) && s.at[end-s.first] < 0 {
			end++
		}
		if end-k < 2 && !isAcronym(s.text(k)) {
			k = end
			continue
		}
		j, acronym := end, ""
		if j+2 < s.last && s.norm(j) == "(" && isAcronym(s.text(j+1)) && s.norm(j+2) == ")" {
			acronym, j = s.norm(j+1), j+3
		}
		role, country := c.appositionRole(s, j)
		if role == "" {
			k = end - 1
			continue
		}
		if country == "" {
			if country = dominant(st.countries); country == "" {
				country = st.dateline
			}
		}
		if country == "" {
			k = end - 1
			continue
		}
		code := country + role
		s.mentions = append(s.mentions, mention{first: k, last: end, code: code, kind: dict.KindActor})
		if acronym != "" {
			st.aliases[acronym] = aliasInfo{code: code}
		}
		added = true
		k = end - 1
	}
	if added {
		s.reindex()
	}
}

// appositionRole reads ", the largest party in parliament" or ", an ethnic
// armed group" starting at token j: the role and the country it names.
func (c *Coder) appositionRole(s *sentence, j int) (role, country string) {
	if j+2 >= s.last || s.norm(j) != "," {
		return "", ""
	}
	k := j + 1
	if t := s.tag(k); t != "DT" {
		return "", ""
	}
	armed := false
	for k++; k < s.last && k <= j+6; k++ {
		w := s.norm(k)
		if m := s.mentionAt(k); m != nil {
			if m.kind == dict.KindAdjective || m.kind == dict.KindCountry {
				country = c.country(m.code)
				k = m.last - 1
				continue
			}
			return "", ""
		}
		if armedQualifiers[w] {
			armed = true
		}
		if r, ok := appositionRoles[w]; ok {
			if r == "REB" && w == "group" && !armed {
				return "", "" // "a rights group", "an advocacy group"
			}
			if r == "OPP" && k > 0 && (s.norm(k-1) == "ruling" || s.norm(k-1) == "governing") {
				r = "GOV"
			}
			return r, country
		}
		if t := s.tag(k); !strings.HasPrefix(t, "JJ") && t != "RBS" && t != "NN" && t != "HYPH" && t != "VBN" {
			return "", ""
		}
	}
	return "", ""
}

// isAcronym reports a word of two to six capitals: "IAF", "TNLA".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
