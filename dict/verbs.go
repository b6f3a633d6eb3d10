package dict

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

func errorf(format string, args ...any) error { return errors.New(fmt.Sprintf(format, args...)) }

// VerbDict holds verb blocks, their patterns and the synonym sets they use.
type VerbDict struct {
	// Synsets maps a set's name (without "&") to its members, each a word
	// sequence; members may name other sets ("&OTHER").
	Synsets map[string][][]string
	Blocks  []*VerbBlock
	// Transformations are PETRARCH-2's "~" rules (CAMEO.2.0.txt), kept
	// as read; the coder does not apply them.
	Transformations []*Transformation
	byWord          map[string][]*Verb
	// pastForms holds the irregular forms listed in braces ("SPOKE",
	// "MET"), which a tagger trained on web text sometimes reads as nouns.
	pastForms map[string]string
}

// PastForm returns the base of a verb form the dictionary lists as
// irregular ("spoke" -> "speak"), or of a regular past form ("accused" ->
// "accuse"), when the base is a dictionary verb.
func (v *VerbDict) PastForm(word string) (string, bool) {
	if base, ok := v.pastForms[word]; ok {
		return base, true
	}
	if !strings.HasSuffix(word, "ed") || len(word) < 5 {
		return "", false
	}
	stems := []string{word[:len(word)-1], word[:len(word)-2]}
	if n := len(word); word[n-3] == word[n-4] {
		stems = append(stems, word[:n-3]) // "banned" is "ban"; "banged" is not
	}
	for _, stem := range stems {
		if _, ok := v.byWord[stem]; ok {
			return stem, true
		}
	}
	return "", false
}

// BaseForm returns the dictionary verb that word inflects: a past form as
// PastForm reads it, a present participle ("convening" -> "convene",
// "boycotting" -> "boycott") or a third-person form ("wages" -> "wage").
func (v *VerbDict) BaseForm(word string) (string, bool) {
	if base, ok := v.PastForm(word); ok {
		return base, true
	}
	var stems []string
	switch n := len(word); {
	case strings.HasSuffix(word, "ing") && n >= 6:
		stems = []string{word[:n-3] + "e", word[:n-3]}
		if word[n-4] == word[n-5] {
			stems = append(stems, word[:n-4])
		}
	case strings.HasSuffix(word, "ies") && n >= 5:
		stems = []string{word[:n-3] + "y"}
	case strings.HasSuffix(word, "s") && n >= 4:
		stems = []string{word[:n-1], word[:n-2]}
	}
	for _, stem := range stems {
		if _, ok := v.byWord[stem]; ok {
			return stem, true
		}
	}
	return "", false
}

func newVerbDict() *VerbDict {
	return &VerbDict{Synsets: map[string][][]string{}, byWord: map[string][]*Verb{}, pastForms: map[string]string{}}
}

// Transformation is a PETRARCH-2 rule that rewrites a nested event ("~ a
// (a b ATTACK) SAY = a b 015": a saying that a attacked b is a 015 by a on
// b), kept as written.
type Transformation struct {
	// Match is the text before "=", Result the text after it.
	Match, Result string
	File          string
	Line          int
}

// VerbBlock is a "--- NAME [CODE] ---" block: verbs sharing patterns.
type VerbBlock struct {
	Name string
	// Code is the default event code; Pair the reverse event's code of a
	// "[a:b]" default.
	Code, Pair string
	Verbs      []*Verb
	Patterns   []*Pattern
	File       string
	Line       int
	nouns      bool
}

// Verb is one verb of a block, possibly with particles ("+CALL_OFF").
type Verb struct {
	// Words are the verb's words in their base form; Head indexes the
	// inflected word.
	Words []string
	Head  int
	// Code (and Pair) are the verb's own codes, else the block's.
	Code, Pair string
	Block      *VerbBlock
	File       string
	Line       int
}

// ElemKind says what a pattern element matches.
type ElemKind uint8

// Pattern element kinds.
const (
	ElemWord     ElemKind = iota // a literal word (form or lemma)
	ElemSynset                   // any member of a synonym set
	ElemSource                   // $: the source actor is here
	ElemTarget                   // +: the target actor is here
	ElemCompound                 // %: a compound actor, both source and target
	ElemSkip                     // ^: skip a noun phrase
)

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	Word string
	// Adjacent requires the element to follow the previous one directly
	// (they were joined by "_").
	Adjacent bool
}

