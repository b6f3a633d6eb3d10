package eval_test

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/eval"
)

// ev builds a predicted event; tgt "" means no target.
func ev(article, src, tgt, code string) parley.Event {
	e := parley.Event{Article: article, Source: parley.ActorRef{Code: src}, Code: code}
	if tgt != "" {
		e.Target = &parley.ActorRef{Code: tgt}
	}
	return e
}

// at sets an event's date and place country.
func at(e parley.Event, date, place string) parley.Event {
	e.Date = date
	if place != "" {
		e.Place = &parley.Place{Country: place}
	}
	return e
}

func gold(article, src, tgt, code string) eval.Gold {
	return eval.Gold{Article: article, Source: src, Target: tgt, Code: code}
}

type counts struct{ tp, fp, fn int }

func got(c eval.Counts) counts { return counts{c.TP, c.FP, c.FN} }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreCounts(t *testing.T) {
	tests := []struct {
		name      string
		gold      []eval.Gold
		events    []parley.Event
		event     counts // micro, event level
		root      counts // micro, root level
		perArticl map[string]counts
	}{
		{
			name:   "exact match",
			gold:   []eval.Gold{gold("a", "UKRGOV", "RUSGOV", "036")},
			events: []parley.Event{ev("a", "UKRGOV", "RUSGOV", "036")},
			event:  counts{1, 0, 0}, root: counts{1, 0, 0},
		},
		{
			name:   "the ISO and the CAMEO code of one state match",
			gold:   []eval.Gold{gold("a", "AUSGOV", "TLS", "042"), gold("a", "XKXGOV", "SRB", "111")},
			events: []parley.Event{ev("a", "AUSGOV", "TMP", "042"), ev("a", "KSVGOV", "SRB", "111")},
			event:  counts{2, 0, 0}, root: counts{2, 0, 0},
		},
		{
			name:   "duplicate prediction of one act is a false positive",
			gold:   []eval.Gold{gold("a", "RUSMIL", "UKR", "195")},
			events: []parley.Event{ev("a", "RUSMIL", "UKR", "195"), ev("a", "RUSMIL", "UKR", "195")},
			event:  counts{1, 1, 0}, root: counts{1, 1, 0},
		},
		{
			name: "multiset: two gold, three predicted",
			gold: []eval.Gold{gold("a", "GBR", "RUS", "111"), gold("a", "GBR", "RUS", "111")},
			events: []parley.Event{
				ev("a", "GBR", "RUS", "111"), ev("a", "GBR", "RUS", "111"), ev("a", "GBR", "RUS", "111"),
			},
			event: counts{2, 1, 0}, root: counts{2, 1, 0},
		},
		{
			name:   "multiset: two gold, one predicted",
			gold:   []eval.Gold{gold("a", "GBR", "RUS", "111"), gold("a", "GBR", "RUS", "111")},
			events: []parley.Event{ev("a", "GBR", "RUS", "111")},
			event:  counts{1, 0, 1}, root: counts{1, 0, 1},
		},
		{
			name: "compound: one event per actor",
			gold: []eval.Gold{gold("a", "GBR", "RUS", "111"), gold("a", "FRA", "RUS", "111"), gold("a", "DEU", "RUS", "111")},
			events: []parley.Event{
				ev("a", "GBR", "RUS", "111"), ev("a", "DEU", "RUS", "111"), ev("a", "IGOEUREEC", "RUS", "111"),
			},
			event: counts{2, 1, 1}, root: counts{2, 1, 1},
		},
		{
			name:   "empty target matches a nil target",
			gold:   []eval.Gold{gold("a", "SRBCVL", "", "144")},
			events: []parley.Event{ev("a", "SRBCVL", "", "144")},
			event:  counts{1, 0, 0}, root: counts{1, 0, 0},
		},
		{
			name:   "empty gold target does not match a predicted target",
			gold:   []eval.Gold{gold("a", "RUSGOV", "", "016")},
			events: []parley.Event{ev("a", "RUSGOV", "UKRGOV", "016")},
			event:  counts{0, 1, 1}, root: counts{0, 1, 1},
		},
		{
			name:   "swapped source and target do not match",
			gold:   []eval.Gold{gold("a", "DEUGOV", "UKRGOV", "043")},
			events: []parley.Event{ev("a", "UKRGOV", "DEUGOV", "043")},
			event:  counts{0, 1, 1}, root: counts{0, 1, 1},
		},
		{
			name:   "root level: same root, different sub-code",
			gold:   []eval.Gold{gold("a", "UKRGOV", "USA", "0232")},
			events: []parley.Event{ev("a", "UKRGOV", "USA", "0231")},
			event:  counts{0, 1, 1}, root: counts{1, 0, 0},
		},
		{
			name:   "root level: root code against a sub-code",
			gold:   []eval.Gold{gold("a", "TURCOP", "TUROPP", "173")},
			events: []parley.Event{ev("a", "TURCOP", "TUROPP", "17")},
			event:  counts{0, 1, 1}, root: counts{1, 0, 0},
		},
		{
			name:   "root level: different root",
			gold:   []eval.Gold{gold("a", "CHNMIL", "PHLGOV", "191")},
			events: []parley.Event{ev("a", "CHNMIL", "PHLGOV", "171")},
			event:  counts{0, 1, 1}, root: counts{0, 1, 1},
		},
		{
			name:   "actor codes compare case- and space-insensitively",
			gold:   []eval.Gold{gold("a", "ukrgov ", "RUSGOV", "036")},
			events: []parley.Event{ev("a", "UKRGOV", " rusgov", "036")},
			event:  counts{1, 0, 0}, root: counts{1, 0, 0},
		},
		{
			name:   "matching is per article",
			gold:   []eval.Gold{gold("a", "POL", "RUSGOV", "174")},
			events: []parley.Event{ev("b", "POL", "RUSGOV", "174")},
			event:  counts{0, 1, 1}, root: counts{0, 1, 1},
			perArticl: map[string]counts{
				"a": {0, 0, 1},
				"b": {0, 1, 0},
			},
		},
		{
			name: "per-article counts add up",
			gold: []eval.Gold{
				gold("a", "POL", "RUSGOV", "174"), gold("a", "RUSGOV", "POLGOV", "130"),
				gold("b", "KENCVL", "KENGOV", "1411"),
			},
			events: []parley.Event{
				ev("b", "KENCVL", "KENGOV", "1411"), ev("a", "POL", "RUSGOV", "174"), ev("b", "KENCOP", "KENCVL", "175"),
			},
			event: counts{2, 1, 1}, root: counts{2, 1, 1},
			perArticl: map[string]counts{
				"a": {1, 0, 1},
				"b": {1, 1, 0},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.Score(tt.gold, tt.events)
			if g := got(r.Event); g != tt.event {
				t.Errorf("event counts = %+v, want %+v", g, tt.event)
			}
			if g := got(r.Root); g != tt.root {
				t.Errorf("root counts = %+v, want %+v", g, tt.root)
			}
			for id, want := range tt.perArticl {
				found := false
				for _, a := range r.Articles {
					if a.Article == id {
						found = true
						if g := got(a.Event); g != want {
							t.Errorf("article %s counts = %+v, want %+v", id, g, want)
						}
					}
				}
				if !found {
					t.Errorf("article %s missing from report", id)
				}
			}
			// Every unmatched event is listed, and listed once.
			fp, fn := 0, 0
			for _, a := range r.Articles {
				fp += len(a.FalsePositives)
				fn += len(a.FalseNegatives)
			}
			if fp != r.Event.FP || fn != r.Event.FN {
				t.Errorf("listed %d FP, %d FN; counts say %d, %d", fp, fn, r.Event.FP, r.Event.FN)
			}
		})
	}
}

