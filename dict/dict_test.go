package dict_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley/dict"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func load(t *testing.T, f dict.Format, text string) *dict.Dictionary {
	t.Helper()
	d := dict.New(nil)
	if err := d.Load("test."+string(f), f, strings.NewReader(text), false); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestActorRolesByDate(t *testing.T) {
	d := load(t, dict.FormatActors, `
DONALD_TRUMP_  # two terms
+TRUMP_
	[USAGOV 20170120-20210120]
	[USAGOV >20250120]
	[USAELI]
ARNOR_ [ARN]
OLD_KING [XYZGOV <950101] [XYZELI]
`)
	if len(d.Problems) != 0 {
		t.Fatalf("problems: %v", d.Problems)
	}
	byName := map[string]*dict.Actor{}
	for _, a := range d.Actors {
		byName[a.Name] = a
	}
	tests := []struct {
		actor, date, want string
	}{
		{"DONALD_TRUMP_", "2018-06-01", "USAGOV"},
		{"DONALD_TRUMP_", "2022-06-01", "USAELI"},
		{"DONALD_TRUMP_", "2025-05-11", "USAGOV"},
		{"DONALD_TRUMP_", "2025-01-20", "USAGOV"},
		{"ARNOR_", "2025-05-11", "ARN"},
		{"OLD_KING", "1994-12-31", "XYZGOV"},
		{"OLD_KING", "1995-01-01", "XYZELI"},
	}
	for _, tt := range tests {
		if got := byName[tt.actor].CodeAt(day(tt.date)); got != tt.want {
			t.Errorf("%s on %s = %q, want %q", tt.actor, tt.date, got, tt.want)
		}
	}
}

func TestMalformedEntriesAreReported(t *testing.T) {
	d := load(t, dict.FormatActors, "GOOD_ [AAA]\nNOCODE_\n\t[BBB 2020-01-01]\nNEXT_ [CCC]\n")
	if len(d.Problems) == 0 {
		t.Fatal("want problems for the bad date, got none")
	}
	p := d.Problems[0]
	if p.Line != 3 || !strings.Contains(p.String(), "test.actors:3") {
		t.Errorf("problem = %v, want it at line 3", p)
	}
	if len(d.Actors) != 2 {
		t.Errorf("loaded %d actors, want the 2 good ones", len(d.Actors))
	}
}

func TestActsInCountries(t *testing.T) {
	d := load(t, dict.FormatActors, "AL-SHABAAB_\n\t[SOMREB]\n\t[ACTS KEN ETH]\nBAD_ [AAAREB]\n\t[ACTS KENYA]\n")
	if len(d.Actors) != 2 {
		t.Fatalf("loaded %d actors, want 2", len(d.Actors))
	}
	if a := d.Actors[0]; a.Default != "SOMREB" || strings.Join(a.ActsIn, " ") != "KEN ETH" {
		t.Errorf("al-Shabaab: default %q, acts in %v; want SOMREB, [KEN ETH]", a.Default, a.ActsIn)
	}
	if len(d.Problems) != 1 || !strings.Contains(d.Problems[0].String(), "KENYA") {
		t.Errorf("problems = %v, want one naming KENYA", d.Problems)
	}
}

func TestAgents(t *testing.T) {
	d := load(t, dict.FormatAgents, `
!PERSON! = MAN, WOMAN
POLICE {} [~COP]
SPOKES!PERSON! [~GOV]
FOREIGN_MINISTER [~GOV]
HUMAN_RIGHTS_GROUP [NGO~]
BAD LINE
`)
	if len(d.Problems) != 1 || d.Problems[0].Line != 7 {
		t.Errorf("problems = %v, want one at line 7", d.Problems)
	}
	words := func(s string) dict.Words {
		f := strings.Fields(strings.ToLower(s))
		return dict.Words{Norm: f, Text: f, Lemma: f}
	}
	for _, tt := range []struct{ text, code string }{
		{"police", "COP"}, {"spokeswoman", "GOV"}, {"foreign ministers", "GOV"}, {"human rights groups", "NGO"},
	} {
		g, n := d.LongestAgent(words(tt.text), 0)
		if g == nil || g.Code != tt.code || n != len(strings.Fields(tt.text)) {
			t.Errorf("agent %q = %+v (%d words), want %s", tt.text, g, n, tt.code)
		}
	}
}

