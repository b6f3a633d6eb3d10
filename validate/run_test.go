package validate_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/validate"
)

// ev builds a coded event; an empty target means none.
func ev(src, tgt, code string) parley.Event {
	e := parley.Event{Source: parley.ActorRef{Code: src, Text: strings.ToLower(src)}, Code: code}
	if tgt != "" {
		e.Target = &parley.ActorRef{Code: tgt, Text: strings.ToLower(tgt)}
	}
	return e
}

func want(src, tgt, code string) validate.Coding {
	return validate.Coding{Source: src, Target: tgt, Code: code}
}

func TestCompare(t *testing.T) {
	uncoded := parley.Event{Source: parley.ActorRef{Text: "the injury  toll"}, Target: &parley.ActorRef{Code: "OSG"}, Code: "223"}
	tests := []struct {
		name      string
		rec       validate.Record
		got       []parley.Event
		discarded bool
		err       error
		status    validate.Status
		missing   string
		extra     string
	}{
		{name: "pass", rec: validate.Record{Expected: []validate.Coding{want("ARN", "GON", "064")}},
			got: []parley.Event{ev("ARN", "GON", "064")}, status: validate.Passed},
		{name: "missing event", rec: validate.Record{Expected: []validate.Coding{want("ARN", "GON", "064")}},
			status: validate.Failed, missing: "ARN GON 064"},
		{name: "wrong code", rec: validate.Record{Expected: []validate.Coding{want("ARN", "GON", "064")}},
			got: []parley.Event{ev("ARN", "GON", "050")}, status: validate.Failed, missing: "ARN GON 064", extra: "ARN GON 050"},
		{name: "extra event fails", rec: validate.Record{Expected: []validate.Coding{want("ARN", "GON", "064")}},
			got: []parley.Event{ev("ARN", "GON", "064"), ev("GON", "ARN", "064")}, status: validate.Failed, extra: "GON ARN 064"},
		{name: "paired events in any order", rec: validate.Record{Expected: []validate.Coding{want("DAGGOV", "GON", "032"), want("GON", "DAGGOV", "033")}},
			got: []parley.Event{ev("GON", "DAGGOV", "033"), ev("DAGGOV", "GON", "032")}, status: validate.Passed},
		{name: "paired event half missing", rec: validate.Record{Expected: []validate.Coding{want("DAGGOV", "GON", "032"), want("GON", "DAGGOV", "033")}},
			got: []parley.Event{ev("DAGGOV", "GON", "032")}, status: validate.Failed, missing: "GON DAGGOV 033"},
		{name: "multiset: a duplicate is extra", rec: validate.Record{Expected: []validate.Coding{want("ARN", "GON", "064")}},
			got: []parley.Event{ev("ARN", "GON", "064"), ev("ARN", "GON", "064")}, status: validate.Failed, extra: "ARN GON 064"},
		{name: "noevents pass", rec: validate.Record{NoEvents: true}, status: validate.Passed},
		{name: "noevents with an event", rec: validate.Record{NoEvents: true},
			got: []parley.Event{ev("ARN", "GON", "010")}, status: validate.Failed, extra: "ARN GON 010"},
		{name: "no codings means no events", rec: validate.Record{},
			got: []parley.Event{ev("HOB", "GON", "111")}, status: validate.Failed, extra: "HOB GON 111"},
		{name: "no target is ---", rec: validate.Record{Expected: []validate.Coding{want("---GOV", "---", "023")}},
			got: []parley.Event{ev("---GOV", "", "023")}, status: validate.Passed},
		{name: "agent without country", rec: validate.Record{Expected: []validate.Coding{want("---GOV", "---", "023")}},
			got: []parley.Event{ev("GOV", "", "023")}, status: validate.Passed},
		{name: "quoted uncoded actor", rec: validate.Record{Expected: []validate.Coding{want(`"THE INJURY TOLL"`, "OSG", "223")}},
			got: []parley.Event{uncoded}, status: validate.Passed},
		{name: "case and spaces", rec: validate.Record{Expected: []validate.Coding{want(" arn ", "gon", " 064 ")}},
			got: []parley.Event{ev("ARN", "GON", "064")}, status: validate.Passed},
		{name: "multilingual code name", rec: validate.Record{Expected: []validate.Coding{want("IGOREL", "COLELI", "140_Engage_in_political_dissent")}},
			got: []parley.Event{ev("IGOREL", "COLELI", "140")}, status: validate.Passed},
		{name: "story discard", rec: validate.Record{Error: "storydiscard"}, discarded: true, status: validate.Passed},
		{name: "discard expected, not discarded", rec: validate.Record{Error: "sentencediscard"}, status: validate.Failed},
		{name: "discard expected, discarded but coded", rec: validate.Record{Error: "sentencediscard"}, discarded: true,
			got: []parley.Event{ev("ARN", "GON", "064")}, status: validate.Failed, extra: "ARN GON 064"},
		{name: "dateline: nothing coded", rec: validate.Record{Error: "dateline"}, status: validate.Passed},
		{name: "dateline: coded", rec: validate.Record{Error: "dateline"},
			got: []parley.Event{ev("PHL", "PHL", "115")}, status: validate.Failed, extra: "PHL PHL 115"},
		{name: "events expected, discarded", rec: validate.Record{Expected: []validate.Coding{want("ARN", "GON", "064")}}, discarded: true,
			status: validate.Failed, missing: "ARN GON 064"},
		{name: "coding error", rec: validate.Record{Expected: []validate.Coding{want("ARN", "GON", "064")}}, err: errors.New("boom"),
			status: validate.Failed, missing: "ARN GON 064"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := validate.Compare(&tt.rec, tt.got, tt.discarded, tt.err)
			if o.Status != tt.status {
				t.Errorf("status = %v, want %v (%+v)", o.Status, tt.status, o)
			}
			if got := join(o.Missing); got != tt.missing {
				t.Errorf("missing = %q, want %q", got, tt.missing)
			}
			if got := join(o.Extra); got != tt.extra {
				t.Errorf("extra = %q, want %q", got, tt.extra)
			}
		})
	}
}