func TestScoreRatios(t *testing.T) {
	gs := []eval.Gold{
		gold("a", "X", "Y", "010"), gold("a", "X", "Y", "020"), // a: 1 TP, 1 FN
		gold("b", "X", "Y", "030"), // b: 1 TP
		gold("c", "X", "Y", "040"), // c: 1 FN, nothing predicted
	}
	es := []parley.Event{
		ev("a", "X", "Y", "010"), ev("a", "X", "Y", "050"), // a: 1 FP
		ev("b", "X", "Y", "030"),
		ev("d", "X", "Y", "060"), // d: no gold, 1 FP
	}
	r := eval.Score(gs, es)
	want := map[string][3]float64{ // P, R, F1
		"a": {0.5, 0.5, 0.5},
		"b": {1, 1, 1},
		"c": {0, 0, 0},
		"d": {0, 0, 0},
	}
	var order []string
	for _, a := range r.Articles {
		order = append(order, a.Article)
		w := want[a.Article]
		if !near(a.Event.Precision, w[0]) || !near(a.Event.Recall, w[1]) || !near(a.Event.F1, w[2]) {
			t.Errorf("%s: P/R/F1 = %v/%v/%v, want %v", a.Article, a.Event.Precision, a.Event.Recall, a.Event.F1, w)
		}
	}
	if strings.Join(order, ",") != "a,b,c,d" {
		t.Errorf("article order = %v, want gold order then prediction-only articles", order)
	}
	// micro: TP 2, FP 2, FN 2.
	if !near(r.Event.Precision, 0.5) || !near(r.Event.Recall, 0.5) || !near(r.Event.F1, 0.5) {
		t.Errorf("micro = %+v, want P=R=F1=0.5", r.Event)
	}
	if !near(r.MacroF1, (0.5+1+0+0)/4) {
		t.Errorf("macro F1 = %v, want %v", r.MacroF1, (0.5+1.0)/4)
	}
	// Root level: a's 020 and 050 differ at root too; nothing changes.
	if !near(r.RootMacroF1, r.MacroF1) {
		t.Errorf("root macro F1 = %v, want %v", r.RootMacroF1, r.MacroF1)
	}
}

