package dict

import (
	"regexp"
	"strings"
	"time"
)

var kindNames = map[string]Kind{
	"name":    KindCountry,
	"adj":     KindAdjective,
	"capital": KindCapital,
	"city":    KindCity,
	"region":  KindRegion,
	"metonym": KindMetonym,
}

var codePattern = regexp.MustCompile(`^[A-Z]{3}([A-Z]{3})*$`)

// loadCountries reads parley's country table: CODE<TAB>kind<TAB>a|b|c.
func (d *Dictionary) loadCountries(file string, lines []line) {
	for _, l := range lines {
		fields := strings.Split(l.text, "\t")
		if len(fields) != 3 {
			d.problem(file, l.n, "want 3 TAB-separated fields (code, kind, phrases), got %d", len(fields))
			continue
		}
		code, kindName := strings.TrimSpace(fields[0]), strings.TrimSpace(fields[1])
		if kindName == "seat" {
			d.addSeats(file, l.n, code, fields[2])
			continue
		}
		kind, ok := kindNames[kindName]
		if !ok {
			d.problem(file, l.n, "unknown kind %q (want name, adj, capital, city, region or metonym)", kindName)
			continue
		}
		if !codePattern.MatchString(code) {
			d.problem(file, l.n, "bad code %q", code)
			continue
		}
		for _, p := range strings.Split(fields[2], "|") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			a := &Actor{Name: p, Kind: kind, Default: code, File: file, Line: l.n}
			d.Actors = append(d.Actors, a)
			d.addActorPhrase(a, p, true)
		}
	}
}

// addSeats marks capitals that, as actors, stand for another body.
func (d *Dictionary) addSeats(file string, n int, code, phrases string) {
	for _, p := range strings.Split(phrases, "|") {
		p = strings.TrimSpace(p)
		found := false
		for _, a := range d.Actors {
			if a.Kind == KindCapital && a.Name == p {
				a.Seat, found = code, true
			}
		}
		if !found {
			d.problem(file, n, "seat %q: no capital of that name listed before it", p)
		}
	}
}

// bracketGroups returns the text inside each "[...]" of t, as the regular
// expression `\[([^\]]*)\]` finds them.
func bracketGroups(t string) []string {
	var out []string
	for {
		i := strings.IndexByte(t, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(t[i+1:], ']')
		if j < 0 {
			return out
		}
		out = append(out, t[i+1:i+1+j])
		t = t[i+2+j:]
	}
}

// loadActors reads the PETRARCH actor format: a primary phrase with an
// optional [CODE], "+synonym" lines, and indented "[CODE restriction]" lines.
func (d *Dictionary) loadActors(file string, lines []line, strict bool) {
	person := strings.Contains(strings.ToLower(file), "people")
	var cur *Actor
	var phrases []string
	var pending []string // primary phrases with no code yet: PETRARCH files
	// list several names one per line before the codes they share.
	flush := func() {
		if cur == nil {
			return
		}
		if cur.Default == "" && len(cur.Roles) == 0 {
			pending = append(pending, phrases...)
		} else {
			phrases = append(phrases, pending...)
			pending = nil
			d.Actors = append(d.Actors, cur)
			for _, p := range phrases {
				d.addActorPhrase(cur, p, strict)
			}
		}
		cur, phrases = nil, nil
	}
	for _, l := range lines {
		t := l.text
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				d.problem(file, l.n, "code line with no actor before it")
				continue
			}
			d.addCodes(cur, t, file, l.n)
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				d.problem(file, l.n, "synonym with no actor before it")
				continue
			}
			p, codes := splitCodes(t[1:])
			if p == "" {
				d.problem(file, l.n, "empty synonym")
				continue
			}
			phrases = append(phrases, p)
			if codes != "" {
				d.addCodes(cur, codes, file, l.n)
			}
		case l.indented && cur != nil && !strings.Contains(t, "["):
			// A stray indented word: PETRARCH files sometimes wrap synonyms.
			d.problem(file, l.n, "indented line is neither a synonym nor a code: %q", t)
		default:
			flush()
			p, codes := splitCodes(t)
			if p == "" {
				d.problem(file, l.n, "entry with no phrase")
				continue
			}
			cur = &Actor{Name: p, File: file, Line: l.n, Person: person}
			phrases = []string{p}
			if codes != "" {
				d.addCodes(cur, codes, file, l.n)
			}
		}
	}
	last := cur
	flush()
	if len(pending) > 0 && last != nil {
		d.problem(file, last.Line, "actor %q has no code", pending[0])
	}
}

