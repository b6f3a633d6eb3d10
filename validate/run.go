package validate

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parley-events/parley"
)

// CodeFunc codes one record's text at its date and returns the events,
// and whether the coder discarded the sentence or story (a discard
// phrase). It sees the whole record, so it can honour the record's options
// (see Record.RequireDyad). An error fails that record only.
type CodeFunc func(rec *Record) (events []parley.Event, discarded bool, err error)

// Options choose which records Run evaluates.
type Options struct {
	// Categories, when set, replaces the suite's <Include> list ("valid"
	// among them keeps only records explicitly marked true).
	Categories []string
	// All evaluates every record that has text and a testable expectation,
	// ignoring <Include> and the sentence/evaluate/valid marks.
	All bool
	// IDs, when set, evaluates only the records with these ids (still
	// subject to the rules above unless All); the others are not counted.
	IDs []string
}

// Status is a record's outcome.
type Status uint8

// Outcomes of a record.
const (
	Passed Status = iota
	Failed
	Skipped
)

// String returns "pass", "FAIL" or "skip".
func (s Status) String() string {
	switch s {
	case Passed:
		return "pass"
	case Failed:
		return "FAIL"
	}
	return "skip"
}

// Triple is an event reduced to what the suites compare: source, target
// and event code, in canonical form (see Canonical).
type Triple struct {
	Source, Target, Code string
}

// String formats the triple as "SRC TGT CODE".
func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

// Outcome is the result of one record.
type Outcome struct {
	Record *Record
	Status Status
	// Reason says why a record was skipped or, for a failure without event
	// differences, what went wrong.
	Reason string
	// Want and Got are the compared triples; Missing are the wanted ones
	// not produced and Extra the produced ones not wanted.
	Want, Got, Missing, Extra []Triple
	Discarded                 bool
	Err                       error
}

// Result is the outcome of a suite run.
type Result struct {
	Suite                   string
	Outcomes                []Outcome
	Passed, Failed, Skipped int
	// EventsWanted, EventsFound and EventsExtra count event triples over
	// the evaluated records: wanted, wanted and produced, produced but not
	// wanted.
	EventsWanted, EventsFound, EventsExtra int
}

// Run codes every evaluated record of the suite with code and compares the
// events with the expected codings.
//
// A record passes when the multiset of (source, target, code) triples
// coded equals the expected one: every expected event produced and no
// other, as PETRARCH's validation counts a record correct. Extra events
// therefore fail a record (they are the "flood" the coder must avoid);
// they are listed apart from the missing ones. Comparison is on canonical
// codes (see Canonical): a missing target is "---", an expected code
// "---GOV" (agent with no country) also matches a coded "GOV", and a quoted
// expected actor ("INJURY TOLL") matches an uncoded actor with that text.
//
// A record expecting noevents="True" passes when nothing is coded, and so
// does one with no <EventCoding> at all (PETRARCH compares with the empty
// list; PATTERN-06 of the unit tests is such a case). One
// expecting error="storydiscard" or "sentencediscard" passes when the coder
// reports a discard and codes nothing; error="dateline" passes when
// nothing is coded. error="bad_input_parse" tests PETRARCH's reading of the
// supplied parse, which parley does not use: such records are skipped.
//
// Skipped are the records marked sentence="false", evaluate="false" or
// valid="false", marked <Skip>, in a category not in <Include> (or not
// marked true when <Include> has "valid"), or without text.
func Run(s *Suite, code CodeFunc, opts Options) *Result {
	res := &Result{Suite: s.Path}
	include := s.Environment.Include
	if opts.Categories != nil {
		include = opts.Categories
	}
	ids := map[string]bool{}
	for _, id := range opts.IDs {
		ids[id] = true
	}
	for i := range s.Records {
		r := &s.Records[i]
		if len(ids) > 0 && !ids[r.ID] {
			continue // not selected: not counted at all
		}
		var o Outcome
		if reason := skipReason(r, include, opts); reason != "" {
			o = Outcome{Record: r, Status: Skipped, Reason: reason}
		} else {
			events, discarded, err := code(r)
			o = Compare(r, events, discarded, err)
		}
		res.add(o)
	}
	return res
}

func (res *Result) add(o Outcome) {
	switch o.Status {
	case Passed:
		res.Passed++
	case Failed:
		res.Failed++
	default:
		res.Skipped++
	}
	if o.Status != Skipped {
		res.EventsWanted += len(o.Want)
		res.EventsFound += len(o.Want) - len(o.Missing)
		res.EventsExtra += len(o.Extra)
	}
	res.Outcomes = append(res.Outcomes, o)
}

