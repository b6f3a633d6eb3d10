package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/parley-events/parley"
)

// eventSelect reads the events scanEvent scans, from events e, their
// evidence v and their articles a.
const eventSelect = `SELECT e.id, a.id, e.sentence, e.date,
	v.source_text, e.source_code, v.source_full, e.source_country, v.source_start, v.source_end,
	v.target_text, e.target_code, v.target_full, e.target_country, v.target_start, v.target_end,
	e.code, v.name, e.goldstein, e.quad, e.plover_type, v.plover_mode, v.plover_context,
	v.trigger, v.trigger_start, v.trigger_end, v.sentence_text, v.pattern,
	e.place_name, e.place_country, e.place_lat, e.place_lon, v.place_admin1, v.place_kind, v.place_geonameid, v.place_start, v.place_end,
	v.mood, v.mentions, e.historical, v.outlet`

// eventJoin joins an event's rows.
const eventJoin = ` JOIN evidence v ON v.event_id = e.id JOIN articles a ON a.rid = e.article_rid`

type scanner interface{ Scan(dest ...any) error }

func scanEvent(row scanner) (*parley.StoredEvent, error) {
	var (
		e                                   parley.StoredEvent
		tText, tCode, tFull, tCountry       sql.NullString
		tStart, tEnd                        sql.NullInt64
		pName, pCountry, pAdmin1, pKind     sql.NullString
		pLat, pLon                          sql.NullFloat64
		pGeo, pStart, pEnd                  sql.NullInt64
		plType, plMode, plContext, mentions sql.NullString
	)
	src, ev := &e.Source, &e.Evidence
	err := row.Scan(&e.ID, &e.Article, &e.Sentence, &e.Date,
		&src.Text, &src.Code, &src.Full, &src.Country, &src.Start, &src.End,
		&tText, &tCode, &tFull, &tCountry, &tStart, &tEnd,
		&e.Code, &e.Name, &e.Goldstein, &e.Quad, &plType, &plMode, &plContext,
		&ev.Trigger, &ev.Start, &ev.End, &ev.Sentence, &ev.Pattern,
		&pName, &pCountry, &pLat, &pLon, &pAdmin1, &pKind, &pGeo, &pStart, &pEnd,
		&e.Mood, &mentions, &e.Historical, &e.Outlet)
	if err != nil {
		return nil, err
	}
	if tCode.Valid || tText.Valid {
		e.Target = &parley.ActorRef{Text: tText.String, Code: tCode.String, Full: tFull.String, Country: tCountry.String, Start: int(tStart.Int64), End: int(tEnd.Int64)}
		// Only an implied actor has an empty, zero-width mention.
		e.Target.Implied = e.Target.Text == "" && e.Target.Start == e.Target.End
	}
	if pName.Valid || pCountry.Valid {
		e.Place = &parley.Place{Name: pName.String, Country: pCountry.String, Admin1: pAdmin1.String, Lat: pLat.Float64, Lon: pLon.Float64,
			Kind: pKind.String, GeoNameID: int(pGeo.Int64), Start: int(pStart.Int64), End: int(pEnd.Int64)}
	}
	if plType.String != "" || plMode.String != "" || plContext.String != "" {
		e.PLOVER = &parley.PLOVER{Type: plType.String, Mode: plMode.String, Context: plContext.String}
	}
	if mentions.Valid && mentions.String != "" {
		if err := json.Unmarshal([]byte(mentions.String), &e.Mentions); err != nil {
			return nil, fmt.Errorf("event %d: mentions: %w", e.ID, err)
		}
	}
	return &e, nil
}

const articleColumns = `id, title, published, url, source, hash, ingested, event_count`

func scanSummary(row scanner, a *parley.ArticleSummary, extra ...any) error {
	return row.Scan(append([]any{&a.ID, &a.Title, &a.Published, &a.URL, &a.Source, &a.Hash, &a.Ingested, &a.EventCount}, extra...)...)
}