func TestVerbPatterns(t *testing.T) {
	d := load(t, dict.FormatVerbs, `
&TALKS
+TALKS
+PEACE_TALKS

--- MEET [040] ---
MEET {MEETS MET MEETING}
+MEET_WITH
- * FOR &TALKS [046]
- $ * + IN_VISIT [042:043]
- * [---]
- * NO STAR HERE
--- NULL_BLOCK ###
NOTHING
`)
	if len(d.Problems) != 1 {
		t.Fatalf("problems = %v, want 1 (the pattern with no code)", d.Problems)
	}
	if vs := d.Verbs.Lookup("nothing"); len(vs) != 1 || vs[0].Code != "" {
		t.Errorf("a header without a code is a null block: %+v", vs)
	}
	vs := d.Verbs.Lookup("met")
	if len(vs) != 1 || vs[0].Code != "040" {
		t.Fatalf("lookup met = %+v", vs)
	}
	b := vs[0].Block
	if len(b.Patterns) != 3 {
		t.Fatalf("patterns = %d, want 3", len(b.Patterns))
	}
	p := b.Patterns[1]
	if p.Code != "042" || p.Pair != "043" || len(p.Left) != 1 || len(p.Right) != 3 || !p.Right[2].Adjacent {
		t.Errorf("pattern 2 = %+v", p)
	}
	if got := d.Verbs.Synsets["TALKS"]; len(got) != 2 || strings.Join(got[1], " ") != "peace talks" {
		t.Errorf("synset = %v", got)
	}
	if mw := d.Verbs.Lookup("meet"); len(mw) != 2 {
		t.Errorf("meet has %d verbs, want 2 (MEET, MEET_WITH)", len(mw))
	}
}

func TestCountryTable(t *testing.T) {
	d := load(t, dict.FormatCountries, "UKR\tname\tUkraine\nUSA\tname\tUnited States|US\nRUSGOV\tmetonym\tKremlin\nXX\tname\tBad\n")
	if len(d.Problems) != 1 {
		t.Fatalf("problems = %v", d.Problems)
	}
	w := func(s ...string) dict.Words {
		n := make([]string, len(s))
		for i := range s {
			n[i] = dict.Normalize(s[i])
		}
		return dict.Words{Norm: n, Text: s, Lemma: n}
	}
	if a, n := d.LongestActor(w("United", "States", "said"), 0); a == nil || n != 2 || a.Default != "USA" {
		t.Errorf("United States = %+v %d", a, n)
	}
	if a, _ := d.LongestActor(w("us"), 0); a != nil {
		t.Errorf("lower-case 'us' matched %+v", a)
	}
	if a, _ := d.LongestActor(w("kremlin"), 0); a != nil {
		t.Errorf("lower-case kremlin matched %+v: actors need a capital", a)
	}
	if a, _ := d.LongestActor(w("Kremlin"), 0); a == nil || a.Kind != dict.KindMetonym {
		t.Errorf("Kremlin = %+v", a)
	}
}

func TestPetrarch2Patterns(t *testing.T) {
	d := load(t, dict.FormatVerbs, `
&TREATY_
+TREATY
+PEACE_ACCORD

---  RAISE   [---]  ---
RAISE {RAISES RAISING RAISED }
+CALL_OFF [160]
- * POSSIBILITY (OF {PEACE TALKS})                    [036]         # RAISE
- * (FROM ^) (TO +)                                   [061]
- * {AIR_STRIKE}                                      [013]
- &MILITARY *                                         [154]
- * {&TREATY ZONE} (WITH)                             [057:057]
- *_LAWS                                              [---]
- * VENTURE (WITH VISIT)    VISIT)[042:043]
- * DOWN (FROM (THE CITY))                            [080]
- * {FROM (THE CITY})                                  [080]
- (ON *)                                              [080]
- * {UNCLOSED                                         [080]

~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK ) WANT
`)
	type want struct {
		left, right string
		code, pair  string
	}
	elems := func(es []dict.Elem) string {
		var out []string
		for _, e := range es {
			s := e.Word
			switch e.Kind {
			case dict.ElemSynset:
				s = "&" + s
			case dict.ElemSource:
				s = "$"
			case dict.ElemTarget:
				s = "+"
			case dict.ElemSkip:
				s = "^"
			}
			if e.Adjacent {
				s = "_" + s
			}
			out = append(out, s)
		}
		return strings.Join(out, " ")
	}
	wants := []want{
		{"", "possibility of peace talks", "036", ""},
		{"", "from ^ to +", "061", ""},
		{"", "air _strike", "013", ""},
		{"&MILITARY", "", "154", ""},
		{"", "&TREATY zone with", "057", "057"},
		{"", "_laws", "", ""},
	}
	b := d.Verbs.Blocks[0]
	if len(b.Patterns) != len(wants) {
		t.Fatalf("got %d patterns, want %d", len(b.Patterns), len(wants))
	}
	for i, w := range wants {
		p := b.Patterns[i]
		if l, r := elems(p.Left), elems(p.Right); l != w.left || r != w.right || p.Code != w.code || p.Pair != w.pair {
			t.Errorf("pattern %q = left %q right %q [%s:%s], want %q %q [%s:%s]", p.Raw, l, r, p.Code, p.Pair, w.left, w.right, w.code, w.pair)
		}
	}
	// The malformed patterns and the transformation without "=" are
	// reported at their lines; the synset used but not defined (&MILITARY)
	// is CheckSynsets' business.
	var lines []int
	for _, p := range d.Problems {
		lines = append(lines, p.Line)
	}
	if got, want := fmt.Sprint(lines), "[15 16 17 18 19 22]"; got != want {
		t.Errorf("problems at lines %s, want %s: %v", got, want, d.Problems)
	}
	if len(d.Verbs.Transformations) != 1 || d.Verbs.Transformations[0].Match != "a (a b ATTACK) SAY" || d.Verbs.Transformations[0].Result != "a b 015" {
		t.Errorf("transformations = %+v", d.Verbs.Transformations)
	}
	if vs := d.Verbs.Lookup("~"); len(vs) != 0 {
		t.Errorf("a transformation was read as a verb: %+v", vs)
	}
}