func join(ts []validate.Triple) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.String()
	}
	return strings.Join(s, "; ")
}

const runSuite = `<Validation>
<Environment>
<Verbfile>t.verbs.txt</Verbfile>
<Include>valid DEMO COMPOUND ERROR</Include>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
<Text>Arnor restores ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-02" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
<Text>Arnor rejects Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-03" category="DEMO" sentence="false">
<EventCoding noevents="True"/>
<Text>Not run.</Text>
</Sentence>
<Sentence date="19950101" id="OTHER-01" category="OTHER" sentence="true">
<EventCoding noevents="True"/>
<Text>Not included.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-04" category="DEMO">
<EventCoding noevents="True"/>
<Text>Not marked valid.</Text>
</Sentence>
<Config option="require_dyad" value="false"/>
<Sentence date="19950101" id="COMPOUND-01" category="COMPOUND" sentence="true">
<EventCoding noevents="True"/>
<Text>Nothing happens.</Text>
</Sentence>
<Sentence date="19950101" id="ERROR-02" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"/>
<Text>Bad parse.</Text>
</Sentence>
</Sentences>
</Validation>`

// fakeCode codes by looking the text up in a table.
func fakeCode(table map[string][]parley.Event, seen *[]string) validate.CodeFunc {
	return func(r *validate.Record) ([]parley.Event, bool, error) {
		*seen = append(*seen, r.ID)
		return table[r.Text], false, nil
	}
}

