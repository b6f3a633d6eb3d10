package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
	phttp "github.com/parley-events/parley/http"
	"github.com/parley-events/parley/sqlite"
	"github.com/parley-events/parley/storetest"
)

var (
	coderOnce sync.Once
	theCoder  *coder.Coder
	coderErr  error
)

// mustCoder loads the default coder once for all tests.
func mustCoder(tb testing.TB) *coder.Coder {
	tb.Helper()
	coderOnce.Do(func() { theCoder, _, coderErr = coder.Load(coder.Config{RequireTarget: true}) })
	if coderErr != nil {
		tb.Fatal(coderErr)
	}
	return theCoder
}

// testServer is a Server on a real SQLite file behind httptest.
type testServer struct {
	*httptest.Server
	Store  *sqlite.Store
	API    *phttp.Server
	logBuf *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newTestServer(t *testing.T, configure ...func(*phttp.Server)) *testServer {
	t.Helper()
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	api := &phttp.Server{Store: store, Coder: mustCoder(t), Logger: slog.New(slog.NewJSONHandler(logs, nil))}
	for _, c := range configure {
		c(api)
	}
	ts := &testServer{Server: httptest.NewServer(api.Handler()), Store: store, API: api, logBuf: logs}
	t.Cleanup(func() {
		ts.Close()
		store.Close()
	})
	return ts
}

// seed stores the storetest fixtures directly.
func (ts *testServer) seed(t *testing.T) {
	t.Helper()
	if _, err := ts.Store.PutArticles(context.Background(), storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
}

// do sends a request and decodes a JSON response into out (if not nil).
func (ts *testServer) do(t *testing.T, method, path, contentType string, body []byte, out any) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %d, body %q is not JSON: %v", method, path, resp.StatusCode, b, err)
		}
	}
	return resp
}

func (ts *testServer) get(t *testing.T, path string, out any) *http.Response {
	t.Helper()
	return ts.do(t, "GET", path, "", nil, out)
}

func (ts *testServer) post(t *testing.T, body string, out any) *http.Response {
	t.Helper()
	return ts.do(t, "POST", "/api/articles", "application/json", []byte(body), out)
}

// apiError is the JSON error body.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// wantError checks a JSON error response.
func wantError(t *testing.T, resp *http.Response, e apiError, status int, code, mentions string) {
	t.Helper()
	if resp.StatusCode != status {
		t.Errorf("status %d, want %d (%+v)", resp.StatusCode, status, e)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("content type %q, want JSON", ct)
	}
	if e.Error.Code != code {
		t.Errorf("error code %q, want %q (message %q)", e.Error.Code, code, e.Error.Message)
	}
	if !strings.Contains(strings.ToLower(e.Error.Message), strings.ToLower(mentions)) {
		t.Errorf("error message %q does not mention %q", e.Error.Message, mentions)
	}
}

const talks = `Zelensky ready to meet Putin in Turkey
Ukrainian President Volodymyr Zelensky said he is ready to meet Russian President Vladimir Putin in Istanbul on Thursday.
Zelensky accused Putin of dragging out the war.`

type postResult struct {
	Articles []parley.PutResult `json:"articles"`
}

