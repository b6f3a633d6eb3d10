package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parley-events/parley"
)

const insertEventSQL = `INSERT INTO events (
	article_rid, sentence, date, source_code, source_country, target_code, target_country,
	code, root, goldstein, quad, plover_type, place_name, place_country, place_lat, place_lon, historical
) VALUES (?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?)`

const insertEvidenceSQL = `INSERT INTO evidence (
	event_id, source_text, source_full, source_start, source_end, target_text, target_full, target_start, target_end,
	name, plover_mode, plover_context, trigger, trigger_start, trigger_end, sentence_text, pattern,
	place_admin1, place_kind, place_geonameid, place_start, place_end, mood, mentions, outlet
) VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?)`

// PutArticles stores a batch of coded articles in one transaction.
func (s *Store) PutArticles(ctx context.Context, batch []*parley.CodedArticle) ([]parley.PutResult, error) {
	seen := make(map[string]bool, len(batch))
	for _, c := range batch {
		if err := c.Validate(); err != nil {
			return nil, err
		}
		if seen[c.Article.ID] {
			return nil, parley.Errorf(parley.EINVALID, "article %q appears twice in one batch", c.Article.ID)
		}
		seen[c.Article.ID] = true
	}
	if len(batch) == 0 {
		return nil, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put articles: begin: %w", err)
	}
	defer tx.Rollback()
	st, err := prepareWrite(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	defer st.close()
	// Events inserted by this transaction get ids above any given before
	// (AUTOINCREMENT), which is how the full-text index finds them at the
	// end.
	var maxID int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0)`).Scan(&maxID); err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}

	now := s.Now().UTC().Format(time.RFC3339)
	results := make([]parley.PutResult, 0, len(batch))
	for _, c := range batch {
		a := c.Article
		hash := parley.ContentHash(a)
		res := parley.PutResult{ID: a.ID, Events: len(c.Events)}
		var (
			rid      int64
			old      string
			oldCount int
		)
		err := st.hash.QueryRowContext(ctx, a.ID).Scan(&rid, &old, &oldCount)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			res.Status = parley.PutInserted
		case err != nil:
			return nil, fmt.Errorf("put article %q: %w", a.ID, err)
		case old == hash:
			res.Status, res.Events = parley.PutUnchanged, oldCount
			results = append(results, res)
			continue
		default:
			res.Status = parley.PutReplaced
			for _, del := range []*sql.Stmt{st.unindex, st.delEvidence, st.delEvents, st.delSentences} {
				if _, err := del.ExecContext(ctx, rid); err != nil {
					return nil, fmt.Errorf("put article %q: remove old version: %w", a.ID, err)
				}
			}
		}
		published := ""
		if !a.Published.IsZero() {
			published = a.Published.UTC().Format(parley.DateLayout)
		}
		if res.Status == parley.PutInserted {
			r, err := st.insArticle.ExecContext(ctx, a.ID, a.Title, a.Text, published, a.URL, a.Source, hash, now, len(c.Events))
			if err == nil {
				rid, err = r.LastInsertId()
			}
			if err != nil {
				return nil, fmt.Errorf("put article %q: %w", a.ID, err)
			}
		} else if _, err := st.updArticle.ExecContext(ctx, a.Title, a.Text, published, a.URL, a.Source, hash, now, len(c.Events), rid); err != nil {
			return nil, fmt.Errorf("put article %q: %w", a.ID, err)
		}
		for i, sn := range c.Sentences {
			if _, err := st.sentence.ExecContext(ctx, rid, i, sn.Start, sn.End, sn.Headline); err != nil {
				return nil, fmt.Errorf("put article %q: sentence %d: %w", a.ID, i, err)
			}
		}
		for i := range c.Events {
			core, evidence, err := eventArgs(rid, &c.Events[i])
			if err != nil {
				return nil, fmt.Errorf("put article %q: event %d: %w", a.ID, i, err)
			}
			r, err := st.event.ExecContext(ctx, core...)
			var id int64
			if err == nil {
				id, err = r.LastInsertId()
			}
			if err == nil {
				_, err = st.evidence.ExecContext(ctx, append([]any{id}, evidence...)...)
			}
			if err != nil {
				return nil, fmt.Errorf("put article %q: event %d: %w", a.ID, i, err)
			}
		}
		results = append(results, res)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO events_fts (rowid, trigger, sentence_text)
		SELECT event_id, trigger, sentence_text FROM evidence WHERE event_id > ?`, maxID); err != nil {
		return nil, fmt.Errorf("put articles: full-text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put articles: commit: %w", err)
	}
	return results, nil
}

