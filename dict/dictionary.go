package dict

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Splitter turns a dictionary phrase into words the way the tokenizer splits
// text, so that "Ben-Gvir" or "U.S." match the tokens of an article. A
// chunk of ASCII letters between spaces must split the same way wherever it
// stands in a phrase: the dictionary splits such chunks once and reuses the
// result (most phrases are plain words; the Phoenix set has ~60,000 such
// chunks, ~38,000 of them distinct).
type Splitter func(phrase string) []string

// Dictionary holds every entry loaded, indexed for matching on words.
type Dictionary struct {
	Actors   []*Actor
	Agents   []*Agent
	Discards []*Discard
	Verbs    *VerbDict
	// Nouns holds event nouns ("visit", "invasion") in the verb format:
	// their patterns must name the source ($) or find it next to the noun.
	Nouns *VerbDict
	// Problems lists malformed entries met while loading.
	Problems []Problem

	split Splitter
	// words caches the split of plain-letter chunks.
	words    map[string][]string
	actors   map[string][]match
	agents   map[string][]match
	discards map[string][]*Discard
	// unsorted holds the index keys with more than one phrase that got
	// phrases since the last sort.
	unsorted map[unsortedKey]struct{}
}

// unsortedKey is a key of the actor (agent false) or agent index.
type unsortedKey struct {
	agent bool
	key   string
}

// match is one phrase of an actor or agent, filed under its first word.
type match struct {
	phrase
	actor *Actor
	agent *Agent
}

// New returns an empty dictionary whose phrases are split by split.
func New(split Splitter) *Dictionary {
	if split == nil {
		split = strings.Fields
	}
	return &Dictionary{
		split:    split,
		words:    map[string][]string{},
		unsorted: map[unsortedKey]struct{}{},
		actors:   map[string][]match{},
		agents:   map[string][]match{},
		discards: map[string][]*Discard{},
		Verbs:    newVerbDict(),
		Nouns:    newVerbDict(),
	}
}

// Format names a dictionary file format.
type Format string

// Dictionary formats. Detect chooses one from a file's name.
const (
	FormatCountries Format = "countries"
	FormatActors    Format = "actors"
	FormatAgents    Format = "agents"
	FormatVerbs     Format = "verbs"
	FormatNouns     Format = "nouns"
	FormatDiscards  Format = "discards"
	FormatIssues    Format = "issues"
)

// Detect guesses a dictionary file's format from its name, as PETRARCH's
// file names go (Phoenix.Countries.actors.txt, PETR.Validate.verbs.txt,
// CAMEO.2.0.txt). It returns "" when the name says nothing.
func Detect(name string) Format {
	n := strings.ToLower(path.Base(filepath.ToSlash(name)))
	switch {
	case n == "countries.txt":
		return FormatCountries
	case strings.Contains(n, "agent"):
		return FormatAgents
	case strings.Contains(n, "actor"):
		return FormatActors
	case strings.Contains(n, "noun"):
		return FormatNouns
	case strings.Contains(n, "verb") || strings.HasPrefix(n, "cameo."):
		return FormatVerbs
	case strings.Contains(n, "discard"):
		return FormatDiscards
	case strings.Contains(n, "issue"):
		return FormatIssues
	}
	return ""
}

// LoadFS loads every dictionary file of fsys below root whose format Detect
// recognises; strict makes phrases whole-word (parley's own files).
func (d *Dictionary) LoadFS(fsys fs.FS, root string, strict bool) error {
	return fs.WalkDir(fsys, root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() || Detect(p) == "" || strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".go") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return d.Load(p, Detect(p), bytes.NewReader(b), strict)
	})
}

// LoadPath loads a dictionary file, or every recognised file in a directory.
func (d *Dictionary) LoadPath(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return err
	}
	if st.IsDir() {
		return d.LoadFS(os.DirFS(p), ".", false)
	}
	f := Detect(p)
	if f == "" {
		return fmt.Errorf("%s: cannot tell the dictionary format from the file name (want *actors*, *agents*, *verbs*, *discards* or countries.txt)", p)
	}
	r, err := os.Open(p)
	if err != nil {
		return err
	}
	defer r.Close()
	return d.Load(p, f, r, false)
}

