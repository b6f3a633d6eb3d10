package geo_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/geo/internal/gazfile"
)

// fixture is a small gazetteer with the classic ambiguities, so that the
// ranking rules are tested whether or not the real gazetteer is built.
func fixture(t *testing.T) *geo.Gazetteer {
	t.Helper()
	const (
		country = gazfile.KindCountry
		capital = gazfile.KindCapital
		city    = gazfile.KindCity
		region  = gazfile.KindRegion
		prom    = gazfile.FlagProminent
	)
	rec := func(kind, flags byte, name, cc, a1code string, pop uint64, aliases ...string) gazfile.Record {
		r := gazfile.Record{Kind: kind, Flags: flags, Name: name, Country: cc, Admin1Code: a1code,
			Lat: 1, Lon: 1, Weight: pop, Aliases: aliases}
		if kind == city || kind == capital {
			r.Population = pop
		}
		return r
	}
	f := &gazfile.File{
		CodeAliases: []gazfile.CodeAlias{{Alias: "TLS", Code: "TMP"}},
		Records: []gazfile.Record{
			rec(country, 0, "France", "FRA", "", 60000000),
			rec(country, 0, "Georgia", "GEO", "", 3000000),
			rec(country, 0, "United States", "USA", "", 300000000, "USA"),
			rec(country, 0, "Libya", "LBY", "", 6000000),
			rec(country, 0, "Lebanon", "LBN", "", 5000000),
			rec(country, 0, "Timor-Leste", "TMP", "", 1000000, "East Timor"),
			rec(country, 0, "Ukraine", "UKR", "", 40000000),
			rec(region, 0, "Georgia", "USA", "GA", 9000000),
			rec(region, 0, "Texas", "USA", "TX", 25000000),
			rec(region, 0, "Washington", "USA", "WA", 7000000),
			rec(region, 0, "Kharkiv", "UKR", "07", 2500000, "Kharkiv Oblast"),
			rec(capital, prom, "Paris", "FRA", "11", 2138551),
			rec(city, 0, "Paris", "USA", "TX", 24782),
			rec(city, 0, "Paris", "USA", "TN", 10150),
			rec(capital, prom, "Washington", "USA", "DC", 601723, "Washington, D.C."),
			rec(capital, prom, "Tripoli", "LBY", "", 1150989),
			rec(city, 0, "Tripoli", "LBN", "", 229398),
			rec(city, 0, "Kharkiv", "UKR", "07", 1430885, "Kharkov"),
			rec(capital, prom, "Dili", "TMP", "", 150000),
			rec(city, 0, "Khān Yūnis", "PSE", "", 173183),
			rec(capital, 0, "Hamilton", "BMU", "", 902),
			rec(city, 0, "Hamilton", "CAN", "", 519949),
		},
	}
	f.BuildIndex()
	var buf bytes.Buffer
	if err := gazfile.Write(&buf, f); err != nil {
		t.Fatal(err)
	}
	g, err := geo.Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestRankingRules(t *testing.T) {
	g := fixture(t)
	tests := []struct {
		name    string
		context []string
		country string
		kind    geo.Kind
		region  string
	}{
		{"Paris", nil, "FRA", geo.KindCapital, "FRA.11"},
		{"paris", []string{"FRA"}, "FRA", geo.KindCapital, "FRA.11"},
		{"Paris", []string{"USA"}, "FRA", geo.KindCapital, "FRA.11"}, // rule 2: 24,782 < 2,138,551/10
		{"Paris", []string{"usa.tx"}, "USA", geo.KindCity, "USA.TX"}, // rule 1: region in context
		{"Paris", []string{"USA", "USA.TN"}, "USA", geo.KindCity, "USA.TN"},
		{"Georgia", nil, "GEO", geo.KindCountry, ""},
		{"Georgia", []string{"USA"}, "USA", geo.KindRegion, "USA.GA"},   // level 3 against 2
		{"Georgia", []string{"USA", "GEO"}, "GEO", geo.KindCountry, ""}, // rule 3
		{"Georgia", []string{"GEO", "USA"}, "GEO", geo.KindCountry, ""},
		{"Tripoli", nil, "LBY", geo.KindCapital, ""},
		{"Tripoli", []string{"LBN"}, "LBN", geo.KindCity, ""}, // rule 2: 229,398 ≥ 1,150,989/10
		{"Washington", nil, "USA", geo.KindCapital, "USA.DC"}, // the state is shadowed
		{"Washington", []string{"USA"}, "USA", geo.KindCapital, "USA.DC"},
		{"Washington state", nil, "USA", geo.KindRegion, "USA.WA"},
		{"Washington, D.C.", nil, "USA", geo.KindCapital, "USA.DC"},
		{"Kharkiv", nil, "UKR", geo.KindCity, "UKR.07"}, // the oblast is shadowed
		{"Kharkov", nil, "UKR", geo.KindCity, "UKR.07"},
		{"Kharkiv region", nil, "UKR", geo.KindRegion, "UKR.07"},
		{"Kharkiv Oblast", nil, "UKR", geo.KindRegion, "UKR.07"},
		{"Khan Younis", nil, "PSE", geo.KindCity, ""}, // loose key
		{"Dili", []string{"TLS"}, "TMP", geo.KindCapital, ""},
		{"East Timor", nil, "TMP", geo.KindCountry, ""},
		{"Hamilton", nil, "CAN", geo.KindCity, ""}, // a territory's capital is not national
		{"Texas", nil, "USA", geo.KindRegion, "USA.TX"},
	}
	for _, tt := range tests {
		p, ok := g.Lookup(tt.name, tt.context)
		if !ok {
			t.Errorf("Lookup(%q, %v): not found", tt.name, tt.context)
			continue
		}
		if p.Country != tt.country || p.Kind != tt.kind || p.Region() != tt.region {
			t.Errorf("Lookup(%q, %v) = %s %s %s %q, want %s %s %q", tt.name, tt.context,
				p.Name, p.Country, p.Kind, p.Region(), tt.country, tt.kind, tt.region)
		}
	}
	if p, ok := g.Lookup("Atlantis", nil); ok {
		t.Errorf("Lookup(Atlantis) = %+v", p)
	}
	if p, ok := g.Capital("FRA"); !ok || p.Name != "Paris" {
		t.Errorf("Capital(FRA) = %+v, %v", p, ok)
	}
	if p, ok := g.Country("tls"); !ok || p.Name != "Timor-Leste" {
		t.Errorf("Country(tls) = %+v, %v", p, ok)
	}
	all := g.LookupAll("Paris", []string{"USA"})
	if len(all) != 3 || all[0].Country != "FRA" || all[1].Region() != "USA.TX" || all[2].Region() != "USA.TN" {
		t.Errorf("LookupAll(Paris, USA) = %+v", all)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := geo.Read(bytes.NewReader([]byte("junk"))); err == nil {
		t.Error("Read(junk): no error")
	}
	// Load either works or says how to build the gazetteer.
	if _, err := geo.Load(); err != nil && !errors.Is(err, geo.ErrNotBuilt) {
		t.Errorf("Load: %v", err)
	}
}
