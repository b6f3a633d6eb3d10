package http_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-events/parley"
	phttp "github.com/parley-events/parley/http"
	"github.com/parley-events/parley/sqlite"
)

// BenchmarkLoad ingests PARLEY_LOAD_ARTICLES (default 100,000) synthetic
// articles' worth of events into a SQLite file, then serves a mix of
// filtered event lists and aggregates to 16 concurrent clients on loopback,
// and reports the ingest rate and the p50/p99 latencies. Its setup takes
// minutes, so it runs only when PARLEY_LOAD=1:
//
//	PARLEY_LOAD=1 go test -run '^$' -bench Load -benchtime 1x ./http
func BenchmarkLoad(b *testing.B) {
	if os.Getenv("PARLEY_LOAD") == "" {
		b.Skip("set PARLEY_LOAD=1 to run the load benchmark (it ingests 100,000 articles first)")
	}
	nArticles := 100000
	if s := os.Getenv("PARLEY_LOAD_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 100 {
			b.Fatalf("PARLEY_LOAD_ARTICLES=%q: want a number of at least 100", s)
		}
		nArticles = n
	}
	dir := b.TempDir()
	if d := os.Getenv("PARLEY_LOAD_DIR"); d != "" {
		dir = d
	}
	path := filepath.Join(dir, "load.db")
	reuse := os.Getenv("PARLEY_LOAD_REUSE") != ""
	if !reuse {
		os.Remove(path)
	}
	store, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()

	// Ingest, in batches of 100 articles as "parley ingest" writes them
	// (PARLEY_LOAD_REUSE=1 with PARLEY_LOAD_DIR keeps an earlier database).
	gen := newGenerator(1)
	const batchSize = 100
	events := 0
	start := time.Now()
	for i := 0; i < nArticles && !reuse; i += batchSize {
		batch := make([]*parley.CodedArticle, 0, batchSize)
		for j := i; j < min(i+batchSize, nArticles); j++ {
			c := gen.article(j)
			events += len(c.Events)
			batch = append(batch, c)
		}
		if _, err := store.PutArticles(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
	if err := store.Optimize(context.Background()); err != nil {
		b.Fatal(err)
	}
	ingest := time.Since(start)
	st, _ := os.Stat(path)
	size := int64(0)
	if st != nil {
		size = st.Size()
	}
	b.Logf("ingested %d articles, %d events in %v: %.0f articles/s, %.0f events/s; database %.0f MB",
		nArticles, events, ingest.Round(time.Millisecond), float64(nArticles)/ingest.Seconds(), float64(events)/ingest.Seconds(), float64(size)/1e6)

	// Serve on loopback.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- (&phttp.Server{Store: store}).Serve(ctx, ln) }()
	defer func() {
		cancel()
		<-done
	}()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 32}, Timeout: time.Minute}

	queries := loadQueries(nArticles)
	const clients = 16
	perClient := 150
	if s := os.Getenv("PARLEY_LOAD_REQUESTS"); s != "" {
		perClient, _ = strconv.Atoi(s)
	}
	type sample struct {
		kind string
		d    time.Duration
	}
	var mu sync.Mutex
	var samples []sample
	var failures []string
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		samples = samples[:0]
		var wg sync.WaitGroup
		qstart := time.Now()
		for c := 0; c < clients; c++ {
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				r := rand.New(rand.NewPCG(uint64(c), 7))
				local := make([]sample, 0, perClient)
				for i := 0; i < perClient; i++ {
					q := queries[r.IntN(len(queries))]
					u := q.url(r)
					t0 := time.Now()
					resp, err := client.Get(base + u)
					if err == nil {
						_, err = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if err == nil && resp.StatusCode != 200 {
							err = fmt.Errorf("status %d", resp.StatusCode)
						}
					}
					d := time.Since(t0)
					if err != nil {
						mu.Lock()
						failures = append(failures, u+": "+err.Error())
						mu.Unlock()
						continue
					}
					local = append(local, sample{q.kind, d})
				}
				mu.Lock()
				samples = append(samples, local...)
				mu.Unlock()
			}(c)
		}
		wg.Wait()
		elapsed := time.Since(qstart)
		if len(failures) > 0 {
			b.Fatalf("%d requests failed, first: %s", len(failures), failures[0])
		}
		all := make([]time.Duration, len(samples))
		byKind := map[string][]time.Duration{}
		for i, s := range samples {
			all[i] = s.d
			byKind[s.kind] = append(byKind[s.kind], s.d)
		}
		p50, p99 := percentiles(all)
		b.Logf("%d requests from %d clients in %v (%.0f requests/s): p50 %v, p99 %v",
			len(all), clients, elapsed.Round(time.Millisecond), float64(len(all))/elapsed.Seconds(), p50, p99)
		kinds := make([]string, 0, len(byKind))
		for k := range byKind {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			p50, p99 := percentiles(byKind[k])
			// Printed, not logged: the benchmark log keeps only ten lines.
			fmt.Printf("  %-34s %5d requests  p50 %8v  p99 %8v\n", k, len(byKind[k]), p50, p99)
		}
		b.ReportMetric(float64(nArticles)/ingest.Seconds(), "ingest-articles/s")
		b.ReportMetric(float64(events)/ingest.Seconds(), "ingest-events/s")
		b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(len(all))/elapsed.Seconds(), "requests/s")
	}
}