// Pattern is "- LEFT * RIGHT [CODE]" in a verb block.
type Pattern struct {
	// Left lists the elements before the verb, nearest the verb last.
	Left  []Elem
	Right []Elem
	// VerbAdjacent means the first right element follows the verb directly
	// ("*_TO"), LeftAdjacent the last left element precedes it ("IN_*").
	VerbAdjacent, LeftAdjacent bool
	// Code is the event code, "" for "[---]" (not an event); Pair is the
	// reverse event's code of a "[a:b]" pair.
	Code, Pair string
	Block      *VerbBlock
	File       string
	Line       int
	// Raw is the pattern as written, for explanations.
	Raw string
}

// Specificity ranks patterns: more literal words first.
func (p *Pattern) Specificity() int {
	return specificity(p.Left) + specificity(p.Right)
}

func specificity(es []Elem) int {
	n := 0
	for _, e := range es {
		switch e.Kind {
		case ElemWord, ElemSynset:
			n += 2
		default:
			n++
		}
	}
	return n
}

// Lookup returns the verbs whose inflected word has this form or lemma.
func (v *VerbDict) Lookup(word string) []*Verb { return v.byWord[word] }

var (
	blockHeader = regexp.MustCompile(`^-{3}\s*(.*?)\s*(?:\[([^\]]*)\])?\s*-*\s*(?:###)?\s*$`)
	codeFormat  = regexp.MustCompile(`^[0-9]{2,4}[A-Za-z?]?$`)
)

// findCodeSuffix finds a final "[...]" (white space may follow it) as the
// regular expression `\[([^\]]*)\]\s*$` would: it returns the whole match
// and the text between the brackets, or nil.
func findCodeSuffix(t string) []string {
	end := len(strings.TrimRight(t, " \t\n\f\r"))
	if end == 0 || t[end-1] != ']' {
		return nil
	}
	close := end - 1
	from := strings.LastIndexByte(t[:close], ']') + 1
	open := strings.IndexByte(t[from:close], '[')
	if open < 0 {
		return nil
	}
	open += from
	return []string{t[open:], t[open+1 : close]}
}

// loadVerbs reads the PETRARCH-1 verb format, or PETRARCH-2's
// (CAMEO.2.0.txt: see petr2Body), into v (verbs or nouns).
func (d *Dictionary) loadVerbs(v *VerbDict, file string, lines []line) {
	var block *VerbBlock
	var synset string
	petr2 := isPetr2(lines)
	for _, l := range lines {
		t := l.text
		switch {
		case strings.HasPrefix(t, "~"):
			// A PETRARCH-2 transformation: kept, not applied.
			synset = ""
			match, result, ok := strings.Cut(strings.TrimSpace(t[1:]), "=")
			match, result = strings.TrimSpace(match), strings.TrimSpace(result)
			if !ok || match == "" || result == "" {
				d.problem(file, l.n, "transformation %q: want ~ PATTERN = RESULT", t)
				continue
			}
			v.Transformations = append(v.Transformations, &Transformation{Match: match, Result: result, File: file, Line: l.n})
		case strings.HasPrefix(t, "<"):
			// TABARI section markers (<TIME>, <NOUN>): not used.
			synset = ""
		case strings.HasPrefix(t, "&"):
			synset = strings.TrimRight(strings.Fields(t)[0][1:], "_")
			if _, ok := d.Verbs.Synsets[synset]; !ok {
				d.Verbs.Synsets[synset] = nil
			}
		case strings.HasPrefix(t, "+") && synset != "":
			member := strings.TrimSpace(t[1:])
			if member == "" {
				d.problem(file, l.n, "empty synonym in &%s", synset)
				continue
			}
			d.Verbs.Synsets[synset] = append(d.Verbs.Synsets[synset], d.patternWords(member))
		case strings.HasPrefix(t, "---"):
			synset = ""
			m := blockHeader.FindStringSubmatch(t)
			if m == nil {
				d.problem(file, l.n, "bad block header %q: want --- NAME [CODE] ---", t)
				block = nil
				continue
			}
			code, pair, err := parseEventCode(m[2])
			if err != nil {
				d.problem(file, l.n, "block %s: %v", m[1], err)
			}
			block = &VerbBlock{Name: m[1], Code: code, Pair: pair, File: file, Line: l.n, nouns: v != d.Verbs}
			v.Blocks = append(v.Blocks, block)
		case strings.HasPrefix(t, "-"):
			synset = ""
			if block == nil {
				d.problem(file, l.n, "pattern outside a verb block")
				continue
			}
			p, err := d.parsePattern(strings.TrimSpace(t[1:]), petr2)
			if err != nil {
				d.problem(file, l.n, "pattern %q: %v", t, err)
				continue
			}
			p.Block, p.File, p.Line = block, file, l.n
			block.Patterns = append(block.Patterns, p)
		default:
			synset = ""
			if block == nil {
				d.problem(file, l.n, "verb %q outside a verb block", t)
				continue
			}
			d.addVerbLine(block, t, file, l.n)
		}
	}
}

