package geo_test

import (
	"errors"
	"math"
	"testing"

	"github.com/parley-events/parley/geo"
)

// load returns the embedded gazetteer, or skips the test when the build
// step has not written it.
func load(tb testing.TB) *geo.Gazetteer {
	tb.Helper()
	g, err := geo.Load()
	if errors.Is(err, geo.ErrNotBuilt) {
		tb.Skip("gazetteer not built (run ./build.sh, or: cd geo/npm && npm ci && cd ../.. && go generate ./geo); skipping")
	}
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := load(t)
	tests := []struct {
		name    string
		context []string
		country string
		kind    geo.Kind
		admin1  string  // optional
		lat     float64 // optional, checked to 0.5 degree
		lon     float64
	}{
		{"Paris", nil, "FRA", geo.KindCapital, "", 48.85, 2.35},
		{"Paris", []string{"FRA"}, "FRA", geo.KindCapital, "", 48.85, 2.35},
		// A national capital abroad outranks a town of a context country
		// unless the article's region is in the context.
		{"Paris", []string{"USA"}, "FRA", geo.KindCapital, "", 0, 0},
		{"Paris", []string{"USA", "USA.TX"}, "USA", geo.KindCity, "Texas", 33.66, -95.56},
		{"Georgia", nil, "GEO", geo.KindCountry, "", 0, 0},
		{"Georgia", []string{"GEO"}, "GEO", geo.KindCountry, "", 0, 0},
		{"Georgia", []string{"USA"}, "USA", geo.KindRegion, "Georgia", 0, 0},
		{"Georgia", []string{"USA", "GEO"}, "GEO", geo.KindCountry, "", 0, 0},
		{"Kyiv", nil, "UKR", geo.KindCapital, "", 50.45, 30.52},
		{"Kiev", nil, "UKR", geo.KindCapital, "", 50.45, 30.52},
		{"KYIV", []string{"RUS"}, "UKR", geo.KindCapital, "", 0, 0},
		{"Istanbul", nil, "TUR", geo.KindCity, "", 41.01, 28.95},
		{"Istanbul", []string{"UKR", "RUS"}, "TUR", geo.KindCity, "", 0, 0},
		{"Khan Younis", nil, "PSE", geo.KindCity, "", 31.34, 34.31},
		{"Khan Yunis", nil, "PSE", geo.KindCity, "", 31.34, 34.31},
		{"Khān Yūnis", nil, "PSE", geo.KindCity, "", 31.34, 34.31},
		{"Kharkiv", nil, "UKR", geo.KindCity, "", 49.98, 36.25},
		{"Kharkiv region", nil, "UKR", geo.KindRegion, "", 0, 0},
		{"Kharkiv Oblast", nil, "UKR", geo.KindRegion, "", 0, 0},
		{"El Fasher", nil, "SDN", geo.KindCity, "", 13.63, 25.35},
		{"Al-Fashir", nil, "SDN", geo.KindCity, "", 13.63, 25.35},
		{"Sanaa", nil, "YEM", geo.KindCapital, "", 15.35, 44.21},
		{"Sana'a", nil, "YEM", geo.KindCapital, "", 15.35, 44.21},
		{"Sana’a", nil, "YEM", geo.KindCapital, "", 15.35, 44.21},
		{"Rio de Janeiro", nil, "BRA", geo.KindCity, "", -22.9, -43.2},
		{"St. Petersburg", nil, "RUS", geo.KindCity, "", 59.94, 30.31},
		{"Saint Petersburg", []string{"USA", "USA.FL"}, "USA", geo.KindCity, "Florida", 0, 0},
		{"Washington", nil, "USA", geo.KindCapital, "", 38.9, -77.04},
		{"Washington", []string{"GBR"}, "USA", geo.KindCapital, "", 0, 0},
		{"Washington state", nil, "USA", geo.KindRegion, "Washington", 0, 0},
		{"Birmingham", nil, "GBR", geo.KindCity, "", 0, 0},
		{"Birmingham", []string{"USA"}, "USA", geo.KindCity, "Alabama", 0, 0},
		{"Moscow", []string{"USA"}, "RUS", geo.KindCapital, "", 0, 0},
		{"San Jose", nil, "CRI", geo.KindCapital, "", 0, 0},
		{"San Jose", []string{"USA"}, "USA", geo.KindCity, "California", 0, 0},
		{"Lebanon", []string{"USA"}, "LBN", geo.KindCountry, "", 0, 0},
		{"Tripoli", nil, "LBY", geo.KindCapital, "", 0, 0},
		{"Tripoli", []string{"LBN"}, "LBN", geo.KindCity, "", 0, 0},
		{"Gaza City", nil, "PSE", geo.KindCity, "", 0, 0},
		{"Donetsk", nil, "UKR", geo.KindCity, "", 0, 0},
		{"Texas", nil, "USA", geo.KindRegion, "Texas", 0, 0},
		{"Timor-Leste", nil, "TMP", geo.KindCountry, "", 0, 0},
		{"Dili", []string{"TLS"}, "TMP", geo.KindCapital, "", 0, 0},
	}
	for _, tt := range tests {
		p, ok := g.Lookup(tt.name, tt.context)
		if !ok {
			t.Errorf("Lookup(%q, %v): not found", tt.name, tt.context)
			continue
		}
		if p.Country != tt.country || p.Kind != tt.kind || (tt.admin1 != "" && p.Admin1 != tt.admin1) {
			t.Errorf("Lookup(%q, %v) = %s %s %s (%s), want %s %s %s", tt.name, tt.context,
				p.Name, p.Country, p.Kind, p.Admin1, tt.country, tt.kind, tt.admin1)
			continue
		}
		if tt.lat != 0 && (math.Abs(p.Lat-tt.lat) > 0.5 || math.Abs(p.Lon-tt.lon) > 0.5) {
			t.Errorf("Lookup(%q) at %.3f,%.3f, want about %.2f,%.2f", tt.name, p.Lat, p.Lon, tt.lat, tt.lon)
		}
	}
}

