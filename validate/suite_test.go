package validate_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley/validate"
)

// dataDir is the shared validation data, beside the repository.
const dataDir = "../../shared/data/validation"

func suitePath(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(dataDir, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("validation data not available (%s): %v", p, err)
	}
	return p
}

// TestReadSuites reads every suite file in the shared data and checks
// what it holds. The counts differ from a plain grep where the files
// mention <Sentence>, <EventCoding> or <PLEvent> in their header prose.
func TestReadSuites(t *testing.T) {
	tests := []struct {
		file                       string
		records, codings           int
		events, noEvents, errors   int
		plEvents, evaluateFalse    int
		sentenceFalse, validTrue   int
		category                   string
		categoryCount              int
		verbfile                   string
		actorfiles                 int
		include                    string
		warnings                   []string
		firstID, firstText, lastID string
		firstDate                  string
		firstExpected              string
	}{
		{
			file: "petrarch2-unittest/PETR.UnitTest.records.xml", records: 284, codings: 385,
			events: 359, noEvents: 19, errors: 7, sentenceFalse: 5,
			category: "SYNSET", categoryCount: 52,
			verbfile: "PETR.Validate.verbs.txt", actorfiles: 1,
			include: "valid DEMO ACTOR VERB AGENT COMPOUND PARSING PATTERN DATE MODIFY SYNSET ERROR",
			firstID: "DEMO-00", firstDate: "1995-01-01", firstExpected: "ARN GON 064",
			firstText: "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.",
			lastID:    "FINAL-RECORD",
		},
		{
			// 275 <Sentence and 39 <PLEvent by grep: one of each is in the header.
			file: "ud-petrarch-2_02/PETR_Validate_records_2_02.xml", records: 274, codings: 349,
			events: 322, noEvents: 20, errors: 7, plEvents: 38, evaluateFalse: 10,
			category: "COMPOUND", categoryCount: 37,
			verbfile: "PETR_Validate_verbs_2_02.txt", actorfiles: 1,
			include: "DEMO ACTOR VERB AGENT COMPOUND PATTERN DATE MODIFY SYNSET",
			firstID: "DEMO-01", firstDate: "1995-01-01", firstExpected: "ARN GON 050",
			firstText: "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.",
		},
		{
			// 93 <EventCoding by grep: one is "<EventCoding...>" in the header.
			file: "petrarch2-gsr/PETR2_GSR_validation.xml", records: 78, codings: 92,
			events: 80, noEvents: 12,
			category: "AFP", categoryCount: 18,
			verbfile: "CAMEO.2.0.txt", actorfiles: 3,
			include:  "valid AFP TEST GOLD VERB PASSIVE OTHER",
			warnings: []string{"self-closed", "six-digit date", "record without text"},
			firstID:  "AFP0808020625_4", firstDate: "2008-08-04", firstExpected: "USA CHN 042",
			firstText: "The stopover came as the US leader prepared to attend the Beijing Olympics, an event which will test his vow to keep politics out of the Games.",
			lastID:    "github_issue27_4",
		},
		{
			// 406 <Sentence by grep: one is in the header.
			file: "petrarch1-2014/PETR.Validate.records.140226.txt", records: 405, codings: 406,
			events: 406, validTrue: 50,
			category: "PATTERN", categoryCount: 67,
			verbfile: "PETR.Validate.verbs.txt", actorfiles: 1,
			include:  "valid AGENT DEMO",
			warnings: []string{"outside <Text>", "not closed"},
			firstID:  "DATE-01", firstDate: "1995-01-04", firstExpected: "HOBCIV SHRGOV 031",
			firstText: "Sam Gamgee will be renewing his gardener's license in Michel Delving.",
		},
		{
			file: "multilingual/spanish_validation_1018_noaccent.xml", records: 1238, codings: 1565,
			events: 1565, category: "protest", categoryCount: 1238,
			verbfile: "CAMEO.2.0.txt", actorfiles: 3, include: "protest",
			firstID: "AFP_SPA_19940611.0143_6.0", firstDate: "1994-06-11", firstExpected: "IGOREL COLELI 140_Engage_in_political_dissent",
		},
		{
			// The closing </Validation> is missing.
			file: "multilingual/arabic_gsr_validation_18-11-14.xml", records: 645, codings: 645,
			events: 645, category: "ASSAULT", categoryCount: 373,
			verbfile: "CAMEO.ar.0.5.txt", actorfiles: 1, include: "PROTEST ASSAULT",
			firstID: "5b6757616203c433883a1e0b", firstDate: "2008-01-01", firstExpected: "TUN None None None ",
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			s, err := validate.ReadFile(suitePath(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var codings, events, noEvents, errs, pl, evalFalse, sentFalse, validTrue, cat int
			for _, r := range s.Records {
				codings += len(r.Codings)
				events += len(r.Expected)
				if r.NoEvents {
					noEvents++
				}
				if r.Error != "" {
					errs++
				}
				pl += len(r.PLEvents)
				if r.Evaluate == validate.FlagFalse {
					evalFalse++
				}
				if r.Sentence == validate.FlagFalse {
					sentFalse++
				}
				if r.Valid == validate.FlagTrue {
					validTrue++
				}
				if r.Category == tt.category {
					cat++
				}
			}
			check := func(what string, got, want int) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %d, want %d", what, got, want)
				}
			}
			check("records", len(s.Records), tt.records)
			check("codings", codings, tt.codings)
			check("event codings", events, tt.events)
			check("noevents records", noEvents, tt.noEvents)
			check("error records", errs, tt.errors)
			check("PLEvents", pl, tt.plEvents)
			check(`evaluate="false"`, evalFalse, tt.evaluateFalse)
			check(`sentence="false"`, sentFalse, tt.sentenceFalse)
			check(`valid="true"`, validTrue, tt.validTrue)
			check(tt.category+" records", cat, tt.categoryCount)
			env := s.Environment
			if env.Verbfile != tt.verbfile {
				t.Errorf("Verbfile = %q, want %q", env.Verbfile, tt.verbfile)
			}
			check("actor files", len(env.Actorfiles), tt.actorfiles)
			if got := strings.Join(env.Include, " "); got != tt.include {
				t.Errorf("Include = %q, want %q", got, tt.include)
			}
			for _, w := range tt.warnings {
				found := false
				for _, sw := range s.Warnings {
					found = found || strings.Contains(sw.Message, w)
				}
				if !found {
					t.Errorf("no warning about %q in %+v", w, s.Warnings)
				}
			}
			first := s.Records[0]
			if first.ID != tt.firstID {
				t.Errorf("first id = %q, want %q", first.ID, tt.firstID)
			}
			if got := first.Date.Format("2006-01-02"); got != tt.firstDate {
				t.Errorf("first date = %s, want %s", got, tt.firstDate)
			}
			if tt.firstText != "" && first.Text != tt.firstText {
				t.Errorf("first text = %q, want %q", first.Text, tt.firstText)
			}
			if len(first.Expected) == 0 {
				t.Fatalf("first record expects nothing")
			}
			e := first.Expected[0]
			if got := e.Source + " " + e.Target + " " + e.Code; got != tt.firstExpected {
				t.Errorf("first expected = %q, want %q", got, tt.firstExpected)
			}
			if tt.lastID != "" && s.Records[len(s.Records)-1].ID != tt.lastID {
				t.Errorf("last id = %q, want %q", s.Records[len(s.Records)-1].ID, tt.lastID)
			}
			for _, r := range s.Records {
				if strings.ContainsAny(r.Text, "\n\t<>") {
					t.Errorf("%s: text holds markup or line breaks: %q", r.ID, r.Text)
				}
			}
		})
	}
}

