package output_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/output"
)

func compound() []parley.Event {
	ev := func(src string) parley.Event {
		return parley.Event{Article: "a", Sentence: 3, Date: "2025-05-11",
			Source: parley.ActorRef{Text: src, Code: src + "GOV"}, Target: &parley.ActorRef{Text: "Kyiv", Code: "UKR"},
			Code: "042", Quad: 1, PLOVER: &parley.PLOVER{Type: "CONSULT", Mode: "visit"},
			Evidence: parley.Evidence{Trigger: "visits", Start: 10, End: 16}}
	}
	return []parley.Event{ev("GBR"), ev("DEU"), ev("FRA")}
}

func TestPLOVERGroupsACompoundIntoOneRecord(t *testing.T) {
	var buf bytes.Buffer
	w := output.New(output.PLOVER, &buf)
	if err := w.Write(compound()); err != nil {
		t.Fatal(err)
	}
	w.Close()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one record, got %d: %s", len(lines), buf.String())
	}
	var r struct {
		Actor     []struct{ Code string }
		Recipient []struct{ Code string }
		Event     []string
		Mode      []string
		CAMEO     string `json:"cameo"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Actor) != 3 || len(r.Recipient) != 1 || r.Event[0] != "CONSULT" || r.Mode[0] != "visit" || r.CAMEO != "042" {
		t.Errorf("record = %+v", r)
	}
}

func TestTSVAndTable(t *testing.T) {
	for _, f := range []output.Format{output.TSV, output.Table} {
		var buf bytes.Buffer
		w := output.New(f, &buf)
		w.Write(compound())
		w.Close()
		if got := strings.Count(buf.String(), "\n"); got != 4 {
			t.Errorf("%s: %d lines, want a header and 3 rows:\n%s", f, got, buf.String())
		}
	}
	if _, err := output.ParseFormat("xml"); err == nil {
		t.Error("xml accepted")
	}
}