// addVerbLine reads "VERB {FORMS} [CODE]" or "+MULTI_WORD {…}".
func (d *Dictionary) addVerbLine(block *VerbBlock, t, file string, n int) {
	code, pair := block.Code, block.Pair
	if m := findCodeSuffix(t); m != nil {
		c, p, err := parseEventCode(m[1])
		if err != nil {
			d.problem(file, n, "%v", err)
			return
		}
		code, pair = c, p
		t = strings.TrimSpace(t[:len(t)-len(m[0])])
	}
	var forms []string
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t, '}')
		if j < i {
			d.problem(file, n, "unclosed { in verb %q", t)
			return
		}
		forms = strings.Fields(t[i+1 : j])
		t = strings.TrimSpace(t[:i])
	}
	verb, ok := d.parseVerbWords(t)
	if !ok {
		d.problem(file, n, "verb %q: no verb word", t)
		return
	}
	verb.Code, verb.Pair, verb.Block, verb.File, verb.Line = code, pair, block, file, n
	block.Verbs = append(block.Verbs, verb)
	v := d.Verbs
	if block.nouns {
		v = d.Nouns
	}
	v.index(verb.Words[verb.Head], verb)
	for _, f := range forms {
		fv, ok := d.parseVerbWords(f)
		if !ok {
			continue
		}
		v.index(fv.Words[fv.Head], verb)
		if form := fv.Words[fv.Head]; !strings.HasSuffix(form, "ing") && !strings.HasSuffix(form, "s") {
			v.pastForms[form] = verb.Words[verb.Head]
		}
	}
}

// parseVerbWords splits "KLM_NOP_+RST" or "+CALL_OFF" into words, marking
// the word after "+" (or the first word) as the head.
func (d *Dictionary) parseVerbWords(t string) (*Verb, bool) {
	t = strings.TrimSpace(t)
	multi := strings.Contains(t, "+")
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '_' || r == ' ' })
	v := &Verb{}
	for _, p := range parts {
		if strings.HasPrefix(p, "+") {
			v.Head = len(v.Words)
			p = p[1:]
		}
		if p == "" {
			continue
		}
		v.Words = append(v.Words, Normalize(p))
	}
	if len(v.Words) == 0 {
		return nil, false
	}
	if !multi {
		v.Head = 0
	}
	return v, true
}

func (v *VerbDict) index(word string, verb *Verb) {
	for _, have := range v.byWord[word] {
		if have == verb {
			return
		}
	}
	v.byWord[word] = append(v.byWord[word], verb)
}

// parseEventCode reads "036", "032:033", "---", or "---:---".
func parseEventCode(s string) (code, pair string, err error) {
	s = strings.TrimSpace(s)
	a, b, hasPair := strings.Cut(s, ":")
	if code, err = oneCode(a); err != nil {
		return "", "", err
	}
	if hasPair {
		if pair, err = oneCode(b); err != nil {
			return "", "", err
		}
	}
	return code, pair, nil
}

func oneCode(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "---" || s == "" {
		return "", nil
	}
	if !codeFormat.MatchString(s) {
		return "", errorf("bad event code %q", s)
	}
	// TABARI-era variants ("174K") are kept as written: suites expect
	// them, and the CAMEO table simply has no name for them. A question
	// mark ("025?") is a dictionary writer's doubt, not part of the code.
	return strings.TrimSuffix(s, "?"), nil
}

// parsePattern reads "LEFT * RIGHT [CODE]" (the leading "-" removed); petr2
// reads the body in PETRARCH-2's syntax.
func (d *Dictionary) parsePattern(t string, petr2 bool) (*Pattern, error) {
	m := findCodeSuffix(t)
	if m == nil {
		return nil, errorf("no [CODE] at the end")
	}
	code, pair, err := parseEventCode(m[1])
	if err != nil {
		return nil, err
	}
	body := strings.TrimSpace(t[:len(t)-len(m[0])])
	if petr2 {
		if body, err = petr2Body(body); err != nil {
			return nil, err
		}
	}
	p := &Pattern{Code: code, Pair: pair, Raw: t}
	star := strings.Count(body, "*")
	if star != 1 {
		return nil, errorf("want one * (the verb), got %d", star)
	}
	i := strings.IndexByte(body, '*')
	left, right := body[:i], body[i+1:]
	p.LeftAdjacent = strings.HasSuffix(left, "_")
	p.VerbAdjacent = strings.HasPrefix(right, "_")
	p.Left = d.patternElems(left)
	p.Right = d.patternElems(right)
	if p.VerbAdjacent && len(p.Right) > 0 {
		p.Right[0].Adjacent = true
	}
	return p, nil
}