// FindArticle returns an article with its sentences and events, read in
// one transaction so that they match.
func (s *Store) FindArticle(ctx context.Context, id string) (*parley.StoredArticle, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("find article %q: %w", id, err)
	}
	defer tx.Rollback()
	var a parley.StoredArticle
	var rid int64
	err = scanSummary(tx.QueryRowContext(ctx, `SELECT `+articleColumns+`, text, rid FROM articles WHERE id = ?`, id), &a.ArticleSummary, &a.Text, &rid)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, parley.Errorf(parley.ENOTFOUND, "no article with id %q", id)
	}
	if err != nil {
		return nil, fmt.Errorf("find article %q: %w", id, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT start, end, headline FROM sentences WHERE article_rid = ? ORDER BY idx`, rid)
	if err != nil {
		return nil, fmt.Errorf("find article %q: sentences: %w", id, err)
	}
	a.Sentences = []parley.SentenceSpan{}
	for rows.Next() {
		var sn parley.SentenceSpan
		if err := rows.Scan(&sn.Start, &sn.End, &sn.Headline); err != nil {
			rows.Close()
			return nil, fmt.Errorf("find article %q: sentences: %w", id, err)
		}
		a.Sentences = append(a.Sentences, sn)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find article %q: sentences: %w", id, err)
	}
	rows, err = tx.QueryContext(ctx, eventSelect+` FROM events e`+eventJoin+` WHERE e.article_rid = ? ORDER BY e.sentence, e.id`, rid)
	if err != nil {
		return nil, fmt.Errorf("find article %q: events: %w", id, err)
	}
	defer rows.Close()
	a.Events = []*parley.StoredEvent{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("find article %q: events: %w", id, err)
		}
		a.Events = append(a.Events, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find article %q: events: %w", id, err)
	}
	return &a, nil
}

// FindArticles lists articles, newest publication first.
func (s *Store) FindArticles(ctx context.Context, p parley.ArticlePage) ([]*parley.ArticleSummary, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY published DESC, id LIMIT ? OFFSET ?`, p.Limit, p.Offset)
	if err != nil {
		return nil, fmt.Errorf("find articles: %w", err)
	}
	defer rows.Close()
	out := []*parley.ArticleSummary{}
	for rows.Next() {
		var a parley.ArticleSummary
		if err := scanSummary(rows, &a); err != nil {
			return nil, fmt.Errorf("find articles: %w", err)
		}
		out = append(out, &a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find articles: %w", err)
	}
	return out, nil
}

// where builds the SQL condition and arguments of a filter (without its
// cursor). The condition is "1" when nothing filters.
func where(f *parley.EventFilter) (string, []any) {
	var conds []string
	var args []any
	in := func(col string, vals []string) string {
		args = append(args, anys(vals)...)
		return col + " IN (" + placeholders(len(vals)) + ")"
	}
	actor := func(side string, vals []string) string {
		return in(side+"_code", vals) + " OR " + in(side+"_country", vals)
	}
	if len(f.Source) > 0 {
		conds = append(conds, "("+actor("source", f.Source)+")")
	}
	if len(f.Target) > 0 {
		conds = append(conds, "("+actor("target", f.Target)+")")
	}
	if len(f.Actor) > 0 {
		conds = append(conds, "("+actor("source", f.Actor)+" OR "+actor("target", f.Actor)+")")
	}
	if len(f.Codes) > 0 {
		var ors []string
		for _, c := range f.Codes {
			ors = append(ors, "(code >= ? AND code < ?)")
			args = append(args, c, prefixEnd(c))
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	if len(f.Quads) > 0 {
		conds = append(conds, "quad IN ("+placeholders(len(f.Quads))+")")
		for _, q := range f.Quads {
			args = append(args, q)
		}
	}
	if len(f.PLOVER) > 0 {
		conds = append(conds, in("plover_type", f.PLOVER))
	}
	if f.From != "" || f.To != "" {
		conds = append(conds, "date != ''")
	}
	if f.From != "" {
		conds = append(conds, "date >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "date <= ?")
		args = append(args, f.To)
	}
	if len(f.PlaceCountries) > 0 {
		conds = append(conds, in("place_country", f.PlaceCountries))
	}
	if f.Article != "" {
		conds = append(conds, "article_rid = (SELECT rid FROM articles WHERE id = ?)")
		args = append(args, f.Article)
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		conds = append(conds, "id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
		args = append(args, ftsQuery(q))
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// prefixEnd returns the smallest string greater than every string with the
// given prefix of ASCII digits.
func prefixEnd(p string) string {
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func anys(vals []string) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}

// ftsQuery passes a query that uses FTS5 syntax (quotes, parentheses, *,
// column filters, AND/OR/NOT/NEAR) through as it is, and turns plain words
// into quoted terms so that "Putin's offer" needs no escaping.
func ftsQuery(q string) string {
	if strings.ContainsAny(q, `"()*:^`) {
		return q
	}
	words := strings.Fields(q)
	for _, w := range words {
		switch w {
		case "AND", "OR", "NOT", "NEAR":
			return q
		}
	}
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}

// ftsError turns an FTS5 query error into an EINVALID error.
func ftsError(err error, q string) error {
	// With a query, SQLite's "SQL logic error" comes from the FTS5 parser
	// ("fts5: syntax error near", "unterminated string", "no such column").
	if err != nil && q != "" && strings.HasPrefix(err.Error(), "SQL logic error") {
		return parley.Errorf(parley.EINVALID, "full-text query %q: %s", q, strings.TrimPrefix(sqliteMessage(err), "fts5: "))
	}
	return err
}

// sqliteMessage strips the driver's prefix from an SQLite error.
func sqliteMessage(err error) string {
	m := err.Error()
	if i := strings.Index(m, ": "); i >= 0 && strings.HasPrefix(m, "SQL logic error") {
		m = m[i+2:]
	}
	if i := strings.LastIndex(m, " (1)"); i >= 0 {
		m = m[:i]
	}
	return m
}

// cursor is the position after the last event of a page: events are listed
// by date, then id, both descending.
type cursor struct {
	date string
	id   int64
}

func (c cursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte(c.date + "|" + strconv.FormatInt(c.id, 10)))
}

func parseCursor(s string) (cursor, error) {
	bad := parley.Errorf(parley.EINVALID, "cursor %q is not one this server gave out", s)
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, bad
	}
	date, id, ok := strings.Cut(string(b), "|")
	n, err := strconv.ParseInt(id, 10, 64)
	if !ok || err != nil || n < 0 || len(date) > 10 {
		return cursor{}, bad
	}
	return cursor{date: date, id: n}, nil
}

// DefaultLimit is the page size of a filter that gives none.
const DefaultLimit = 100

// FindEvents returns a page of matching events, newest first.
func (s *Store) FindEvents(ctx context.Context, f parley.EventFilter) ([]*parley.StoredEvent, string, error) {
	if err := f.Validate(); err != nil {
		return nil, "", err
	}
	limit := f.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	cond, args := where(&f)
	if f.Cursor != "" {
		c, err := parseCursor(f.Cursor)
		if err != nil {
			return nil, "", err
		}
		cond += " AND (date < ? OR (date = ? AND id < ?))"
		args = append(args, c.date, c.date, c.id)
	}
	args = append(args, limit+1)
	// Select the page's ids on the narrow events table, then join the rest.
	rows, err := s.r.QueryContext(ctx, eventSelect+` FROM (SELECT id FROM events WHERE `+cond+` ORDER BY date DESC, id DESC LIMIT ?) p
		JOIN events e ON e.id = p.id`+eventJoin+` ORDER BY e.date DESC, e.id DESC`, args...)
	if err != nil {
		return nil, "", fmt.Errorf("find events: %w", ftsError(err, f.Query))
	}
	defer rows.Close()
	out := []*parley.StoredEvent{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, "", fmt.Errorf("find events: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("find events: %w", ftsError(err, f.Query))
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		last := out[limit-1]
		next = cursor{date: last.Date, id: last.ID}.String()
	}
	return out, next, nil
}

// dimensionColumns are the SQL expressions of each aggregate dimension.
var dimensionColumns = map[parley.Dimension][]string{
	parley.BySource:        {"source_code"},
	parley.ByTarget:        {"COALESCE(target_code, '')"},
	parley.BySourceCountry: {"source_country"},
	parley.ByTargetCountry: {"COALESCE(target_country, '')"},
	parley.ByCountry:       {"country"},
	parley.ByPlaceCountry:  {"COALESCE(place_country, '')"},
	parley.ByPlace:         {"COALESCE(place_name, '')", "COALESCE(place_country, '')", "COALESCE(place_lat, '')", "COALESCE(place_lon, '')"},
	parley.ByRoot:          {"root"},
	parley.ByPLOVER:        {"plover_type"},
}

// Aggregate counts events and sums Goldstein scores by period and
// dimensions. Buckets come in period order, then by count, largest first;
// with an interval, undated events are left out.
func (s *Store) Aggregate(ctx context.Context, q parley.AggregateQuery) ([]*parley.Bucket, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	f := q.Filter
	cond, args := where(&f)
	from := "events WHERE " + cond
	if len(q.By) == 1 && q.By[0] == parley.ByCountry {
		// Each event counts for its source country and, when different,
		// for its target country.
		from = `(SELECT source_country AS country, date, goldstein, quad FROM events WHERE ` + cond + ` AND source_country != ''
			UNION ALL
			SELECT target_country, date, goldstein, quad FROM events WHERE ` + cond + ` AND COALESCE(target_country, '') NOT IN ('', source_country))`
		args = append(args, args...)
		if q.Interval != parley.IntervalNone {
			from += " WHERE date != ''"
		}
	} else if q.Interval != parley.IntervalNone {
		from += " AND date != ''"
	}
	// Weeks are summed from days here: the days come in index order and
	// need no sort, which grouping by a computed week would.
	var cols []string
	if q.Interval != parley.IntervalNone {
		cols = append(cols, "date")
	}
	for _, d := range q.By {
		cols = append(cols, dimensionColumns[d]...)
	}
	query := "SELECT "
	if len(cols) > 0 {
		query += strings.Join(cols, ", ") + ", "
	}
	query += `COUNT(*), TOTAL(goldstein), TOTAL(quad = 1), TOTAL(quad = 2), TOTAL(quad = 3), TOTAL(quad = 4) FROM ` + from
	if len(cols) > 0 {
		query += " GROUP BY " + strings.Join(cols, ", ")
	}
	if q.Interval != parley.IntervalWeek {
		query += " ORDER BY COUNT(*) DESC"
		if len(cols) > 0 {
			query += ", " + strings.Join(cols, ", ")
		}
		query += " LIMIT ?"
		args = append(args, q.Limit)
	}

	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("aggregate: %w", ftsError(err, f.Query))
	}
	defer rows.Close()
	out := []*parley.Bucket{}
	weeks := map[string]*parley.Bucket{}
	for rows.Next() {
		var b parley.Bucket
		keys := make([]string, len(cols))
		dest := make([]any, 0, len(cols)+6)
		for i := range keys {
			dest = append(dest, &keys[i])
		}
		var quads [4]float64
		dest = append(dest, &b.Count, &b.Goldstein, &quads[0], &quads[1], &quads[2], &quads[3])
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("aggregate: %w", err)
		}
		for i, v := range quads {
			b.Quads[i] = int(v)
		}
		k := keys
		if q.Interval != parley.IntervalNone {
			b.Period, k = keys[0], keys[1:]
		}
		rest := k
		for _, d := range q.By {
			n := len(dimensionColumns[d])
			setDimension(&b, d, rest[:n])
			rest = rest[n:]
		}
		if q.Interval == parley.IntervalWeek {
			w, err := parley.WeekStart(b.Period)
			if err != nil {
				return nil, fmt.Errorf("aggregate: event date %q: %w", b.Period, err)
			}
			b.Period = w
			key := w + "\x00" + strings.Join(k, "\x00")
			if sum, ok := weeks[key]; ok {
				sum.Count += b.Count
				sum.Goldstein += b.Goldstein
				for i := range sum.Quads {
					sum.Quads[i] += b.Quads[i]
				}
				continue
			}
			weeks[key] = &b
		}
		out = append(out, &b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("aggregate: %w", ftsError(err, f.Query))
	}
	if q.Interval == parley.IntervalWeek {
		// The largest buckets first, as SQL orders the others.
		sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
		if len(out) > q.Limit {
			out = out[:q.Limit]
		}
	}
	for _, b := range out {
		// Goldstein scores have one decimal: drop the float noise of the sum.
		b.Goldstein = math.Round(b.Goldstein*1e6) / 1e6
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out, nil
}

func setDimension(b *parley.Bucket, d parley.Dimension, v []string) {
	switch d {
	case parley.BySource:
		b.Source = v[0]
	case parley.ByTarget:
		b.Target = v[0]
	case parley.BySourceCountry:
		b.SourceCountry = v[0]
	case parley.ByTargetCountry:
		b.TargetCountry = v[0]
	case parley.ByCountry:
		b.Country = v[0]
	case parley.ByPlaceCountry:
		b.PlaceCountry = v[0]
	case parley.ByPlace:
		b.Place, b.PlaceCountry = v[0], v[1]
		b.Lat, b.Lon = parseCoordinate(v[2]), parseCoordinate(v[3])
	case parley.ByRoot:
		b.Root = v[0]
	case parley.ByPLOVER:
		b.PLOVER = v[0]
	}
}

// parseCoordinate reads a stored latitude or longitude; "" is none.
func parseCoordinate(s string) *float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	return &f
}
