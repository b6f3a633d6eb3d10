package sqlite_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/sqlite"
	"github.com/parley-events/parley/storetest"
	_ "modernc.org/sqlite"
)

// MustOpen opens a store in a new file under the test's temporary folder.
func MustOpen(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "parley.db"))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) parley.Store { return MustOpen(t) })
}

func TestOpen(t *testing.T) {
	t.Run("Migrations", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "p.db")
		for i := 0; i < 2; i++ { // the second Open finds the schema current
			s, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatalf("open %d: %v", i, err)
			}
			s.Close()
		}
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n, v int
		if err := db.QueryRow(`SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &v); err != nil {
			t.Fatal(err)
		}
		if n != sqlite.SchemaVersion() || v != sqlite.SchemaVersion() {
			t.Fatalf("schema_migrations has %d rows, version %d; want %d", n, v, sqlite.SchemaVersion())
		}
		var mode string
		if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Fatalf("journal mode %q, %v; want wal", mode, err)
		}
	})
	t.Run("ErrNewerSchema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "p.db")
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO schema_migrations VALUES (999, '0999_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
			t.Fatal(err)
		}
		db.Close()
		_, err = sqlite.Open(context.Background(), path)
		if err == nil || !strings.Contains(err.Error(), "newer") {
			t.Fatalf("open of a newer schema: %v, want an error saying it is newer", err)
		}
	})
	t.Run("ErrNotAFile", func(t *testing.T) {
		for _, p := range []string{"", ":memory:", "file:x.db"} {
			if _, err := sqlite.Open(context.Background(), p); err == nil {
				t.Errorf("Open(%q) succeeded", p)
			}
		}
	})
	t.Run("ErrNotADatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "junk.db")
		if err := os.WriteFile(path, []byte(strings.Repeat("not a database ", 100)), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := sqlite.Open(context.Background(), path); err == nil {
			t.Fatal("Open of a junk file succeeded")
		}
	})
}

func TestNow(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	s.Now = func() time.Time { return time.Date(2025, 5, 12, 8, 30, 0, 0, time.UTC) }
	if _, err := s.PutArticles(context.Background(), storetest.Fixtures()[:1]); err != nil {
		t.Fatal(err)
	}
	a, err := s.FindArticle(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Ingested, "2025-05-12T08:30:00Z"; got != want {
		t.Fatalf("Ingested=%s, want %s", got, want)
	}
}

// TestCrash kills a process in the middle of writing batches and checks
// that every batch it acknowledged is stored and that no article is stored
// without all of its events.
func TestCrash(t *testing.T) {
	if os.Getenv("PARLEY_CRASH_CHILD") != "" {
		crashChild()
		return
	}
	if testing.Short() {
		t.Skip("kills a child process; skipped with -short")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$")
	cmd.Env = append(os.Environ(), "PARLEY_CRASH_CHILD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if id, ok := strings.CutPrefix(line, "ack "); ok {
			acked = append(acked, id)
			if len(acked) == 30 {
				cmd.Process.Kill() // mid-batch: the child never stops writing
				break
			}
		}
	}
	cmd.Wait()
	if len(acked) < 30 {
		t.Fatalf("child acknowledged only %d batches", len(acked))
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen after crash: %v", err)
	}
	defer s.Close()
	for _, id := range acked {
		a, err := s.FindArticle(context.Background(), id)
		if err != nil {
			t.Fatalf("acknowledged article %s: %v", id, err)
		}
		if len(a.Events) != a.EventCount || a.EventCount == 0 {
			t.Fatalf("article %s: %d events stored, %d expected", id, len(a.Events), a.EventCount)
		}
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var half int
	if err := db.QueryRow(`SELECT COUNT(*) FROM articles a WHERE event_count != (SELECT COUNT(*) FROM events e JOIN evidence v ON v.event_id = e.id WHERE e.article_rid = a.rid)`).Scan(&half); err != nil {
		t.Fatal(err)
	}
	if half != 0 {
		t.Fatalf("%d articles stored without all their events", half)
	}
	var ok string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity check: %q, %v", ok, err)
	}
}

// crashChild writes batches of ten articles forever, printing the first ID
// of each batch once it is committed.
func crashChild() {
	s, err := sqlite.Open(context.Background(), os.Getenv("PARLEY_CRASH_CHILD"))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for b := 0; ; b++ {
		var batch []*parley.CodedArticle
		for i := 0; i < 10; i++ {
			c := storetest.Fixtures()[0]
			id := fmt.Sprintf("b%d-%d", b, i)
			c.Article.ID = id
			for j := range c.Events {
				c.Events[j].Article = id
			}
			batch = append(batch, c)
		}
		if _, err := s.PutArticles(context.Background(), batch); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("ack", batch[0].Article.ID)
	}
}

// TestFullTextIndex checks that the full-text index stays in step with the
// evidence it indexes when articles are replaced.
func TestFullTextIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fts.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.PutArticles(ctx, storetest.Fixtures()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ { // replace a1 with ever fewer events
		c := storetest.Fixtures()[0]
		c.Article.Text += strings.Repeat("\nMore.", i+1)
		c.Events = c.Events[:3-i]
		if _, err := s.PutArticles(ctx, []*parley.CodedArticle{c}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("full-text index out of step with the evidence: %v", err)
	}
	var events, evidence, indexed int
	db.QueryRow(`SELECT COUNT(*) FROM events`).Scan(&events)
	db.QueryRow(`SELECT COUNT(*) FROM evidence`).Scan(&evidence)
	db.QueryRow(`SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'visited OR met OR attacked OR accused OR rallied OR negotiate'`).Scan(&indexed)
	if events != 4+2+1-3 || evidence != events || indexed != events {
		t.Fatalf("events %d, evidence %d, indexed %d; want %d each", events, evidence, indexed, 4)
	}
}

// TestImpliedTarget checks that an implied target (no words, a zero-width
// mention) reads back as implied and a named one does not.
func TestImpliedTarget(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	fx := storetest.Fixtures()
	protest := &fx[1].Events[1]
	at := protest.Evidence.Start
	protest.Target = &parley.ActorRef{Code: "UKRGOV", Country: "UKR", Start: at, End: at, Implied: true}
	if _, err := s.PutArticles(ctx, fx); err != nil {
		t.Fatal(err)
	}
	events, _, err := s.FindEvents(ctx, parley.EventFilter{Target: []string{"UKRGOV", "RUSGOV"}})
	if err != nil {
		t.Fatal(err)
	}
	var implied, named int
	for _, e := range events {
		switch {
		case e.Target.Implied && e.Target.Code == "UKRGOV" && e.Target.Start == at && e.Target.End == at:
			implied++
		case !e.Target.Implied:
			named++
		}
	}
	if implied != 1 || named != 1 {
		t.Fatalf("read back %d implied and %d named targets, want 1 and 1: %+v", implied, named, events)
	}
}