func TestNewCounts(t *testing.T) {
	tests := []struct {
		tp, fp, fn int
		p, r, f1   float64
	}{
		{0, 0, 0, 1, 1, 1},
		{0, 2, 0, 0, 0, 0},
		{0, 0, 2, 0, 0, 0},
		{3, 1, 0, 0.75, 1, 2 * 0.75 / 1.75},
		{1, 1, 3, 0.5, 0.25, 2 * 0.125 / 0.75},
	}
	for _, tt := range tests {
		c := eval.NewCounts(tt.tp, tt.fp, tt.fn)
		if !near(c.Precision, tt.p) || !near(c.Recall, tt.r) || !near(c.F1, tt.f1) {
			t.Errorf("NewCounts(%d,%d,%d) = %+v, want P=%v R=%v F1=%v", tt.tp, tt.fp, tt.fn, c, tt.p, tt.r, tt.f1)
		}
	}
}

func TestScoreDatePlace(t *testing.T) {
	g1 := gold("a", "RUSMIL", "UKR", "195")
	g1.Date, g1.Place = "2025-12-06", "UKR"
	g2 := gold("a", "RUSMIL", "UKR", "195")
	g2.Date, g2.Place = "2025-12-07", "UKR"
	g3 := gold("a", "RUSGOV", "", "016") // no date, no place: not checked
	g4 := gold("a", "UKRGOV", "USA", "0232")
	g4.Date = "2025-12-06"

	r := eval.Score([]eval.Gold{g1, g2, g3, g4}, []parley.Event{
		// In reverse order: matching must still pair equal dates.
		at(ev("a", "RUSMIL", "UKR", "195"), "2025-12-07T10:00:00Z", "UKR"),
		at(ev("a", "RUSMIL", "UKR", "195"), "2025-12-06", ""),
		at(ev("a", "RUSGOV", "", "016"), "2025-12-07", "RUS"),
		at(ev("a", "UKRGOV", "USA", "0232"), "2025-12-05", "UKR"),
		at(ev("a", "UKRGOV", "USA", "0231"), "2025-12-06", ""), // FP, not checked
	})
	if got(r.Event) != (counts{4, 1, 0}) {
		t.Fatalf("event counts = %+v", r.Event)
	}
	if r.DateChecked != 3 || r.DateRight != 2 {
		t.Errorf("dates right %d/%d, want 2/3", r.DateRight, r.DateChecked)
	}
	if r.PlaceChecked != 2 || r.PlaceRight != 1 {
		t.Errorf("places right %d/%d, want 1/2", r.PlaceRight, r.PlaceChecked)
	}
	if !near(r.DateShare(), 2.0/3) || !near(r.PlaceShare(), 0.5) {
		t.Errorf("shares = %v, %v", r.DateShare(), r.PlaceShare())
	}
}

