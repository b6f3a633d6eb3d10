package parley

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Store keeps coded articles and their events and answers analysts'
// questions about them. Implementations (sqlite; PostgreSQL may follow) pass
// the conformance suite in package storetest and are safe for concurrent use.
type Store interface {
	// PutArticles stores coded articles in one transaction: either every
	// article of the batch is stored with all its sentences and events, or
	// none is. An article whose ID is stored with the same Hash is left as it
	// is (PutUnchanged); one stored with another Hash is replaced with its
	// new events (PutReplaced). Returns EINVALID if an article is malformed.
	PutArticles(ctx context.Context, articles []*CodedArticle) ([]PutResult, error)

	// ArticleHash returns the content hash stored for an article ID, or ""
	// if no article has that ID, so that unchanged input need not be coded
	// again.
	ArticleHash(ctx context.Context, id string) (string, error)

	// FindArticle returns a stored article with its sentences and events.
	// Returns ENOTFOUND if no article has that ID.
	FindArticle(ctx context.Context, id string) (*StoredArticle, error)

	// FindArticles lists stored articles (without text, sentences or
	// events), newest publication first. Returns EINVALID for a bad page.
	FindArticles(ctx context.Context, page ArticlePage) ([]*ArticleSummary, error)

	// FindEvents returns one page of the events that match a filter, newest
	// event date first, and the cursor of the next page ("" at the end).
	// Returns EINVALID for a malformed filter or cursor.
	FindEvents(ctx context.Context, f EventFilter) (events []*StoredEvent, next string, err error)

	// Aggregate counts events and sums their Goldstein scores, grouped by
	// period and by the query's dimensions. Returns EINVALID for a
	// malformed query.
	Aggregate(ctx context.Context, q AggregateQuery) ([]*Bucket, error)

	// Close releases the store's resources.
	Close() error
}

// CodedArticle is an article as the coder left it: the article, the
// sentences its text was cut into and the events read from them. Event
// offsets and sentence numbers point into Article.Text.
type CodedArticle struct {
	Article   *Article
	Sentences []Sentence
	Events    []Event
}

// NewCodedArticle builds a CodedArticle from the coder's output.
func NewCodedArticle(a *Article, doc *Doc, events []Event) *CodedArticle {
	c := &CodedArticle{Article: a, Events: events}
	if doc != nil {
		c.Sentences = doc.Sentences
	}
	return c
}

// ContentHash identifies the version of an article that was coded: a hex
// SHA-256 of its title, publication date and text, which are what the events
// depend on. Storing an article again with the same ID and hash is a no-op.
func ContentHash(a *Article) string {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	if !a.Published.IsZero() {
		h.Write([]byte(a.Published.UTC().Format(time.RFC3339)))
	}
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// Validate reports what makes a coded article unfit to store.
func (c *CodedArticle) Validate() error {
	if c == nil || c.Article == nil {
		return Errorf(EINVALID, "no article")
	}
	a := c.Article
	if strings.TrimSpace(a.ID) == "" {
		return Errorf(EINVALID, "article has no id")
	}
	if len(a.ID) > MaxIDLen {
		return Errorf(EINVALID, "article id is longer than %d bytes", MaxIDLen)
	}
	if strings.TrimSpace(a.Text) == "" {
		return Errorf(EINVALID, "article %q has no text", a.ID)
	}
	n := len(a.Text)
	for i, s := range c.Sentences {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return Errorf(EINVALID, "article %q: sentence %d span [%d,%d) is outside the text", a.ID, i, s.Start, s.End)
		}
	}
	for i, e := range c.Events {
		if e.Article != "" && e.Article != a.ID {
			return Errorf(EINVALID, "article %q: event %d belongs to article %q", a.ID, i, e.Article)
		}
		if e.Code == "" {
			return Errorf(EINVALID, "article %q: event %d has no CAMEO code", a.ID, i)
		}
		if e.Quad < 0 || e.Quad > 4 {
			return Errorf(EINVALID, "article %q: event %d has QuadClass %d, want 1-4", a.ID, i, e.Quad)
		}
		if e.Date != "" {
			if _, err := time.Parse(DateLayout, e.Date); err != nil {
				return Errorf(EINVALID, "article %q: event %d has date %q, want YYYY-MM-DD", a.ID, i, e.Date)
			}
		}
	}
	return nil
}

// MaxIDLen is the longest article ID a store accepts, in bytes.
const MaxIDLen = 512

// DateLayout is the layout of event and filter dates (YYYY-MM-DD).
const DateLayout = "2006-01-02"

// PutStatus says what storing an article did.
type PutStatus string

// The outcomes of storing an article.
const (
	PutInserted  PutStatus = "inserted"  // a new article ID
	PutReplaced  PutStatus = "replaced"  // an edited article: its events were replaced
	PutUnchanged PutStatus = "unchanged" // the same ID and content hash: nothing was written
)

