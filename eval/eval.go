package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/parley-events/parley"
)

// Gold is one hand-coded event of the evaluation set: one line of gold.jsonl.
// Target is "" when the event has none; Date and Place are "" when the text
// does not fix them.
type Gold struct {
	Article string `json:"article"`
	Source  string `json:"source"`
	Target  string `json:"target"`
	Code    string `json:"code"`
	// Place is the ISO 3166 alpha-3 code of the country where the act
	// happened.
	Place string `json:"place,omitempty"`
	// Date is the day the act happened, YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Note quotes the clause and justifies the coding.
	Note string `json:"note,omitempty"`
	// Line is the line of the gold file the event was read from.
	Line int `json:"-"`
}

// Predicted is the part of a coded event that scoring looks at, with enough
// evidence to find the event in its article.
type Predicted struct {
	Article string `json:"article"`
	Source  string `json:"source"`
	// Target is "" when the event has no target.
	Target string `json:"target"`
	Code   string `json:"code"`
	Date   string `json:"date,omitempty"`
	// Place is the country code of the event's place, "" when it has none.
	Place    string `json:"place,omitempty"`
	Sentence int    `json:"sentence"`
	Trigger  string `json:"trigger,omitempty"`
}

// FromEvent returns the scored view of a coded event: actor codes and the
// place country upper-cased, a missing target and place as "", the date cut
// to its day.
func FromEvent(e parley.Event) Predicted {
	p := Predicted{
		Article:  e.Article,
		Source:   normActor(e.Source.Code),
		Code:     strings.TrimSpace(e.Code),
		Date:     day(e.Date),
		Sentence: e.Sentence,
		Trigger:  e.Evidence.Trigger,
	}
	if e.Target != nil {
		p.Target = normActor(e.Target.Code)
	}
	if e.Place != nil {
		p.Place = normActor(e.Place.Country)
	}
	return p
}

// LoadArticles reads a JSON Lines file of articles, one object per line with
// id, title, text, published (YYYY-MM-DD or RFC 3339) and source.
func LoadArticles(path string) ([]parley.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	defer f.Close()
	var out []parley.Article
	err = eachLine(f, func(n int, line []byte) error {
		var raw struct {
			parley.Article
			Published string `json:"published"`
		}
		if err := strictDecode(line, &raw); err != nil {
			return err
		}
		a := raw.Article
		if strings.TrimSpace(a.Text) == "" {
			return fmt.Errorf("article %q has no text", a.ID)
		}
		if raw.Published != "" {
			t, err := time.Parse("2006-01-02", raw.Published)
			if err != nil {
				t, err = time.Parse(time.RFC3339, raw.Published)
			}
			if err != nil {
				return fmt.Errorf("article %q: published %q is neither YYYY-MM-DD nor RFC 3339", a.ID, raw.Published)
			}
			a.Published = t
		}
		a.Origin = fmt.Sprintf("%s:%d", path, n)
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load articles %s:%w", path, err)
	}
	return out, nil
}

// LoadGold reads the gold events of a JSON Lines gold file. Lines with a
// "none" key document clauses that must yield no event and are skipped.
func LoadGold(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load gold: %w", err)
	}
	defer f.Close()
	var out []Gold
	err = eachLine(f, func(n int, line []byte) error {
		var raw struct {
			Gold
			None *string `json:"none"`
		}
		if err := strictDecode(line, &raw); err != nil {
			return err
		}
		g := raw.Gold
		if raw.None != nil {
			if g.Article == "" {
				return fmt.Errorf("none line without article")
			}
			return nil
		}
		if g.Article == "" || g.Source == "" || g.Code == "" {
			return fmt.Errorf("gold event needs article, source and code")
		}
		if !isCode(g.Code) {
			return fmt.Errorf("code %q is not a CAMEO code of 2 to 4 digits", g.Code)
		}
		if g.Date != "" {
			if _, err := time.Parse("2006-01-02", g.Date); err != nil {
				return fmt.Errorf("date %q is not YYYY-MM-DD", g.Date)
			}
		}
		g.Source = normActor(g.Source)
		g.Target = normActor(g.Target)
		g.Place = normActor(g.Place)
		g.Line = n
		out = append(out, g)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load gold %s:%w", path, err)
	}
	return out, nil
}

// eachLine calls fn with each non-blank line and its 1-based number; an
// error from fn is returned prefixed with the line number.
func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(n, line); err != nil {
			return fmt.Errorf("%d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%d: %w", n+1, err)
	}
	return nil
}