func TestPostArticles(t *testing.T) {
	ts := newTestServer(t)
	body, _ := json.Marshal(map[string]string{"id": "talks", "text": talks, "published": "2025-05-11", "source": "Test Wire", "url": "https://example.org/talks"})

	var res postResult
	resp := ts.post(t, string(body), &res)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("first post: status %d, want 201", resp.StatusCode)
	}
	if len(res.Articles) != 1 || res.Articles[0].ID != "talks" || res.Articles[0].Status != parley.PutInserted || res.Articles[0].Events == 0 {
		t.Fatalf("first post: %+v, want talks inserted with events", res)
	}
	n := res.Articles[0].Events

	t.Run("Article", func(t *testing.T) {
		var a parley.StoredArticle
		if resp := ts.get(t, "/api/articles/talks", &a); resp.StatusCode != 200 {
			t.Fatalf("status %d", resp.StatusCode)
		}
		if a.Text != talks || a.Published != "2025-05-11" || a.Source != "Test Wire" || len(a.Events) != n || len(a.Sentences) < 3 {
			t.Fatalf("article: %+v with %d events, %d sentences", a.ArticleSummary, len(a.Events), len(a.Sentences))
		}
		var codes []string
		for _, e := range a.Events {
			codes = append(codes, e.Source.Code+" "+e.Code+" "+e.Target.Code)
			for _, sp := range []struct {
				what       string
				text       string
				start, end int
			}{
				{"source", e.Source.Text, e.Source.Start, e.Source.End},
				{"target", e.Target.Text, e.Target.Start, e.Target.End},
				{"trigger", e.Evidence.Trigger, e.Evidence.Start, e.Evidence.End},
			} {
				if sp.start < 0 || sp.end > len(a.Text) || a.Text[sp.start:sp.end] != sp.text {
					t.Errorf("event %d: %s %q is not at [%d,%d) of the text", e.ID, sp.what, sp.text, sp.start, sp.end)
				}
			}
		}
		sort.Strings(codes)
		if want := "UKRGOV 112 RUSGOV"; !contains(codes, want) {
			t.Errorf("events %v lack %q", codes, want)
		}
	})
	t.Run("Unchanged", func(t *testing.T) {
		var res postResult
		resp := ts.post(t, string(body), &res)
		if resp.StatusCode != http.StatusOK || res.Articles[0].Status != parley.PutUnchanged || res.Articles[0].Events != n {
			t.Fatalf("second post: %d %+v, want 200 unchanged with %d events", resp.StatusCode, res, n)
		}
		var page struct{ Events []parley.StoredEvent }
		ts.get(t, "/api/events?article=talks", &page)
		if len(page.Events) != n {
			t.Fatalf("%d events stored after posting twice, want %d", len(page.Events), n)
		}
	})
	t.Run("Replaced", func(t *testing.T) {
		edited, _ := json.Marshal(map[string]string{"id": "talks", "text": "Zelensky accuses Putin\nZelensky accused Putin of dragging out the war.", "published": "2025-05-12"})
		var res postResult
		resp := ts.post(t, string(edited), &res)
		if resp.StatusCode != http.StatusCreated || res.Articles[0].Status != parley.PutReplaced {
			t.Fatalf("edited post: %d %+v, want 201 replaced", resp.StatusCode, res)
		}
		var page struct{ Events []parley.StoredEvent }
		ts.get(t, "/api/events?article=talks", &page)
		if len(page.Events) != res.Articles[0].Events {
			t.Fatalf("%d events after replace, response said %d", len(page.Events), res.Articles[0].Events)
		}
		for _, e := range page.Events {
			if e.Date != "2025-05-12" {
				t.Errorf("event %s dated %s after replace, want 2025-05-12", e.Code, e.Date)
			}
		}
	})
	t.Run("Array", func(t *testing.T) {
		var res postResult
		resp := ts.post(t, `[{"id":"x1","text":"Russia attacked Ukraine.","published":"2025-05-10T08:00:00Z"},{"text":"France condemned Russia.","published":"2025-05-10"}]`, &res)
		if resp.StatusCode != http.StatusCreated || len(res.Articles) != 2 {
			t.Fatalf("array post: %d %+v", resp.StatusCode, res)
		}
		if id := res.Articles[1].ID; !strings.HasPrefix(id, "sha256-") {
			t.Errorf("article without id got id %q, want a content hash", id)
		}
		var a parley.StoredArticle
		ts.get(t, "/api/articles/"+url.PathEscape(res.Articles[1].ID), &a)
		if a.Text != "France condemned Russia." {
			t.Errorf("article by hash id: %+v", a.ArticleSummary)
		}
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestPostErrors(t *testing.T) {
	ts := newTestServer(t, func(s *phttp.Server) { s.MaxBodyBytes = 4096; s.MaxArticles = 3 })
	big := `{"text":"` + strings.Repeat("a", 5000) + `"}`
	tests := []struct {
		name        string
		contentType string
		body        string
		status      int
		code        string
		mentions    string
	}{
		{"Empty", "application/json", "", 400, "invalid", "empty body"},
		{"EmptyArray", "application/json", "[]", 400, "invalid", "at least one"},
		{"NotJSON", "application/json", "hello", 400, "invalid", "JSON object"},
		{"Broken", "application/json", `{"text": "a`, 400, "invalid", "invalid JSON"},
		{"Syntax", "application/json", `{"text": "a",}`, 400, "invalid", "byte"},
		{"NoText", "application/json", `{"id":"a"}`, 400, "invalid", `missing "text"`},
		{"BlankText", "application/json", `{"text":"  \n"}`, 400, "invalid", "empty"},
		{"UnknownField", "application/json", `{"text":"a b c","pubished":"2025-01-01"}`, 400, "invalid", `"pubished"`},
		{"WrongType", "application/json", `{"text":42}`, 400, "invalid", "text"},
		{"BadDate", "application/json", `{"text":"a b c","published":"11/05/2025"}`, 400, "invalid", "YYYY-MM-DD"},
		{"BadDateInArray", "application/json", `[{"text":"a"},{"text":"b","published":"May"}]`, 400, "invalid", "article 1"},
		{"TwoValues", "application/json", `{"text":"a"} {"text":"b"}`, 400, "invalid", "more data"},
		{"DuplicateIDs", "application/json", `[{"id":"d","text":"a"},{"id":"d","text":"b"}]`, 400, "invalid", "also the id"},
		{"LongID", "application/json", `{"id":"` + strings.Repeat("i", 600) + `","text":"a"}`, 400, "invalid", "longer"},
		{"TooLarge", "application/json", big, 413, "too_large", "larger than 4096"},
		{"TooMany", "application/json", `[{"text":"a"},{"text":"b"},{"text":"c"},{"text":"d"}]`, 413, "too_large", "at most 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e apiError
			resp := ts.do(t, "POST", "/api/articles", tt.contentType, []byte(tt.body), &e)
			wantError(t, resp, e, tt.status, tt.code, tt.mentions)
		})
	}
	var page struct{ Events []parley.StoredEvent }
	ts.get(t, "/api/events", &page)
	var arts struct{ Articles []parley.ArticleSummary }
	ts.get(t, "/api/articles", &arts)
	if len(arts.Articles) != 0 {
		t.Fatalf("rejected posts stored %d articles", len(arts.Articles))
	}
	t.Run("NoCoder", func(t *testing.T) {
		ts := newTestServer(t, func(s *phttp.Server) { s.Coder = nil })
		var e apiError
		wantError(t, ts.post(t, `{"text":"a"}`, &e), e, 503, "unavailable", "coder")
	})
}

func TestEvents(t *testing.T) {
	ts := newTestServer(t)
	ts.seed(t)
	tests := []struct {
		query string
		want  int
	}{
		{"", 7},
		{"source=RUS", 1},
		{"source=rus", 1}, // codes are upper-cased
		{"target=RUS", 2},
		{"target=RUSGOV", 1},
		{"actor=UKR", 5},
		{"source=FRA,DEU&target=UKR", 2},
		{"source=FRA&source=DEU", 2},
		{"code=04", 3},
		{"code=042,190", 3},
		{"quad=3,4", 3},
		{"plover=consult", 3},
		{"from=2025-05-11&to=2025-05-19", 4},
		{"place=UKR", 3},
		{"q=visited", 2},
		{"q=" + url.QueryEscape(`"stalling the talks"`), 1},
		{"q=erdogan", 2},
		{"article=a2", 2},
		{"actor=UKR&quad=1&q=Kyiv", 2},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var page struct {
				Events []parley.StoredEvent `json:"events"`
				Next   string               `json:"next"`
			}
			resp := ts.get(t, "/api/events?"+tt.query, &page)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if len(page.Events) != tt.want || page.Next != "" {
				t.Fatalf("%d events (next %q), want %d", len(page.Events), page.Next, tt.want)
			}
		})
	}
	t.Run("Paging", func(t *testing.T) {
		seen := map[int64]bool{}
		next := ""
		for i := 0; i < 10; i++ {
			var page struct {
				Events []parley.StoredEvent `json:"events"`
				Next   string               `json:"next"`
			}
			ts.get(t, "/api/events?limit=3&cursor="+url.QueryEscape(next), &page)
			for _, e := range page.Events {
				if seen[e.ID] {
					t.Fatalf("event %d on two pages", e.ID)
				}
				seen[e.ID] = true
			}
			if next = page.Next; next == "" {
				break
			}
		}
		if len(seen) != 7 {
			t.Fatalf("paged through %d events, want 7", len(seen))
		}
	})
	t.Run("EventJSON", func(t *testing.T) {
		var raw struct {
			Events []map[string]any `json:"events"`
		}
		ts.get(t, "/api/events?code=112", &raw)
		if len(raw.Events) != 1 {
			t.Fatalf("%d events", len(raw.Events))
		}
		e := raw.Events[0]
		for _, k := range []string{"id", "article", "sentence", "date", "source", "target", "code", "name", "goldstein", "quad", "plover", "evidence"} {
			if _, ok := e[k]; !ok {
				t.Errorf("event JSON lacks %q: %v", k, e)
			}
		}
		ts.get(t, "/api/events?code=141", &raw)
		if v, ok := raw.Events[0]["target"]; !ok || v != nil {
			t.Errorf("an event without target has target %v (present %v), want null", v, ok)
		}
	})
	errs := []struct {
		query, mentions string
	}{
		{"limit=0", "limit"},
		{"limit=1001", "1000"},
		{"limit=ten", "whole number"},
		{"quad=x", "quad"},
		{"quad=5", "QuadClass"},
		{"code=4a", "CAMEO"},
		{"from=2025-02-30", "from"},
		{"from=2025-06-01&to=2025-05-01", "after"},
		{"from=2025-05-01&from=2025-05-02", "once"},
		{"source=RUS;DROP", "semicolon"},
		{"source=RUS%27%20OR%201%3D1", "actor"},
		{"soruce=RUS", `"soruce"`},
		{"cursor=zzz", "cursor"},
		{"q=" + url.QueryEscape(`"unbalanced`), "full-text"},
	}
	for _, tt := range errs {
		t.Run("Err/"+tt.query, func(t *testing.T) {
			var e apiError
			wantError(t, ts.get(t, "/api/events?"+tt.query, &e), e, 400, "invalid", tt.mentions)
		})
	}
}

