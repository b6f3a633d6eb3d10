// Package output writes coded events as JSON Lines (parley's contract), as
// tab-separated values, or as a table for people to read.
package output

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/parley-events/parley"
)

// Format names an output format.
type Format string

// Output formats.
const (
	JSONL Format = "jsonl"
	TSV   Format = "tsv"
	Table Format = "table"
)

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case JSONL, TSV, Table, PLOVER:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q: want jsonl, tsv, table or plover", s)
}

// Writer writes events in one format. Close flushes it.
type Writer interface {
	Write(events []parley.Event) error
	Close() error
}

// New returns a writer of the format on w.
func New(f Format, w io.Writer) Writer {
	switch f {
	case TSV:
		return &tsvWriter{w: bufio.NewWriter(w)}
	case Table:
		return &tableWriter{tw: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
	case PLOVER:
		bw := bufio.NewWriter(w)
		return &ploverWriter{bw: bw, enc: json.NewEncoder(bw)}
	}
	bw := bufio.NewWriter(w)
	return &jsonlWriter{bw: bw, enc: json.NewEncoder(bw)}
}

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (j *jsonlWriter) Write(events []parley.Event) error {
	for i := range events {
		if err := j.enc.Encode(&events[i]); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonlWriter) Close() error { return j.bw.Flush() }

// TSVHeader names the columns of the TSV format.
var TSVHeader = []string{"article", "sentence", "date", "source", "source_text", "target", "target_text", "code", "name", "goldstein", "quad", "plover", "mood", "trigger", "start", "end"}

type tsvWriter struct {
	w      *bufio.Writer
	header bool
}

func (t *tsvWriter) Write(events []parley.Event) error {
	if !t.header {
		t.header = true
		if _, err := t.w.WriteString(strings.Join(TSVHeader, "\t") + "\n"); err != nil {
			return err
		}
	}
	for _, e := range events {
		tgt, tgtText, plover := "", "", ""
		if e.Target != nil {
			tgt, tgtText = e.Target.Code, e.Target.Text
		}
		if e.PLOVER != nil {
			plover = e.PLOVER.Type
		}
		row := []string{e.Article, strconv.Itoa(e.Sentence), e.Date, e.Source.Code, e.Source.Text, tgt, tgtText,
			e.Code, e.Name, strconv.FormatFloat(e.Goldstein, 'f', -1, 64), strconv.Itoa(e.Quad), plover, e.Mood,
			e.Evidence.Trigger, strconv.Itoa(e.Evidence.Start), strconv.Itoa(e.Evidence.End)}
		for i := range row {
			row[i] = clean(row[i])
		}
		if _, err := t.w.WriteString(strings.Join(row, "\t") + "\n"); err != nil {
			return err
		}
	}
	return nil
}

func (t *tsvWriter) Close() error { return t.w.Flush() }

// clean keeps a field on one line and one column.
func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

type tableWriter struct {
	tw     *tabwriter.Writer
	header bool
}

func (t *tableWriter) Write(events []parley.Event) error {
	if !t.header {
		t.header = true
		fmt.Fprintln(t.tw, "DATE\tSOURCE\tCODE\tEVENT\tTARGET\tTRIGGER")
	}
	for _, e := range events {
		date := e.Date
		if date == "" {
			date = "-"
		}
		tgt := "-"
		if e.Target != nil {
			tgt = fmt.Sprintf("%s (%s)", e.Target.Code, short(e.Target.Text, 28))
			if e.Target.Implied {
				tgt = e.Target.Code + " (implied)"
			}
		}
		if _, err := fmt.Fprintf(t.tw, "%s\t%s (%s)\t%s\t%s\t%s\t%s\n", date, e.Source.Code, short(e.Source.Text, 28),
			e.Code, short(e.Name, 40), tgt, short(clean(e.Evidence.Trigger), 32)); err != nil {
			return err
		}
	}
	return nil
}

func (t *tableWriter) Close() error { return t.tw.Flush() }

func short(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// PLOVER writes one PLOVER record per act: the actors and recipients of a
// compound are lists (CAMEO output expands them to dyads). Field names follow
// the PLOVER manual's JSON record: id, date, actor, recipient, event, mode,
// context, event_loc, event_text, quad_code, text; "cameo" and "article"
// tie the record back to parley's events.
const PLOVER Format = "plover"

// ploverEntity is an actor or recipient of a PLOVER record.
type ploverEntity struct {
	Text    string `json:"text"`
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
}

// ploverRecord is one act in PLOVER form.
type ploverRecord struct {
	ID        string          `json:"id"`
	Article   string          `json:"article"`
	Date      string          `json:"date,omitempty"`
	Actor     []ploverEntity  `json:"actor"`
	Recipient []ploverEntity  `json:"recipient,omitempty"`
	Event     []string        `json:"event"`
	Mode      []string        `json:"mode,omitempty"`
	Context   []string        `json:"context,omitempty"`
	EventLoc  *parley.Place   `json:"event_loc,omitempty"`
	EventText []string        `json:"event_text,omitempty"`
	QuadCode  int             `json:"quad_code"`
	Text      string          `json:"text,omitempty"`
	CAMEO     string          `json:"cameo"`
	Evidence  parley.Evidence `json:"evidence"`
}

// ToPLOVER groups dyadic events into PLOVER records: events of one act
// (same article, sentence, trigger and code) become one record with lists
// of actors and recipients. Codes PLOVER drops (public statements) give no
// record.
func ToPLOVER(events []parley.Event) []ploverRecord {
	var out []ploverRecord
	index := map[string]int{}
	for _, e := range events {
		if e.PLOVER == nil || e.PLOVER.Type == "" {
			continue
		}
		id := fmt.Sprintf("%s:%d:%d:%s", e.Article, e.Sentence, e.Evidence.Start, e.Code)
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			r := ploverRecord{ID: id, Article: e.Article, Date: e.Date, Event: []string{e.PLOVER.Type},
				EventLoc: e.Place, EventText: []string{e.Evidence.Trigger}, QuadCode: e.Quad,
				Text: e.Evidence.Sentence, CAMEO: e.Code, Evidence: e.Evidence}
			r.Evidence.Sentence = ""
			if e.PLOVER.Mode != "" {
				r.Mode = []string{e.PLOVER.Mode}
			}
			if e.PLOVER.Context != "" {
				r.Context = strings.Split(e.PLOVER.Context, ";")
			}
			out = append(out, r)
		}
		r := &out[i]
		r.Actor = addEntity(r.Actor, e.Source)
		if e.Target != nil {
			r.Recipient = addEntity(r.Recipient, *e.Target)
		}
	}
	return out
}

func addEntity(list []ploverEntity, a parley.ActorRef) []ploverEntity {
	for _, x := range list {
		if x.Code == a.Code && x.Text == a.Text {
			return list
		}
	}
	return append(list, ploverEntity{Text: a.Text, Code: a.Code, Country: a.Country})
}

type ploverWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (p *ploverWriter) Write(events []parley.Event) error {
	for _, r := range ToPLOVER(events) {
		if err := p.enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

func (p *ploverWriter) Close() error { return p.bw.Flush() }
