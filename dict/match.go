package dict

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words is a sentence's words prepared for matching: Norm holds the
// normalised forms, Text the words as written (for case checks), Lemma the
// lemmas.
type Words struct {
	Norm, Text, Lemma []string
}

// LongestActor returns the longest actor phrase starting at word i, and its
// length in words; nil when none matches. Actor phrases must have a
// capitalised word in the text, so "turkey" the bird is not Türkiye.
func (d *Dictionary) LongestActor(w Words, i int) (*Actor, int) {
	for _, m := range d.actors[w.Norm[i]] {
		if n := m.matchAt(w, i, false); n > 0 && capitalised(w.Text[i:i+n]) {
			return m.actor, n
		}
	}
	return nil, 0
}

// LongestAgent returns the longest agent phrase starting at word i; the last
// word may match by lemma ("troops" -> "troop").
func (d *Dictionary) LongestAgent(w Words, i int) (*Agent, int) {
	for _, m := range d.agents[w.Norm[i]] {
		if n := m.matchAt(w, i, true); n > 0 {
			return m.agent, n
		}
	}
	return nil, 0
}

// matchAt reports how many words of w from i the phrase covers (0: none).
func (p *phrase) matchAt(w Words, i int, lemmaLast bool) int {
	if i+len(p.words) > len(w.Norm) {
		return 0
	}
	last := len(p.words) - 1
	for k, pw := range p.words {
		got := w.Norm[i+k]
		switch {
		case got == pw:
		case k == last && p.stem && strings.HasPrefix(got, pw):
		case k == last && lemmaLast && w.Lemma != nil && w.Lemma[i+k] == pw:
		default:
			return 0
		}
	}
	if p.exactCase {
		for k, o := range p.original {
			if w.Text[i+k] != o {
				return 0
			}
		}
	}
	return len(p.words)
}

func capitalised(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// DiscardAt returns the discard phrase starting at word i, if any.
func (d *Dictionary) DiscardAt(w Words, i int) *Discard {
	for _, ds := range d.discards[w.Norm[i]] {
		if i+len(ds.Words) > len(w.Norm) {
			continue
		}
		ok := true
		for k, dw := range ds.Words {
			got := w.Norm[i+k]
			if got != dw && !(k == len(ds.Words)-1 && ds.Stem && strings.HasPrefix(got, dw)) {
				ok = false
				break
			}
		}
		if ok {
			return ds
		}
	}
	return nil
}
