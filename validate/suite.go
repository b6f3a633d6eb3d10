package validate

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// Suite is a PETRARCH-family validation file: the dictionaries and options
// its expected codings depend on, and its test records in file order.
type Suite struct {
	// Path is the file the suite was read from (or the name given to Read).
	Path        string
	Environment Environment
	Records     []Record
	// Warnings are the departures from XML that were tolerated, with the
	// line of their first occurrence.
	Warnings []Warning
}

// Environment is a suite's <Environment>: the dictionary files its expected
// codings were made with, the categories to run and the options.
type Environment struct {
	Verbfile string
	// Actorfiles lists the actor dictionaries; <Actorfile> may name several,
	// separated by commas.
	Actorfiles  []string
	Agentfile   string
	Discardfile string
	Issuefile   string
	// PICOfile is UD-PETRARCH's internal coding ontology, which parley does
	// not use.
	PICOfile string
	// Errorfile is where PETRARCH wrote its error log (an output).
	Errorfile string
	// Include lists the categories to evaluate. The pseudo-category "valid"
	// asks for records explicitly marked true (sentence, evaluate or valid).
	Include []string
	// Options are the <Config option=... value=...> settings given in the
	// environment.
	Options map[string]string
	// Other holds any other element of the environment by name (Pause,
	// P1Verbfile...).
	Other map[string]string
	Line  int
}

// Flag is a record attribute that may be absent, true or false.
type Flag uint8

// Flag values.
const (
	FlagUnset Flag = iota
	FlagTrue
	FlagFalse
)

// String returns "true", "false" or "".
func (f Flag) String() string {
	switch f {
	case FlagTrue:
		return "true"
	case FlagFalse:
		return "false"
	}
	return ""
}

func parseFlag(s string) Flag {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "1":
		return FlagTrue
	case "false", "no", "0":
		return FlagFalse
	}
	return FlagUnset
}

// Coding is one <EventCoding> element: an expected event, or the
// expectation that nothing is coded (NoEvents) or that the coder raises a
// condition (Error: storydiscard, sentencediscard, bad_input_parse,
// dateline).
type Coding struct {
	// Source and Target are actor codes; a quoted code ("INJURY TOLL")
	// is the text of an actor that should stay uncoded. An empty Target
	// is read as "---" (no target).
	Source, Target string
	// Code is the event code as written ("064", "032", or
	// "140_Engage_in_political_dissent" in the multilingual files).
	Code     string
	NoEvents bool
	Error    string
	// PLOVER and EID are the multilingual files' PLOVER type and event id.
	PLOVER, EID string
	Line        int
}

// IsEvent reports whether the coding expects an event.
func (c Coding) IsEvent() bool { return !c.NoEvents && c.Error == "" }

// String formats an event coding as "SRC TGT CODE".
func (c Coding) String() string {
	switch {
	case c.NoEvents:
		return "(no events)"
	case c.Error != "":
		return "(error " + c.Error + ")"
	}
	t := c.Target
	if t == "" {
		t = "---"
	}
	return c.Source + " " + t + " " + c.Code
}

// Record is one <Sentence> test record.
type Record struct {
	ID       string
	Category string
	// Date is the record's date (the article date actors are resolved at);
	// zero when the attribute is missing or unreadable.
	Date     time.Time
	DateText string
	// Sentence, Evaluate and Valid are the record's marks: a false one
	// takes the record out of the run.
	Sentence, Evaluate, Valid Flag
	// Text is the sentence with its line breaks and runs of spaces made
	// single spaces, entities decoded.
	Text string
	// Expected are the event codings the record expects, in file order.
	Expected []Coding
	// NoEvents is set when the record expects nothing to be coded.
	NoEvents bool
	// Error is the condition the record expects the coder to raise
	// ("storydiscard", "sentencediscard", "bad_input_parse", "dateline").
	Error string
	// Codings are all its <EventCoding> elements as read.
	Codings []Coding
	// Skip marks a TABARI-era <Skip> element in the record.
	Skip bool
	// PLEvents are the raw {json} of UD-PETRARCH's <PLEvent> lines.
	PLEvents []string
	// Options are the <Config> settings in force for the record: the
	// environment's, then each <Config> met before the record's end.
	Options map[string]string
	// File and Line give where the record starts.
	File string
	Line int
}

// Option returns a <Config> option in force for the record.
func (r *Record) Option(name string) (string, bool) {
	v, ok := r.Options[strings.ToLower(name)]
	return v, ok
}

