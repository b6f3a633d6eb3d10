// Package source reads articles: plain-text files (the first non-empty line
// is the headline), JSON Lines files ({"id","title","text","published",
// "url","source"}, only text required), directories of them, and standard
// input. Bad input is reported with its file and line and skipped; the rest
// is still read.
package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-events/parley"
)

// Error is a problem with one input, named by file and line.
type Error struct {
	File string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Reader reads articles from paths. Published is the date given to
// articles that carry none.
type Reader struct {
	Published time.Time
	Stdin     io.Reader
}

// Read calls fn for each article found under the paths, in order, and
// onError for each input that could not be read; it stops early only when
// fn returns an error.
func (r *Reader) Read(paths []string, fn func(*parley.Article) error, onError func(error)) error {
	for _, p := range paths {
		if p == "-" {
			b, err := io.ReadAll(r.Stdin)
			if err != nil {
				onError(&Error{File: "<stdin>", Err: err})
				continue
			}
			if err := r.readBytes("<stdin>", "stdin", b, sniffJSONL(b), fn, onError); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			onError(&Error{File: p, Err: errors.Unwrap(err)})
			continue
		}
		if !st.IsDir() {
			if err := r.readFile(p, fn, onError); err != nil {
				return err
			}
			continue
		}
		files, err := listDir(p)
		if err != nil {
			onError(&Error{File: p, Err: err})
		}
		for _, f := range files {
			if err := r.readFile(f, fn, onError); err != nil {
				return err
			}
		}
	}
	return nil
}

// listDir returns the article files below dir in name order.
func listDir(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".text", ".jsonl", ".ndjson":
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func (r *Reader) readFile(p string, fn func(*parley.Article) error, onError func(error)) error {
	b, err := os.ReadFile(p)
	if err != nil {
		onError(&Error{File: p, Err: errors.Unwrap(err)})
		return nil
	}
	ext := strings.ToLower(filepath.Ext(p))
	jsonl := ext == ".jsonl" || ext == ".ndjson" || ext == ".json"
	id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	return r.readBytes(p, id, b, jsonl, fn, onError)
}

func sniffJSONL(b []byte) bool {
	t := bytes.TrimLeft(b, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{'
}

func (r *Reader) readBytes(name, id string, b []byte, jsonl bool, fn func(*parley.Article) error, onError func(error)) error {
	if jsonl {
		return r.readJSONL(name, b, fn, onError)
	}
	a, err := r.parseText(name, id, b)
	if err != nil {
		onError(err)
		return nil
	}
	return fn(a)
}

// parseText reads one plain-text article.
func (r *Reader) parseText(name, id string, b []byte) (*parley.Article, error) {
	if err := checkText(name, b); err != nil {
		return nil, err
	}
	text := strings.TrimPrefix(string(b), "\ufeff")
	a := &parley.Article{ID: id, Text: text, Published: r.Published, Origin: name}
	a.Title = headline(text)
	return a, nil
}

// checkText rejects empty, binary and non-UTF-8 input, naming the line.
func checkText(name string, b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return &Error{File: name, Err: errors.New("empty file: no article text")}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return &Error{File: name, Line: 1 + bytes.Count(b[:i], []byte("\n")), Err: errors.New("binary data (NUL byte): not a text article")}
	}
	if !utf8.Valid(b) {
		i := firstInvalid(b)
		return &Error{File: name, Line: 1 + bytes.Count(b[:i], []byte("\n")), Err: fmt.Errorf("invalid UTF-8 at byte %d", i)}
	}
	return nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// headline picks the title of a plain-text article: the first non-empty
// line, unless that line is a lede sentence followed by a repeated short
// line (a layout news exports often have), which is then the headline.
func headline(text string) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
		if len(lines) == 4 {
			break
		}
	}
	if len(lines) == 0 {
		return ""
	}
	if len(lines) >= 3 && endsSentence(lines[0]) && lines[1] == lines[2] {
		return lines[1]
	}
	return lines[0]
}

func endsSentence(l string) bool {
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?") || strings.HasSuffix(l, `."`) || strings.HasSuffix(l, ".”")
}

// jsonArticle is the input contract of a JSON Lines article.
type jsonArticle struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
	Published string  `json:"published"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
}

func (r *Reader) readJSONL(name string, b []byte, fn func(*parley.Article) error, onError func(error)) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		onError(&Error{File: name, Line: 1 + bytes.Count(b[:i], []byte("\n")), Err: errors.New("binary data (NUL byte): not JSON Lines")})
		return nil
	}
	if len(bytes.TrimSpace(b)) == 0 {
		onError(&Error{File: name, Err: errors.New("empty file: no articles")})
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1024*1024), 64*1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		a, err := r.parseJSONLine(name, n, line)
		if err != nil {
			onError(err)
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		onError(&Error{File: name, Err: err})
	}
	return nil
}

func (r *Reader) parseJSONLine(name string, n int, line []byte) (*parley.Article, error) {
	if !utf8.Valid(line) {
		return nil, &Error{File: name, Line: n, Err: errors.New("invalid UTF-8")}
	}
	var ja jsonArticle
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&ja); err != nil {
		return nil, &Error{File: name, Line: n, Err: fmt.Errorf("invalid JSON: %v", err)}
	}
	if dec.More() {
		return nil, &Error{File: name, Line: n, Err: errors.New("invalid JSON: more than one value on the line")}
	}
	if ja.Text == nil || strings.TrimSpace(*ja.Text) == "" {
		return nil, &Error{File: name, Line: n, Err: errors.New(`missing "text"`)}
	}
	a := &parley.Article{ID: ja.ID, Title: ja.Title, Text: *ja.Text, URL: ja.URL, Source: ja.Source, Published: r.Published, Origin: fmt.Sprintf("%s:%d", name, n)}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), n)
	}
	if ja.Published != "" {
		t, err := ParseDate(ja.Published)
		if err != nil {
			return nil, &Error{File: name, Line: n, Err: err}
		}
		a.Published = t
	}
	return a, nil
}

// ParseDate reads a publication date: YYYY-MM-DD or an RFC 3339 time.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("unknown date format %q: want YYYY-MM-DD or RFC 3339", s)
}