func percentiles(d []time.Duration) (p50, p99 time.Duration) {
	if len(d) == 0 {
		return 0, 0
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(p float64) time.Duration {
		return s[min(len(s)-1, int(p*float64(len(s))))].Round(10 * time.Microsecond)
	}
	return at(0.50), at(0.99)
}

// loadQuery is one kind of request the benchmark's clients send.
type loadQuery struct {
	kind string
	url  func(r *rand.Rand) string
}

// loadQueries are what an analyst's UI asks: filtered event pages,
// full-text search, one article, and the aggregates behind the timeline,
// network and map, over a month, a quarter or everything.
func loadQueries(nArticles int) []loadQuery {
	country := func(r *rand.Rand) string { return countries[zipf(r, len(countries))].code }
	month := func(r *rand.Rand) (string, string) {
		d := loadStart.AddDate(0, r.IntN(23), 0)
		return d.Format(parley.DateLayout), d.AddDate(0, 1, -1).Format(parley.DateLayout)
	}
	quarter := func(r *rand.Rand) (string, string) {
		d := loadStart.AddDate(0, 3*r.IntN(7), 0)
		return d.Format(parley.DateLayout), d.AddDate(0, 3, -1).Format(parley.DateLayout)
	}
	return []loadQuery{
		{"events dyad", func(r *rand.Rand) string {
			return "/api/events?source=" + country(r) + "&target=" + country(r) + "&limit=100"
		}},
		{"events actor+quad+month", func(r *rand.Rand) string {
			f, t := month(r)
			return fmt.Sprintf("/api/events?actor=%s&quad=%d&from=%s&to=%s&limit=100", country(r), 1+r.IntN(4), f, t)
		}},
		{"events CAMEO root", func(r *rand.Rand) string {
			return fmt.Sprintf("/api/events?code=%02d&limit=100", 1+r.IntN(20))
		}},
		{"events place country", func(r *rand.Rand) string { return "/api/events?place=" + country(r) + "&limit=100" }},
		{"events full-text", func(r *rand.Rand) string {
			return "/api/events?q=" + url.QueryEscape(ftsWords[r.IntN(len(ftsWords))]) + "&limit=50"
		}},
		{"events PLOVER+month", func(r *rand.Rand) string {
			f, t := month(r)
			return "/api/events?plover=" + verbs[r.IntN(len(verbs))].plover + "&from=" + f + "&to=" + t + "&limit=100"
		}},
		{"article", func(r *rand.Rand) string { return fmt.Sprintf("/api/articles/load-%d", r.IntN(nArticles)) }},
		{"timeline actor, daily, quarter", func(r *rand.Rand) string {
			f, t := quarter(r)
			return "/api/aggregates?interval=day&actor=" + country(r) + "&from=" + f + "&to=" + t
		}},
		{"timeline all, weekly", func(r *rand.Rand) string { return "/api/aggregates?interval=week" }},
		{"network countries, month", func(r *rand.Rand) string {
			f, t := month(r)
			return "/api/aggregates?by=source_country,target_country&limit=400&from=" + f + "&to=" + t
		}},
		{"network actors of a country", func(r *rand.Rand) string {
			return "/api/aggregates?by=source,target&limit=400&actor=" + country(r)
		}},
		{"map countries, quarter", func(r *rand.Rand) string {
			f, t := quarter(r)
			return "/api/aggregates?by=place_country,target_country,source_country&limit=10000&from=" + f + "&to=" + t
		}},
		{"map places, quarter", func(r *rand.Rand) string {
			f, t := quarter(r)
			return "/api/aggregates?by=place&limit=2000&from=" + f + "&to=" + t
		}},
	}
}

// The synthetic world: countries with a leader's title, verbs with their
// CAMEO code, Goldstein score, QuadClass and PLOVER type, over two years.
var (
	loadStart = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	countries = []struct{ code, name, adj, capital string }{
		{"RUS", "Russia", "Russian", "Moscow"}, {"UKR", "Ukraine", "Ukrainian", "Kyiv"}, {"USA", "the United States", "US", "Washington"},
		{"CHN", "China", "Chinese", "Beijing"}, {"ISR", "Israel", "Israeli", "Jerusalem"}, {"IRN", "Iran", "Iranian", "Tehran"},
		{"TUR", "Turkey", "Turkish", "Ankara"}, {"FRA", "France", "French", "Paris"}, {"DEU", "Germany", "German", "Berlin"},
		{"GBR", "Britain", "British", "London"}, {"IND", "India", "Indian", "New Delhi"}, {"PAK", "Pakistan", "Pakistani", "Islamabad"},
		{"SYR", "Syria", "Syrian", "Damascus"}, {"LBN", "Lebanon", "Lebanese", "Beirut"}, {"SAU", "Saudi Arabia", "Saudi", "Riyadh"},
		{"EGY", "Egypt", "Egyptian", "Cairo"}, {"QAT", "Qatar", "Qatari", "Doha"}, {"JPN", "Japan", "Japanese", "Tokyo"},
		{"KOR", "South Korea", "South Korean", "Seoul"}, {"PRK", "North Korea", "North Korean", "Pyongyang"}, {"POL", "Poland", "Polish", "Warsaw"},
		{"BLR", "Belarus", "Belarusian", "Minsk"}, {"SDN", "Sudan", "Sudanese", "Khartoum"}, {"ETH", "Ethiopia", "Ethiopian", "Addis Ababa"},
		{"VEN", "Venezuela", "Venezuelan", "Caracas"}, {"BRA", "Brazil", "Brazilian", "Brasília"}, {"MEX", "Mexico", "Mexican", "Mexico City"},
		{"AFG", "Afghanistan", "Afghan", "Kabul"}, {"IRQ", "Iraq", "Iraqi", "Baghdad"}, {"YEM", "Yemen", "Yemeni", "Sanaa"},
	}
	agents = []struct{ code, title string }{{"GOV", "government"}, {"GOV", "president"}, {"MIL", "army"}, {"GOV", "foreign minister"}, {"COP", "police"}, {"OPP", "opposition"}}
	verbs  = []struct {
		code, name, trigger string
		goldstein           float64
		quad                int
		plover              string
	}{
		{"010", "Make statement", "said", 0, 1, "CONSULT"},
		{"036", "Express intent to meet or negotiate", "offered talks with", 4, 1, "AGREE"},
		{"040", "Consult", "held talks with", 1, 1, "CONSULT"},
		{"042", "Make a visit", "visited", 1.9, 1, "CONSULT"},
		{"043", "Host a visit", "hosted", 2.8, 1, "CONSULT"},
		{"046", "Engage in negotiation", "negotiated with", 7, 1, "CONSULT"},
		{"051", "Praise or endorse", "praised", 3.4, 1, "SUPPORT"},
		{"057", "Sign formal agreement", "signed a ceasefire agreement with", 8, 1, "AGREE"},
		{"061", "Cooperate economically", "expanded trade with", 6.4, 2, "COOPERATE"},
		{"070", "Provide aid", "sent aid to", 7, 2, "AID"},
		{"0831", "Ease administrative sanctions", "eased sanctions on", 5, 2, "CONCEDE"},
		{"112", "Accuse, not specified below", "accused", -2, 3, "ACCUSE"},
		{"120", "Reject", "rejected the proposal of", -4, 3, "REJECT"},
		{"130", "Threaten", "threatened", -4.4, 3, "THREATEN"},
		{"163", "Impose embargo, boycott, or sanctions", "imposed sanctions on", -8, 4, "SANCTION"},
		{"173", "Arrest, detain, or charge with legal action", "detained citizens of", -5, 4, "COERCE"},
		{"190", "Use conventional military force", "attacked", -10, 4, "ASSAULT"},
		{"193", "Fight with small arms and light weapons", "clashed with", -10, 4, "ASSAULT"},
		{"195", "Employ aerial weapons", "launched air strikes on", -10, 4, "ASSAULT"},
		{"141", "Demonstrate or rally", "protested against", -6.5, 4, "PROTEST"},
	}
	ftsWords = []string{"ceasefire", "sanctions", "talks", "aid", "attacked", "border", "drone", "negotiated", "envoy", `"air strikes"`}
	fillers  = []string{"near the border", "after a drone attack", "as the envoy arrived", "despite earlier talks", "amid a humanitarian crisis", "on the second day of the summit"}
)

// loadCapitals lists the capitals, to give each a synthetic position.
var loadCapitals = func() string {
	var b strings.Builder
	for _, c := range countries {
		b.WriteString(c.capital + "|")
	}
	return b.String()
}()

// zipf picks an index in [0, n) with rank-skewed weights, as news is.
func zipf(r *rand.Rand, n int) int {
	for {
		i := int(float64(n) * r.Float64() * r.Float64())
		if i < n {
			return i
		}
	}
}

// generator makes synthetic coded articles whose offsets are right.
type generator struct{ r *rand.Rand }

func newGenerator(seed uint64) *generator { return &generator{r: rand.New(rand.NewPCG(seed, 99))} }

func (g *generator) article(i int) *parley.CodedArticle {
	r := g.r
	day := loadStart.AddDate(0, 0, r.IntN(730))
	id := fmt.Sprintf("load-%d", i)
	var text strings.Builder
	var sentences []parley.Sentence
	var events []parley.Event
	add := func(s string, headline bool) parley.Sentence {
		if text.Len() > 0 {
			text.WriteString("\n")
		}
		start := text.Len()
		text.WriteString(s)
		sn := parley.Sentence{Span: parley.Span{Start: start, End: text.Len()}, Headline: headline}
		sentences = append(sentences, sn)
		return sn
	}
	n := r.IntN(7) // 0-6 events, 3 on average
	add(fmt.Sprintf("Synthetic report %d from %s", i, day.Format("2 January 2006")), true)
	for k := 0; k < n; k++ {
		src, tgt := countries[zipf(r, len(countries))], countries[zipf(r, len(countries))]
		ag := agents[r.IntN(len(agents))]
		v := verbs[r.IntN(len(verbs))]
		srcText := src.adj + " " + ag.title
		tgtText := tgt.name
		fill := fillers[r.IntN(len(fillers))]
		sentence := fmt.Sprintf("The %s %s %s %s, officials in %s said.", srcText, v.trigger, tgtText, fill, tgt.capital)
		sn := add(sentence, false)
		base := sn.Start
		sStart := base + len("The ")
		tStart := sStart + len(srcText) + 1
		tgStart := tStart + len(v.trigger) + 1
		e := parley.Event{
			Article: id, Sentence: len(sentences) - 1, Date: day.AddDate(0, 0, -r.IntN(2)).Format(parley.DateLayout),
			Source: parley.ActorRef{Text: srcText, Code: src.code + ag.code, Country: src.code, Start: sStart, End: sStart + len(srcText)},
			Target: &parley.ActorRef{Text: tgtText, Code: tgt.code, Country: tgt.code, Start: tgStart, End: tgStart + len(tgtText)},
			Code:   v.code, Name: v.name, Goldstein: v.goldstein, Quad: v.quad,
			PLOVER:   &parley.PLOVER{Type: v.plover},
			Evidence: parley.Evidence{Trigger: v.trigger, Start: tStart, End: tStart + len(v.trigger), Sentence: sentence, Pattern: "synthetic"},
			Mood:     "fact",
		}
		if r.IntN(3) == 0 {
			// Synthetic coordinates: one made-up point per capital.
			ps := base + strings.LastIndex(sentence, tgt.capital)
			ci := strings.Index(loadCapitals, tgt.capital)
			e.Place = &parley.Place{Name: tgt.capital, Country: tgt.code, Kind: "capital", Lat: float64(ci%120) - 60, Lon: float64(ci%340) - 170, Start: ps, End: ps + len(tgt.capital)}
		}
		events = append(events, e)
	}
	add("The report could not be independently verified.", false)
	return &parley.CodedArticle{
		Article:   &parley.Article{ID: id, Title: fmt.Sprintf("Synthetic report %d", i), Text: text.String(), Published: day, Source: "Synthetic Wire"},
		Sentences: sentences,
		Events:    events,
	}
}

// TestLoadGenerator checks the benchmark's synthetic articles against the
// store's validation and their offsets against their text.
func TestLoadGenerator(t *testing.T) {
	g := newGenerator(3)
	for i := 0; i < 200; i++ {
		c := g.article(i)
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		text := c.Article.Text
		for _, e := range c.Events {
			if text[e.Source.Start:e.Source.End] != e.Source.Text || text[e.Target.Start:e.Target.End] != e.Target.Text || text[e.Evidence.Start:e.Evidence.End] != e.Evidence.Trigger {
				t.Fatalf("article %d: offsets do not match the text: %+v", i, e)
			}
			if e.Place != nil && text[e.Place.Start:e.Place.End] != e.Place.Name {
				t.Fatalf("article %d: place offsets do not match", i)
			}
		}
	}
}