// RequireDyad reports PETRARCH's require_dyad option for the record: true
// unless a <Config option="require_dyad" value="false"> is in force.
// Without a dyad requirement, events with no target are expected with
// target "---".
func (r *Record) RequireDyad() bool {
	v, ok := r.Option("require_dyad")
	return !ok || parseFlag(v) != FlagFalse
}

// Warning is a tolerated departure from well-formed XML.
type Warning struct {
	Line int
	// Count is how many times the same problem occurred.
	Count   int
	Message string
}

// ParseError is a suite file that cannot be read, with its position.
type ParseError struct {
	File string
	Line int
	Msg  string
}

// Error formats the error as "file:line: message".
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// ReadFile reads a validation suite file.
func ReadFile(path string) (*Suite, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read validation suite: %w", err)
	}
	return Parse(b, path)
}

// Read reads a validation suite; name is used in messages.
func Read(r io.Reader, name string) (*Suite, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read validation suite %s: %w", name, err)
	}
	return Parse(b, name)
}

// Parse reads a validation suite from its bytes; name is used in messages.
//
// The reader is lenient, since several suites are not well-formed XML: it
// accepts unclosed <Sentence>, <EventCoding>, <Text>, <Parse> and
// environment elements, <Sentence .../> tags that are self-closed but
// followed by their content, stray tags and text outside records, prose
// outside comments, unquoted or spaced attributes, and sentence text that
// is not inside <Text> (the 2014 suite). It fails on an unclosed comment or
// tag, which would hide records, and on a file without records.
func Parse(src []byte, name string) (*Suite, error) {
	b := &builder{
		s:       &Suite{Path: name, Environment: Environment{Options: map[string]string{}, Other: map[string]string{}}},
		options: map[string]string{},
		warns:   map[string]*Warning{},
	}
	lx := newLexer(src)
	for {
		t, ok := lx.next()
		if !ok {
			break
		}
		b.token(t)
	}
	if lx.err != nil {
		return nil, &ParseError{File: name, Line: lx.err.line, Msg: lx.err.msg}
	}
	for _, w := range lx.warns {
		b.warn(w.line, w.msg)
	}
	b.endRecord(lx.line, "end of file")
	b.endEnvElement()
	if len(b.s.Records) == 0 {
		return nil, &ParseError{File: name, Msg: "no <Sentence> records found"}
	}
	for _, w := range b.warns {
		b.s.Warnings = append(b.s.Warnings, *w)
	}
	sort.Slice(b.s.Warnings, func(i, j int) bool { return b.s.Warnings[i].Line < b.s.Warnings[j].Line })
	return b.s, nil
}

// builder turns tokens into a Suite.
type builder struct {
	s *Suite
	// options are the <Config> settings met so far.
	options map[string]string
	warns   map[string]*Warning

	inEnv   bool
	envElem *token // the open environment element
	envText strings.Builder

	rec    *Record
	inText bool
	text   strings.Builder
	hasTxt bool // a <Text> element was seen
	// loose collects character data directly inside the record (the 2014
	// suite puts the sentence there); looseDone stops it at the parse.
	loose     strings.Builder
	looseDone bool
}

func (b *builder) warn(line int, msg string) {
	if w, ok := b.warns[msg]; ok {
		w.Count++
		return
	}
	b.warns[msg] = &Warning{Line: line, Count: 1, Message: msg}
}

func (b *builder) token(t token) {
	if b.inEnv {
		b.envToken(t)
		return
	}
	if b.rec != nil {
		b.recordToken(t)
		return
	}
	if t.kind != tokStart {
		return // prose, stray end tags and comments' leftovers between records
	}
	switch t.name {
	case "Environment":
		b.inEnv = true
		b.s.Environment.Line = t.line
	case "Sentence":
		b.startRecord(t)
	case "Config":
		b.config(t)
	}
}

// envToken handles a token inside <Environment>. Its elements may be
// closed (<Verbfile>x</Verbfile>) or not (<Verbfile name="x">).
func (b *builder) envToken(t token) {
	switch t.kind {
	case tokText:
		if b.envElem != nil {
			b.envText.WriteString(t.text)
		}
	case tokEnd:
		if t.name == "Environment" {
			b.endEnvElement()
			b.inEnv = false
			return
		}
		if b.envElem != nil && t.name == b.envElem.name {
			b.endEnvElement()
		}
	case tokStart:
		b.endEnvElement()
		switch t.name {
		case "Sentence", "Sentences", "Validation":
			b.warn(t.line, "<Environment> is not closed")
			b.inEnv = false
			b.token(t)
			return
		case "Config":
			b.config(t)
			if k, ok := t.attr("option"); ok {
				v, _ := t.attr("value")
				b.s.Environment.Options[strings.ToLower(k)] = v
			}
			return
		}
		tt := t
		b.envElem = &tt
		if t.selfClose {
			b.endEnvElement()
		}
	}
}