// strictDecode decodes one JSON object and rejects unknown fields, so that a
// misspelt key in hand-written data is an error, not a silent zero.
func strictDecode(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("more than one JSON value on the line")
	}
	return nil
}

func isCode(c string) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// normActor upper-cases an actor or place code and writes a country that
// has two codes in use the way the coder does (CAMEO/Phoenix), so that gold
// written with the ISO or POLECAT code of the same state still matches:
// Timor-Leste TLS is TMP, Kosovo XKX is KSV.
func normActor(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	for iso, cameo := range sameCountry {
		if strings.HasPrefix(s, iso) {
			return cameo + s[len(iso):]
		}
	}
	return s
}

// sameCountry maps the other code of a state to the CAMEO/Phoenix one.
var sameCountry = map[string]string{"TLS": "TMP", "XKX": "KSV"}

// day cuts a date or an RFC 3339 time to its YYYY-MM-DD day.
func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// Root returns the CAMEO root of an event code: its first two digits.
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// Counts holds true positives, false positives and false negatives with the
// precision, recall and F1 they give. A ratio whose denominator is zero is 1
// when there are no errors at all and 0 otherwise.
type Counts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// NewCounts returns the counts with their precision, recall and F1.
func NewCounts(tp, fp, fn int) Counts {
	c := Counts{TP: tp, FP: fp, FN: fn}
	clean := fp == 0 && fn == 0
	c.Precision = ratio(tp, tp+fp, clean)
	c.Recall = ratio(tp, tp+fn, clean)
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
	return c
}

func ratio(num, den int, clean bool) float64 {
	if den == 0 {
		if clean {
			return 1
		}
		return 0
	}
	return float64(num) / float64(den)
}

func (c Counts) add(o Counts) Counts { return NewCounts(c.TP+o.TP, c.FP+o.FP, c.FN+o.FN) }

// FalsePositive is a predicted event that matched no gold event.
type FalsePositive struct {
	Predicted
	// RootMatch reports whether the event matched a gold event at the root
	// level: right actors, wrong sub-code.
	RootMatch bool `json:"root_match"`
}

// FalseNegative is a gold event that no predicted event matched.
type FalseNegative struct {
	Gold
	// RootMatch reports whether the event was matched at the root level.
	RootMatch bool `json:"root_match"`
}

// ArticleScore is the score of one article.
type ArticleScore struct {
	Article string `json:"article"`
	// Gold and Predicted count the article's gold and predicted events.
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	// Event counts matches on (source, target, code), Root on (source,
	// target, root code).
	Event Counts `json:"event"`
	Root  Counts `json:"root"`
	// FalsePositives and FalseNegatives list the events left unmatched at
	// the event level, in input order.
	FalsePositives []FalsePositive `json:"false_positives,omitempty"`
	FalseNegatives []FalseNegative `json:"false_negatives,omitempty"`
}

// Report is the result of scoring a set of predicted events against gold.
type Report struct {
	// Articles lists every article with a gold or a predicted event, in the
	// order of the gold events, then articles with predictions only, by id.
	Articles []ArticleScore `json:"articles"`
	// Event is micro-averaged over the whole set on (source, target, code).
	Event Counts `json:"event"`
	// Root is micro-averaged on (source, target, root code).
	Root Counts `json:"root"`
	// MacroF1 is the mean of the articles' event-level F1.
	MacroF1 float64 `json:"macro_f1"`
	// RootMacroF1 is the mean of the articles' root-level F1.
	RootMacroF1 float64 `json:"root_macro_f1"`
	// DateChecked counts event-level matches whose gold event has a date,
	// and DateRight those of them whose predicted date is the same day.
	DateChecked int `json:"date_checked"`
	DateRight   int `json:"date_right"`
	// PlaceChecked counts event-level matches whose gold event has a place,
	// and PlaceRight those of them whose predicted place is in that country.
	PlaceChecked int `json:"place_checked"`
	PlaceRight   int `json:"place_right"`
}