// splitCodes separates "PHRASE [CODE] [CODE >990101]" into the phrase and
// the bracketed part.
func splitCodes(t string) (phrase, codes string) {
	i := strings.IndexByte(t, '[')
	if i < 0 {
		return strings.TrimSpace(t), ""
	}
	return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i:])
}

// addCodes reads one or more "[CODE]" or "[CODE restriction]" groups, and
// "[ACTS KEN ETH]", the other countries an armed group fights in.
func (d *Dictionary) addCodes(a *Actor, t, file string, n int) {
	groups := bracketGroups(t)
	if len(groups) == 0 {
		d.problem(file, n, "no [CODE] in %q", t)
		return
	}
	for _, g := range groups {
		fields := strings.Fields(g)
		if len(fields) == 0 {
			d.problem(file, n, "empty code []")
			continue
		}
		code := strings.ToUpper(fields[0])
		if code == "ACTS" {
			for _, f := range fields[1:] {
				if len(f) != 3 || !codePattern.MatchString(f) {
					d.problem(file, n, "%s: [ACTS ...] wants country codes, got %q", a.Name, f)
					continue
				}
				a.ActsIn = append(a.ActsIn, f)
			}
			continue
		}
		if code == "---" {
			code = "" // a null code: the phrase is known but not an actor
		}
		if len(fields) == 1 {
			if a.Default == "" {
				a.Default = code
			}
			if code == "" {
				a.Default = "---"
			}
			continue
		}
		r, err := parseRestriction(strings.Join(fields[1:], ""))
		if err != nil {
			d.problem(file, n, "%s: %v", a.Name, err)
			continue
		}
		r.Code = code
		a.Roles = append(a.Roles, r)
		if !bodiesFile(file) {
			a.Person = true
		}
	}
}