// endEnvElement files the open environment element. Its value is its text,
// or else its name= or categories= attribute (the 2014 suite's form).
func (b *builder) endEnvElement() {
	t := b.envElem
	if t == nil {
		return
	}
	b.envElem = nil
	v := strings.TrimSpace(b.envText.String())
	b.envText.Reset()
	if v == "" {
		for _, a := range []string{"name", "categories", "value"} {
			if x, ok := t.attr(a); ok {
				v = strings.TrimSpace(x)
				break
			}
		}
	}
	env := &b.s.Environment
	switch strings.ToLower(t.name) {
	case "verbfile":
		env.Verbfile = v
	case "actorfile":
		for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' }) {
			env.Actorfiles = append(env.Actorfiles, f)
		}
	case "agentfile":
		env.Agentfile = v
	case "discardfile":
		env.Discardfile = v
	case "issuefile":
		env.Issuefile = v
	case "picofile":
		env.PICOfile = v
	case "errorfile":
		env.Errorfile = v
	case "include":
		env.Include = append(env.Include, strings.Fields(v)...)
	default:
		env.Other[t.name] = v
	}
}

func (b *builder) config(t token) {
	k, ok := t.attr("option")
	if !ok {
		b.warn(t.line, "<Config> without option= ignored")
		return
	}
	v, _ := t.attr("value")
	b.options[strings.ToLower(k)] = v
}

func (b *builder) startRecord(t token) {
	if t.selfClose {
		b.warn(t.line, "<Sentence .../> is self-closed but followed by its content and </Sentence>: read as an open tag")
	}
	r := &Record{File: b.s.Path, Line: t.line}
	r.ID, _ = t.attr("id")
	r.ID = strings.TrimSpace(r.ID)
	if r.ID == "" {
		r.ID = fmt.Sprintf("line-%d", t.line)
		b.warn(t.line, "<Sentence> without id: named by its line")
	}
	r.Category, _ = t.attr("category")
	r.Category = strings.TrimSpace(r.Category)
	if v, ok := t.attr("sentence"); ok {
		r.Sentence = parseFlag(v)
	}
	if v, ok := t.attr("evaluate"); ok {
		r.Evaluate = parseFlag(v)
	}
	if v, ok := t.attr("valid"); ok {
		r.Valid = parseFlag(v)
	}
	r.DateText, _ = t.attr("date")
	r.DateText = strings.TrimSpace(r.DateText)
	r.Date = b.parseDate(r.DateText, t.line)
	b.rec = r
	b.inText, b.hasTxt, b.looseDone = false, false, false
	b.text.Reset()
	b.loose.Reset()
}

// parseDate reads YYYYMMDD, or the TABARI-era YYMMDD (years 69-99 are
// 19xx, 00-68 20xx, as Go's and POSIX's two-digit years go).
func (b *builder) parseDate(s string, line int) time.Time {
	if s == "" {
		b.warn(line, "<Sentence> without date")
		return time.Time{}
	}
	if len(s) == 8 {
		if d, err := time.Parse("20060102", s); err == nil {
			return d
		}
	}
	if len(s) == 6 {
		if d, err := time.Parse("060102", s); err == nil {
			b.warn(line, fmt.Sprintf("six-digit date %q read as YYMMDD %s", s, d.Format("2006-01-02")))
			return d
		}
	}
	b.warn(line, fmt.Sprintf("unreadable date %q (want YYYYMMDD): record has no date", s))
	return time.Time{}
}