func TestLookupMissing(t *testing.T) {
	g := load(t)
	for _, name := range []string{"", "   ", "Qwxyzzy Plk", "Nowhereville-upon-Nothing"} {
		if p, ok := g.Lookup(name, nil); ok {
			t.Errorf("Lookup(%q) = %+v, want no place", name, p)
		}
	}
}

func TestCountry(t *testing.T) {
	g := load(t)
	for _, tt := range []struct{ code, want, capital string }{
		{"UKR", "UKR", "Kyiv"},
		{"FRA", "FRA", "Paris"},
		{"usa", "USA", "Washington"},
		{"TLS", "TMP", "Dili"},
		{"XKX", "KSV", ""},
		{"GRL", "DNKGRL", "Nuuk"},
	} {
		c, ok := g.Country(tt.code)
		if !ok || c.Country != tt.want || c.Kind != geo.KindCountry {
			t.Errorf("Country(%q) = %+v, %v; want %s", tt.code, c, ok, tt.want)
			continue
		}
		if c.Lat == 0 && c.Lon == 0 {
			t.Errorf("Country(%q) has no coordinates", tt.code)
		}
		// The representative point lies in the country: the nearest
		// country by Lookup of its own name is itself.
		if p, ok := g.Lookup(c.Name, nil); !ok || p.Country != c.Country {
			t.Errorf("Lookup(%q) = %+v", c.Name, p)
		}
		if tt.capital == "" {
			continue
		}
		cp, ok := g.Capital(tt.code)
		if !ok || cp.Name != tt.capital || cp.Country != tt.want {
			t.Errorf("Capital(%q) = %+v, want %s", tt.code, cp, tt.capital)
		}
	}
	if _, ok := g.Country("ZZZ"); ok {
		t.Error("Country(ZZZ) found")
	}
}

func TestEveryTableCountry(t *testing.T) {
	g := load(t)
	// Every UN member state is in the gazetteer with a capital.
	for _, code := range []string{"AFG", "BRA", "CHN", "COD", "ETH", "IND", "IRN", "IRQ", "ISR", "MLI",
		"MMR", "NGA", "PAK", "PRK", "PSE", "RUS", "SDN", "SOM", "SSD", "SYR", "TUR", "UKR", "VEN", "YEM"} {
		if _, ok := g.Country(code); !ok {
			t.Errorf("Country(%s) missing", code)
		}
		if _, ok := g.Capital(code); !ok {
			t.Errorf("Capital(%s) missing", code)
		}
	}
	if g.Len() < 25000 {
		t.Errorf("Len() = %d, want at least 25000 places", g.Len())
	}
}

func TestLookupAll(t *testing.T) {
	g := load(t)
	all := g.LookupAll("Paris", []string{"USA"})
	if len(all) < 2 || all[0].Country != "FRA" || all[1].Country != "USA" {
		t.Fatalf("LookupAll(Paris, USA) = %+v", all)
	}
	if r := all[1].Region(); r != "USA.TX" {
		t.Errorf("Region() = %q, want USA.TX", r)
	}
}

func BenchmarkLoad(b *testing.B) {
	load(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := geo.Open(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := load(b)
	names := []string{"Paris", "Khan Younis", "Kharkiv region", "Sana'a", "St. Petersburg", "Georgia", "Nowhere"}
	ctx := []string{"USA", "UKR"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g.Lookup(names[i%len(names)], ctx)
		i++
	}
}