// TestSuiteDetails checks records that exercise the reader's quirks.
func TestSuiteDetails(t *testing.T) {
	t.Run("unittest", func(t *testing.T) {
		s, err := validate.ReadFile(suitePath(t, "petrarch2-unittest/PETR.UnitTest.records.xml"))
		if err != nil {
			t.Fatal(err)
		}
		recs := byID(s)
		// date = "..." and id ="..." are written with spaces.
		r := recs["ERROR-01"]
		if r == nil || r.Error != "dateline" || r.Date.Format("20060102") != "20080801" {
			t.Errorf("ERROR-01 = %+v", r)
		}
		if r := recs["COMPOUND-03"]; r == nil || r.RequireDyad() || len(r.Expected) != 3 || r.Expected[2].Source != "---GOV" {
			t.Errorf("COMPOUND-03 should expect 3 events with require_dyad false: %+v", r)
		}
		if r := recs["DEMO-00"]; r == nil || !r.RequireDyad() {
			t.Errorf("DEMO-00 should run with require_dyad true")
		}
		if r := recs["ACTOR-01"]; r == nil || r.Expected[0].Source != `"GRYFFINDOR HEAD MINERVA MCGONAGALL"` {
			t.Errorf("ACTOR-01 quoted source not kept: %+v", r)
		}
		if r := recs["FINAL-RECORD"]; r == nil || !r.NoEvents {
			t.Errorf("FINAL-RECORD should expect no events")
		}
		if got := s.Environment.Options["stop_on_error"]; got != "True" {
			t.Errorf("environment option stop_on_error = %q", got)
		}
		if s.Environment.Discardfile != "PETR.Validate.discards.txt" || s.Environment.Errorfile != "Errors.unit-test.txt" {
			t.Errorf("environment = %+v", s.Environment)
		}
	})
	t.Run("2_02 header comment and PLEvent", func(t *testing.T) {
		s, err := validate.ReadFile(suitePath(t, "ud-petrarch-2_02/PETR_Validate_records_2_02.xml"))
		if err != nil {
			t.Fatal(err)
		}
		recs := byID(s)
		r := recs["COMPOUND-07"]
		if r == nil || len(r.PLEvents) != 1 || !strings.HasPrefix(r.PLEvents[0], `{"event": "050"`) {
			t.Errorf("COMPOUND-07 PLEvent = %+v", r)
		}
		if s.Environment.PICOfile != "PETR_Validate_Internal_Coding_Ontology_1_01.txt" {
			t.Errorf("PICOfile = %q", s.Environment.PICOfile)
		}
	})
	t.Run("gsr", func(t *testing.T) {
		s, err := validate.ReadFile(suitePath(t, "petrarch2-gsr/PETR2_GSR_validation.xml"))
		if err != nil {
			t.Fatal(err)
		}
		recs := byID(s)
		if r := recs["AFP0808020905_1"]; r == nil || r.Date.Format("2006-01-02") != "2012-11-08" {
			t.Errorf("six-digit date: %+v", r)
		}
		if r := recs["TEST_4"]; r == nil || len(r.Expected) != 2 {
			t.Errorf("TEST_4: %+v", r)
		}
		if r := recs["abc12_3"]; r == nil || r.Text != "" {
			t.Errorf("abc12_3 has an empty <Text>: %+v", r)
		}
	})
	t.Run("2014 text outside <Text>", func(t *testing.T) {
		s, err := validate.ReadFile(suitePath(t, "petrarch1-2014/PETR.Validate.records.140226.txt"))
		if err != nil {
			t.Fatal(err)
		}
		recs := byID(s)
		r := recs["PATTERN-32d"]
		if r == nil || r.Text != "Ithilen warned at the United Arab Emirates of the Prince of Dol_Amroth." {
			t.Errorf("PATTERN-32d text = %+v", r)
		}
		// CoreNLP TIMEX debris after the sentence is dropped.
		var conv *validate.Record
		for i := range s.Records {
			if s.Records[i].ID == "CONV-07" {
				conv = &s.Records[i]
				break
			}
		}
		want := "Arnor believes police and security forces can cope with a decrease in vital water from the mighty Entwash river when a major dam is filled next month."
		if conv == nil || conv.Text != want {
			t.Errorf("CONV-07 text = %q, want %q", conv.Text, want)
		}
		if r := recs["AGENT-05"]; r == nil || !r.Skip {
			t.Errorf("AGENT-05 has a <Skip>")
		}
	})
}

