package coder

import "github.com/parley-events/parley"

// dedupe keeps one event per act within an article: the same source,
// target and code told in the headline, the lede and the body become one
// event (the first report) with the others as mentions.
func (c *Coder) dedupe(events []parley.Event) []parley.Event {
	type key struct{ src, tgt, code string }
	seen := map[key]int{}
	out := events[:0:0]
	for _, e := range events {
		k := key{src: e.Source.Code, code: e.Code}
		if e.Target != nil {
			k.tgt = e.Target.Code
		}
		if i, ok := seen[k]; ok {
			if out[i].Sentence != e.Sentence {
				out[i].Mentions = append(out[i].Mentions, parley.Mention{Sentence: e.Sentence, Start: e.Evidence.Start, End: e.Evidence.End})
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
	}
	return out
}
