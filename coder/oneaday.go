package coder

import "github.com/parley-events/parley"

// OneADay merges events across articles as the Phoenix data set does: one
// event per (date, source, target, code, place country), the first report
// kept, with counts of the mentions, articles and outlets that reported it.
func OneADay(events []parley.Event) []parley.Event {
	type key struct{ date, src, tgt, code, place string }
	type tally struct {
		articles, outlets map[string]bool
		mentions          int
	}
	index := map[key]int{}
	var out []parley.Event
	var tallies []*tally
	for _, e := range events {
		k := key{date: e.Date, src: e.Source.Code, code: e.Code}
		if e.Target != nil {
			k.tgt = e.Target.Code
		}
		if e.Place != nil {
			k.place = e.Place.Country
		}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, e)
			tallies = append(tallies, &tally{articles: map[string]bool{}, outlets: map[string]bool{}})
		}
		t := tallies[i]
		t.mentions += 1 + len(e.Mentions)
		t.articles[e.Article] = true
		if e.Outlet != "" {
			t.outlets[e.Outlet] = true
		}
	}
	for i := range out {
		t := tallies[i]
		out[i].Counts = &parley.Counts{Mentions: t.mentions, Articles: len(t.articles), Outlets: len(t.outlets)}
	}
	return out
}
