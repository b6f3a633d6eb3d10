package coder

import "github.com/parley-events/parley"

// dedupe keeps one event per act within an article: the same source,
// target and code told in the headline, the lede and the body become one
// event (the first report) with the others as mentions.
// pub is the publication date: a later report that dates the act more
// precisely ("this Thursday") gives the kept event its date.
func (c *Coder) dedupe(events []parley.Event, pub string, headline func(sentence int) bool) []parley.Event {
	events = dropHeadlineEchoes(events, headline)
	if !c.opts.Literal {
		events = dropVaguerReports(events, pub)
		events = dropGeneralReports(events)
	}
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
			if out[i].Date == pub && e.Date != pub && e.Date != "" {
				out[i].Date = e.Date
			}
			if e.Place != nil && (out[i].Place == nil || out[i].Place.Start == 0 && e.Place.Start != 0) {
				out[i].Place = e.Place
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
	}
	return out
}

// dropHeadlineEchoes drops a headline's event when the body reports an act
// of the same kind (same QuadClass) between the same actors: headlines
// compress ("X strikes Y") what the body codes precisely ("X's warplanes
// struck Y's depots with missiles").
func dropHeadlineEchoes(events []parley.Event, headline func(int) bool) []parley.Event {
	type pair struct {
		src, tgt string
		quad     int
	}
	body := map[pair]bool{}
	// Headlines name actors loosely ("Ecuador declares ...", the body
	// "Noboa declared ..."): compare the first code segment (the country).
	short := func(code string) string {
		if len(code) > 3 {
			return code[:3]
		}
		return code
	}
	key := func(e parley.Event) pair {
		p := pair{src: short(e.Source.Code), quad: e.Quad}
		if e.Target != nil {
			p.tgt = short(e.Target.Code)
		}
		return p
	}
	for _, e := range events {
		if !headline(e.Sentence) {
			body[key(e)] = true
		}
	}
	out := events[:0:0]
	for _, e := range events {
		if headline(e.Sentence) && body[key(e)] && !hasSame(events, e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// hasSame reports a body event with the same source, target and code (the
// ordinary dedupe keeps the first report then).
func hasSame(events []parley.Event, h parley.Event) bool {
	for _, e := range events {
		if e.Sentence != h.Sentence && e.Code == h.Code && e.Source.Code == h.Source.Code && (e.Target == nil) == (h.Target == nil) && (e.Target == nil || e.Target.Code == h.Target.Code) {
			return true
		}
	}
	return false
}

// dropVaguerReports keeps one event for an act told twice with actors of
// different precision: "Kazakhstan lodged a protest with Ukraine" in the
// lede and "the foreign ministry handed Ukraine's ambassador a protest note"
// in the body are one protest, coded with the most specific actors any
// report gives. A report is vaguer when its source and target are each the
// other's or that actor's bare country, and one of them is bare.
func dropVaguerReports(events []parley.Event, pub string) []parley.Event {
	vaguer := func(a, b string) bool { return a == b || len(a) == 3 && len(b) > 3 && b[:3] == a }
	drop := make([]bool, len(events))
	for i, a := range events {
		for j, b := range events {
			if i == j || drop[j] || a.Sentence == b.Sentence || a.Code != b.Code || (a.Target == nil) != (b.Target == nil) || a.Historical != b.Historical {
				continue
			}
			if !vaguer(a.Source.Code, b.Source.Code) {
				continue
			}
			same := a.Source.Code == b.Source.Code
			if a.Target != nil {
				if !vaguer(a.Target.Code, b.Target.Code) {
					continue
				}
				same = same && a.Target.Code == b.Target.Code
			}
			if same {
				continue // the ordinary dedupe keeps the first report
			}
			drop[i] = true
			if b.Date == pub && a.Date != pub && a.Date != "" {
				events[j].Date = a.Date
			}
			events[j].Mentions = append(events[j].Mentions, parley.Mention{Sentence: a.Sentence, Start: a.Evidence.Start, End: a.Evidence.End})
			break
		}
	}
	out := events[:0:0]
	for i, e := range events {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// dropGeneralReports drops a headline's or lede's act of force told with
// its root's general code ("190" for "killed four soldiers"), or its
// protest told with a three-digit code ("144" for "blocked highways"), when
// the body
// tells an act of the same root between the same actors, or more precise
// ones, on the same day with a more specific code ("came under rifle fire":
// 193): one act, coded as precisely as any report allows.
func dropGeneralReports(events []parley.Event) []parley.Event {
	covers := func(a, b string) bool { return a == b || len(a) == 3 && len(b) > 3 && b[:3] == a }
	out := events[:0:0]
	for i, a := range events {
		general := len(a.Code) == 3 && (a.Code[:2] == "14" || a.Code[2] == '0' && (a.Code[:2] == "18" || a.Code[:2] == "19" || a.Code[:2] == "20")) && a.Sentence <= 2
		dropped := false
		for j, b := range events {
			if !general || i == j || b.Sentence <= a.Sentence || len(b.Code) < 3 || b.Code[:2] != a.Code[:2] || b.Code == a.Code {
				continue
			}
			if (a.Target == nil) != (b.Target == nil) || a.Historical != b.Historical || a.Date != "" && b.Date != "" && a.Date != b.Date {
				continue
			}
			if !covers(a.Source.Code, b.Source.Code) || a.Target != nil && !covers(a.Target.Code, b.Target.Code) {
				continue
			}
			dropped = true
			break
		}
		if !dropped {
			out = append(out, a)
		}
	}
	return out
}
