package dict_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/dict/defaults"
	"github.com/parley-events/parley/nlp"
)

// tokenize splits a phrase as the coder does (coder.LoadDictionaries).
func tokenize(p string) []string {
	var out []string
	for _, t := range nlp.Tokenize(p, parley.Span{Start: 0, End: len(p)}, nil) {
		out = append(out, p[t.Start:t.End])
	}
	return out
}

// phoenixDir is the Phoenix dictionary set in the shared data folder, which
// is not part of the repository.
const phoenixDir = "../../shared/data/dictionaries/phoenix"

// phoenixFiles are the files PETRARCH2's default configuration loads.
var phoenixFiles = []string{
	"Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.agents.txt",
	"Phoenix.discards.txt",
	"CAMEO.verbpatterns.150430.txt",
}

func phoenixPaths(tb testing.TB) []string {
	tb.Helper()
	if _, err := os.Stat(phoenixDir); err != nil {
		tb.Skipf("Phoenix dictionaries not found at %s (the shared data folder is not checked out)", phoenixDir)
	}
	var out []string
	for _, f := range phoenixFiles {
		out = append(out, filepath.Join(phoenixDir, f))
	}
	return out
}

func loadPhoenix(tb testing.TB, paths []string) *dict.Dictionary {
	tb.Helper()
	d, err := coder.LoadDictionaries(coder.Config{Dicts: paths, NoDefaults: true})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkLoadPhoenix measures loading the full Phoenix set (actors,
// agents, discards, verb patterns) as `parley code --dict` does; the issue's
// bar is 300 ms per load.
func BenchmarkLoadPhoenix(b *testing.B) {
	paths := phoenixPaths(b)
	start := time.Now()
	for i := 0; i < b.N; i++ {
		loadPhoenix(b, paths)
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/load")
}

// TestDumpPhoenix writes the loaded Phoenix set (and the embedded defaults)
// to $PARLEY_DICT_DUMP, for comparing the readers' results before and after
// a change.
func TestDumpPhoenix(t *testing.T) {
	out := os.Getenv("PARLEY_DICT_DUMP")
	if out == "" {
		t.Skip("set PARLEY_DICT_DUMP to a file to write the dump")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dict.Dump(loadPhoenix(t, phoenixPaths(t)), f)
	// The defaults (or a copy of them, which does not change under the
	// comparison, named by $PARLEY_DICT_DEFAULTS) are read in strict mode.
	d := dict.New(tokenize)
	defaults := fs.FS(defaults.FS)
	if dir := os.Getenv("PARLEY_DICT_DEFAULTS"); dir != "" {
		defaults = os.DirFS(dir)
	}
	if err := d.LoadFS(defaults, ".", true); err != nil {
		t.Fatal(err)
	}
	d.CheckSynsets()
	dict.Dump(d, f)
	for _, dir := range []string{"petrarch2-unittest", "ud-petrarch-2_02", "petrarch1-2014"} {
		d, err := coder.LoadDictionaries(coder.Config{Dicts: []string{filepath.Join("../../shared/data/validation", dir)}, NoDefaults: true})
		if err != nil {
			t.Fatal(err)
		}
		dict.Dump(d, f)
	}
}

// TestPhoenixLookups loads the Phoenix set and checks a few entries of each
// kind, and that the CAMEO.2.0 verb file (PETRARCH-2's syntax) loads with
// only its genuinely malformed lines reported.
func TestPhoenixLookups(t *testing.T) {
	d := loadPhoenix(t, phoenixPaths(t))
	words := func(s string) dict.Words {
		text := strings.Fields(s)
		norm := make([]string, len(text))
		for i, w := range text {
			norm[i] = dict.Normalize(w)
		}
		return dict.Words{Norm: norm, Text: text, Lemma: norm}
	}
	for _, tt := range []struct{ text, date, code string }{
		{"Recep Tayyip Erdogan said", "2001-06-01", "TURELI"},
		{"Recep Tayyip Erdogan said", "2015-06-01", "TURGOV"},
		{"Erdoğan said", "2015-06-01", "TURGOV"},
	} {
		a, n := d.LongestActor(words(tt.text), 0)
		if a == nil || n != len(strings.Fields(tt.text))-1 || a.CodeAt(day(tt.date)) != tt.code {
			t.Errorf("%q on %s: %+v (%d words), want %s", tt.text, tt.date, a, n, tt.code)
		}
	}
	if g, n := d.LongestAgent(words("police captain"), 0); g == nil || g.Code != "COP" || n != 2 {
		t.Errorf("police captain = %+v (%d words)", g, n)
	}
	if vs := d.Verbs.Lookup("met"); len(vs) == 0 || vs[0].Words[0] != "meet" {
		t.Errorf("met = %+v", vs)
	}
	if len(d.Discards) == 0 {
		t.Error("no discards")
	}

	d2 := loadPhoenix(t, []string{filepath.Join(phoenixDir, "CAMEO.2.0.txt")})
	patterns := 0
	for _, b := range d2.Verbs.Blocks {
		patterns += len(b.Patterns)
	}
	// 4,668 patterns, of which three are malformed (stray text before the
	// code at lines 2374 and 7606, the code "080!" at 5787); two patterns use
	// synonym sets the file does not define (lines 8443, 8444).
	var lines []int
	for _, p := range d2.Problems {
		lines = append(lines, p.Line)
	}
	if len(d2.Verbs.Blocks) != 397 || patterns != 4665 || len(d2.Verbs.Transformations) != 8 || fmt.Sprint(lines) != "[2374 5787 7606 8443 8444]" {
		t.Errorf("CAMEO.2.0: %d blocks, %d patterns, %d transformations, problems %v", len(d2.Verbs.Blocks), patterns, len(d2.Verbs.Transformations), d2.Problems)
	}
}