// DateShare is the share of checked matches with the right date, 0 when
// none was checked.
func (r Report) DateShare() float64 { return share(r.DateRight, r.DateChecked) }

// PlaceShare is the share of checked matches with the right place country,
// 0 when none was checked.
func (r Report) PlaceShare() float64 { return share(r.PlaceRight, r.PlaceChecked) }

func share(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// Score matches events to gold per article. Within an article, a predicted
// event matches a gold event with the same source, target and code (the
// root level compares only the codes' first two digits); each gold event is
// matched at most once, so the same triple predicted twice for one gold act
// counts one true and one false positive. Among equal triples, pairs that
// also agree on date and place are matched first.
func Score(gold []Gold, events []parley.Event) Report {
	goldBy := map[string][]Gold{}
	var order []string
	for _, g := range gold {
		if _, ok := goldBy[g.Article]; !ok {
			order = append(order, g.Article)
		}
		g.Source, g.Target, g.Place = normActor(g.Source), normActor(g.Target), normActor(g.Place)
		g.Code = strings.TrimSpace(g.Code)
		goldBy[g.Article] = append(goldBy[g.Article], g)
	}
	predBy := map[string][]Predicted{}
	var extra []string
	for _, e := range events {
		p := FromEvent(e)
		if _, ok := goldBy[p.Article]; !ok {
			if _, seen := predBy[p.Article]; !seen {
				extra = append(extra, p.Article)
			}
		}
		predBy[p.Article] = append(predBy[p.Article], p)
	}
	sort.Strings(extra)
	order = append(order, extra...)

	var r Report
	for _, id := range order {
		gs, ps := goldBy[id], predBy[id]
		ev := match(gs, ps, func(code string) string { return code })
		rt := match(gs, ps, Root)
		a := ArticleScore{
			Article:   id,
			Gold:      len(gs),
			Predicted: len(ps),
			Event:     NewCounts(len(ev.pairs), len(ps)-len(ev.pairs), len(gs)-len(ev.pairs)),
			Root:      NewCounts(len(rt.pairs), len(ps)-len(rt.pairs), len(gs)-len(rt.pairs)),
		}
		for j, p := range ps {
			if !ev.predUsed[j] {
				a.FalsePositives = append(a.FalsePositives, FalsePositive{Predicted: p, RootMatch: rt.predUsed[j]})
			}
		}
		for i, g := range gs {
			if !ev.goldUsed[i] {
				a.FalseNegatives = append(a.FalseNegatives, FalseNegative{Gold: g, RootMatch: rt.goldUsed[i]})
			}
		}
		for _, pr := range ev.pairs {
			g, p := gs[pr[0]], ps[pr[1]]
			if g.Date != "" {
				r.DateChecked++
				if p.Date == g.Date {
					r.DateRight++
				}
			}
			if g.Place != "" {
				r.PlaceChecked++
				if p.Place == g.Place {
					r.PlaceRight++
				}
			}
		}
		r.Event = r.Event.add(a.Event)
		r.Root = r.Root.add(a.Root)
		r.MacroF1 += a.Event.F1
		r.RootMacroF1 += a.Root.F1
		r.Articles = append(r.Articles, a)
	}
	if n := len(r.Articles); n > 0 {
		r.MacroF1 /= float64(n)
		r.RootMacroF1 /= float64(n)
	} else {
		r.Event, r.Root = NewCounts(0, 0, 0), NewCounts(0, 0, 0)
		r.MacroF1, r.RootMacroF1 = 1, 1
	}
	return r
}

// matching is the result of matching one article's events.
type matching struct {
	pairs    [][2]int // gold index, predicted index
	goldUsed []bool
	predUsed []bool
}

// match pairs gold and predicted events with equal (source, target,
// codeKey(code)). Pairs agreeing on both date and place are taken first,
// then those agreeing on one, then the rest, each in input order.
func match(gs []Gold, ps []Predicted, codeKey func(string) string) matching {
	m := matching{goldUsed: make([]bool, len(gs)), predUsed: make([]bool, len(ps))}
	key := func(src, tgt, code string) string { return src + "\x00" + tgt + "\x00" + codeKey(code) }
	agree := func(g Gold, p Predicted) int {
		n := 0
		if g.Date != "" && g.Date == p.Date {
			n++
		}
		if g.Place != "" && g.Place == p.Place {
			n++
		}
		return n
	}
	for tier := 2; tier >= 0; tier-- {
		for i, g := range gs {
			if m.goldUsed[i] {
				continue
			}
			k := key(g.Source, g.Target, g.Code)
			for j, p := range ps {
				if m.predUsed[j] || key(p.Source, p.Target, p.Code) != k || agree(g, p) < tier {
					continue
				}
				m.goldUsed[i], m.predUsed[j] = true, true
				m.pairs = append(m.pairs, [2]int{i, j})
				break
			}
		}
	}
	sort.Slice(m.pairs, func(a, b int) bool { return m.pairs[a][0] < m.pairs[b][0] })
	return m
}

// Write prints the report: a table of per-article and overall scores, the
// date and place shares, then each article's false positives and false
// negatives, marking those that match at the root level.
func (r Report) Write(w io.Writer) error {
	width := len("macro F1")
	for _, a := range r.Articles {
		width = max(width, len(a.Article))
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-*s %5s %5s %5s %5s %5s %6s %6s %6s | %5s %5s %5s %6s\n",
		width, "article", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "rTP", "rFP", "rFN", "rF1")
	row := func(name string, gold, pred int, e, rt Counts) {
		fmt.Fprintf(bw, "%-*s %5d %5d %5d %5d %5d %6.3f %6.3f %6.3f | %5d %5d %5d %6.3f\n",
			width, name, gold, pred, e.TP, e.FP, e.FN, e.Precision, e.Recall, e.F1, rt.TP, rt.FP, rt.FN, rt.F1)
	}
	gold, pred := 0, 0
	for _, a := range r.Articles {
		row(a.Article, a.Gold, a.Predicted, a.Event, a.Root)
		gold += a.Gold
		pred += a.Predicted
	}
	fmt.Fprintln(bw, strings.Repeat("-", width+78))
	row("micro", gold, pred, r.Event, r.Root)
	fmt.Fprintf(bw, "%-*s %*s %6.3f | %*s %6.3f\n", width, "macro F1", 43, "", r.MacroF1, 17, "", r.RootMacroF1)
	fmt.Fprintf(bw, "\ndate right:  %d/%d matched events with a gold date (%.1f%%)\n", r.DateRight, r.DateChecked, 100*r.DateShare())
	fmt.Fprintf(bw, "place right: %d/%d matched events with a gold place (%.1f%%)\n", r.PlaceRight, r.PlaceChecked, 100*r.PlaceShare())

	fmt.Fprintln(bw, "\nerrors (FP false positive, FN false negative; ~root: matched at the root level)")
	for _, a := range r.Articles {
		if len(a.FalsePositives)+len(a.FalseNegatives) == 0 {
			continue
		}
		fmt.Fprintf(bw, "\n%s\n", a.Article)
		for _, fp := range a.FalsePositives {
			fmt.Fprintf(bw, "  FP %s%s  sentence %d %q\n", triple(fp.Source, fp.Target, fp.Code, fp.Date, fp.Place), rootMark(fp.RootMatch), fp.Sentence, fp.Trigger)
		}
		for _, fn := range a.FalseNegatives {
			fmt.Fprintf(bw, "  FN %s%s  %s\n", triple(fn.Source, fn.Target, fn.Code, fn.Date, fn.Place), rootMark(fn.RootMatch), fn.Note)
		}
	}
	return bw.Flush()
}

func triple(src, tgt, code, date, place string) string {
	if tgt == "" {
		tgt = "-"
	}
	if date == "" {
		date = "?"
	}
	if place == "" {
		place = "?"
	}
	return fmt.Sprintf("%-10s -> %-10s %-4s %s %s", src, tgt, code, date, place)
}

func rootMark(b bool) string {
	if b {
		return " ~root"
	}
	return ""
}