// PutResult is the outcome of storing one article.
type PutResult struct {
	ID     string    `json:"id"`
	Status PutStatus `json:"status"`
	Events int       `json:"events"`
}

// StoredArticle is an article as a store returns it, with its sentences and
// events.
type StoredArticle struct {
	ArticleSummary
	Text      string         `json:"text"`
	Sentences []SentenceSpan `json:"sentences"`
	Events    []*StoredEvent `json:"events"`
}

// SentenceSpan is a stored sentence: its byte range in the article text
// (its index in StoredArticle.Sentences is the events' sentence number).
type SentenceSpan struct {
	Start    int  `json:"start"`
	End      int  `json:"end"`
	Headline bool `json:"headline,omitempty"`
}

// ArticleSummary describes a stored article without its text.
type ArticleSummary struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	// Published is the publication date (YYYY-MM-DD), if known.
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	// Hash is the ContentHash of the stored version.
	Hash string `json:"hash"`
	// Ingested is when the stored version was written (UTC, RFC 3339).
	Ingested   string `json:"ingested"`
	EventCount int    `json:"event_count"`
}

// StoredEvent is an event with the identifier a store gave it. Its JSON
// form is the event contract with an added "id".
type StoredEvent struct {
	ID int64 `json:"id"`
	Event
}

// ArticlePage selects a page of the article list.
type ArticlePage struct {
	Limit  int
	Offset int
}

// Validate reports what is wrong with a page request.
func (p ArticlePage) Validate() error {
	if p.Limit < 1 || p.Limit > MaxLimit {
		return Errorf(EINVALID, "limit must be between 1 and %d, not %d", MaxLimit, p.Limit)
	}
	if p.Offset < 0 {
		return Errorf(EINVALID, "offset must not be negative")
	}
	return nil
}

// MaxLimit bounds the page size of event and article lists.
const MaxLimit = 1000

// MaxBuckets bounds the number of buckets an aggregate returns.
const MaxBuckets = 10000

// Role says on which side of an event an actor filter looks.
type Role string

// EventFilter selects events. Empty fields do not filter; a list matches
// any of its values. Actor values are actor codes ("RUSGOV") or country
// codes ("RUS"): a value matches an actor whose code or country equals it.
type EventFilter struct {
	// Source, Target and Actor match the source, the target, or either.
	Source []string
	Target []string
	Actor  []string
	// Codes are CAMEO codes or prefixes: "04" is the root Consult and
	// matches 040-046; "036" matches 036 and 0361-0364.
	Codes []string
	// Quads are QuadClasses: 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	Quads []int
	// PLOVER are PLOVER event types ("AGREE", "ACCUSE").
	PLOVER []string
	// From and To bound the event date (YYYY-MM-DD, both inclusive).
	// Undated events are left out when either is set.
	From, To string
	// PlaceCountries match the country of the event's place.
	PlaceCountries []string
	// Article restricts the events to one article.
	Article string
	// Query is a full-text query (SQLite FTS5 syntax: words, "phrases",
	// OR, NOT, prefix*) on the evidence trigger and sentence.
	Query string
	// Limit is the page size (1..MaxLimit); Cursor is the Next value of the
	// previous page.
	Limit  int
	Cursor string
}