// TestPetrarch1BracesStayPetrarch1 checks that a PETRARCH-1 file is not
// read as PETRARCH-2 for a stray brace or a "{ A | B }" alternative.
func TestPetrarch1BracesStayPetrarch1(t *testing.T) {
	d := load(t, dict.FormatVerbs, `
--- FIRE [---] ---
FIRE
- * TO_HIMSELF IN PROTEST } [---]
- INCHING { CLOSER | NEARER } *  [083]
`)
	p := d.Verbs.Blocks[0].Patterns
	if len(p) != 2 || len(p[0].Right) != 5 {
		t.Fatalf("patterns = %+v, problems %v", p, d.Problems)
	}
}

// TestDatedRolesMakePersonsOnlyInLeaderFiles checks that an entry with
// dated roles reads as a person in a leaders file, as PETRARCH has it, but
// not in a file of organisations or parties, where dated roles record a
// body's changing status (a paramilitary turned rebel).
func TestDatedRolesMakePersonsOnlyInLeaderFiles(t *testing.T) {
	entry := "RAPID_SUPPORT_FORCES_\n\t[SDNMIL <20230415]\n\t[SDNREB >20230415]\n"
	for _, tt := range []struct {
		file   string
		person bool
	}{
		{"leaders.actors.txt", true},
		{"organizations.actors.txt", false},
		{"parties.actors.txt", false},
		{"Phoenix.MilNonState.actors.txt", false},
	} {
		d := dict.New(nil)
		if err := d.Load(tt.file, dict.FormatActors, strings.NewReader(entry), false); err != nil {
			t.Fatal(err)
		}
		if len(d.Actors) != 1 || d.Actors[0].Person != tt.person {
			t.Errorf("%s: person = %v, want %v", tt.file, len(d.Actors) == 1 && d.Actors[0].Person, tt.person)
		}
	}
}

// TestPastForm checks the regular pasts of dictionary verbs: a doubled
// consonant is dropped ("banned"), a different one is not ("banged").
func TestPastForm(t *testing.T) {
	d := load(t, dict.FormatVerbs, `
--- BAN [172] ---
BAN
--- SHELL [194] ---
SHELL
`)
	for word, want := range map[string]string{"banned": "ban", "shelled": "shell", "banged": "", "bannered": ""} {
		got, ok := d.Verbs.PastForm(word)
		if got != want || ok != (want != "") {
			t.Errorf("PastForm(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

// TestBaseForm checks the participles and third-person forms of dictionary
// verbs the rule lemmatizer may miss.
func TestBaseForm(t *testing.T) {
	d := load(t, dict.FormatVerbs, `
--- CONVENE [---] ---
CONVENE
--- BOYCOTT [143] ---
BOYCOTT
--- WAGE [---] ---
WAGE
--- PARODY [---] ---
PARODY
`)
	for word, want := range map[string]string{
		"convening": "convene", "boycotting": "boycott", "boycotted": "boycott", "wages": "wage",
		"parodies": "parody", "convened": "convene", "singing": "", "wags": "",
	} {
		got, ok := d.Verbs.BaseForm(word)
		if got != want || ok != (want != "") {
			t.Errorf("BaseForm(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}