func TestScoreEmpty(t *testing.T) {
	r := eval.Score(nil, nil)
	if len(r.Articles) != 0 || r.Event.F1 != 1 || r.MacroF1 != 1 || r.DateShare() != 0 {
		t.Errorf("empty report = %+v", r)
	}
}

func TestWrite(t *testing.T) {
	g := gold("ukr-rus-istanbul-talks", "UKRGOV", "RUSGOV", "0353")
	g.Note = `"agreed to exchange": intent`
	r := eval.Score(
		[]eval.Gold{g, gold("ukr-rus-istanbul-talks", "TURGOV", "RUSGOV", "036"), gold("b", "X", "Y", "010")},
		[]parley.Event{
			ev("ukr-rus-istanbul-talks", "UKRGOV", "RUSGOV", "0354"),
			ev("ukr-rus-istanbul-talks", "TURGOV", "RUSGOV", "036"),
			ev("b", "X", "Y", "010"),
		})
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"article", "micro", "macro F1", "date right", "place right",
		"ukr-rus-istanbul-talks",
		"FP UKRGOV     -> RUSGOV     0354",
		"FN UKRGOV     -> RUSGOV     0353",
		"~root", `"agreed to exchange": intent`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\nb\n") {
		t.Errorf("article without errors listed in the error section:\n%s", out)
	}
}

