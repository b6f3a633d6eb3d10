package http

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-events/parley"
)

// Page sizes used when a request gives none.
const (
	defaultEventLimit   = 100
	defaultBucketLimit  = 1000
	defaultArticleLimit = 50
)

// filterParams are the query parameters every event query accepts.
var filterParams = []string{"source", "target", "actor", "code", "quad", "plover", "from", "to", "place", "q", "article"}

// checkParams rejects unknown query parameters, so that a misspelt filter
// is not silently ignored.
func checkParams(v url.Values, extra ...string) error {
	known := map[string]bool{}
	for _, k := range append(append([]string(nil), filterParams...), extra...) {
		known[k] = true
	}
	var unknown []string
	for k := range v {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	all := append(append([]string(nil), filterParams...), extra...)
	return parley.Errorf(parley.EINVALID, "unknown query parameter %q: the parameters are %s", unknown[0], strings.Join(all, ", "))
}

// query parses the query string strictly: Go's r.URL.Query drops the
// parameters it cannot parse (a ";" in a value) without a word.
func query(r *http.Request) (url.Values, error) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, parley.Errorf(parley.EINVALID, "malformed query string: %v (escape ; as %%3B)", err)
	}
	return v, nil
}

// list splits a comma-separated parameter; upper-cases codes if asked.
func list(v url.Values, name string, upper bool) []string {
	var out []string
	for _, raw := range v[name] {
		for _, s := range strings.Split(raw, ",") {
			s = strings.TrimSpace(s)
			if upper {
				s = strings.ToUpper(s)
			}
			if s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// one returns a parameter that may be given only once.
func one(v url.Values, name string) (string, error) {
	vals := v[name]
	if len(vals) > 1 {
		return "", parley.Errorf(parley.EINVALID, "parameter %q is given %d times: give it once", name, len(vals))
	}
	if len(vals) == 0 {
		return "", nil
	}
	return strings.TrimSpace(vals[0]), nil
}

// intParam reads an integer parameter, def if absent.
func intParam(v url.Values, name string, def int) (int, error) {
	s, err := one(v, name)
	if err != nil || s == "" {
		return def, err
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, parley.Errorf(parley.EINVALID, "%s %q is not a whole number", name, s)
	}
	return n, nil
}

// parseFilter reads an event filter from query parameters.
func parseFilter(v url.Values) (parley.EventFilter, error) {
	f := parley.EventFilter{
		Source:         list(v, "source", true),
		Target:         list(v, "target", true),
		Actor:          list(v, "actor", true),
		Codes:          list(v, "code", false),
		PLOVER:         list(v, "plover", true),
		PlaceCountries: list(v, "place", true),
	}
	for _, q := range list(v, "quad", false) {
		n, err := strconv.Atoi(q)
		if err != nil {
			return f, parley.Errorf(parley.EINVALID, "quad %q: want a QuadClass from 1 to 4", q)
		}
		f.Quads = append(f.Quads, n)
	}
	var err error
	for _, p := range []struct {
		name string
		dst  *string
	}{{"from", &f.From}, {"to", &f.To}, {"q", &f.Query}, {"article", &f.Article}} {
		if *p.dst, err = one(v, p.name); err != nil {
			return f, err
		}
	}
	return f, f.Validate()
}

// eventsResponse is the body of GET /api/events.
type eventsResponse struct {
	Events []*parley.StoredEvent `json:"events"`
	// Next is the cursor of the next page; absent on the last page.
	Next string `json:"next,omitempty"`
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	v, err := query(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := checkParams(v, "limit", "cursor"); err != nil {
		s.writeError(w, r, err)
		return
	}
	f, err := parseFilter(v)
	if err == nil {
		f.Limit, err = intParam(v, "limit", defaultEventLimit)
	}
	if err == nil && (f.Limit < 1 || f.Limit > parley.MaxLimit) {
		err = parley.Errorf(parley.EINVALID, "limit must be between 1 and %d, not %d", parley.MaxLimit, f.Limit)
	}
	if err == nil {
		f.Cursor, err = one(v, "cursor")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	events, next, err := s.Store.FindEvents(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, eventsResponse{Events: events, Next: next})
}

// aggregatesResponse is the body of GET /api/aggregates.
type aggregatesResponse struct {
	Interval parley.Interval    `json:"interval,omitempty"`
	By       []parley.Dimension `json:"by,omitempty"`
	Buckets  []*parley.Bucket   `json:"buckets"`
}

func (s *Server) handleAggregates(w http.ResponseWriter, r *http.Request) {
	v, err := query(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := checkParams(v, "interval", "by", "limit"); err != nil {
		s.writeError(w, r, err)
		return
	}
	f, err := parseFilter(v)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	q := parley.AggregateQuery{Filter: f}
	interval, err := one(v, "interval")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if interval != "none" {
		q.Interval = parley.Interval(strings.ToLower(interval))
	}
	for _, d := range list(v, "by", false) {
		q.By = append(q.By, parley.Dimension(strings.ToLower(d)))
	}
	if q.Limit, err = intParam(v, "limit", defaultBucketLimit); err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := q.Validate(); err != nil {
		s.writeError(w, r, err)
		return
	}
	buckets, err := s.Store.Aggregate(r.Context(), q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, aggregatesResponse{Interval: q.Interval, By: q.By, Buckets: buckets})
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		s.writeError(w, r, parley.Errorf(parley.ENOTFOUND, "give an article id: /api/articles/{id}"))
		return
	}
	if r.URL.RawQuery != "" {
		s.writeError(w, r, parley.Errorf(parley.EINVALID, "/api/articles/{id} takes no query parameters"))
		return
	}
	a, err := s.Store.FindArticle(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, a)
}

// articlesResponse is the body of GET /api/articles.
type articlesResponse struct {
	Articles []*parley.ArticleSummary `json:"articles"`
}

func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	v, err := query(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	for k := range v {
		if k != "limit" && k != "offset" {
			s.writeError(w, r, parley.Errorf(parley.EINVALID, "unknown query parameter %q: the parameters are limit, offset", k))
			return
		}
	}
	var p parley.ArticlePage
	if p.Limit, err = intParam(v, "limit", defaultArticleLimit); err == nil {
		p.Offset, err = intParam(v, "offset", 0)
	}
	if err == nil {
		err = p.Validate()
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	list, err := s.Store.FindArticles(r.Context(), p)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, articlesResponse{Articles: list})
}

// articleInput is an article as clients post it: the JSON Lines input
// contract, only text required.
type articleInput struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
	Published string  `json:"published"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
}

// postResponse is the body of POST /api/articles.
type postResponse struct {
	Articles []parley.PutResult `json:"articles"`
}

func (s *Server) maxBody() int64 {
	if s.MaxBodyBytes > 0 {
		return s.MaxBodyBytes
	}
	return DefaultMaxBodyBytes
}

func (s *Server) maxArticles() int {
	if s.MaxArticles > 0 {
		return s.MaxArticles
	}
	return DefaultMaxArticles
}

func (s *Server) handlePostArticles(w http.ResponseWriter, r *http.Request) {
	if s.Coder == nil {
		s.writeError(w, r, &httpError{status: http.StatusServiceUnavailable, code: EUNAVAILABLE, message: "this server was started without a coder: it cannot code articles"})
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody()))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			s.writeError(w, r, &httpError{status: http.StatusRequestEntityTooLarge, code: ETOOLARGE,
				message: fmt.Sprintf("request body is larger than %d bytes: post fewer or shorter articles", s.maxBody())})
			return
		}
		s.writeError(w, r, parley.Errorf(parley.EINVALID, "reading the request body: %v", err))
		return
	}
	inputs, err := decodeArticles(body)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if len(inputs) > s.maxArticles() {
		s.writeError(w, r, &httpError{status: http.StatusRequestEntityTooLarge, code: ETOOLARGE,
			message: fmt.Sprintf("%d articles in one request: post at most %d", len(inputs), s.maxArticles())})
		return
	}
	batch := make([]*parley.CodedArticle, 0, len(inputs))
	seen := map[string]int{}
	for i, in := range inputs {
		a, err := in.article(i, len(inputs))
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		if j, dup := seen[a.ID]; dup {
			s.writeError(w, r, parley.Errorf(parley.EINVALID, "%s: id %q is also the id of article %d", where(i, len(inputs)), a.ID, j))
			return
		}
		seen[a.ID] = i
		if err := r.Context().Err(); err != nil {
			s.writeError(w, r, err)
			return
		}
		doc, events := s.Coder.Code(a)
		if err := doc.Err(); err != nil {
			// Nothing is stored for a batch with an article the coder
			// failed on: storing it would record it as coding nothing.
			s.writeError(w, r, parley.Errorf(parley.EINTERNAL, "%s: %v", where(i, len(inputs)), err))
			return
		}
		batch = append(batch, parley.NewCodedArticle(a, doc, events))
	}
	results, err := s.Store.PutArticles(r.Context(), batch)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	status := http.StatusOK
	for _, res := range results {
		if res.Status != parley.PutUnchanged {
			status = http.StatusCreated
		}
	}
	s.writeJSON(w, r, status, postResponse{Articles: results})
}

// where names the i-th of n posted articles in messages.
func where(i, n int) string {
	if n == 1 {
		return "article"
	}
	return fmt.Sprintf("article %d", i)
}

// decodeArticles reads one article object or an array of them, strictly:
// unknown fields and trailing data are errors.
func decodeArticles(body []byte) ([]articleInput, error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, parley.Errorf(parley.EINVALID, "empty body: post an article object or an array of them")
	}
	if !utf8.Valid(trimmed) {
		return nil, parley.Errorf(parley.EINVALID, "the body is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	dec.DisallowUnknownFields()
	var inputs []articleInput
	switch trimmed[0] {
	case '{':
		var one articleInput
		if err := dec.Decode(&one); err != nil {
			return nil, jsonError(err, trimmed)
		}
		inputs = []articleInput{one}
	case '[':
		if err := dec.Decode(&inputs); err != nil {
			return nil, jsonError(err, trimmed)
		}
		if len(inputs) == 0 {
			return nil, parley.Errorf(parley.EINVALID, "empty array: post at least one article")
		}
	default:
		return nil, parley.Errorf(parley.EINVALID, "the body must be a JSON object (one article) or array (articles), not something starting with %q", string(trimmed[:min(len(trimmed), 10)]))
	}
	if dec.More() {
		return nil, parley.Errorf(parley.EINVALID, "invalid JSON: more data after the first value at byte %d", dec.InputOffset())
	}
	return inputs, nil
}

// jsonError explains a decoding error with its byte offset.
func jsonError(err error, body []byte) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return parley.Errorf(parley.EINVALID, "invalid JSON at byte %d: %v", syn.Offset, syn)
	case errors.As(err, &typ):
		return parley.Errorf(parley.EINVALID, "invalid JSON at byte %d: field %q must be a %s, not a %s", typ.Offset, typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return parley.Errorf(parley.EINVALID, "invalid JSON: the body ends in the middle of a value (%d bytes)", len(body))
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return parley.Errorf(parley.EINVALID, "unknown field %s: an article has id, title, text, published, url and source", f)
	}
	return parley.Errorf(parley.EINVALID, "invalid JSON: %s", strings.TrimPrefix(msg, "json: "))
}

// article checks a posted article and turns it into a parley.Article.
func (in *articleInput) article(i, n int) (*parley.Article, error) {
	w := where(i, n)
	if in.Text == nil {
		return nil, parley.Errorf(parley.EINVALID, `%s: missing "text"`, w)
	}
	if strings.TrimSpace(*in.Text) == "" {
		return nil, parley.Errorf(parley.EINVALID, `%s: "text" is empty`, w)
	}
	if strings.IndexByte(*in.Text, 0) >= 0 {
		return nil, parley.Errorf(parley.EINVALID, `%s: "text" holds a NUL character`, w)
	}
	a := &parley.Article{ID: strings.TrimSpace(in.ID), Title: in.Title, Text: *in.Text, URL: in.URL, Source: in.Source, Origin: "api"}
	if len(a.ID) > parley.MaxIDLen {
		return nil, parley.Errorf(parley.EINVALID, "%s: id is longer than %d bytes", w, parley.MaxIDLen)
	}
	if in.Published != "" {
		t, err := parseDate(in.Published)
		if err != nil {
			return nil, parley.Errorf(parley.EINVALID, "%s: published %q: want YYYY-MM-DD or an RFC 3339 time", w, in.Published)
		}
		a.Published = t
	}
	if a.ID == "" {
		a.ID = "sha256-" + parley.ContentHash(a)[:16]
	}
	a.Origin = "api:" + a.ID
	return a, nil
}

// parseDate reads a publication date as the file reader does: YYYY-MM-DD
// or an RFC 3339 time, kept as its calendar day.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{parley.DateLayout, time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("unknown date format %q", s)
}
