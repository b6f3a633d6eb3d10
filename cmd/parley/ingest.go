package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/source"
	"github.com/parley-events/parley/sqlite"
)

// defaultDB is the database file ingest and serve use without --db.
const defaultDB = "parley.db"

// IngestCommand is "parley ingest": it codes articles and stores them with
// their sentences and events in the database.
type IngestCommand struct {
	main *Main
}

// ingestStats counts what an ingest did.
type ingestStats struct {
	read, inserted, replaced, unchanged, events int
}

func (s *ingestStats) stored() int { return s.inserted + s.replaced + s.unchanged }

// Run parses the flags, codes every input and stores it batch by batch.
func (c *IngestCommand) Run(ctx context.Context, args []string) error {
	m := c.main
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", defaultDB, "the SQLite database file (created if missing)")
	in := addInputFlags(fs)
	cf := addCoderFlags(fs)
	batch := fs.Int("batch", 100, "articles stored per transaction")
	noProgress := fs.Bool("no-progress", false, "do not show the progress bar on a terminal")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, `Usage: parley ingest [flags] FILE|DIR|-...

Codes articles and stores them, with their sentences and events, in a SQLite
database. An article already stored with the same id and content is skipped;
an edited one replaces its events. Each batch is one transaction: an
interrupted ingest keeps every batch it reported and no partial article.`)
		fs.PrintDefaults()
	}
	paths, err := parseInputs(fs, m.Stderr, args)
	if err != nil {
		return err
	}
	reader, err := in.reader(fs, m.Stdin, m.Stderr)
	if err != nil {
		return err
	}
	workers := in.workers
	if *batch < 1 {
		return usageError(m.Stderr, fs, "--batch must be at least 1")
	}
	cd, err := cf.load(func(p dict.Problem) { fmt.Fprintf(m.Stderr, "parley: warning: %s\n", p) })
	if err != nil {
		return err
	}
	store, err := sqlite.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()

	var bar *progress
	if !*noProgress && isTerminal(m.Stderr) {
		total, known := countArticles(paths)
		if !known {
			total = 0
		}
		bar = newProgress(m.Stderr, total)
	}
	failed := false
	onError := func(err error) {
		failed = true
		bar.clear()
		fmt.Fprintf(m.Stderr, "parley: %v\n", err)
	}
	ing := &ingester{store: store, coder: cd, workers: *workers, batch: *batch, bar: bar}
	stats, err := ing.run(ctx, reader, paths, onError)
	bar.clear()
	fmt.Fprintf(m.Stderr, "parley: %d articles stored in %s (%d new, %d replaced, %d unchanged), %d events\n",
		stats.stored(), *db, stats.inserted, stats.replaced, stats.unchanged, stats.events)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: the %d articles above are stored", stats.stored())
		}
		return err
	}
	if failed {
		return errPartial
	}
	return nil
}

// ingester codes articles on a pool of workers and stores them in input
// order, batch by batch.
type ingester struct {
	store   parley.Store
	coder   *coder.Coder
	workers int
	batch   int
	bar     *progress
	// flushEvery bounds how long coded articles wait for their batch.
	flushEvery time.Duration
}

