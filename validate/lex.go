package validate

import (
	"bytes"
	"strconv"
	"strings"
)

// tokKind is the kind of a lexical token of a suite file.
type tokKind uint8

const (
	tokText  tokKind = iota // character data between tags
	tokStart                // <Name attr="v"> or <Name .../>
	tokEnd                  // </Name>
	tokRaw                  // the unparsed content of a <Parse> element
)

type attr struct{ name, value string }

// token is one piece of a suite file. Comments, processing instructions
// and declarations are dropped by the lexer.
type token struct {
	kind  tokKind
	name  string // tag name (start and end tags)
	attrs []attr
	// raw is what follows the name inside a start tag, trimmed ("{json}"
	// for a <PLEvent {json}> line).
	raw       string
	selfClose bool
	text      string // character data, entity-decoded (tokText, tokRaw)
	line      int
}

func (t *token) attr(name string) (string, bool) {
	for _, a := range t.attrs {
		if strings.EqualFold(a.name, name) {
			return a.value, true
		}
	}
	return "", false
}

// lexer splits a suite file into tokens without requiring well-formed XML:
// any "<" that does not start a tag is text, attributes may be unquoted or
// spaced around "=", and junk inside a tag is skipped. Comments follow the
// XML rule (a comment ends at the first "-->"), which is what the files'
// authors relied on even where they wrote a comment inside a comment.
type lexer struct {
	src  []byte
	pos  int
	line int
	// rawUntil, when set, makes the next token the raw content of the
	// element just opened (Parse), up to its end tag.
	rawUntil string
	err      *lexError
	// warns are tolerated oddities met while lexing.
	warns []lexError
}

type lexError struct {
	line int
	msg  string
}

func newLexer(src []byte) *lexer {
	// Drop a UTF-8 byte-order mark.
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	return &lexer{src: src, line: 1}
}

// advance moves to position p, counting the lines passed.
func (l *lexer) advance(p int) {
	l.line += bytes.Count(l.src[l.pos:p], []byte("\n"))
	l.pos = p
}

// next returns the next token; ok is false at the end of input or after an
// error (see l.err).
func (l *lexer) next() (token, bool) {
	for l.pos < len(l.src) {
		if l.rawUntil != "" {
			return l.raw(), true
		}
		start, line := l.pos, l.line
		if l.src[l.pos] != '<' {
			end := bytes.IndexByte(l.src[l.pos:], '<')
			if end < 0 {
				end = len(l.src)
			} else {
				end += l.pos
			}
			l.advance(end)
			return token{kind: tokText, text: decodeEntities(string(l.src[start:end])), line: line}, true
		}
		rest := l.src[l.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				l.err = &lexError{line: line, msg: "comment <!-- is never closed with -->"}
				return token{}, false
			}
			l.advance(l.pos + 4 + end + 3)
			continue
		case bytes.HasPrefix(rest, []byte("<?")):
			end := bytes.Index(rest, []byte("?>"))
			if end < 0 {
				end = bytes.IndexByte(rest, '>') - 1
			}
			if end < 0 {
				l.err = &lexError{line: line, msg: "<? is never closed"}
				return token{}, false
			}
			l.advance(l.pos + end + 2)
			continue
		case bytes.HasPrefix(rest, []byte("<!")):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				l.err = &lexError{line: line, msg: "<! is never closed"}
				return token{}, false
			}
			l.advance(l.pos + end + 1)
			continue
		case len(rest) > 2 && rest[1] == '/' && isNameStart(rest[2]):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				l.err = &lexError{line: line, msg: "end tag " + string(rest[:min(len(rest), 20)]) + " is never closed with >"}
				return token{}, false
			}
			name, _ := splitName(string(rest[2:end]))
			l.advance(l.pos + end + 1)
			return token{kind: tokEnd, name: name, line: line}, true
		case len(rest) > 1 && isNameStart(rest[1]):
			end := tagEnd(rest)
			if end == -2 {
				name, _ := splitName(string(rest[1:min(len(rest), 40)]))
				l.warns = append(l.warns, lexError{line: line, msg: "<" + name + " is not closed before the next tag: read as text"})
				l.advance(l.pos + 1)
				return token{kind: tokText, text: "<", line: line}, true
			}
			if end < 0 {
				l.err = &lexError{line: line, msg: "tag " + string(rest[:min(len(rest), 20)]) + " is never closed with >"}
				return token{}, false
			}
			t := parseTag(string(rest[1:end]))
			t.line = line
			l.advance(l.pos + end + 1)
			if t.name == "Parse" && !t.selfClose {
				l.rawUntil = "Parse"
			}
			return t, true
		default:
			// A "<" that starts no tag is text ("a < b").
			l.advance(l.pos + 1)
			return token{kind: tokText, text: "<", line: line}, true
		}
	}
	return token{}, false
}