// Load reads one dictionary file in the given format. Malformed entries are
// added to d.Problems; only a read error is returned.
func (d *Dictionary) Load(name string, f Format, r io.Reader, strict bool) error {
	lines, err := readLines(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	switch f {
	case FormatCountries:
		d.loadCountries(name, lines)
	case FormatActors:
		d.loadActors(name, lines, strict)
	case FormatAgents:
		d.loadAgents(name, lines, strict)
	case FormatVerbs:
		d.loadVerbs(d.Verbs, name, lines)
	case FormatNouns:
		d.loadVerbs(d.Nouns, name, lines)
	case FormatDiscards:
		d.loadDiscards(name, lines)
	case FormatIssues:
		// Issue coding is not used by the coder yet; the file is accepted.
	default:
		return fmt.Errorf("%s: unknown dictionary format %q", name, f)
	}
	d.sortIndex()
	return nil
}

func (d *Dictionary) problem(file string, line int, format string, args ...any) {
	d.Problems = append(d.Problems, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// line is one input line with its 1-based number, comments removed.
type line struct {
	n    int
	text string
	// indented is true when the raw line started with white space.
	indented bool
}

// readLines splits a file into lines, dropping `#` comments and the
// `<!-- ... -->` blocks PETRARCH files carry, and invalid UTF-8 is kept as is.
func readLines(r io.Reader) ([]line, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	// One string for the whole file: lines are slices of it.
	text := string(b)
	out := make([]line, 0, strings.Count(text, "\n")+1)
	inComment := false
	for n := 1; text != ""; n++ {
		raw, rest, _ := strings.Cut(text, "\n")
		text = rest
		raw = strings.TrimRight(raw, "\r")
		t := raw
		if inComment {
			i := strings.Index(t, "-->")
			if i < 0 {
				continue
			}
			inComment = false
			t = t[i+3:]
		}
		for {
			i := strings.Index(t, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(t[i:], "-->")
			if j < 0 {
				t = t[:i]
				inComment = true
				break
			}
			t = t[:i] + t[i+j+3:]
		}
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = t[:i]
		}
		indented := len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t')
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		out = append(out, line{n: n, text: t, indented: indented})
	}
	return out, nil
}

// newPhrase splits a dictionary phrase ("VOLODYMYR_ZELENSKY_", "U.S.") into
// normalised words. A trailing "_" (or strict mode) makes it whole-word;
// only a one-word phrase may match as a stem ("ARGENTIN" for "Argentina"):
// "THE_KU" must not take "The Kuwait".
func (d *Dictionary) newPhrase(text string, strict bool) (phrase, bool) {
	whole := strict || strings.HasSuffix(text, "_")
	text = strings.Trim(text, "_ ")
	text = strings.ReplaceAll(text, "_", " ")
	words := d.splitPhrase(text)
	if len(words) == 0 {
		return phrase{}, false
	}
	p := phrase{words: make([]string, len(words)), stem: !whole && len(words) == 1}
	for i, w := range words {
		p.words[i] = Normalize(w)
	}
	if len(words) == 1 && isShortCaps(words[0]) {
		p.original = words[:1:1]
	}
	return p, true
}

// splitPhrase splits a phrase with d.split, except that a phrase of plain
// ASCII words is split word by word, each word's split computed once.
func (d *Dictionary) splitPhrase(text string) []string {
	if !plainWords(text) {
		return d.split(text)
	}
	var out []string
	for start := 0; start < len(text); {
		if text[start] == ' ' {
			start++
			continue
		}
		end := start + 1
		for end < len(text) && text[end] != ' ' {
			end++
		}
		w := text[start:end]
		ws, ok := d.words[w]
		if !ok {
			ws = d.split(w)
			d.words[w] = ws
		}
		if out == nil && end == len(text) {
			return ws // one chunk: callers do not modify the result
		}
		out = append(out, ws...)
		start = end
	}
	return out
}

// plainWords reports whether text has only ASCII letters and spaces.
func plainWords(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if (c < 'a' || c > 'z') && text[i] != ' ' {
			return false
		}
	}
	return true
}

// isShortCaps reports an all-capitals word of up to three letters (US, UK,
// UN), which must match case exactly so that "us" is not the United States.
func isShortCaps(w string) bool {
	if len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

func (d *Dictionary) addActorPhrase(a *Actor, text string, strict bool) {
	p, ok := d.newPhrase(text, strict)
	if !ok {
		d.problem(a.File, a.Line, "empty phrase")
		return
	}
	// A short all-capitals actor is an acronym (UN, EU, IS, RSF): it must
	// match in capitals, so "us" or "Is" is not one. Agents are exempt:
	// PETRARCH writes "MAN" and "SPY" in capitals too.
	// (newPhrase keeps the words as written of a one-word short-capitals
	// phrase in original.)
	if p.original != nil {
		p.exactCase = true
	}
	d.index(false, p.words[0], match{phrase: p, actor: a})
}

// index files m under key in the actor or agent index.
func (d *Dictionary) index(agent bool, key string, m match) {
	idx := d.actors
	if agent {
		idx = d.agents
	}
	ms := idx[key]
	if len(ms) > 0 {
		d.unsorted[unsortedKey{agent, key}] = struct{}{}
	}
	idx[key] = append(ms, m)
}

func (d *Dictionary) addAgentPhrase(g *Agent, text string, strict bool) {
	p, ok := d.newPhrase(text, strict)
	if !ok {
		d.problem(g.File, g.Line, "empty phrase")
		return
	}
	p.original = nil // only actors match short capitals exactly
	d.index(true, p.words[0], match{phrase: p, agent: g})
}

// sortIndex orders each word's candidates longest first, so the first match
// found is the longest. Only keys that got phrases since the last call are
// sorted; a stable sort of the grown list gives the order a sort of the
// whole list would.
func (d *Dictionary) sortIndex() {
	for k := range d.unsorted {
		idx := d.actors
		if k.agent {
			idx = d.agents
		}
		ms := idx[k.key]
		sort.SliceStable(ms, func(i, j int) bool { return len(ms[i].words) > len(ms[j].words) })
	}
	clear(d.unsorted)
}