func TestAggregates(t *testing.T) {
	ts := newTestServer(t)
	ts.seed(t)
	type resp struct {
		Interval string          `json:"interval"`
		By       []string        `json:"by"`
		Buckets  []parley.Bucket `json:"buckets"`
	}
	var r resp
	if st := ts.get(t, "/api/aggregates?interval=day", &r).StatusCode; st != 200 {
		t.Fatalf("status %d", st)
	}
	if len(r.Buckets) != 4 || r.Buckets[0].Period != "2025-05-10" || r.Buckets[1].Count != 3 || r.Buckets[1].Quads != [4]int{3, 0, 0, 0} {
		t.Fatalf("daily: %+v", r.Buckets)
	}
	ts.get(t, "/api/aggregates?interval=week&by=source_country,target_country&quad=4", &r)
	if len(r.Buckets) != 1 || r.Buckets[0].Period != "2025-05-05" || r.Buckets[0].SourceCountry != "RUS" || r.Buckets[0].TargetCountry != "UKR" || r.Buckets[0].Goldstein != -10 {
		t.Fatalf("weekly dyads: %+v", r.Buckets)
	}
	ts.get(t, "/api/aggregates", &r)
	if len(r.Buckets) != 1 || r.Buckets[0].Count != 7 {
		t.Fatalf("total: %+v", r.Buckets)
	}
	ts.get(t, "/api/aggregates?by=country&limit=1", &r)
	if len(r.Buckets) != 1 || r.Buckets[0].Country != "UKR" || r.Buckets[0].Count != 5 {
		t.Fatalf("top country: %+v", r.Buckets)
	}
	for _, tt := range []struct{ query, mentions string }{
		{"interval=month", "interval"},
		{"by=actor", "group by"},
		{"by=source,target,root,plover", "at most 3"},
		{"by=country,root", "country"},
		{"limit=10001", "limit"},
		{"cursor=x", `"cursor"`},
	} {
		var e apiError
		wantError(t, ts.get(t, "/api/aggregates?"+tt.query, &e), e, 400, "invalid", tt.mentions)
	}
}