// writeStmts are the statements of a write transaction, prepared once.
type writeStmts struct {
	hash, insArticle, updArticle, sentence, event, evidence *sql.Stmt
	unindex, delEvidence, delEvents, delSentences           *sql.Stmt
}

func (st *writeStmts) all() []**sql.Stmt {
	return []**sql.Stmt{&st.hash, &st.insArticle, &st.updArticle, &st.sentence, &st.event, &st.evidence,
		&st.unindex, &st.delEvidence, &st.delEvents, &st.delSentences}
}

func prepareWrite(ctx context.Context, tx *sql.Tx) (*writeStmts, error) {
	st := &writeStmts{}
	queries := []string{
		`SELECT rid, hash, event_count FROM articles WHERE id = ?`,
		`INSERT INTO articles (id, title, text, published, url, source, hash, ingested, event_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		`UPDATE articles SET title = ?, text = ?, published = ?, url = ?, source = ?, hash = ?, ingested = ?, event_count = ? WHERE rid = ?`,
		`INSERT INTO sentences (article_rid, idx, start, end, headline) VALUES (?, ?, ?, ?, ?)`,
		insertEventSQL,
		insertEvidenceSQL,
		// Removing an event from the external-content index needs the
		// values it was indexed with, so it comes before the deletes.
		`INSERT INTO events_fts (events_fts, rowid, trigger, sentence_text)
			SELECT 'delete', v.event_id, v.trigger, v.sentence_text FROM evidence v JOIN events e ON e.id = v.event_id WHERE e.article_rid = ?`,
		`DELETE FROM evidence WHERE event_id IN (SELECT id FROM events WHERE article_rid = ?)`,
		`DELETE FROM events WHERE article_rid = ?`,
		`DELETE FROM sentences WHERE article_rid = ?`,
	}
	for i, dst := range st.all() {
		s, err := tx.PrepareContext(ctx, queries[i])
		if err != nil {
			st.close()
			return nil, err
		}
		*dst = s
	}
	return st, nil
}

func (st *writeStmts) close() {
	for _, s := range st.all() {
		if *s != nil {
			(*s).Close()
		}
	}
}

// eventArgs returns the values of an event's events row and of its
// evidence row (without the event id).
func eventArgs(articleRID int64, e *parley.Event) (core, evidence []any, err error) {
	var tText, tFull, tCode, tCountry, tStart, tEnd any
	if t := e.Target; t != nil {
		tText, tFull, tCode, tCountry, tStart, tEnd = t.Text, t.Full, t.Code, t.Country, t.Start, t.End
	}
	var pName, pCountry, pLat, pLon, pAdmin1, pKind, pGeo, pStart, pEnd any
	if p := e.Place; p != nil {
		pName, pCountry, pAdmin1, pKind, pGeo, pStart, pEnd = p.Name, p.Country, p.Admin1, p.Kind, p.GeoNameID, p.Start, p.End
		if p.Lat != 0 || p.Lon != 0 {
			pLat, pLon = p.Lat, p.Lon
		}
	}
	var pType, pMode, pContext string
	if p := e.PLOVER; p != nil {
		pType, pMode, pContext = p.Type, p.Mode, p.Context
	}
	var mentions any
	if len(e.Mentions) > 0 {
		b, err := json.Marshal(e.Mentions)
		if err != nil {
			return nil, nil, err
		}
		mentions = string(b)
	}
	root := e.Code
	if len(root) > 2 {
		root = root[:2]
	}
	core = []any{
		articleRID, e.Sentence, e.Date, e.Source.Code, e.Source.Country, tCode, tCountry,
		e.Code, root, e.Goldstein, e.Quad, pType, pName, pCountry, pLat, pLon, e.Historical,
	}
	evidence = []any{
		e.Source.Text, e.Source.Full, e.Source.Start, e.Source.End, tText, tFull, tStart, tEnd,
		e.Name, pMode, pContext, e.Evidence.Trigger, e.Evidence.Start, e.Evidence.End, e.Evidence.Sentence, e.Evidence.Pattern,
		pAdmin1, pKind, pGeo, pStart, pEnd, e.Mood, mentions, e.Outlet,
	}
	return core, evidence, nil
}
