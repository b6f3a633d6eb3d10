package nlp

import "strings"

// Rel is a dependency relation, a coarse version of the Universal
// Dependencies relations: the subtypes that matter for who did what to whom
// (nsubj:pass, obl:agent, nmod:poss, acl:relcl, aux:pass, compound:prt) are
// kept, the others folded into their main type.
type Rel uint8

// The relations the parser predicts.
const (
	RelDep       Rel = iota // anything else
	RelRoot                 // the root of the sentence
	RelNsubj                // nominal subject
	RelNsubjPass            // subject of a passive
	RelCsubj                // clausal subject
	RelObj                  // direct object
	RelIobj                 // indirect object
	RelObl                  // oblique: "talks [in] Istanbul", "on Monday"
	RelAgent                // the by-phrase of a passive
	RelNmod                 // noun modifier: "the leader [of] Russia"
	RelPoss                 // possessive: "Russia['s] army"
	RelCcomp                // clausal complement: "said [that] ..."
	RelXcomp                // open complement: "agreed to [meet]"
	RelAdvcl                // adverbial clause
	RelAcl                  // clause modifying a noun
	RelRelcl                // relative clause
	RelConj                 // conjunct
	RelCc                   // coordinating conjunction
	RelAux                  // auxiliary
	RelAuxPass              // passive auxiliary
	RelCop                  // copula
	RelMark                 // subordinating marker
	RelCase                 // case marker (preposition)
	RelDet                  // determiner
	RelAmod                 // adjective modifier
	RelAdvmod               // adverb modifier
	RelCompound             // compound
	RelPrt                  // verb particle: "called [off]"
	RelAppos                // apposition
	RelFlat                 // flat name
	RelNummod               // number
	RelPunct                // punctuation
	RelParataxis            // parataxis
	RelExpl                 // expletive
	RelFixed                // fixed expression: "because [of]"
	numRels
)

var relNames = [numRels]string{
	"dep", "root", "nsubj", "nsubj:pass", "csubj", "obj", "iobj", "obl", "obl:agent",
	"nmod", "nmod:poss", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "conj", "cc",
	"aux", "aux:pass", "cop", "mark", "case", "det", "amod", "advmod", "compound",
	"compound:prt", "appos", "flat", "nummod", "punct", "parataxis", "expl", "fixed",
}

// String returns the relation's Universal Dependencies name.
func (r Rel) String() string {
	if r < numRels {
		return relNames[r]
	}
	return "dep"
}

// relByName maps the UD relations kept whole to their Rel.
var relByName = func() map[string]Rel {
	m := make(map[string]Rel, numRels)
	for r, name := range relNames {
		m[name] = Rel(r)
	}
	return m
}()

// RelOf returns the Rel of a Universal Dependencies relation name: the
// relation itself when the parser keeps it, else its main type ("obl:tmod"
// -> obl, "nsubj:outer" -> nsubj), else RelDep.
func RelOf(name string) Rel {
	if r, ok := relByName[name]; ok {
		return r
	}
	if main, _, ok := strings.Cut(name, ":"); ok {
		switch main {
		case "csubj":
			return RelCsubj
		case "advcl":
			return RelAdvcl
		}
		if r, ok := relByName[main]; ok {
			return r
		}
	}
	return RelDep
}