// skipReason says why a record is not evaluated, or "".
func skipReason(r *Record, include []string, opts Options) string {
	if r.Text == "" {
		return "no text"
	}
	if r.Error == "bad_input_parse" {
		return "tests the supplied parse, which parley does not read"
	}
	if opts.All {
		return ""
	}
	if r.Skip {
		return "marked <Skip>"
	}
	for _, f := range []struct {
		name string
		v    Flag
	}{{"sentence", r.Sentence}, {"evaluate", r.Evaluate}, {"valid", r.Valid}} {
		if f.v == FlagFalse {
			return f.name + `="false"`
		}
	}
	if len(include) == 0 {
		return ""
	}
	validOnly, inc := false, false
	for _, c := range include {
		if strings.EqualFold(c, "valid") {
			validOnly = true
		} else if strings.EqualFold(c, r.Category) {
			inc = true
		}
	}
	if !inc {
		return "category " + r.Category + " not in <Include>"
	}
	if validOnly && r.Sentence != FlagTrue && r.Evaluate != FlagTrue && r.Valid != FlagTrue {
		return "not marked valid"
	}
	return ""
}

// Compare judges one record against the events coded for it (see Run for
// the rules). err is a coding failure, which fails the record.
func Compare(r *Record, events []parley.Event, discarded bool, err error) Outcome {
	o := Outcome{Record: r, Discarded: discarded, Err: err}
	for _, c := range r.Expected {
		o.Want = append(o.Want, Triple{Source: Canonical(c.Source), Target: Canonical(c.Target), Code: canonicalEvent(c.Code)})
	}
	for _, e := range events {
		o.Got = append(o.Got, EventTriple(e))
	}
	if err != nil {
		o.Status, o.Reason = Failed, "coding failed: "+err.Error()
		o.Missing = o.Want
		return o
	}
	o.Missing, o.Extra = diff(o.Want, o.Got)
	// With noevents or an error expected, want is empty, so any event is
	// extra; a discard must also be reported as one.
	if (r.Error == "storydiscard" || r.Error == "sentencediscard") && !discarded {
		o.Reason = "expected a " + r.Error + "; the coder did not discard"
	}
	if o.Reason != "" || len(o.Missing) > 0 || len(o.Extra) > 0 {
		o.Status = Failed
	} else {
		o.Status = Passed
	}
	return o
}

// EventTriple reduces a coded event to its canonical triple. An actor
// without a code is written as its quoted upper-case text, as the suites
// write actors that should stay uncoded.
func EventTriple(e parley.Event) Triple {
	t := Triple{Source: actorCode(&e.Source), Target: "---", Code: canonicalEvent(e.Code)}
	if e.Target != nil {
		t.Target = actorCode(e.Target)
	}
	return t
}

func actorCode(a *parley.ActorRef) string {
	if strings.TrimSpace(a.Code) == "" {
		return `"` + textActor(a.Text) + `"`
	}
	return Canonical(a.Code)
}

// textActor writes a text actor as PETRARCH does: upper case, single
// spaces, no possessive endings ("Gryffindor's head" is "GRYFFINDOR HEAD").
func textActor(text string) string {
	words := strings.Fields(strings.ToUpper(text))
	for i, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'S"), "’S")
		words[i] = w
	}
	return strings.Join(words, " ")
}

// Canonical returns an actor code in the form compared: trimmed and upper
// case, "---" for none, and a quoted text actor with its words upper-cased
// and single-spaced.
func Canonical(code string) string {
	c := strings.TrimSpace(code)
	if c == "" {
		return "---"
	}
	if len(c) >= 2 && (c[0] == '"' && c[len(c)-1] == '"' || c[0] == '\'' && c[len(c)-1] == '\'') {
		return `"` + textActor(c[1:len(c)-1]) + `"`
	}
	return strings.ToUpper(c)
}

