// Package sqlite is parley's default event store: one SQLite file (through
// modernc.org/sqlite, pure Go) holding articles, their sentences and coded
// events, with an FTS5 index on the evidence. It implements parley.Store.
//
// Writes go through one connection in WAL mode with synchronous=FULL, so a
// committed batch survives a crash; reads use a pool of read-only
// connections and never wait for the writer. The schema is migrated on
// Open by the numbered SQL files in migrations/, recorded in the
// schema_migrations table.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parley-events/parley"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is a parley.Store in one SQLite file.
type Store struct {
	path string
	w    *sql.DB // the single writer connection
	r    *sql.DB // read-only connections
	// Now returns the time recorded as an article's ingestion time.
	Now func() time.Time
}

var _ parley.Store = (*Store)(nil)

// Open opens (creating if needed) the database file at path and brings its
// schema up to date. It refuses a file whose schema is newer than this
// program knows.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("open store: want a file path, not %q", path)
	}
	s := &Store{path: path, Now: time.Now}
	pragmas := url.Values{}
	pragmas.Add("_pragma", "busy_timeout(10000)")
	pragmas.Add("_pragma", "foreign_keys(1)")
	pragmas.Add("_pragma", "journal_mode(WAL)")
	pragmas.Add("_pragma", "synchronous(FULL)")
	// A 64 MiB page cache keeps a batch's index pages in memory instead of
	// spilling them to the WAL in the middle of the transaction.
	pragmas.Add("_pragma", "cache_size(-65536)")
	pragmas.Add("_pragma", "temp_store(MEMORY)")
	w, err := sql.Open("sqlite", path+"?"+pragmas.Encode()+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	s.w = w
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	rp := url.Values{}
	rp.Add("_pragma", "busy_timeout(10000)")
	rp.Add("_pragma", "query_only(1)")
	rp.Add("_pragma", "cache_size(-32768)")
	// Reads map the file rather than copy its pages into each
	// connection's cache.
	rp.Add("_pragma", "mmap_size(1073741824)")
	rp.Add("_pragma", "temp_store(MEMORY)")
	r, err := sql.Open("sqlite", path+"?"+rp.Encode())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0)*2)
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s.r = r
	return s, nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close updates the query planner's statistics if they are stale and
// closes the database.
func (s *Store) Close() error {
	err := s.Optimize(context.Background())
	if rerr := s.r.Close(); err == nil {
		err = rerr
	}
	if werr := s.w.Close(); err == nil {
		err = werr
	}
	return err
}

// Optimize refreshes the statistics the query planner uses to pick indexes
// (a bounded ANALYZE of the tables that changed much). Ingest calls it
// through Close; a long-running writer may call it now and then.
func (s *Store) Optimize(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002`); err != nil {
		return fmt.Errorf("optimize %s: %w", s.path, err)
	}
	return nil
}

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: name must start with a version number and _", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s have the same version", out[i-1].name, out[i].name)
		}
	}
	return out, nil
}

// SchemaVersion is the schema version this package migrates to.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate applies the migrations the database lacks, each in its own
// transaction with its schema_migrations row.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var current int
	if err := s.w.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if latest := ms[len(ms)-1].version; current > latest {
		return fmt.Errorf("the database schema is version %d, newer than this parley knows (%d): use a newer parley", current, latest)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
			m.version, m.name, s.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// ArticleHash returns the stored content hash of an article, or "".
func (s *Store) ArticleHash(ctx context.Context, id string) (string, error) {
	var h string
	err := s.r.QueryRowContext(ctx, `SELECT hash FROM articles WHERE id = ?`, id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("article hash %q: %w", id, err)
	}
	return h, nil
}