func TestRoutes(t *testing.T) {
	ts := newTestServer(t)
	ts.seed(t)
	tests := []struct {
		method, path string
		status       int
		code         string
	}{
		{"GET", "/api/articles/nope", 404, "not_found"},
		{"GET", "/api/articles/", 404, "not_found"},
		{"GET", "/api/nope", 404, "not_found"},
		{"DELETE", "/api/events", 405, "method_not_allowed"},
		{"POST", "/api/aggregates", 405, "method_not_allowed"},
		{"PUT", "/api/articles", 405, "method_not_allowed"},
		{"DELETE", "/api/articles/a1", 405, "method_not_allowed"},
		{"GET", "/api/articles?limit=0", 400, "invalid"},
		{"GET", "/api/articles?page=2", 400, "invalid"},
		{"GET", "/api/articles/a1?x=1", 400, "invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			var e apiError
			resp := ts.do(t, tt.method, tt.path, "", nil, &e)
			if resp.StatusCode != tt.status || e.Error.Code != tt.code || e.Error.Message == "" {
				t.Fatalf("%d %+v, want %d %s", resp.StatusCode, e, tt.status, tt.code)
			}
			if tt.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
		})
	}
	var list struct{ Articles []parley.ArticleSummary }
	ts.get(t, "/api/articles?limit=2&offset=1", &list)
	if len(list.Articles) != 2 || list.Articles[0].ID != "a2" {
		t.Fatalf("articles page: %+v", list.Articles)
	}
	var a parley.StoredArticle
	ts.get(t, "/api/articles/a2", &a)
	if a.Title != "Erdoğan’s envoy accuses Moscow" || len(a.Events) != 2 {
		t.Fatalf("article a2: %+v", a.ArticleSummary)
	}
	var health map[string]string
	if ts.get(t, "/api/health", &health); health["status"] != "ok" {
		t.Fatalf("health: %v", health)
	}
}

