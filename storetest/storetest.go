// Package storetest is the conformance suite of parley.Store: every store
// implementation runs it from its own tests,
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) parley.Store { return mustOpen(t) })
//	}
//
// and so behaves the same for idempotent and transactional writes, filters,
// paging, full-text queries, aggregates and errors.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-events/parley"
)

// Run runs the conformance suite. newStore returns an empty, open store;
// Run closes it at the end of each subtest.
func Run(t *testing.T, newStore func(t *testing.T) parley.Store) {
	open := func(t *testing.T, articles ...*parley.CodedArticle) parley.Store {
		t.Helper()
		s := newStore(t)
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		if len(articles) > 0 {
			if _, err := s.PutArticles(context.Background(), articles); err != nil {
				t.Fatalf("PutArticles: %v", err)
			}
		}
		return s
	}
	t.Run("Empty", func(t *testing.T) { testEmpty(t, open(t)) })
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("Idempotent", func(t *testing.T) { testIdempotent(t, open(t)) })
	t.Run("Replace", func(t *testing.T) { testReplace(t, open(t)) })
	t.Run("BatchIsAtomic", func(t *testing.T) { testAtomic(t, open(t)) })
	t.Run("Invalid", func(t *testing.T) { testInvalid(t, open(t)) })
	t.Run("Filters", func(t *testing.T) { testFilters(t, open(t, Fixtures()...)) })
	t.Run("FilterErrors", func(t *testing.T) { testFilterErrors(t, open(t, Fixtures()...)) })
	t.Run("Paging", func(t *testing.T) { testPaging(t, open(t, Fixtures()...)) })
	t.Run("Aggregate", func(t *testing.T) { testAggregate(t, open(t, Fixtures()...)) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, open(t, Fixtures()...)) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, open(t)) })
}

// span returns the byte range of the n-th (from 0) occurrence of sub in
// text; it panics if there is none, since fixtures are fixed.
func span(text, sub string, n int) (int, int) {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			panic(fmt.Sprintf("storetest: %q not in fixture text", sub))
		}
		if i == n {
			return off + j, off + j + len(sub)
		}
		off += j + len(sub)
	}
}

func actor(text, sub, code, country string) parley.ActorRef {
	s, e := span(text, sub, 0)
	return parley.ActorRef{Text: sub, Code: code, Country: country, Start: s, End: e}
}

func evidence(text, trigger string, sent parley.Sentence) parley.Evidence {
	s, e := span(text, trigger, 0)
	return parley.Evidence{Trigger: trigger, Start: s, End: e, Sentence: text[sent.Start:sent.End], Pattern: "fixture"}
}