// canonicalEvent trims an event code and drops a "_Name" suffix
// ("140_Engage_in_political_dissent" -> "140").
func canonicalEvent(code string) string {
	c := strings.TrimSpace(code)
	if i := strings.IndexByte(c, '_'); i > 0 && isDigits(c[:i]) {
		c = c[:i]
	}
	return c
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// diff matches wanted and got triples one to one (exact matches first, then
// the lenient actor rules) and returns the unmatched ones of each side.
func diff(want, got []Triple) (missing, extra []Triple) {
	usedW := make([]bool, len(want))
	usedG := make([]bool, len(got))
	for pass := 0; pass < 2; pass++ {
		for i, w := range want {
			if usedW[i] {
				continue
			}
			for j, g := range got {
				if usedG[j] {
					continue
				}
				if pass == 0 && w == g || pass == 1 && lenientMatch(w, g) {
					usedW[i], usedG[j] = true, true
					break
				}
			}
		}
	}
	for i, w := range want {
		if !usedW[i] {
			missing = append(missing, w)
		}
	}
	for j, g := range got {
		if !usedG[j] {
			extra = append(extra, g)
		}
	}
	return missing, extra
}

func lenientMatch(w, g Triple) bool {
	return w.Code == g.Code && actorMatch(w.Source, g.Source) && actorMatch(w.Target, g.Target)
}

// actorMatch lets an expected "---XXX" (PETRARCH's agent with no country)
// match a coded "XXX".
func actorMatch(want, got string) bool {
	if want == got {
		return true
	}
	return len(want) > 3 && strings.HasPrefix(want, "---") && want[3:] == got
}

// CategoryCount is the tally of one category.
type CategoryCount struct {
	Category                string
	Passed, Failed, Skipped int
}

// ByCategory tallies the outcomes per record category, in name order.
func (res *Result) ByCategory() []CategoryCount {
	m := map[string]*CategoryCount{}
	for _, o := range res.Outcomes {
		cat := o.Record.Category
		if cat == "" {
			cat = "(none)"
		}
		c := m[cat]
		if c == nil {
			c = &CategoryCount{Category: cat}
			m[cat] = c
		}
		switch o.Status {
		case Passed:
			c.Passed++
		case Failed:
			c.Failed++
		default:
			c.Skipped++
		}
	}
	out := make([]CategoryCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Category < out[j].Category })
	return out
}

// SkipCount is how many records were skipped for one reason.
type SkipCount struct {
	Reason string
	Count  int
}

// SkipReasons tallies the reasons records were skipped, most frequent
// first.
func (res *Result) SkipReasons() []SkipCount {
	m := map[string]int{}
	for _, o := range res.Outcomes {
		if o.Status == Skipped {
			m[o.Reason]++
		}
	}
	out := make([]SkipCount, 0, len(m))
	for r, n := range m {
		out = append(out, SkipCount{r, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Reason < out[j].Reason
	})
	return out
}

// Write prints each failing record (id, category, line, date, text,
// expected, got, and what is missing or extra), then a table by category,
// the skip reasons, event recall and precision, and last the line
// "N passed, M failed, K skipped".
func (res *Result) Write(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, o := range res.Outcomes {
		if o.Status != Failed {
			continue
		}
		r := o.Record
		date := r.DateText
		if !r.Date.IsZero() {
			date = r.Date.Format("2006-01-02")
		}
		ew.printf("FAIL %s [%s] %s:%d date %s\n", r.ID, r.Category, r.File, r.Line, date)
		ew.printf("  text:     %s\n", r.Text)
		ew.printf("  expected: %s\n", expectation(r, o.Want))
		got := triples(o.Got)
		if o.Discarded {
			got += " (discarded)"
		}
		ew.printf("  got:      %s\n", got)
		if len(o.Missing) > 0 && len(o.Want) > 0 {
			ew.printf("  missing:  %s\n", triples(o.Missing))
		}
		if len(o.Extra) > 0 && len(o.Want) > 0 {
			ew.printf("  extra:    %s\n", triples(o.Extra))
		}
		if o.Reason != "" {
			ew.printf("  note:     %s\n", o.Reason)
		}
	}
	if len(res.Outcomes) > 0 {
		ew.printf("\n%-14s %6s %6s %7s\n", "category", "passed", "failed", "skipped")
		for _, c := range res.ByCategory() {
			ew.printf("%-14s %6d %6d %7d\n", c.Category, c.Passed, c.Failed, c.Skipped)
		}
	}
	if res.Skipped > 0 {
		var parts []string
		for _, s := range res.SkipReasons() {
			parts = append(parts, fmt.Sprintf("%d %s", s.Count, s.Reason))
		}
		ew.printf("skipped: %s\n", strings.Join(parts, "; "))
	}
	if res.EventsWanted > 0 || res.EventsExtra > 0 {
		ew.printf("events: %d of %d expected coded (recall %s), %d extra (precision %s)\n",
			res.EventsFound, res.EventsWanted, percent(res.EventsFound, res.EventsWanted),
			res.EventsExtra, percent(res.EventsFound, res.EventsFound+res.EventsExtra))
	}
	ew.printf("%d passed, %d failed, %d skipped\n", res.Passed, res.Failed, res.Skipped)
	return ew.err
}

func expectation(r *Record, want []Triple) string {
	switch {
	case len(want) > 0:
		return triples(want)
	case r.Error != "":
		return "error " + r.Error + " (nothing coded)"
	case r.NoEvents:
		return "no events"
	}
	return "no events (the record has no <EventCoding>)"
}

func triples(ts []Triple) string {
	if len(ts) == 0 {
		return "(none)"
	}
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.String()
	}
	return strings.Join(s, "; ")
}

func percent(n, d int) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