func byID(s *validate.Suite) map[string]*validate.Record {
	m := map[string]*validate.Record{}
	for i := range s.Records {
		if _, ok := m[s.Records[i].ID]; !ok {
			m[s.Records[i].ID] = &s.Records[i]
		}
	}
	return m
}

// TestParseLenient checks the reader on small hand-made files.
func TestParseLenient(t *testing.T) {
	src := `<?xml version='1.0'?>
<Validation>
# a header that is not in a comment, naming <EventCoding...> in passing
<!-- a comment naming <Sentence id="X"> and an inner <!-- comment -->
prose left after the inner comment, with a <PLEvent... tag> and -->
<Environment>
	<Verbfile name="v.verbs.txt">
	<Actorfile>a.actors.txt, b.actors.txt</Actorfile>
	<Include categories="valid DEMO"-->
	<Config option="require_dyad" value="True"/>
</Environment>
<Sentences>
<Sentence date = "19950101" id ="DEMO-01" category="DEMO" valid="true"/>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064">
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223">
<PLEvent {"event": "064", "source": [{"code": "ARN"}]}>
<Text>
Arnor &amp; Gondor   restore
  ties.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) <not a tag>
</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="950102" id="DEMO-02" category="DEMO" sentence="false">
<EventCoding noevents = "True"/>
Loose text of
the sentence.
(ROOT (S (NP (NNP Arnor))))
<Sentence id="DEMO-03" category="DEMO">
<EventCoding error="storydiscard"></EventCoding>
<Text>Three.</Text>
<Sentence id="broken"
</Sentences>
`
	s, err := validate.Parse([]byte(src), "mem.xml")
	if err != nil {
		t.Fatal(err)
	}
	env := s.Environment
	if env.Verbfile != "v.verbs.txt" || strings.Join(env.Actorfiles, "|") != "a.actors.txt|b.actors.txt" || strings.Join(env.Include, " ") != "valid DEMO" {
		t.Errorf("environment = %+v", env)
	}
	if len(s.Records) != 3 {
		t.Fatalf("got %d records, want 3: %+v", len(s.Records), s.Records)
	}
	r := s.Records[0]
	if r.ID != "DEMO-01" || r.Text != "Arnor & Gondor restore ties." || r.Valid != validate.FlagTrue || !r.RequireDyad() {
		t.Errorf("record 1 = %+v", r)
	}
	if len(r.Expected) != 2 || r.Expected[1].Source != `"INJURY TOLL"` || len(r.PLEvents) != 1 {
		t.Errorf("record 1 codings = %+v, PLEvents %q", r.Expected, r.PLEvents)
	}
	r = s.Records[1]
	if r.Text != "Loose text of the sentence." || !r.NoEvents || r.Sentence != validate.FlagFalse || r.RequireDyad() {
		t.Errorf("record 2 = %+v", r)
	}
	if want := time.Date(1995, 1, 2, 0, 0, 0, 0, time.UTC); !r.Date.Equal(want) {
		t.Errorf("record 2 date = %v, want %v", r.Date, want)
	}
	r = s.Records[2]
	if r.Error != "storydiscard" || r.Text != "Three." || !r.Date.IsZero() || r.Line != 31 || r.File != "mem.xml" {
		t.Errorf("record 3 = %+v", r)
	}
	var msgs []string
	for _, w := range s.Warnings {
		msgs = append(msgs, w.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"self-closed", "six-digit date", "not closed", "without date", "outside <Text>", "<Sentence is not closed before the next tag"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"unclosed comment", "<Validation>\n<Sentences>\n<!-- never closed\n<Sentence id=\"A\">", 3, "comment"},
		{"unclosed tag", "<Validation>\n<Sentence id=\"A\"\n", 2, "never closed"},
		{"no records", "<Validation>\n<Environment></Environment>\n</Validation>\n", 0, "no <Sentence> records"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := validate.Parse([]byte(tt.src), "bad.xml")
			var pe *validate.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.File != "bad.xml" || pe.Line != tt.line || !strings.Contains(pe.Error(), tt.msg) {
				t.Errorf("err = %v (line %d), want line %d and %q", err, pe.Line, tt.line, tt.msg)
			}
		})
	}
}