func (g *ingester) run(ctx context.Context, r *source.Reader, paths []string, onError func(error)) (ingestStats, error) {
	var stats ingestStats
	var mu sync.Mutex // guards stats and the bar
	tick := func(f func()) {
		mu.Lock()
		f()
		g.bar.update(stats.read, stats.events)
		mu.Unlock()
	}
	// The consumer stores coded articles in input order, batch by batch.
	// It uses its own context so that an interrupt still commits what was
	// coded. Its error, guarded by mu, stops the reader.
	var writeErr error
	failed := func() error {
		mu.Lock()
		defer mu.Unlock()
		return writeErr
	}
	every := g.flushEvery
	if every == 0 {
		every = 2 * time.Second
	}
	var pending []*parley.CodedArticle
	ids := map[string]bool{}
	last := time.Now()
	flush := func() {
		if len(pending) == 0 || failed() != nil {
			pending = pending[:0]
			return
		}
		res, err := g.store.PutArticles(context.Background(), pending)
		if err != nil {
			mu.Lock()
			writeErr = fmt.Errorf("store batch of %d articles starting with %q: %w", len(pending), pending[0].Article.ID, err)
			mu.Unlock()
			pending = pending[:0]
			return
		}
		tick(func() {
			for _, r := range res {
				switch r.Status {
				case parley.PutInserted:
					stats.inserted++
				case parley.PutReplaced:
					stats.replaced++
				case parley.PutUnchanged:
					stats.unchanged++
				}
				if r.Status != parley.PutUnchanged {
					stats.events += r.Events
				}
			}
		})
		pending, ids, last = pending[:0], map[string]bool{}, time.Now()
	}
	consume := func(c *parley.CodedArticle) {
		if ids[c.Article.ID] { // the same article twice in the input
			flush()
		}
		pending = append(pending, c)
		ids[c.Article.ID] = true
		if len(pending) >= g.batch || time.Since(last) >= every {
			flush()
		}
	}
	// Articles stored unchanged are not coded again.
	admit := func(a *parley.Article) (bool, error) {
		if err := failed(); err != nil {
			return false, err
		}
		tick(func() { stats.read++ })
		h, err := g.store.ArticleHash(ctx, a.ID)
		if err != nil {
			return false, err
		}
		if h != "" && h == parley.ContentHash(a) {
			tick(func() { stats.unchanged++ })
			return false, nil
		}
		return true, nil
	}
	readErr := codeInOrder(ctx, g.coder, r, paths, g.workers, admit, consume, onError)
	flush()
	if err := failed(); err != nil {
		return stats, err
	}
	return stats, readErr
}

// countArticles counts the articles under the paths for the progress bar:
// one per text file, one per non-empty line of a JSON Lines file. It
// reports false when a path is standard input.
func countArticles(paths []string) (int, bool) {
	n := 0
	countFile := func(p string) {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".jsonl", ".ndjson", ".json":
			f, err := os.Open(p)
			if err != nil {
				return
			}
			defer f.Close()
			br := bufio.NewReaderSize(f, 1<<16)
			for {
				line, err := br.ReadSlice('\n')
				if len(bytes.TrimSpace(line)) > 0 {
					n++
				}
				if err == io.EOF {
					return
				}
				if err != nil && err != bufio.ErrBufferFull {
					return
				}
			}
		default:
			n++
		}
	}
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		st, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !st.IsDir() {
			countFile(p)
			continue
		}
		filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if q != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			switch strings.ToLower(filepath.Ext(q)) {
			case ".txt", ".text", ".jsonl", ".ndjson":
				countFile(q)
			}
			return nil
		})
	}
	return n, true
}

// progress is a one-line progress bar on a terminal. A nil *progress does
// nothing.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, start: time.Now()}
}

// update redraws the bar at most ten times a second.
func (p *progress) update(done, events int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if p.shown && now.Sub(p.last) < 100*time.Millisecond && done != p.total {
		return
	}
	p.last, p.shown = now, true
	rate := float64(done) / max(now.Sub(p.start).Seconds(), 0.001)
	if p.total > 0 {
		const width = 30
		frac := min(float64(done)/float64(p.total), 1)
		fill := int(frac * width)
		fmt.Fprintf(p.w, "\r\033[K[%s%s] %3.0f%% %d/%d articles, %d events, %.1f articles/s",
			strings.Repeat("#", fill), strings.Repeat(".", width-fill), frac*100, done, p.total, events, rate)
		return
	}
	fmt.Fprintf(p.w, "\r\033[K%d articles, %d events, %.1f articles/s", done, events, rate)
}

// clear removes the bar so that other messages start on a clean line.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
	p.shown = false
}