// sentences cuts a fixture text at line breaks.
func sentences(text string) []parley.Sentence {
	var out []parley.Sentence
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, parley.Sentence{Span: parley.Span{Start: start, End: i}, Headline: len(out) == 0})
			}
			start = i + 1
		}
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse(parley.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Fixtures returns three coded articles with six events between them: a
// material conflict, a meeting with a place, a visit by three countries, an
// accusation in non-ASCII text, an undated protest without a target, and an
// intent to negotiate with a mention. Tests may change the result freely.
func Fixtures() []*parley.CodedArticle {
	t1 := "Russian forces attack Kharkiv\nRussian forces attacked Ukraine on Saturday.\nUkrainian President Zelensky met Turkish President Erdogan in Ankara on Sunday.\nLeaders of France and Germany visited Kyiv."
	s1 := sentences(t1)
	a1 := &parley.CodedArticle{
		Article:   &parley.Article{ID: "a1", Title: "Russian forces attack Kharkiv", Text: t1, Published: day("2025-05-11"), URL: "https://example.org/a1", Source: "Fixture Wire"},
		Sentences: s1,
		Events: []parley.Event{
			{Article: "a1", Sentence: 1, Date: "2025-05-10", Source: actor(t1[s1[1].Start:], "Russian forces", "RUSMIL", "RUS"), Target: ptr(actor(t1, "Ukraine", "UKR", "UKR")),
				Code: "190", Name: "Use conventional military force", Goldstein: -10, Quad: 4, PLOVER: &parley.PLOVER{Type: "ASSAULT"}, Evidence: evidence(t1, "attacked", s1[1]), Mood: "fact"},
			{Article: "a1", Sentence: 2, Date: "2025-05-11", Source: actor(t1, "Ukrainian President Zelensky", "UKRGOV", "UKR"), Target: ptr(actor(t1, "Turkish President Erdogan", "TURGOV", "TUR")),
				Code: "040", Name: "Consult", Goldstein: 1, Quad: 1, PLOVER: &parley.PLOVER{Type: "CONSULT"}, Evidence: evidence(t1, "met", s1[2]), Mood: "fact",
				Place: withCoordinates(placeRef(t1, "Ankara", "TUR"), 39.92, 32.85, "Ankara", "capital", 323786), Outlet: "Fixture Wire"},
			{Article: "a1", Sentence: 3, Date: "2025-05-11", Source: actor(t1, "France", "FRAGOV", "FRA"), Target: ptr(actor(t1, "Kyiv", "UKR", "UKR")),
				Code: "042", Name: "Make a visit", Goldstein: 1.9, Quad: 1, PLOVER: &parley.PLOVER{Type: "CONSULT", Mode: "visit"}, Evidence: evidence(t1, "visited", s1[3]), Mood: "fact",
				Place: placeRef(t1, "Kyiv", "UKR")},
			{Article: "a1", Sentence: 3, Date: "2025-05-11", Source: actor(t1, "Germany", "DEUGOV", "DEU"), Target: ptr(actor(t1, "Kyiv", "UKR", "UKR")),
				Code: "042", Name: "Make a visit", Goldstein: 1.9, Quad: 1, PLOVER: &parley.PLOVER{Type: "CONSULT", Mode: "visit"}, Evidence: evidence(t1, "visited", s1[3]), Mood: "fact",
				Place: placeRef(t1, "Kyiv", "UKR")},
		},
	}
	a1.Events[0].Source.Full = "RUSMILFIX" // a finer dictionary code
	// Fix the first event's source offsets: it is in sentence 1, not the headline.
	a1.Events[0].Source.Start += s1[1].Start
	a1.Events[0].Source.End += s1[1].Start

	t2 := "Erdoğan’s envoy accuses Moscow\nErdoğan’s envoy accused Moscow of stalling the talks.\nProtesters rallied in Kyiv, demanding an end to the war."
	s2 := sentences(t2)
	src2 := actor(t2[s2[1].Start:], "Erdoğan’s envoy", "TURGOV", "TUR")
	src2.Start += s2[1].Start
	src2.End += s2[1].Start
	a2 := &parley.CodedArticle{
		Article:   &parley.Article{ID: "a2", Title: "Erdoğan’s envoy accuses Moscow", Text: t2, Published: day("2025-05-20")},
		Sentences: s2,
		Events: []parley.Event{
			{Article: "a2", Sentence: 1, Date: "2025-05-19", Source: src2, Target: ptr(actor(t2[s2[1].Start:], "Moscow", "RUSGOV", "RUS")),
				Code: "112", Name: "Accuse, not specified below", Goldstein: -2, Quad: 3, PLOVER: &parley.PLOVER{Type: "ACCUSE", Mode: "disapprove"}, Evidence: evidence(t2, "accused", s2[1]), Mood: "fact"},
			{Article: "a2", Sentence: 2, Source: actor(t2, "Protesters", "UKROPP", "UKR"),
				Code: "141", Name: "Demonstrate or rally", Goldstein: -6.5, Quad: 4, PLOVER: &parley.PLOVER{Type: "PROTEST"}, Evidence: evidence(t2, "rallied", s2[2]), Mood: "fact",
				Place: placeRef(t2, "Kyiv", "UKR")},
		},
	}
	a2.Events[0].Target.Start += s2[1].Start
	a2.Events[0].Target.End += s2[1].Start

	t3 := "US to talk with Russia\nThe United States will negotiate with Russia next week.\nWashington said it would negotiate with Russia."
	s3 := sentences(t3)
	tgt3 := actor(t3[s3[1].Start:], "Russia", "RUS", "RUS")
	tgt3.Start += s3[1].Start
	tgt3.End += s3[1].Start
	ms, me := span(t3, "negotiate", 1)
	a3 := &parley.CodedArticle{
		Article:   &parley.Article{ID: "a3", Title: "US to talk with Russia", Text: t3, Published: day("2025-05-26")},
		Sentences: s3,
		Events: []parley.Event{
			{Article: "a3", Sentence: 1, Date: "2025-05-26", Source: actor(t3, "The United States", "USAGOV", "USA"), Target: &tgt3,
				Code: "036", Name: "Express intent to meet or negotiate", Goldstein: 4, Quad: 1, PLOVER: &parley.PLOVER{Type: "AGREE", Context: "diplomatic"}, Evidence: evidence(t3, "negotiate", s3[1]), Mood: "intent",
				Mentions: []parley.Mention{{Sentence: 2, Start: ms, End: me}},
				// A place implied by the text rather than named: no span.
				Place: &parley.Place{Name: "United States", Country: "USA", Kind: "country", Lat: 39.5, Lon: -98.5}},
		},
	}
	return []*parley.CodedArticle{a1, a2, a3}
}

func ptr(a parley.ActorRef) *parley.ActorRef { return &a }

func withCoordinates(p *parley.Place, lat, lon float64, admin1, kind string, geonameid int) *parley.Place {
	p.Lat, p.Lon, p.Admin1, p.Kind, p.GeoNameID = lat, lon, admin1, kind, geonameid
	return p
}

func placeRef(text, name, country string) *parley.Place {
	s, e := span(text, name, 0)
	return &parley.Place{Name: name, Country: country, Start: s, End: e}
}

// key names a fixture event in test messages: "a1/190/RUSMIL".
func key(e *parley.StoredEvent) string {
	return e.Article + "/" + e.Code + "/" + e.Source.Code
}

func keys(events []*parley.StoredEvent) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = key(e)
	}
	sort.Strings(out)
	return out
}

