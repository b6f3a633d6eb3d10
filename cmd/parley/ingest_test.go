package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/sqlite"
)

func openDB(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func countEvents(t *testing.T, s *sqlite.Store, f parley.EventFilter) int {
	t.Helper()
	b, err := s.Aggregate(context.Background(), parley.AggregateQuery{Filter: f, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	return b[0].Count
}

func TestIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a1.txt"), []byte("Zelensky accuses Putin\nZelensky accused Putin of lying.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "more.jsonl"), []byte(
		`{"id":"j1","text":"Erdogan hosted Zelensky in Ankara.","published":"2025-05-12"}`+"\n"+
			`{"id":"j2","text":"France condemned Russia."}`+"\n"), 0o644)

	code, out, errs := run(t, "", "ingest", "--db", db, "--published", "2025-05-11", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out != "" {
		t.Errorf("ingest wrote to stdout: %q", out)
	}
	if !strings.Contains(errs, "3 articles stored") || !strings.Contains(errs, "3 new") {
		t.Errorf("summary: %q", errs)
	}
	if strings.Contains(errs, "\r") {
		t.Errorf("progress bar drawn on a non-terminal: %q", errs)
	}
	s := openDB(t, db)
	total := countEvents(t, s, parley.EventFilter{})
	if total < 3 {
		t.Fatalf("%d events stored, want at least 3", total)
	}
	a, err := s.FindArticle(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2025-05-11" || len(a.Sentences) != 2 || len(a.Events) == 0 || a.Events[0].Code != "112" {
		t.Fatalf("a1: %+v, %d sentences, %d events", a.ArticleSummary, len(a.Sentences), len(a.Events))
	}
	j1, err := s.FindArticle(context.Background(), "j1")
	if err != nil || j1.Published != "2025-05-12" {
		t.Fatalf("j1: %+v %v", j1, err)
	}

	t.Run("Idempotent", func(t *testing.T) {
		code, _, errs := run(t, "", "ingest", "--db", db, "--published", "2025-05-11", in)
		if code != 0 || !strings.Contains(errs, "3 unchanged") {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if got := countEvents(t, s, parley.EventFilter{}); got != total {
			t.Fatalf("%d events after ingesting twice, want %d", got, total)
		}
	})
	t.Run("Edited", func(t *testing.T) {
		os.WriteFile(filepath.Join(in, "a1.txt"), []byte("Zelensky praises Putin\nZelensky praised Putin for the ceasefire.\n"), 0o644)
		code, _, errs := run(t, "", "ingest", "--db", db, "--published", "2025-05-11", in)
		if code != 0 || !strings.Contains(errs, "1 replaced") || !strings.Contains(errs, "2 unchanged") {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if n := countEvents(t, s, parley.EventFilter{Article: "a1", Codes: []string{"112"}}); n != 0 {
			t.Fatalf("the edited article keeps %d old events", n)
		}
	})
	t.Run("StdinAndDuplicates", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "s.db")
		line := `{"id":"d","text":"Zelensky accused Putin of lying.","published":"2025-05-11"}` + "\n"
		code, _, errs := run(t, line+line, "ingest", "--db", db, "-")
		if code != 0 || !strings.Contains(errs, "1 new") || !strings.Contains(errs, "1 unchanged") {
			t.Fatalf("exit %d: %s", code, errs)
		}
	})
	t.Run("BadInput", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.jsonl")
		os.WriteFile(bad, []byte("{not json\n"+`{"id":"ok","text":"Zelensky accused Putin of lying."}`+"\n"), 0o644)
		code, _, errs := run(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "b.db"), bad)
		if code != 1 || !strings.Contains(errs, "bad.jsonl:1: invalid JSON") || !strings.Contains(errs, "1 new") {
			t.Fatalf("exit %d: %s", code, errs)
		}
	})
}

func TestIngestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
		errs string
	}{
		{"NoInput", []string{"ingest"}, 2, "no input"},
		{"BadDate", []string{"ingest", "--published", "May", "x.txt"}, 2, "--published"},
		{"BadBatch", []string{"ingest", "--batch", "0", "x.txt"}, 2, "--batch"},
		{"BadDB", []string{"ingest", "--db", "/nonexistent/dir/p.db", "x.txt"}, 1, "open store"},
		{"ServeArgs", []string{"serve", "extra"}, 2, "unexpected argument"},
		{"ServeLogLevel", []string{"serve", "--log-level", "loud"}, 2, "--log-level"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, "", tt.args...)
			if code != tt.want || !strings.Contains(errs, tt.errs) {
				t.Fatalf("exit %d, want %d; stderr %q lacks %q", code, tt.want, errs, tt.errs)
			}
		})
	}
}
