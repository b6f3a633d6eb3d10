package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The model file is gzip-compressed. Inside, after a magic string, come
// sections of unsigned varints, length-prefixed strings and raw bytes:
//
//	tags:        n, then n tag names (class i is tags[i])
//	tag dict:    n, then n × (word, class byte)
//	lower vocab: n, then n words seen mostly in lower case
//	features:    n, n key deltas (keys ascending), n weight counts (bytes),
//	             then for all weights their class bytes, a float32 scale and
//	             int16 weights (weight = int16 × scale)
//	lemmas:      n, then n × (word, tag, lemma) exceptions to the rules
//	known:       for each lemma class, n, then n lemmas
const modelMagic = "parley-tagger/1\n"

// modelData is everything a model file holds.
type modelData struct {
	tags       []string
	dict       []dictEntry
	lowerVocab []string
	weights    weightTable
	exceptions []lemmaException
	known      [numLemmaClasses][]string
}

type dictEntry struct {
	word  string
	class uint8
}

type lemmaException struct {
	word, tag, lemma string
}

const numLemmaClasses = int(classAdverb) + 1

// write writes m as a gzip-compressed model file.
func (m *modelData) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	b := []byte(modelMagic)
	b = appendStrings(b, m.tags)
	b = binary.AppendUvarint(b, uint64(len(m.dict)))
	for _, e := range m.dict {
		b = appendString(b, e.word)
		b = append(b, e.class)
	}
	b = appendStrings(b, m.lowerVocab)
	b = m.weights.appendTo(b)
	b = binary.AppendUvarint(b, uint64(len(m.exceptions)))
	for _, e := range m.exceptions {
		b = appendString(appendString(appendString(b, e.word), e.tag), e.lemma)
	}
	for _, known := range m.known {
		b = appendStrings(b, known)
	}
	if _, err := zw.Write(b); err != nil {
		return err
	}
	return zw.Close()
}

// appendTo encodes the weights.
func (w *weightTable) appendTo(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(w.keys)))
	var last uint64
	for _, k := range w.keys {
		b = binary.AppendUvarint(b, k-last)
		last = k
	}
	b = append(b, w.counts...)
	b = append(b, w.classes...)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w.scale))
	for _, x := range w.weights {
		b = binary.LittleEndian.AppendUint16(b, uint16(x))
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

// readModel reads a gzip-compressed model file.
func readModel(r io.Reader) (*modelData, error) {
	if _, ok := r.(io.ByteReader); !ok {
		r = bufio.NewReader(r)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read tagger model: %w", err)
	}
	var raw bytes.Buffer
	raw.Grow(4 << 20)
	if _, err := raw.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("read tagger model: %w", err)
	}
	d := decoder{buf: raw.Bytes()}
	if string(d.bytes(len(modelMagic))) != modelMagic {
		return nil, errors.New("read tagger model: not a parley tagger model")
	}
	m := &modelData{}
	m.tags = d.strings()
	m.dict = make([]dictEntry, d.count())
	for i := range m.dict {
		m.dict[i] = dictEntry{word: d.string(), class: d.byte()}
	}
	m.lowerVocab = d.strings()
	d.weights(&m.weights)
	m.exceptions = make([]lemmaException, d.count())
	for i := range m.exceptions {
		m.exceptions[i] = lemmaException{word: d.string(), tag: d.string(), lemma: d.string()}
	}
	for c := range m.known {
		m.known[c] = d.strings()
	}
	if d.err != nil {
		return nil, fmt.Errorf("read tagger model: %w", d.err)
	}
	if len(d.buf) != 0 {
		return nil, errors.New("read tagger model: trailing data")
	}
	if len(m.tags) == 0 || len(m.tags) >= start2Tag {
		return nil, fmt.Errorf("read tagger model: %d tags", len(m.tags))
	}
	for _, c := range m.weights.classes {
		if int(c) >= len(m.tags) {
			return nil, errors.New("read tagger model: weight for an unknown tag")
		}
	}
	for _, e := range m.dict {
		if int(e.class) >= len(m.tags) {
			return nil, errors.New("read tagger model: dictionary entry with an unknown tag")
		}
	}
	return m, nil
}

// decoder reads the model encoding; after the first error every read
// returns zero values and err keeps the error.
type decoder struct {
	buf []byte
	err error
}

var errTruncated = errors.New("truncated model")

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.buf = nil
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail(errTruncated)
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

// count reads a length that must fit in the rest of the input.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.buf)) {
		d.fail(errTruncated)
		return 0
	}
	return int(n)
}

func (d *decoder) bytes(n int) []byte {
	if n > len(d.buf) {
		d.fail(errTruncated)
		return nil
	}
	b := d.buf[:n:n]
	d.buf = d.buf[n:]
	return b
}

func (d *decoder) byte() byte {
	b := d.bytes(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (d *decoder) string() string { return string(d.bytes(d.count())) }

func (d *decoder) strings() []string {
	ss := make([]string, d.count())
	for i := range ss {
		ss[i] = d.string()
	}
	return ss
}

func (d *decoder) weights(w *weightTable) {
	n := d.count()
	w.keys = make([]uint64, n)
	var last uint64
	for i := range w.keys {
		last += d.uvarint()
		w.keys[i] = last
	}
	w.counts = bytes.Clone(d.bytes(n))
	total := 0
	for _, c := range w.counts {
		total += int(c)
	}
	w.classes = bytes.Clone(d.bytes(total))
	scaleBits := d.bytes(4)
	raw := d.bytes(2 * total)
	if d.err != nil {
		return
	}
	w.scale = math.Float32frombits(binary.LittleEndian.Uint32(scaleBits))
	w.weights = make([]int16, total)
	for i := range w.weights {
		w.weights[i] = int16(binary.LittleEndian.Uint16(raw[2*i:]))
	}
	for i := 1; i < n; i++ {
		if w.keys[i] <= w.keys[i-1] {
			d.fail(errors.New("feature keys out of order"))
			return
		}
	}
	if n > 0 && w.keys[0] == 0 {
		d.fail(errors.New("zero feature key"))
	}
}