func TestOpenAPI(t *testing.T) {
	ts := newTestServer(t)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
		Comps   struct {
			Parameters map[string]json.RawMessage `json:"parameters"`
		} `json:"components"`
	}
	resp := ts.get(t, "/api/openapi.json", &doc)
	if resp.StatusCode != 200 || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("status %d, openapi %q", resp.StatusCode, doc.OpenAPI)
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			p := strings.ReplaceAll(path, "{id}", "nope")
			var e apiError
			r := ts.do(t, strings.ToUpper(method), p, "application/json", []byte(`{}`), &e)
			if r.StatusCode == 405 || r.StatusCode == 404 && !strings.Contains(e.Error.Message, "nope") {
				t.Errorf("%s %s is documented but answers %d %+v", method, path, r.StatusCode, e)
			}
		}
	}
	for _, p := range []string{"source", "target", "actor", "code", "quad", "plover", "from", "to", "place", "q", "article"} {
		if _, ok := doc.Comps.Parameters[p]; !ok {
			t.Errorf("filter parameter %q is not documented", p)
		}
	}
}

func TestUI(t *testing.T) {
	t.Run("NotBuilt", func(t *testing.T) {
		ts := newTestServer(t)
		resp, err := http.Get(ts.URL + "/")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), "build.sh") {
			t.Fatalf("unbuilt UI: %d %s", resp.StatusCode, b)
		}
	})
	t.Run("Built", func(t *testing.T) {
		ui := fstest.MapFS{
			"index.html":     {Data: []byte("<!doctype html><title>parley</title>")},
			"assets/main.js": {Data: []byte("console.log(1)")},
		}
		ts := newTestServer(t, func(s *phttp.Server) { s.UI = ui })
		for _, tt := range []struct {
			path   string
			status int
			want   string
		}{
			{"/", 200, "<title>parley</title>"},
			{"/?view=network&actor=RUS", 200, "<title>parley</title>"},
			{"/assets/main.js", 200, "console.log"},
			{"/assets/nope.js", 404, ""},
			{"/assets/", 404, ""},
			{"/../go.mod", 404, ""},
		} {
			resp, err := http.Get(ts.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status || !strings.Contains(string(b), tt.want) {
				t.Errorf("%s: %d %q, want %d with %q", tt.path, resp.StatusCode, b, tt.status, tt.want)
			}
			if tt.status == 200 && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("%s: no content security policy", tt.path)
			}
		}
	})
}

func TestLogging(t *testing.T) {
	ts := newTestServer(t)
	ts.get(t, "/api/events?quad=9", &apiError{})
	var rec struct {
		Msg    string `json:"msg"`
		Method string `json:"method"`
		Path   string `json:"path"`
		Status int    `json:"status"`
	}
	line, _, _ := strings.Cut(ts.logBuf.String(), "\n")
	if err := json.Unmarshal([]byte(line), &rec); err != nil {
		t.Fatalf("log line %q is not JSON: %v", line, err)
	}
	if rec.Msg != "request" || rec.Method != "GET" || rec.Path != "/api/events" || rec.Status != 400 {
		t.Fatalf("log record %+v", rec)
	}
}

func TestServeShutdown(t *testing.T) {
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := &phttp.Server{Store: store}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	resp, err := http.Get(fmt.Sprintf("http://%s/api/health", ln.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve after cancel: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get(fmt.Sprintf("http://%s/api/health", ln.Addr())); err == nil {
		t.Fatal("server still answers after shutdown")
	}
}