func (b *builder) recordToken(t token) {
	r := b.rec
	switch t.kind {
	case tokText:
		if b.inText {
			b.text.WriteString(t.text)
			return
		}
		b.addLoose(t.text, false)
	case tokRaw:
		// The <Parse> content: parley does its own parsing.
	case tokEnd:
		switch t.name {
		case "EventCoding", "Config", "Skip", "PLEvent", "Parse":
		case "Text":
			b.inText = false
		case "Sentence":
			b.endRecord(t.line, "")
		case "Sentences", "Validation":
			b.endRecord(t.line, "</"+t.name+">")
		default:
			b.addLoose("", true)
		}
	case tokStart:
		switch t.name {
		case "Sentence":
			b.endRecord(t.line, "the next <Sentence>")
			b.startRecord(t)
		case "EventCoding":
			b.coding(t)
		case "Text":
			b.inText, b.hasTxt = !t.selfClose, true
		case "Parse":
			b.inText = false
			b.looseDone = true
		case "Config":
			b.config(t)
		case "Skip":
			r.Skip = true
		case "PLEvent":
			r.PLEvents = append(r.PLEvents, t.raw)
		case "Sentences", "Validation":
			b.endRecord(t.line, "<"+t.name+">")
		default:
			// Other markup (<EventText>, <Location>, TIMEX debris) ends
			// any loose sentence text.
			b.addLoose("", true)
		}
	}
}

// addLoose collects sentence text written directly inside <Sentence> (the
// 2014 suite): everything up to the first line that starts a parse tree
// "(", or up to a tag that is not a record element, dropping the line such
// a tag cuts in two (CoreNLP TIMEX debris).
func (b *builder) addLoose(s string, tagFollows bool) {
	if b.looseDone {
		return
	}
	if tagFollows {
		if strings.TrimSpace(b.loose.String()) != "" {
			cur := b.loose.String()
			b.loose.Reset()
			b.loose.WriteString(cur[:strings.LastIndexByte(cur, '\n')+1])
			b.looseDone = true
		}
		return
	}
	b.loose.WriteString(s)
	cur := b.loose.String()
	for i := 0; i < len(cur); {
		j := strings.IndexByte(cur[i:], '\n')
		line := cur[i:]
		if j >= 0 {
			line = cur[i : i+j]
		}
		if strings.HasPrefix(strings.TrimSpace(line), "(") {
			b.loose.Reset()
			b.loose.WriteString(cur[:i])
			b.looseDone = true
			return
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
}

func (b *builder) coding(t token) {
	c := Coding{Line: t.line}
	c.Source, _ = t.attr("sourcecode")
	c.Target, _ = t.attr("targetcode")
	c.Code, _ = t.attr("eventcode")
	c.PLOVER, _ = t.attr("plover")
	c.EID, _ = t.attr("eid")
	c.Source, c.Target, c.Code = strings.TrimSpace(c.Source), strings.TrimSpace(c.Target), strings.TrimSpace(c.Code)
	if v, ok := t.attr("noevents"); ok && parseFlag(v) == FlagTrue {
		c.NoEvents = true
	}
	if v, ok := t.attr("error"); ok {
		c.Error = strings.TrimSpace(v)
	}
	r := b.rec
	r.Codings = append(r.Codings, c)
	switch {
	case c.NoEvents:
		r.NoEvents = true
	case c.Error != "":
		if r.Error != "" && r.Error != c.Error {
			b.warn(t.line, "record expects two different errors: the first is used")
		} else {
			r.Error = c.Error
		}
	case c.Source == "" && c.Code == "" && c.PLOVER == "":
		b.warn(t.line, "<EventCoding> with no codes ignored")
		r.Codings = r.Codings[:len(r.Codings)-1]
	default:
		r.Expected = append(r.Expected, c)
	}
}

// endRecord files the open record; why names what closed it when it was
// not its own </Sentence>.
func (b *builder) endRecord(line int, why string) {
	r := b.rec
	if r == nil {
		return
	}
	b.rec = nil
	if why != "" {
		b.warn(r.Line, "<Sentence> not closed (ended by "+why+")")
	}
	if b.hasTxt {
		r.Text = collapse(b.text.String())
	} else {
		r.Text = collapse(b.loose.String())
		if r.Text != "" {
			b.warn(r.Line, "sentence text outside <Text>: read up to its parse tree")
		}
	}
	if r.Text == "" {
		b.warn(r.Line, "record without text")
	}
	if r.NoEvents && len(r.Expected) > 0 {
		b.warn(r.Line, `record has both noevents="True" and expected events: the events are used`)
		r.NoEvents = false
	}
	r.Options = make(map[string]string, len(b.options))
	for k, v := range b.options {
		r.Options[k] = v
	}
	b.s.Records = append(b.s.Records, *r)
}

// collapse makes every run of white space one space and trims the ends.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
