package coder

import (
	"fmt"
	"io"
	"strings"

	"github.com/parley-events/parley"
)

// Explain writes, for each sentence of an annotated document, its tagged
// words, the actors and places found, and the dictionary verbs seen: the
// answer to "why was this (not) coded?".
func (c *Coder) Explain(w io.Writer, doc *parley.Doc) {
	date := doc.Article.Published
	if date.IsZero() {
		date = c.now()
	}
	st := newDocState(date)
	for si := range doc.Sentences {
		s := c.prepare(doc, si)
		c.findMentions(s, st)
		c.registerAliases(s, st)
		var b strings.Builder
		for k := s.first; k < s.last; k++ {
			fmt.Fprintf(&b, "%s/%s ", s.text(k), s.tag(k))
		}
		fmt.Fprintf(w, "[%d] %s\n", si, strings.TrimSpace(b.String()))
		for _, m := range s.mentions {
			kind := "actor"
			if m.place {
				kind = "place"
			}
			fmt.Fprintf(w, "    %s %q %s group=%d\n", kind, doc.Text[doc.Tokens[m.first].Start:doc.Tokens[m.last-1].End], m.code, m.group)
		}
		for v := s.first; v < s.last; v++ {
			if verbs, _ := c.verbAt(s, v); verbs != nil {
				fmt.Fprintf(w, "    verb %q (%s) block %s mood=%s\n", s.text(v), verbs[0].Code, verbs[0].Block.Name, c.mood(s, v).kind)
			}
		}
		c.remember(doc, s, st)
	}
}