// Validate reports the first thing wrong with a filter, in words an
// analyst can act on.
func (f *EventFilter) Validate() error {
	for _, list := range [][]string{f.Source, f.Target, f.Actor, f.PlaceCountries} {
		for _, v := range list {
			if !isActorCode(v) {
				return Errorf(EINVALID, "actor or country code %q: want upper-case letters and digits, like RUS or RUSGOV", v)
			}
		}
	}
	for _, c := range f.Codes {
		if !isCAMEOPrefix(c) {
			return Errorf(EINVALID, "CAMEO code %q: want 2 to 4 digits, like 04 or 042", c)
		}
	}
	for _, q := range f.Quads {
		if q < 1 || q > 4 {
			return Errorf(EINVALID, "QuadClass %d: want 1 to 4", q)
		}
	}
	for _, p := range f.PLOVER {
		if !isActorCode(strings.ReplaceAll(p, "_", "")) {
			return Errorf(EINVALID, "PLOVER type %q: want an upper-case type like AGREE", p)
		}
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(DateLayout, d.v); err != nil {
			return Errorf(EINVALID, "%s date %q: want YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return Errorf(EINVALID, "from date %s is after to date %s", f.From, f.To)
	}
	if len(f.Query) > 1000 {
		return Errorf(EINVALID, "full-text query is longer than 1000 bytes")
	}
	if f.Limit < 0 || f.Limit > MaxLimit {
		return Errorf(EINVALID, "limit must be between 1 and %d, not %d", MaxLimit, f.Limit)
	}
	return nil
}

func isActorCode(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func isCAMEOPrefix(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Interval is the period an aggregate groups event dates by.
type Interval string

// The aggregate periods. Weeks start on Monday (ISO 8601) and are named by
// their Monday's date.
const (
	IntervalNone Interval = ""
	IntervalDay  Interval = "day"
	IntervalWeek Interval = "week"
)

// Dimension is an event attribute an aggregate groups by.
type Dimension string

// The aggregate dimensions. A dyad is Source with Target, or
// SourceCountry with TargetCountry.
const (
	BySource        Dimension = "source"         // source actor code
	ByTarget        Dimension = "target"         // target actor code
	BySourceCountry Dimension = "source_country" // source country
	ByTargetCountry Dimension = "target_country" // target country
	// ByCountry counts each event once for its source country and once for
	// its target country when that differs.
	ByCountry      Dimension = "country"
	ByPlaceCountry Dimension = "place_country" // country of the event's place
	// ByPlace groups by the event's place: its name, country and
	// coordinates (when the gazetteer gave them).
	ByPlace  Dimension = "place"
	ByRoot   Dimension = "root"   // two-digit CAMEO root
	ByPLOVER Dimension = "plover" // PLOVER event type
)

// Dimensions lists the valid aggregate dimensions.
var Dimensions = []Dimension{BySource, ByTarget, BySourceCountry, ByTargetCountry, ByCountry, ByPlaceCountry, ByPlace, ByRoot, ByPLOVER}

// AggregateQuery asks for event counts and Goldstein sums over the events a
// filter selects (its Limit and Cursor are ignored).
type AggregateQuery struct {
	Filter   EventFilter
	Interval Interval
	By       []Dimension
	// Limit bounds the buckets returned (1..MaxBuckets); the buckets with
	// the most events are kept.
	Limit int
}

// Validate reports what is wrong with an aggregate query.
func (q *AggregateQuery) Validate() error {
	f := q.Filter
	f.Limit, f.Cursor = 0, ""
	if err := f.Validate(); err != nil {
		return err
	}
	switch q.Interval {
	case IntervalNone, IntervalDay, IntervalWeek:
	default:
		return Errorf(EINVALID, "interval %q: want day, week or none", q.Interval)
	}
	if len(q.By) > 3 {
		return Errorf(EINVALID, "at most 3 dimensions to group by, not %d", len(q.By))
	}
	seen := map[Dimension]bool{}
	for _, d := range q.By {
		ok := false
		for _, v := range Dimensions {
			ok = ok || d == v
		}
		if !ok {
			return Errorf(EINVALID, "group by %q: want one of source, target, source_country, target_country, country, place_country, place, root, plover", d)
		}
		if seen[d] {
			return Errorf(EINVALID, "group by %q given twice", d)
		}
		seen[d] = true
		if d == ByCountry && len(q.By) > 1 {
			return Errorf(EINVALID, "group by country cannot be combined with other dimensions")
		}
	}
	if q.Limit < 1 || q.Limit > MaxBuckets {
		return Errorf(EINVALID, "limit must be between 1 and %d, not %d", MaxBuckets, q.Limit)
	}
	return nil
}

// Bucket is one group of an aggregate: its period and dimension values
// (only those asked for are set), the number of events, their Goldstein sum
// and the events per QuadClass.
type Bucket struct {
	Period        string `json:"period,omitempty"`
	Source        string `json:"source,omitempty"`
	Target        string `json:"target,omitempty"`
	SourceCountry string `json:"source_country,omitempty"`
	TargetCountry string `json:"target_country,omitempty"`
	Country       string `json:"country,omitempty"`
	PlaceCountry  string `json:"place_country,omitempty"`
	Root          string `json:"root,omitempty"`
	PLOVER        string `json:"plover,omitempty"`
	// Place, Lat and Lon are the place's name and coordinates (ByPlace,
	// which also sets PlaceCountry).
	Place string   `json:"place,omitempty"`
	Lat   *float64 `json:"lat,omitempty"`
	Lon   *float64 `json:"lon,omitempty"`

	Count     int     `json:"count"`
	Goldstein float64 `json:"goldstein"`
	// Quads[i] counts the events of QuadClass i+1.
	Quads [4]int `json:"quads"`
}

// WeekStart returns the Monday of the ISO week of a YYYY-MM-DD date.
func WeekStart(date string) (string, error) {
	t, err := time.Parse(DateLayout, date)
	if err != nil {
		return "", err
	}
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0 ... Sunday 6
	return t.AddDate(0, 0, -wd).Format(DateLayout), nil
}

// Error codes of application errors. Callers test them with ErrorCode; the
// HTTP API maps them to statuses.
const (
	EINVALID  = "invalid"   // malformed input
	ENOTFOUND = "not_found" // no such thing
	ECONFLICT = "conflict"  // the request conflicts with stored state
	EINTERNAL = "internal"  // a fault of ours
)

// Error is an application error: a code from the list above and a message
// meant for the user. Other errors are internal and their text is not shown.
type Error struct {
	Code    string
	Message string
}

// Error returns the message with its code.
func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an application error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of an application error in err's chain, or
// EINTERNAL for any other non-nil error ("" for nil).
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of an application error in
// err's chain, or "Internal error." for any other error.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