// isPetr2 reports whether a verb file is in PETRARCH-2's syntax: some
// pattern groups words with parentheses (a prepositional phrase) or braces
// without "|" (a noun phrase; PETRARCH-1 writes alternatives "{ A | B }").
func isPetr2(lines []line) bool {
	for _, l := range lines {
		t := l.text
		if !strings.HasPrefix(t, "-") || strings.HasPrefix(t, "---") {
			continue
		}
		if m := findCodeSuffix(t); m != nil {
			t = t[:len(t)-len(m[0])]
		}
		if strings.ContainsRune(t, '(') {
			return true
		}
		if i := strings.IndexByte(t, '{'); i >= 0 && !strings.ContainsRune(t[i:], '|') {
			return true
		}
	}
	return false
}

// petr2Body translates the body of a PETRARCH-2 pattern ("- [nouns]
// [(PPs)] * [nouns] [(PPs)]") into parley's flat pattern syntax. In
// PETRARCH-2 a bare word is the head of a noun phrase, "{ADJ NOUN}" a
// multi-word noun phrase and "(PREP NOUN)" a prepositional phrase; parley
// matches the same words in the same order, so the parentheses and braces
// are dropped and their words kept ("* POSSIBILITY (OF {PEACE TALKS})" ->
// "* POSSIBILITY OF PEACE TALKS"). Brackets must balance: braces may sit in
// parentheses, nothing else nests, and "*" may not be inside them.
func petr2Body(body string) (string, error) {
	if !strings.ContainsAny(body, "(){}") {
		return body, nil
	}
	var b strings.Builder
	b.Grow(len(body))
	paren, brace := false, false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch c {
		case '(':
			if paren || brace {
				return "", errorf("( inside a phrase at %q", body[i:])
			}
			paren = true
			c = ' '
		case ')':
			if !paren || brace {
				return "", errorf("unbalanced ) at %q", body[i:])
			}
			paren = false
			c = ' '
		case '{':
			if brace {
				return "", errorf("{ inside { at %q", body[i:])
			}
			brace = true
			c = ' '
		case '}':
			if !brace {
				return "", errorf("unbalanced } at %q", body[i:])
			}
			brace = false
			c = ' '
		case '*':
			if paren || brace {
				return "", errorf("the verb * inside a phrase at %q", body[i:])
			}
		}
		b.WriteByte(c)
	}
	if paren {
		return "", errorf("unclosed (")
	}
	if brace {
		return "", errorf("unclosed {")
	}
	return b.String(), nil
}

// patternElems splits one side of a pattern into elements.
func (d *Dictionary) patternElems(s string) []Elem {
	var out []Elem
	for _, tok := range strings.Fields(s) {
		parts := strings.Split(tok, "_")
		for j, part := range parts {
			if part == "" {
				continue
			}
			e := Elem{Adjacent: j > 0 && parts[j-1] != ""}
			switch {
			case part == "$":
				e.Kind = ElemSource
			case part == "+":
				e.Kind = ElemTarget
			case part == "%":
				e.Kind = ElemCompound
			case part == "^":
				e.Kind = ElemSkip
			case strings.HasPrefix(part, "&"):
				e.Kind, e.Word = ElemSynset, strings.TrimRight(part[1:], "_")
			default:
				for k, w := range d.splitPhrase(part) {
					we := Elem{Kind: ElemWord, Word: Normalize(w), Adjacent: e.Adjacent || k > 0}
					out = append(out, we)
				}
				continue
			}
			out = append(out, e)
		}
	}
	return out
}

// patternWords splits a synonym-set member into normalised words.
func (d *Dictionary) patternWords(s string) []string {
	s = strings.Trim(s, "_ ")
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' }) {
		if strings.HasPrefix(part, "&") {
			out = append(out, "&"+strings.TrimRight(part[1:], "_"))
			continue
		}
		for _, w := range d.splitPhrase(part) {
			out = append(out, Normalize(w))
		}
	}
	return out
}

// CheckSynsets reports patterns that use a synonym set nobody defined.
func (d *Dictionary) CheckSynsets() {
	for _, b := range append(d.Verbs.Blocks[:len(d.Verbs.Blocks):len(d.Verbs.Blocks)], d.Nouns.Blocks...) {
		for _, p := range b.Patterns {
			for _, e := range append(p.Left[:len(p.Left):len(p.Left)], p.Right...) {
				if e.Kind == ElemSynset {
					if _, ok := d.Verbs.Synsets[e.Word]; !ok {
						d.problem(p.File, p.Line, "synonym set &%s is not defined", e.Word)
					}
				}
			}
		}
	}
}