// bodiesFile reports a file of countries, organisations, parties, armed
// groups or civil-society bodies, whose dated roles ("RSF: SDNMIL until
// 2023, then SDNREB") do not make an entry a person as they do in
// PETRARCH's leader files.
func bodiesFile(file string) bool {
	f := strings.ToLower(file)
	for _, w := range []string{"countries", "international", "organi", "parties", "nonstate", "groups", "civil"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// parseRestriction reads ">YYMMDD", "<YYMMDD" or "YYMMDD-YYMMDD" (dates
// with 6 or 8 digits; an open end may be left blank: "20190520-").
func parseRestriction(s string) (Role, error) {
	var r Role
	var err error
	switch {
	case strings.HasPrefix(s, ">"):
		r.From, err = parseDate(s[1:])
	case strings.HasPrefix(s, "<"):
		r.To, err = parseDate(s[1:])
		r.To = r.To.AddDate(0, 0, -1)
	case strings.Contains(s, "-"):
		from, to, _ := strings.Cut(s, "-")
		if from != "" {
			if r.From, err = parseDate(from); err != nil {
				return r, err
			}
		}
		if to != "" {
			r.To, err = parseDate(to)
		}
		if err == nil && !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
			return r, errorf("date range %s ends before it starts", s)
		}
	default:
		return r, errorf("restriction %q: want >DATE, <DATE or DATE-DATE", s)
	}
	if err == nil && r.From.IsZero() && r.To.IsZero() {
		// "[CODE >]" style leftovers: open on both ends means always.
		r.From = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return r, err
}

// loadAgents reads "PHRASE {PLURALS} [~CODE]" lines and "!SET! = A, B"
// substitution sets.
func (d *Dictionary) loadAgents(file string, lines []line, strict bool) {
	subs := map[string][]string{}
	for _, l := range lines {
		t := l.text
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			name, vals, _ := strings.Cut(t, "=")
			var list []string
			for _, v := range strings.Split(vals, ",") {
				if v = strings.TrimSpace(v); v != "" {
					list = append(list, v)
				}
			}
			subs[strings.TrimSpace(name)] = list
			continue
		}
		codeAt := strings.IndexByte(t, '[')
		if codeAt < 0 || !strings.HasSuffix(strings.TrimSpace(t), "]") {
			d.problem(file, l.n, "agent line has no [~CODE]: %q", t)
			continue
		}
		codeText := strings.TrimSpace(strings.Trim(strings.TrimSpace(t[codeAt:]), "[]"))
		head := strings.TrimSpace(t[:codeAt])
		var plurals []string
		noPlural := false
		if i := strings.IndexByte(head, '{'); i >= 0 {
			j := strings.IndexByte(head, '}')
			if j < i {
				d.problem(file, l.n, "unclosed { in %q", t)
				continue
			}
			inner := strings.TrimSpace(head[i+1 : j])
			if inner == "" {
				noPlural = true
			} else {
				plurals = strings.Fields(inner)
			}
			head = strings.TrimSpace(head[:i])
		}
		g := &Agent{Name: head, File: file, Line: l.n}
		switch {
		case strings.HasPrefix(codeText, "~"):
			g.Code = strings.ToUpper(codeText[1:])
		case strings.HasSuffix(codeText, "~"):
			g.Code, g.Prefix = strings.ToUpper(strings.TrimSuffix(codeText, "~")), true
		default:
			d.problem(file, l.n, "agent code %q: want ~CODE or CODE~", codeText)
			continue
		}
		if g.Code == "" {
			d.problem(file, l.n, "empty agent code")
			continue
		}
		d.Agents = append(d.Agents, g)
		for _, form := range expandSubs(head, subs) {
			d.addAgentPhrase(g, form, true)
			if !noPlural && len(plurals) == 0 {
				d.addAgentPhrase(g, regularPlural(form), true)
			}
		}
		for _, p := range plurals {
			d.addAgentPhrase(g, p, true)
		}
	}
}

// expandSubs replaces each !SET! in a phrase by each of its members.
func expandSubs(p string, subs map[string][]string) []string {
	out := []string{p}
	for name, vals := range subs {
		var next []string
		for _, o := range out {
			if !strings.Contains(o, name) {
				next = append(next, o)
				continue
			}
			for _, v := range vals {
				next = append(next, strings.ReplaceAll(o, name, v))
			}
		}
		out = next
	}
	return out
}

// regularPlural makes the regular English plural of a phrase's last word.
func regularPlural(p string) string {
	p = strings.TrimRight(p, "_")
	u := strings.ToUpper(p)
	switch {
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(u, "S"), strings.HasSuffix(u, "X"), strings.HasSuffix(u, "CH"), strings.HasSuffix(u, "SH"):
		return p + "ES"
	case strings.HasSuffix(u, "MAN"):
		return p[:len(p)-3] + "MEN"
	}
	return p + "S"
}

// loadDiscards reads one phrase per line; "+" marks a story-level discard.
func (d *Dictionary) loadDiscards(file string, lines []line) {
	for _, l := range lines {
		t := l.text
		story := strings.HasPrefix(t, "+")
		t = strings.TrimPrefix(t, "+")
		p, ok := d.newPhrase(t, false)
		if !ok {
			d.problem(file, l.n, "empty discard")
			continue
		}
		ds := &Discard{Words: p.words, Story: story, Stem: p.stem, File: file, Line: l.n}
		d.Discards = append(d.Discards, ds)
		d.discards[p.words[0]] = append(d.discards[p.words[0]], ds)
	}
}