func mustFind(t *testing.T, s parley.Store, f parley.EventFilter) []*parley.StoredEvent {
	t.Helper()
	if f.Limit == 0 {
		f.Limit = parley.MaxLimit
	}
	events, next, err := s.FindEvents(context.Background(), f)
	if err != nil {
		t.Fatalf("FindEvents(%+v): %v", f, err)
	}
	if next != "" {
		t.Fatalf("FindEvents(%+v): unexpected next page", f)
	}
	return events
}

func mustPut(t *testing.T, s parley.Store, articles ...*parley.CodedArticle) []parley.PutResult {
	t.Helper()
	res, err := s.PutArticles(context.Background(), articles)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	if got, want := len(res), len(articles); got != want {
		t.Fatalf("PutArticles returned %d results, want %d", got, want)
	}
	return res
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := parley.ErrorCode(err); got != code {
		t.Fatalf("error %v: code %q, want %q", err, got, code)
	}
	if code != "" && code != parley.EINTERNAL && parley.ErrorMessage(err) == "" {
		t.Fatalf("error %v has no message", err)
	}
}

func testEmpty(t *testing.T, s parley.Store) {
	ctx := context.Background()
	if events := mustFind(t, s, parley.EventFilter{}); len(events) != 0 {
		t.Fatalf("empty store has %d events", len(events))
	}
	b, err := s.Aggregate(ctx, parley.AggregateQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 1 || b[0].Count != 0 || b[0].Goldstein != 0 {
		t.Fatalf("total of an empty store = %+v, want one bucket with count 0", b)
	}
	b, err = s.Aggregate(ctx, parley.AggregateQuery{Interval: parley.IntervalDay, By: []parley.Dimension{parley.BySource}, Limit: 10})
	if err != nil || len(b) != 0 {
		t.Fatalf("daily aggregate of an empty store = %v, %v; want no buckets", b, err)
	}
	_, err = s.FindArticle(ctx, "nope")
	wantCode(t, err, parley.ENOTFOUND)
	h, err := s.ArticleHash(ctx, "nope")
	if err != nil || h != "" {
		t.Fatalf("ArticleHash(missing) = %q, %v; want \"\", nil", h, err)
	}
	list, err := s.FindArticles(ctx, parley.ArticlePage{Limit: 10})
	if err != nil || len(list) != 0 {
		t.Fatalf("FindArticles on an empty store = %v, %v", list, err)
	}
}

// eventJSON is the contract form of an event, for comparison.
func eventJSON(t *testing.T, e *parley.Event) string {
	t.Helper()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testRoundTrip(t *testing.T, s parley.Store) {
	ctx := context.Background()
	fx := Fixtures()
	res := mustPut(t, s, fx...)
	for i, r := range res {
		if r.ID != fx[i].Article.ID || r.Status != parley.PutInserted || r.Events != len(fx[i].Events) {
			t.Errorf("result %d = %+v, want %s inserted with %d events", i, r, fx[i].Article.ID, len(fx[i].Events))
		}
	}
	for _, c := range fx {
		got, err := s.FindArticle(ctx, c.Article.ID)
		if err != nil {
			t.Fatalf("FindArticle(%s): %v", c.Article.ID, err)
		}
		a := c.Article
		if got.ID != a.ID || got.Title != a.Title || got.Text != a.Text || got.URL != a.URL || got.Source != a.Source {
			t.Errorf("article %s: got %+v", a.ID, got.ArticleSummary)
		}
		if want := a.Published.Format(parley.DateLayout); got.Published != want {
			t.Errorf("article %s: published %q, want %q", a.ID, got.Published, want)
		}
		if got.Hash != parley.ContentHash(a) {
			t.Errorf("article %s: hash %q, want %q", a.ID, got.Hash, parley.ContentHash(a))
		}
		if _, err := time.Parse(time.RFC3339, got.Ingested); err != nil {
			t.Errorf("article %s: ingested %q is not RFC 3339", a.ID, got.Ingested)
		}
		if got.EventCount != len(c.Events) {
			t.Errorf("article %s: event count %d, want %d", a.ID, got.EventCount, len(c.Events))
		}
		if len(got.Sentences) != len(c.Sentences) {
			t.Fatalf("article %s: %d sentences, want %d", a.ID, len(got.Sentences), len(c.Sentences))
		}
		for i, sn := range c.Sentences {
			if g := got.Sentences[i]; g.Start != sn.Start || g.End != sn.End || g.Headline != sn.Headline {
				t.Errorf("article %s: sentence %d = %+v, want %+v", a.ID, i, g, sn)
			}
		}
		if len(got.Events) != len(c.Events) {
			t.Fatalf("article %s: %d events, want %d", a.ID, len(got.Events), len(c.Events))
		}
		ids := map[int64]bool{}
		for i := range c.Events {
			if g, w := eventJSON(t, &got.Events[i].Event), eventJSON(t, &c.Events[i]); g != w {
				t.Errorf("article %s: event %d\n got %s\nwant %s", a.ID, i, g, w)
			}
			if ids[got.Events[i].ID] {
				t.Errorf("article %s: event id %d given twice", a.ID, got.Events[i].ID)
			}
			ids[got.Events[i].ID] = true
		}
		h, err := s.ArticleHash(ctx, a.ID)
		if err != nil || h != parley.ContentHash(a) {
			t.Errorf("ArticleHash(%s) = %q, %v", a.ID, h, err)
		}
	}
}

func testIdempotent(t *testing.T, s parley.Store) {
	ctx := context.Background()
	mustPut(t, s, Fixtures()...)
	before := mustFind(t, s, parley.EventFilter{})
	res := mustPut(t, s, Fixtures()...)
	for _, r := range res {
		if r.Status != parley.PutUnchanged {
			t.Errorf("second put of %s: %s, want unchanged", r.ID, r.Status)
		}
	}
	if r := res[0]; r.Events != 4 {
		t.Errorf("unchanged a1 reports %d events, want 4", r.Events)
	}
	after := mustFind(t, s, parley.EventFilter{})
	if len(after) != len(before) {
		t.Fatalf("events after second put: %d, want %d", len(after), len(before))
	}
	for i := range after {
		if after[i].ID != before[i].ID {
			t.Errorf("event %d changed id: %d -> %d", i, before[i].ID, after[i].ID)
		}
	}
	list, err := s.FindArticles(ctx, parley.ArticlePage{Limit: 10})
	if err != nil || len(list) != 3 {
		t.Fatalf("articles after second put: %d, %v; want 3", len(list), err)
	}
}

func testReplace(t *testing.T, s parley.Store) {
	ctx := context.Background()
	mustPut(t, s, Fixtures()...)
	// Edit a1: a new text with a single event.
	text := "Russian forces shell Kharkiv\nRussian forces shelled Kharkiv overnight."
	sn := sentences(text)
	src := actor(text[sn[1].Start:], "Russian forces", "RUSMIL", "RUS")
	src.Start += sn[1].Start
	src.End += sn[1].Start
	edited := &parley.CodedArticle{
		Article:   &parley.Article{ID: "a1", Title: "Russian forces shell Kharkiv", Text: text, Published: day("2025-05-12")},
		Sentences: sn,
		Events: []parley.Event{{Article: "a1", Sentence: 1, Date: "2025-05-12", Source: src, Target: ptr(actor(text, "Kharkiv", "UKR", "UKR")),
			Code: "195", Name: "Employ aerial weapons", Goldstein: -9.5, Quad: 4, Evidence: evidence(text, "shelled", sn[1])}},
	}
	res := mustPut(t, s, edited)
	if res[0].Status != parley.PutReplaced || res[0].Events != 1 {
		t.Fatalf("edited put = %+v, want replaced with 1 event", res[0])
	}
	got, err := s.FindArticle(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != text || got.Title != edited.Article.Title || got.Published != "2025-05-12" || got.EventCount != 1 || len(got.Events) != 1 || len(got.Sentences) != 2 {
		t.Fatalf("after replace: %+v with %d events, %d sentences", got.ArticleSummary, len(got.Events), len(got.Sentences))
	}
	if got.Events[0].Code != "195" {
		t.Errorf("after replace: event code %s, want 195", got.Events[0].Code)
	}
	if ev := mustFind(t, s, parley.EventFilter{Article: "a1"}); len(ev) != 1 {
		t.Errorf("events of a1 after replace: %v", keys(ev))
	}
	if ev := mustFind(t, s, parley.EventFilter{Query: "Ankara"}); len(ev) != 0 {
		t.Errorf("full-text index still finds the old version: %v", keys(ev))
	}
	if ev := mustFind(t, s, parley.EventFilter{Query: "shelled"}); len(ev) != 1 {
		t.Errorf("full-text index does not find the new version: %v", keys(ev))
	}
	if ev := mustFind(t, s, parley.EventFilter{}); len(ev) != 4 {
		t.Errorf("events after replace: %d, want 4 (1 + a2's 2 + a3's 1)", len(ev))
	}
}

func testAtomic(t *testing.T, s parley.Store) {
	ctx := context.Background()
	fx := Fixtures()
	bad := &parley.CodedArticle{Article: &parley.Article{ID: "bad", Text: "  "}}
	_, err := s.PutArticles(ctx, []*parley.CodedArticle{fx[0], fx[1], bad})
	wantCode(t, err, parley.EINVALID)
	if ev := mustFind(t, s, parley.EventFilter{}); len(ev) != 0 {
		t.Fatalf("a failed batch left %d events", len(ev))
	}
	if _, err := s.FindArticle(ctx, "a1"); parley.ErrorCode(err) != parley.ENOTFOUND {
		t.Fatalf("a failed batch left article a1 (err %v)", err)
	}
	// An edit in a failed batch leaves the stored version as it was.
	mustPut(t, s, fx[0])
	edited := Fixtures()[0]
	edited.Article.Text += "\nMore text."
	edited.Events = edited.Events[:1]
	dup := Fixtures()[1]
	_, err = s.PutArticles(ctx, []*parley.CodedArticle{edited, dup, dup})
	wantCode(t, err, parley.EINVALID)
	got, err := s.FindArticle(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != fx[0].Article.Text || len(got.Events) != 4 {
		t.Fatalf("a failed batch changed a1: %d events", len(got.Events))
	}
	// Cancelled context: nothing is written.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.PutArticles(cctx, []*parley.CodedArticle{Fixtures()[2]}); err == nil {
		t.Fatal("PutArticles with a cancelled context succeeded")
	}
	if _, err := s.FindArticle(ctx, "a3"); parley.ErrorCode(err) != parley.ENOTFOUND {
		t.Fatalf("a cancelled batch stored a3 (err %v)", err)
	}
}

func testInvalid(t *testing.T, s parley.Store) {
	ctx := context.Background()
	mk := func(edit func(c *parley.CodedArticle)) *parley.CodedArticle {
		c := Fixtures()[0]
		edit(c)
		return c
	}
	tests := []struct {
		name string
		c    *parley.CodedArticle
	}{
		{"NoArticle", &parley.CodedArticle{}},
		{"NoID", mk(func(c *parley.CodedArticle) { c.Article.ID = "" })},
		{"NoText", mk(func(c *parley.CodedArticle) { c.Article.Text = "" })},
		{"SentenceOutside", mk(func(c *parley.CodedArticle) { c.Sentences[0].End = 10000 })},
		{"EventOfOtherArticle", mk(func(c *parley.CodedArticle) { c.Events[0].Article = "zz" })},
		{"EventWithoutCode", mk(func(c *parley.CodedArticle) { c.Events[0].Code = "" })},
		{"BadQuad", mk(func(c *parley.CodedArticle) { c.Events[0].Quad = 7 })},
		{"BadDate", mk(func(c *parley.CodedArticle) { c.Events[0].Date = "10 May 2025" })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.PutArticles(ctx, []*parley.CodedArticle{tt.c})
			wantCode(t, err, parley.EINVALID)
		})
	}
}

func testFilters(t *testing.T, s parley.Store) {
	all := []string{"a1/040/UKRGOV", "a1/042/DEUGOV", "a1/042/FRAGOV", "a1/190/RUSMIL", "a2/112/TURGOV", "a2/141/UKROPP", "a3/036/USAGOV"}
	tests := []struct {
		name string
		f    parley.EventFilter
		want []string
	}{
		{"All", parley.EventFilter{}, all},
		{"SourceCountry", parley.EventFilter{Source: []string{"RUS"}}, []string{"a1/190/RUSMIL"}},
		{"SourceCode", parley.EventFilter{Source: []string{"UKRGOV"}}, []string{"a1/040/UKRGOV"}},
		{"SourceCodeNotPrefix", parley.EventFilter{Source: []string{"UKRG"}}, nil},
		{"SourceList", parley.EventFilter{Source: []string{"FRA", "DEU"}}, []string{"a1/042/DEUGOV", "a1/042/FRAGOV"}},
		{"TargetCountry", parley.EventFilter{Target: []string{"RUS"}}, []string{"a2/112/TURGOV", "a3/036/USAGOV"}},
		{"TargetCode", parley.EventFilter{Target: []string{"RUSGOV"}}, []string{"a2/112/TURGOV"}},
		{"ActorEither", parley.EventFilter{Actor: []string{"TUR"}}, []string{"a1/040/UKRGOV", "a2/112/TURGOV"}},
		{"Dyad", parley.EventFilter{Source: []string{"RUS"}, Target: []string{"UKR"}}, []string{"a1/190/RUSMIL"}},
		{"CodeExact", parley.EventFilter{Codes: []string{"112"}}, []string{"a2/112/TURGOV"}},
		{"CodeRoot", parley.EventFilter{Codes: []string{"04"}}, []string{"a1/040/UKRGOV", "a1/042/DEUGOV", "a1/042/FRAGOV"}},
		{"CodeRoots", parley.EventFilter{Codes: []string{"03", "19"}}, []string{"a1/190/RUSMIL", "a3/036/USAGOV"}},
		{"CodeNoMatch", parley.EventFilter{Codes: []string{"0421"}}, nil},
		{"Quad", parley.EventFilter{Quads: []int{4}}, []string{"a1/190/RUSMIL", "a2/141/UKROPP"}},
		{"Quads", parley.EventFilter{Quads: []int{3, 4}}, []string{"a1/190/RUSMIL", "a2/112/TURGOV", "a2/141/UKROPP"}},
		{"PLOVER", parley.EventFilter{PLOVER: []string{"CONSULT"}}, []string{"a1/040/UKRGOV", "a1/042/DEUGOV", "a1/042/FRAGOV"}},
		{"From", parley.EventFilter{From: "2025-05-19"}, []string{"a2/112/TURGOV", "a3/036/USAGOV"}},
		{"To", parley.EventFilter{To: "2025-05-10"}, []string{"a1/190/RUSMIL"}},
		{"Range", parley.EventFilter{From: "2025-05-11", To: "2025-05-19"}, []string{"a1/040/UKRGOV", "a1/042/DEUGOV", "a1/042/FRAGOV", "a2/112/TURGOV"}},
		{"PlaceCountry", parley.EventFilter{PlaceCountries: []string{"UKR"}}, []string{"a1/042/DEUGOV", "a1/042/FRAGOV", "a2/141/UKROPP"}},
		{"Article", parley.EventFilter{Article: "a2"}, []string{"a2/112/TURGOV", "a2/141/UKROPP"}},
		{"QueryTrigger", parley.EventFilter{Query: "accused"}, []string{"a2/112/TURGOV"}},
		{"QuerySentence", parley.EventFilter{Query: "Ankara"}, []string{"a1/040/UKRGOV"}},
		{"QueryCase", parley.EventFilter{Query: "KYIV"}, []string{"a1/042/DEUGOV", "a1/042/FRAGOV", "a2/141/UKROPP"}},
		{"QueryDiacritics", parley.EventFilter{Query: "erdogan"}, []string{"a1/040/UKRGOV", "a2/112/TURGOV"}},
		{"QueryApostrophe", parley.EventFilter{Query: "Erdoğan’s envoy"}, []string{"a2/112/TURGOV"}},
		{"QueryPlainWords", parley.EventFilter{Query: "Russia's talks"}, nil},
		{"QueryPhrase", parley.EventFilter{Query: `"stalling the talks"`}, []string{"a2/112/TURGOV"}},
		{"QueryOr", parley.EventFilter{Query: "accused OR shelled OR rallied"}, []string{"a2/112/TURGOV", "a2/141/UKROPP"}},
		{"QueryPrefix", parley.EventFilter{Query: "negot*"}, []string{"a3/036/USAGOV"}},
		{"QueryTriggerColumn", parley.EventFilter{Query: "trigger:visited"}, []string{"a1/042/DEUGOV", "a1/042/FRAGOV"}},
		{"Combined", parley.EventFilter{Actor: []string{"UKR"}, Quads: []int{1}, Query: "visited", From: "2025-05-01"}, []string{"a1/042/DEUGOV", "a1/042/FRAGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := keys(mustFind(t, s, tt.f))
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if len(got) == 0 && len(want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("got %v\nwant %v", got, want)
			}
		})
	}
}

func testFilterErrors(t *testing.T, s parley.Store) {
	ctx := context.Background()
	tests := []struct {
		name string
		f    parley.EventFilter
	}{
		{"LowerCaseActor", parley.EventFilter{Source: []string{"rus"}}},
		{"SQLInActor", parley.EventFilter{Actor: []string{"RUS' OR 1=1"}}},
		{"LetterCode", parley.EventFilter{Codes: []string{"1a"}}},
		{"OneDigitCode", parley.EventFilter{Codes: []string{"1"}}},
		{"LongCode", parley.EventFilter{Codes: []string{"12345"}}},
		{"Quad0", parley.EventFilter{Quads: []int{0}}},
		{"Quad5", parley.EventFilter{Quads: []int{5}}},
		{"BadFrom", parley.EventFilter{From: "2025-13-01"}},
		{"BadTo", parley.EventFilter{To: "yesterday"}},
		{"FromAfterTo", parley.EventFilter{From: "2025-06-01", To: "2025-05-01"}},
		{"LimitTooLarge", parley.EventFilter{Limit: parley.MaxLimit + 1}},
		{"NegativeLimit", parley.EventFilter{Limit: -1}},
		{"BadCursor", parley.EventFilter{Cursor: "not a cursor"}},
		{"BadQuery", parley.EventFilter{Query: `"unbalanced`}},
		{"UnknownColumn", parley.EventFilter{Query: "nosuch:thing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := s.FindEvents(ctx, tt.f)
			wantCode(t, err, parley.EINVALID)
			if tt.f.Cursor == "" && tt.f.Limit == 0 {
				_, err = s.Aggregate(ctx, parley.AggregateQuery{Filter: tt.f, Limit: 10})
				wantCode(t, err, parley.EINVALID)
			}
		})
	}
}

func testPaging(t *testing.T, s parley.Store) {
	ctx := context.Background()
	all := mustFind(t, s, parley.EventFilter{})
	if len(all) != 7 {
		t.Fatalf("%d events, want 7", len(all))
	}
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Date < b.Date || a.Date == b.Date && a.ID < b.ID {
			t.Fatalf("events out of order at %d: %s/%d before %s/%d", i, a.Date, a.ID, b.Date, b.ID)
		}
	}
	if all[len(all)-1].Date != "" {
		t.Errorf("the undated event should come last, got %s", key(all[len(all)-1]))
	}
	for _, limit := range []int{1, 2, 3, 7} {
		t.Run(fmt.Sprint("Limit", limit), func(t *testing.T) {
			var got []*parley.StoredEvent
			cur := ""
			for pages := 0; ; pages++ {
				if pages > 10 {
					t.Fatal("paging does not end")
				}
				page, next, err := s.FindEvents(ctx, parley.EventFilter{Limit: limit, Cursor: cur})
				if err != nil {
					t.Fatal(err)
				}
				if len(page) > limit {
					t.Fatalf("page of %d events, limit %d", len(page), limit)
				}
				got = append(got, page...)
				if next == "" {
					break
				}
				cur = next
			}
			if len(got) != len(all) {
				t.Fatalf("paged through %d events, want %d", len(got), len(all))
			}
			for i := range got {
				if got[i].ID != all[i].ID {
					t.Fatalf("page order differs at %d", i)
				}
			}
		})
	}
	// The default page size applies when Limit is 0.
	if page, _, err := s.FindEvents(ctx, parley.EventFilter{}); err != nil || len(page) != 7 {
		t.Fatalf("default limit: %d events, %v", len(page), err)
	}
	// Paging with a filter.
	page, next, err := s.FindEvents(ctx, parley.EventFilter{Quads: []int{1}, Limit: 2})
	if err != nil || len(page) != 2 || next == "" {
		t.Fatalf("filtered first page: %d events, next %q, %v", len(page), next, err)
	}
	page2, next, err := s.FindEvents(ctx, parley.EventFilter{Quads: []int{1}, Limit: 2, Cursor: next})
	if err != nil || len(page2) != 2 || next != "" {
		t.Fatalf("filtered second page: %d events, next %q, %v", len(page2), next, err)
	}
}

func testAggregate(t *testing.T, s parley.Store) {
	ctx := context.Background()
	type row struct {
		key       string
		count     int
		goldstein float64
		quads     [4]int
	}
	rowsOf := func(bs []*parley.Bucket) []row {
		out := make([]row, len(bs))
		for i, b := range bs {
			coord := func(f *float64) string {
				if f == nil {
					return ""
				}
				return fmt.Sprint(*f)
			}
			k := strings.Trim(strings.Join([]string{b.Period, b.Source, b.Target, b.SourceCountry, b.TargetCountry, b.Country, b.Place, b.PlaceCountry, coord(b.Lat), coord(b.Lon), b.Root, b.PLOVER}, "|"), "|")
			for strings.Contains(k, "||") {
				k = strings.ReplaceAll(k, "||", "|")
			}
			out[i] = row{k, b.Count, float64(int(b.Goldstein*100+sign(b.Goldstein)*0.5)) / 100, b.Quads}
		}
		return out
	}
	tests := []struct {
		name string
		q    parley.AggregateQuery
		want []row
	}{
		{"Total", parley.AggregateQuery{}, []row{{"", 7, -9.7, [4]int{4, 0, 1, 2}}}},
		{"TotalFiltered", parley.AggregateQuery{Filter: parley.EventFilter{Actor: []string{"RUS"}}}, []row{{"", 3, -8, [4]int{1, 0, 1, 1}}}},
		{"Day", parley.AggregateQuery{Interval: parley.IntervalDay}, []row{
			{"2025-05-10", 1, -10, [4]int{0, 0, 0, 1}},
			{"2025-05-11", 3, 4.8, [4]int{3, 0, 0, 0}},
			{"2025-05-19", 1, -2, [4]int{0, 0, 1, 0}},
			{"2025-05-26", 1, 4, [4]int{1, 0, 0, 0}},
		}},
		{"Week", parley.AggregateQuery{Interval: parley.IntervalWeek}, []row{
			{"2025-05-05", 4, -5.2, [4]int{3, 0, 0, 1}}, // Sat 10 and Sun 11 May belong to the week of Monday 5 May
			{"2025-05-19", 1, -2, [4]int{0, 0, 1, 0}},
			{"2025-05-26", 1, 4, [4]int{1, 0, 0, 0}},
		}},
		{"CountryDyad", parley.AggregateQuery{By: []parley.Dimension{parley.BySourceCountry, parley.ByTargetCountry}}, []row{
			{"DEU|UKR", 1, 1.9, [4]int{1, 0, 0, 0}},
			{"FRA|UKR", 1, 1.9, [4]int{1, 0, 0, 0}},
			{"RUS|UKR", 1, -10, [4]int{0, 0, 0, 1}},
			{"TUR|RUS", 1, -2, [4]int{0, 0, 1, 0}},
			{"UKR", 1, -6.5, [4]int{0, 0, 0, 1}},
			{"UKR|TUR", 1, 1, [4]int{1, 0, 0, 0}},
			{"USA|RUS", 1, 4, [4]int{1, 0, 0, 0}},
		}},
		{"ActorDyadByWeek", parley.AggregateQuery{Interval: parley.IntervalWeek, By: []parley.Dimension{parley.BySource, parley.ByTarget}, Filter: parley.EventFilter{Quads: []int{4}}}, []row{
			{"2025-05-05|RUSMIL|UKR", 1, -10, [4]int{0, 0, 0, 1}},
		}},
		{"Country", parley.AggregateQuery{By: []parley.Dimension{parley.ByCountry}}, []row{
			{"DEU", 1, 1.9, [4]int{1, 0, 0, 0}},
			{"FRA", 1, 1.9, [4]int{1, 0, 0, 0}},
			{"RUS", 3, -8, [4]int{1, 0, 1, 1}},
			{"TUR", 2, -1, [4]int{1, 0, 1, 0}},
			{"UKR", 5, -11.7, [4]int{3, 0, 0, 2}},
			{"USA", 1, 4, [4]int{1, 0, 0, 0}},
		}},
		{"PlaceCountry", parley.AggregateQuery{By: []parley.Dimension{parley.ByPlaceCountry}}, []row{
			{"", 2, -12, [4]int{0, 0, 1, 1}},
			{"TUR", 1, 1, [4]int{1, 0, 0, 0}},
			{"UKR", 3, -2.7, [4]int{2, 0, 0, 1}},
			{"USA", 1, 4, [4]int{1, 0, 0, 0}},
		}},
		{"Place", parley.AggregateQuery{By: []parley.Dimension{parley.ByPlace}}, []row{
			{"", 2, -12, [4]int{0, 0, 1, 1}},
			{"Ankara|TUR|39.92|32.85", 1, 1, [4]int{1, 0, 0, 0}},
			{"Kyiv|UKR", 3, -2.7, [4]int{2, 0, 0, 1}},
			{"United States|USA|39.5|-98.5", 1, 4, [4]int{1, 0, 0, 0}},
		}},
		{"RootAndPLOVER", parley.AggregateQuery{By: []parley.Dimension{parley.ByRoot, parley.ByPLOVER}, Filter: parley.EventFilter{Quads: []int{1}}}, []row{
			{"03|AGREE", 1, 4, [4]int{1, 0, 0, 0}},
			{"04|CONSULT", 3, 4.8, [4]int{3, 0, 0, 0}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Limit = 100
			bs, err := s.Aggregate(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := rowsOf(bs)
			sort.SliceStable(got, func(i, j int) bool { return got[i].key < got[j].key })
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
	t.Run("PeriodOrder", func(t *testing.T) {
		bs, err := s.Aggregate(ctx, parley.AggregateQuery{Interval: parley.IntervalDay, By: []parley.Dimension{parley.BySource}, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(bs); i++ {
			if bs[i-1].Period > bs[i].Period || bs[i-1].Period == bs[i].Period && bs[i-1].Count < bs[i].Count {
				t.Fatalf("buckets out of order at %d: %+v then %+v", i, bs[i-1], bs[i])
			}
		}
	})
	t.Run("LimitKeepsLargest", func(t *testing.T) {
		bs, err := s.Aggregate(ctx, parley.AggregateQuery{By: []parley.Dimension{parley.ByCountry}, Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		if len(bs) != 2 || bs[0].Country != "UKR" || bs[1].Country != "RUS" {
			t.Fatalf("top 2 countries: %v", rowsOf(bs))
		}
	})
	t.Run("Errors", func(t *testing.T) {
		for _, q := range []parley.AggregateQuery{
			{Interval: "month", Limit: 10},
			{By: []parley.Dimension{"actor"}, Limit: 10},
			{By: []parley.Dimension{parley.BySource, parley.BySource}, Limit: 10},
			{By: []parley.Dimension{parley.ByCountry, parley.ByRoot}, Limit: 10},
			{By: []parley.Dimension{parley.BySource, parley.ByTarget, parley.ByRoot, parley.ByPLOVER}, Limit: 10},
			{Limit: 0},
			{Limit: parley.MaxBuckets + 1},
		} {
			_, err := s.Aggregate(ctx, q)
			wantCode(t, err, parley.EINVALID)
		}
	})
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

func testArticles(t *testing.T, s parley.Store) {
	ctx := context.Background()
	list, err := s.FindArticles(ctx, parley.ArticlePage{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range list {
		ids = append(ids, a.ID)
	}
	if want := []string{"a3", "a2", "a1"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("articles %v, want %v (newest first)", ids, want)
	}
	if list[2].EventCount != 4 || list[2].Title == "" || list[2].Published != "2025-05-11" {
		t.Errorf("a1 summary: %+v", list[2])
	}
	list, err = s.FindArticles(ctx, parley.ArticlePage{Limit: 1, Offset: 1})
	if err != nil || len(list) != 1 || list[0].ID != "a2" {
		t.Fatalf("second page: %v, %v", list, err)
	}
	for _, p := range []parley.ArticlePage{{Limit: 0}, {Limit: parley.MaxLimit + 1}, {Limit: 5, Offset: -1}} {
		_, err := s.FindArticles(ctx, p)
		wantCode(t, err, parley.EINVALID)
	}
}

func testConcurrent(t *testing.T, s parley.Store) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				c := Fixtures()[i%3]
				id := fmt.Sprintf("w%d-%d", w, i)
				c.Article.ID = id
				for j := range c.Events {
					c.Events[j].Article = id
				}
				if _, err := s.PutArticles(ctx, []*parley.CodedArticle{c}); err != nil {
					errs <- err
					return
				}
			}
		}(w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				if _, _, err := s.FindEvents(ctx, parley.EventFilter{Actor: []string{"UKR"}}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Aggregate(ctx, parley.AggregateQuery{Interval: parley.IntervalDay, Limit: 100}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	b, err := s.Aggregate(ctx, parley.AggregateQuery{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if want := 4 * (4 + 2 + 1 + 4 + 2 + 1 + 4 + 2 + 1 + 4); b[0].Count != want {
		t.Fatalf("after concurrent writes: %d events, want %d", b[0].Count, want)
	}
}
