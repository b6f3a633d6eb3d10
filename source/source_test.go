package source_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/source"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func read(t *testing.T, r *source.Reader, paths ...string) ([]*parley.Article, []string) {
	t.Helper()
	var arts []*parley.Article
	var errs []string
	err := r.Read(paths, func(a *parley.Article) error { arts = append(arts, a); return nil },
		func(err error) { errs = append(errs, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	return arts, errs
}

func TestBadInputIsReportedAndTheRestIsRead(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "Headline here\n\nBody sentence.\n")
	empty := write(t, dir, "empty.txt", "  \n\n")
	binary := write(t, dir, "binary.txt", "line one\nline\x00two\n")
	badUTF8 := write(t, dir, "bad.txt", "ok line\nsecond \xff line\n")
	jsonl := write(t, dir, "batch.jsonl", strings.Join([]string{
		`{"id":"a1","text":"First article.","published":"2025-05-11"}`,
		`{"id":"a2","text": broken`,
		`{"id":"a3","title":"no text"}`,
		`{"id":"a4","text":"Dated oddly.","published":"11/05/2025"}`,
		`{"id":"a5","text":"Last one.","published":"2025-05-11T09:30:00Z"}`,
	}, "\n")+"\n")
	missing := filepath.Join(dir, "missing.txt")

	r := &source.Reader{Published: time.Date(2025, 5, 11, 0, 0, 0, 0, time.UTC)}
	arts, errs := read(t, r, good, empty, binary, badUTF8, jsonl, missing)

	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got, want := strings.Join(ids, ","), "good,a1,a5"; got != want {
		t.Errorf("articles read = %s, want %s", got, want)
	}
	wantErrs := []string{
		"empty.txt: empty file",
		"binary.txt:2: binary data",
		"bad.txt:2: invalid UTF-8",
		"batch.jsonl:2: invalid JSON",
		`batch.jsonl:3: missing "text"`,
		`batch.jsonl:4: unknown date format "11/05/2025"`,
		"missing.txt: no such file",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
		}
	}
}

func TestHeadlineOfTheSampleLayout(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", "A long lede sentence that ends with a period.\nThe Headline\n\nThe Headline\nSubheadline here\nBody.\n")
	arts, errs := read(t, &source.Reader{}, p)
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("arts %d errs %v", len(arts), errs)
	}
	if arts[0].Title != "The Headline" {
		t.Errorf("title = %q", arts[0].Title)
	}
	p2 := write(t, dir, "b.txt", "\n\nPlain Headline\nBody text.\n")
	arts, _ = read(t, &source.Reader{}, p2)
	if arts[0].Title != "Plain Headline" || arts[0].ID != "b" {
		t.Errorf("title = %q id = %q", arts[0].Title, arts[0].ID)
	}
}

func TestStdinAndDirectories(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "x.txt", "One.\n")
	write(t, dir, "y.jsonl", `{"text":"Two."}`+"\n")
	write(t, dir, "ignored.pdf", "not an article")
	r := &source.Reader{Stdin: strings.NewReader(`{"id":"s","text":"From stdin."}`)}
	arts, errs := read(t, r, dir, "-")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, ","); got != "x,y:1,s" {
		t.Errorf("ids = %s", got)
	}
}
