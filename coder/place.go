package coder

import (
	"github.com/parley-events/parley"
	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/geo"
)

// placeOf says where the act whose trigger is trig happened: a place the
// sentence names after in/at/near/to (the nearest to the trigger, the
// destination of a visit first), looked up in the gazetteer in the context
// of the article's countries; else, for acts done on a territory (attacks,
// coercion), the target's country; else none.
func (c *Coder) placeOf(doc *parley.Doc, s *sentence, trig parley.Span, tgt *mention, code string) *parley.Place {
	if tgt != nil && tgt.place {
		return c.named(doc, s, tgt) // "visited Kyiv": the visited place
	}
	var best *mention
	bestDist := 1 << 30
	for i := range s.mentions {
		m := &s.mentions[i]
		// "police in Minneapolis" act as the country's police, and are
		// still in Minneapolis.
		cityOfAgent := m.agent != nil && (m.kind == dict.KindCity || m.kind == dict.KindRegion)
		if !m.place && !cityOfAgent || m.code == "" || c.borderSide(s, m) {
			continue
		}
		start := doc.Tokens[m.first].Start
		dist := start - trig.End
		if dist < 0 {
			dist = (trig.Start - start) * 2 // places before the trigger count less
		}
		if isVisit(code) && m.destination {
			dist = -1
		}
		if dist < bestDist {
			best, bestDist = m, dist
		}
	}
	if best != nil {
		return c.named(doc, s, best)
	}
	countryPlace := func(m *mention) *parley.Place {
		if m == nil {
			return nil
		}
		if country := c.country(m.code); country != "" {
			return &parley.Place{Name: country, Country: country, Kind: "country"}
		}
		return nil
	}
	switch {
	case code == "042" && tgt != nil:
		return countryPlace(tgt) // a visit happens at the host's
	case len(code) >= 2 && (code[:2] == "17" || code[:2] == "18" || code[:2] == "19" || code[:2] == "20") && tgt != nil:
		if p := countryPlace(tgt); p != nil {
			return p // force is used on the target's ground
		}
	}
	// Else the place the article last named, within a few sentences: "in
	// Berlin on Tuesday ... Zelensky thanked Merz".
	if s.lastPlace != nil {
		p := *s.lastPlace
		p.Start, p.End = 0, 0
		return &p
	}
	return nil
}

// borderSide reports a country adjective that only names the far side of a
// border ("stranded in the desert near the Algerian border"): the act is
// near the border, most often on the near side, so it names no place.
func (c *Coder) borderSide(s *sentence, m *mention) bool {
	if c.opts.Literal || m.kind != dict.KindAdjective || m.last >= s.last {
		return false
	}
	l := s.lemma(m.last)
	return l == "border" || l == "frontier"
}

// named turns a place mention into a Place, with the gazetteer's
// coordinates when it knows the name.
func (c *Coder) named(doc *parley.Doc, s *sentence, m *mention) *parley.Place {
	start, end := doc.Tokens[m.first].Start, doc.Tokens[m.last-1].End
	text := doc.Text[start:end]
	country := m.placeCode
	if country == "" && len(m.code) >= 3 {
		country = m.code[:3]
	}
	p := &parley.Place{Name: text, Country: country, Start: start, End: end}
	switch m.kind {
	case dict.KindCountry:
		p.Kind = "country"
	case dict.KindCapital:
		p.Kind = "capital"
	case dict.KindCity:
		p.Kind = "city"
	case dict.KindRegion:
		p.Kind = "region"
	}
	if c.opts.Gazetteer == nil {
		return p
	}
	// "Paris, Texas": a region in apposition comes first in the context,
	// then the country the dictionary gave, then the article's countries.
	var context []string
	if m.last+1 < s.last && s.norm(m.last) == "," && isName(s, m.last+1) {
		if r, ok := c.opts.Gazetteer.Lookup(s.text(m.last+1), s.context); ok && r.Kind == geo.KindRegion {
			context = append(context, r.Region(), r.Country)
			country = ""
		}
	}
	context = append(context, country)
	context = append(context, s.context...)
	if g, ok := c.opts.Gazetteer.Lookup(text, context); ok && (country == "" || g.Country == country) {
		p.Name, p.Country, p.Admin1, p.Lat, p.Lon, p.Kind, p.GeoNameID = g.Name, g.Country, g.Admin1, g.Lat, g.Lon, string(g.Kind), g.GeoNameID
	}
	return p
}