func TestRun(t *testing.T) {
	s, err := validate.Parse([]byte(runSuite), "run.xml")
	if err != nil {
		t.Fatal(err)
	}
	table := map[string][]parley.Event{
		"Arnor restores ties with Gondor.": {ev("ARN", "GON", "064")},
		"Arnor rejects Gondor.":            {ev("ARN", "GON", "120")},
	}
	var seen []string
	res := validate.Run(s, fakeCode(table, &seen), validate.Options{})
	if res.Passed != 2 || res.Failed != 1 || res.Skipped != 4 {
		t.Errorf("passed %d failed %d skipped %d, want 2 1 4", res.Passed, res.Failed, res.Skipped)
	}
	if got := strings.Join(seen, " "); got != "DEMO-01 DEMO-02 COMPOUND-01" {
		t.Errorf("coded %s", got)
	}
	reasons := map[string]string{}
	for _, o := range res.Outcomes {
		if o.Status == validate.Skipped {
			reasons[o.Record.ID] = o.Reason
		}
	}
	for id, want := range map[string]string{
		"DEMO-03":  `sentence="false"`,
		"OTHER-01": "category OTHER not in <Include>",
		"DEMO-04":  "not marked valid",
		"ERROR-02": "parse",
	} {
		if !strings.Contains(reasons[id], want) {
			t.Errorf("%s skipped for %q, want %q", id, reasons[id], want)
		}
	}
	if res.EventsWanted != 2 || res.EventsFound != 1 || res.EventsExtra != 1 {
		t.Errorf("events wanted %d found %d extra %d, want 2 1 1", res.EventsWanted, res.EventsFound, res.EventsExtra)
	}

	var buf bytes.Buffer
	if err := res.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"FAIL DEMO-02 [DEMO] run.xml:11 date 1995-01-01\n",
		"  text:     Arnor rejects Gondor.\n",
		"  expected: ARN GON 064\n",
		"  got:      ARN GON 120\n",
		"  missing:  ARN GON 064\n",
		"  extra:    ARN GON 120\n",
		"DEMO                1      1       2\n",
		"events: 1 of 2 expected coded (recall 50.0%), 1 extra (precision 50.0%)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "DEMO-01") {
		t.Errorf("output lists a passing record:\n%s", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if last := lines[len(lines)-1]; last != "2 passed, 1 failed, 4 skipped" {
		t.Errorf("last line = %q", last)
	}

	cats := res.ByCategory()
	if len(cats) != 4 || cats[0].Category != "COMPOUND" || cats[1] != (validate.CategoryCount{Category: "DEMO", Passed: 1, Failed: 1, Skipped: 2}) {
		t.Errorf("by category = %+v", cats)
	}
}

func TestRunOptions(t *testing.T) {
	s, err := validate.Parse([]byte(runSuite), "run.xml")
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	validate.Run(s, fakeCode(nil, &seen), validate.Options{All: true})
	// All ignores marks and <Include>, but a parse-input check stays out.
	if got := strings.Join(seen, " "); got != "DEMO-01 DEMO-02 DEMO-03 OTHER-01 DEMO-04 COMPOUND-01" {
		t.Errorf("All coded %s", got)
	}
	seen = nil
	validate.Run(s, fakeCode(nil, &seen), validate.Options{Categories: []string{"OTHER"}})
	if got := strings.Join(seen, " "); got != "OTHER-01" {
		t.Errorf("Categories coded %s", got)
	}
	seen = nil
	res := validate.Run(s, fakeCode(nil, &seen), validate.Options{IDs: []string{"DEMO-02", "DEMO-03"}})
	if got := strings.Join(seen, " "); got != "DEMO-02" {
		t.Errorf("IDs coded %s", got)
	}
	if len(res.Outcomes) != 2 || res.Failed != 1 || res.Skipped != 1 {
		t.Errorf("IDs: %d outcomes, %d failed, %d skipped; want 2, 1, 1", len(res.Outcomes), res.Failed, res.Skipped)
	}
}

// fakeCoder reports a discard for texts containing "typhoon" and records
// which coder (require_dyad) coded what.
type fakeCoder struct {
	requireDyad bool
	log         *[]string
}

func (f fakeCoder) Code(a *parley.Article) (*parley.Doc, []parley.Event) {
	*f.log = append(*f.log, a.ID+":"+map[bool]string{true: "dyad", false: "any"}[f.requireDyad]+":"+a.Published.Format("20060102"))
	doc := &parley.Doc{Article: a, Text: a.Text}
	if strings.Contains(a.Text, "typhoon") {
		doc.Diagnose(validate.DiscardStage, parley.Span{}, "discarded")
		return doc, nil
	}
	return doc, []parley.Event{ev("ARN", "GON", "064")}
}

func TestCodeWith(t *testing.T) {
	src := `<Validation><Sentences>
<Sentence date="19950101" id="A"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/><Text>Arnor and Gondor.</Text></Sentence>
<Config option="require_dyad" value="FALSE"/>
<Sentence date="19950102" id="B"><EventCoding error="storydiscard"/><Text>A typhoon hit.</Text></Sentence>
<Sentence date="19950103" id="C"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/><Text>Arnor again.</Text></Sentence>
</Sentences></Validation>`
	s, err := validate.Parse([]byte(src), "c.xml")
	if err != nil {
		t.Fatal(err)
	}
	var log []string
	loads := 0
	code := validate.CodeWith(func(st validate.Settings) (validate.Coder, error) {
		loads++
		return fakeCoder{requireDyad: st.RequireDyad, log: &log}, nil
	})
	res := validate.Run(s, code, validate.Options{})
	if res.Passed != 3 || res.Failed != 0 {
		var buf bytes.Buffer
		res.Write(&buf)
		t.Errorf("passed %d failed %d:\n%s", res.Passed, res.Failed, buf.String())
	}
	if got := strings.Join(log, " "); got != "A:dyad:19950101 B:any:19950102 C:any:19950103" {
		t.Errorf("coded %s", got)
	}
	if loads != 2 {
		t.Errorf("coders loaded %d times, want 2", loads)
	}

	failing := validate.CodeWith(func(validate.Settings) (validate.Coder, error) { return nil, errors.New("no dictionaries") })
	res = validate.Run(s, failing, validate.Options{})
	if res.Failed != 3 || !strings.Contains(res.Outcomes[0].Reason, "no dictionaries") {
		t.Errorf("a coder that fails to load should fail every record: %+v", res.Outcomes[0])
	}
}

func TestSettingsOf(t *testing.T) {
	src := `<Validation><Sentences>
<Sentence date="19950101" id="A"><EventCoding noevents="True"/><Text>Arnor.</Text></Sentence>
<Config option="new_actor_length" value="4"/>
<Config option="require_dyad" value="false"/>
<Sentence date="19950101" id="B"><EventCoding noevents="True"/><Text>Arnor.</Text></Sentence>
<Config option="new_actor_length" value="0"/>
<Sentence date="19950101" id="C"><EventCoding noevents="True"/><Text>Arnor.</Text></Sentence>
</Sentences></Validation>`
	s, err := validate.Parse([]byte(src), "s.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := []validate.Settings{{RequireDyad: true}, {NewActorLength: 4}, {}}
	for i, r := range s.Records {
		if got := validate.SettingsOf(&r); got != want[i] {
			t.Errorf("%s: settings %+v, want %+v", r.ID, got, want[i])
		}
	}
}