// raw returns the content of the element named by l.rawUntil up to its end
// tag. A missing end tag ends the content at the next <Sentence or
// </Sentence, so one unclosed <Parse> cannot swallow the records after it.
func (l *lexer) raw() token {
	name := l.rawUntil
	l.rawUntil = ""
	rest := l.src[l.pos:]
	end := len(rest)
	for _, stop := range []string{"</" + name, "<Sentence", "</Sentence"} {
		if i := bytes.Index(rest, []byte(stop)); i >= 0 && i < end {
			end = i
		}
	}
	t := token{kind: tokRaw, name: name, text: string(rest[:end]), line: l.line}
	l.advance(l.pos + end)
	return t
}

// tagEnd returns the index of the ">" closing the start tag at the head of
// b, skipping ">" inside quoted attribute values. Only a quote right after
// "=" opens a value, so an apostrophe in stray prose ("<PLEvent... we're")
// cannot hide the end of the tag; if a value's quotes never close, the
// first ">" ends the tag. It returns -1 when no ">" follows, and -2 when a
// "<" comes first: then b does not start a tag ("a <b and c>d" prose).
func tagEnd(b []byte) int {
	var quote byte
	var prev byte // last non-space byte outside quotes
	for i := 1; i < len(b); i++ {
		c := b[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
				prev = c
			}
		case (c == '"' || c == '\'') && prev == '=':
			quote = c
		case c == '>':
			return i
		case c == '<':
			return -2
		case !isSpace(c):
			prev = c
		}
	}
	i := bytes.IndexByte(b, '>')
	if j := bytes.IndexByte(b[1:], '<'); i >= 0 && j >= 0 && j+1 < i {
		return -2
	}
	return i
}

func isNameStart(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}

func isNameByte(c byte) bool {
	return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':'
}

// splitName splits a tag's inside into its name and the rest.
func splitName(s string) (name, rest string) {
	i := 0
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

// parseTag reads the inside of a start tag (between "<" and ">").
// Attributes may have spaces around "=" (date = "2008"), single or double
// quotes, or no quotes; anything else is skipped.
func parseTag(s string) token {
	t := token{kind: tokStart}
	if strings.HasSuffix(s, "/") {
		t.selfClose = true
		s = s[:len(s)-1]
	}
	t.name, s = splitName(s)
	t.raw = strings.TrimSpace(s)
	i := 0
	for i < len(s) {
		if !isNameStart(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		name := s[i:j]
		k := j
		for k < len(s) && isSpace(s[k]) {
			k++
		}
		if k >= len(s) || s[k] != '=' {
			t.attrs = append(t.attrs, attr{name: name})
			i = j
			continue
		}
		k++
		for k < len(s) && isSpace(s[k]) {
			k++
		}
		var value string
		switch {
		case k < len(s) && (s[k] == '"' || s[k] == '\''):
			q := s[k]
			e := strings.IndexByte(s[k+1:], q)
			if e < 0 {
				value, k = s[k+1:], len(s)
			} else {
				value, k = s[k+1:k+1+e], k+1+e+1
			}
		default:
			e := k
			for e < len(s) && !isSpace(s[e]) {
				e++
			}
			value, k = s[k:e], e
		}
		t.attrs = append(t.attrs, attr{name: name, value: decodeEntities(value)})
		i = k
	}
	return t
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

var namedEntities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "nbsp": "\u00a0"}

// decodeEntities replaces the XML entities and numeric character
// references; an "&" that starts none is kept as it is ("AT&T").
func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		semi := strings.IndexByte(s, ';')
		if semi < 2 || semi > 10 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		ent := s[1:semi]
		if r, ok := namedEntities[ent]; ok {
			b.WriteString(r)
			s = s[semi+1:]
			continue
		}
		if ent[0] == '#' {
			var n uint64
			var err error
			if len(ent) > 1 && (ent[1] == 'x' || ent[1] == 'X') {
				n, err = strconv.ParseUint(ent[2:], 16, 32)
			} else {
				n, err = strconv.ParseUint(ent[1:], 10, 32)
			}
			if err == nil {
				b.WriteRune(rune(n))
				s = s[semi+1:]
				continue
			}
		}
		b.WriteByte('&')
		s = s[1:]
	}
}