func TestLoadGold(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	p := write("ok.jsonl", `{"article": "a", "source": "ukrgov", "target": "", "code": "0353", "place": "TUR", "date": "2025-10-14", "note": "n"}

{"article": "a", "none": "they last met in 2019", "note": "history"}
{"article": "b", "source": "RUS", "target": "UKR", "code": "195"}
`)
	gs, err := eval.LoadGold(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 2 {
		t.Fatalf("got %d gold events, want 2 (none lines skipped)", len(gs))
	}
	if g := gs[0]; g.Source != "UKRGOV" || g.Target != "" || g.Code != "0353" || g.Date != "2025-10-14" || g.Place != "TUR" || g.Line != 1 {
		t.Errorf("first gold = %+v", g)
	}
	if gs[1].Line != 4 {
		t.Errorf("second gold line = %d, want 4", gs[1].Line)
	}

	bad := []struct{ name, line, msg string }{
		{"code", `{"article": "a", "source": "X", "code": "19a"}`, ":1: code"},
		{"long code", `{"article": "a", "source": "X", "code": "19555"}`, ":1: code"},
		{"no source", `{"article": "a", "code": "190"}`, ":1: gold event needs"},
		{"date", `{"article": "a", "source": "X", "code": "190", "date": "6 Dec 2025"}`, ":1: date"},
		{"unknown key", `{"article": "a", "source": "X", "code": "190", "plce": "UKR"}`, ":1: "},
		{"not json", `{"article": `, ":1: "},
	}
	for _, b := range bad {
		_, err := eval.LoadGold(write(b.name+".jsonl", b.line+"\n"))
		if err == nil || !strings.Contains(err.Error(), b.msg) {
			t.Errorf("%s: err = %v, want one containing %q", b.name, err, b.msg)
		}
	}
	if _, err := eval.LoadGold(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestLoadArticles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.jsonl")
	data := `{"id": "x", "title": "T", "text": "T\n\nBody.", "published": "2025-10-16", "source": "parley-eval"}
{"id": "y", "text": "Body.", "published": "2025-10-16T08:30:00Z"}
{"id": "z", "text": "Body."}
`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	as, err := eval.LoadArticles(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 3 {
		t.Fatalf("got %d articles", len(as))
	}
	if a := as[0]; a.ID != "x" || a.Title != "T" || a.Source != "parley-eval" ||
		!a.Published.Equal(time.Date(2025, 10, 16, 0, 0, 0, 0, time.UTC)) || a.Origin != p+":1" {
		t.Errorf("first article = %+v", a)
	}
	if as[1].Published.Hour() != 8 || !as[2].Published.IsZero() {
		t.Errorf("published = %v, %v", as[1].Published, as[2].Published)
	}

	if err := os.WriteFile(p, []byte(`{"id": "x", "text": "b", "published": "16/10/2025"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := eval.LoadArticles(p); err == nil || !strings.Contains(err.Error(), ":1: ") {
		t.Errorf("bad date: err = %v", err)
	}
}

// TestEvalSet checks that the evaluation set in testdata is well formed and
// that gold scored against itself is perfect.
func TestEvalSet(t *testing.T) {
	arts, err := eval.LoadArticles("testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	gs, err := eval.LoadGold("testdata/gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 30 {
		t.Errorf("%d articles, want 30", len(arts))
	}
	byID := map[string]parley.Article{}
	for _, a := range arts {
		if _, dup := byID[a.ID]; dup {
			t.Errorf("duplicate article id %s", a.ID)
		}
		byID[a.ID] = a
		if a.Source != "parley-eval" {
			t.Errorf("%s: source %q", a.ID, a.Source)
		}
		if y := a.Published.Year(); y < 2025 || y > 2026 {
			t.Errorf("%s: published %v", a.ID, a.Published)
		}
		head, body, ok := strings.Cut(a.Text, "\n\n")
		if !ok || head != a.Title {
			t.Errorf("%s: text does not start with the title and a blank line", a.ID)
		}
		if n := len(strings.Split(body, "\n")); n < 4 || n > 10 {
			t.Errorf("%s: %d paragraphs, want 4-10", a.ID, n)
		}
	}
	actor := regexp.MustCompile(`^([A-Z]{3})+$`)
	perArticle := map[string]int{}
	for _, g := range gs {
		a, ok := byID[g.Article]
		if !ok {
			t.Errorf("gold line %d: unknown article %q", g.Line, g.Article)
			continue
		}
		perArticle[g.Article]++
		if !actor.MatchString(g.Source) || (g.Target != "" && !actor.MatchString(g.Target)) {
			t.Errorf("gold line %d: actor codes %q, %q", g.Line, g.Source, g.Target)
		}
		if g.Place != "" && len(g.Place) != 3 {
			t.Errorf("gold line %d: place %q", g.Line, g.Place)
		}
		if g.Date != "" {
			d, _ := time.Parse("2006-01-02", g.Date)
			if d.After(a.Published) || a.Published.Sub(d) > 10*24*time.Hour {
				t.Errorf("gold line %d: date %s not within 10 days before publication %s", g.Line, g.Date, a.Published.Format("2006-01-02"))
			}
		}
		if quoted, _, ok := strings.Cut(strings.TrimPrefix(g.Note, `"`), `":`); !ok || !strings.Contains(a.Text, quoted) {
			t.Errorf("gold line %d: note does not quote a clause of the article: %s", g.Line, g.Note)
		}
	}
	for _, a := range arts {
		if n := perArticle[a.ID]; n < 4 {
			t.Errorf("%s: %d gold events", a.ID, n)
		}
	}

	// Gold against itself is perfect, dates and places included.
	var self []parley.Event
	for _, g := range gs {
		e := at(ev(g.Article, g.Source, g.Target, g.Code), g.Date, g.Place)
		self = append(self, e)
	}
	r := eval.Score(gs, self)
	if r.Event.F1 != 1 || r.MacroF1 != 1 || r.Root.F1 != 1 || r.DateShare() != 1 || r.PlaceShare() != 1 {
		t.Errorf("gold against itself: %+v", r)
	}
}
