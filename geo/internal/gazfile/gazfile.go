// Package gazfile reads and writes parley's compiled gazetteer: the file
// that geo/gen writes at build time and package geo embeds.
//
// The file is gzip-compressed. Inside, after the magic "PARLEYGZ" and a
// version number, come the version of the name keys, a table of
// country-code aliases, the records, and two indexes from name keys to
// records; each field is a varint or a length-prefixed UTF-8 string. Coordinates are
// stored as integers of 1e-5 degree (about one metre).
package gazfile

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/parley-events/parley/geo/internal/names"
)

// Magic opens every gazetteer file.
const Magic = "PARLEYGZ"

// Version is the format version that this package reads and writes.
const Version = 1

// Record kinds.
const (
	KindCountry byte = iota + 1
	KindCapital
	KindCity
	KindRegion
)

// Record flags.
const (
	// FlagProminent marks a capital named in parley's country table
	// (dict/defaults/countries.txt): it outranks same-named cities.
	FlagProminent byte = 1 << iota
)

// Record is one place.
type Record struct {
	Kind       byte
	Flags      byte
	Name       string
	Country    string // parley country code (ISO 3166 alpha-3, CAMEO convention)
	Admin1     string // admin-1 region name
	Admin1Code string // GeoNames admin-1 code
	Lat, Lon   float64
	Population uint64 // GeoNames population (cities only)
	Weight     uint64 // ranking weight
	GeoNameID  uint64
	Aliases    []string // other names the place is known by
}

// CodeAlias maps a country code that the gazetteer does not use (an ISO
// code where parley follows the CAMEO convention) to the one it does.
type CodeAlias struct {
	Alias, Code string
}

// Posting lists the records indexed under one name key.
type Posting struct {
	Key string
	IDs []int32 // record indexes, ascending
}

// File is a whole gazetteer.
type File struct {
	// KeyVersion is the version of the name keys (names.Version) that
	// the index was built with.
	KeyVersion  uint64
	CodeAliases []CodeAlias
	Records     []Record
	// Exact and Loose index the records by name key (names.Normalize and
	// names.Loose of their names and aliases), sorted by key.
	Exact, Loose []Posting
}

// BuildIndex sets f's name indexes and key version from its records.
func (f *File) BuildIndex() {
	ex := make(map[string][]int32)
	lo := make(map[string][]int32)
	for i, r := range f.Records {
		e, l := names.Keys(append([]string{r.Name}, r.Aliases...)...)
		for _, k := range e {
			ex[k] = append(ex[k], int32(i))
		}
		for _, k := range l {
			lo[k] = append(lo[k], int32(i))
		}
	}
	f.KeyVersion = names.Version
	f.Exact, f.Loose = postings(ex), postings(lo)
}

func postings(m map[string][]int32) []Posting {
	ps := make([]Posting, 0, len(m))
	for k, ids := range m {
		ps = append(ps, Posting{Key: k, IDs: ids})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

// Write writes f to w, gzip-compressed.
func Write(w io.Writer, f *File) error {
	var b bytes.Buffer
	b.WriteString(Magic)
	putUvarint(&b, Version)
	putUvarint(&b, f.KeyVersion)
	putUvarint(&b, uint64(len(f.CodeAliases)))
	for _, a := range f.CodeAliases {
		putString(&b, a.Alias)
		putString(&b, a.Code)
	}
	putUvarint(&b, uint64(len(f.Records)))
	for i := range f.Records {
		r := &f.Records[i]
		b.WriteByte(r.Kind)
		b.WriteByte(r.Flags)
		putString(&b, r.Name)
		putString(&b, r.Country)
		putString(&b, r.Admin1)
		putString(&b, r.Admin1Code)
		putVarint(&b, int64(math.Round(r.Lat*1e5)))
		putVarint(&b, int64(math.Round(r.Lon*1e5)))
		putUvarint(&b, r.Population)
		putUvarint(&b, r.Weight)
		putUvarint(&b, r.GeoNameID)
		putUvarint(&b, uint64(len(r.Aliases)))
		for _, a := range r.Aliases {
			putString(&b, a)
		}
	}
	for _, idx := range [][]Posting{f.Exact, f.Loose} {
		putUvarint(&b, uint64(len(idx)))
		for _, p := range idx {
			putString(&b, p.Key)
			putUvarint(&b, uint64(len(p.IDs)))
			prev := int32(0)
			for _, id := range p.IDs {
				putUvarint(&b, uint64(id-prev))
				prev = id
			}
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// Read reads a gazetteer written by Write. The strings of the result share
// one backing string, so a loaded gazetteer costs few allocations.
func Read(r io.Reader) (*File, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var sb strings.Builder
	if _, err := io.Copy(&sb, zr); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return Decode(sb.String())
}

// ReadBytes is Read for a file in memory; it sizes its buffer from the
// gzip trailer, so that the content is decompressed without copies.
func ReadBytes(data []byte) (*File, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var sb strings.Builder
	if n := len(data); n >= 4 {
		if size := binary.LittleEndian.Uint32(data[n-4:]); size < 1<<30 {
			sb.Grow(int(size))
		}
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return Decode(sb.String())
}

// Decode parses the uncompressed content of a gazetteer file.
func Decode(s string) (*File, error) {
	d := decoder{s: s}
	if len(s) < len(Magic) || s[:len(Magic)] != Magic {
		return nil, errors.New("gazetteer: not a parley gazetteer file")
	}
	d.pos = len(Magic)
	if v := d.uvarint(); v != Version {
		if d.err != nil {
			return nil, d.err
		}
		return nil, fmt.Errorf("gazetteer: format version %d, this build reads %d: rebuild it", v, Version)
	}
	f := &File{KeyVersion: d.uvarint()}
	n := d.count()
	f.CodeAliases = make([]CodeAlias, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		f.CodeAliases = append(f.CodeAliases, CodeAlias{Alias: d.str(), Code: d.str()})
	}
	n = d.count()
	f.Records = make([]Record, n)
	for i := 0; i < n && d.err == nil; i++ {
		r := &f.Records[i]
		r.Kind = d.byte()
		r.Flags = d.byte()
		r.Name = d.str()
		r.Country = d.str()
		r.Admin1 = d.str()
		r.Admin1Code = d.str()
		r.Lat = float64(d.varint()) / 1e5
		r.Lon = float64(d.varint()) / 1e5
		r.Population = d.uvarint()
		r.Weight = d.uvarint()
		r.GeoNameID = d.uvarint()
		if na := d.count(); na > 0 {
			r.Aliases = make([]string, na)
			for j := range r.Aliases {
				r.Aliases[j] = d.str()
			}
		}
	}
	f.Exact = d.postings(n)
	f.Loose = d.postings(n)
	if d.err != nil {
		return nil, d.err
	}
	if d.pos != len(s) {
		return nil, errors.New("gazetteer: trailing bytes")
	}
	return f, nil
}

// postings reads an index over n records. The id lists share one array.
func (d *decoder) postings(n int) []Posting {
	np := d.count()
	ps := make([]Posting, np)
	var flat []int32
	for i := range ps {
		if d.err != nil {
			return nil
		}
		ps[i].Key = d.str()
		m := d.count()
		if len(flat) < m {
			flat = make([]int32, max(m, 4096))
		}
		ids := flat[:m:m]
		flat = flat[m:]
		id := int32(0)
		for j := range ids {
			id += int32(d.uvarint())
			if int(id) >= n || id < 0 {
				d.err = errors.New("gazetteer: index out of range")
				return nil
			}
			ids[j] = id
		}
		ps[i].IDs = ids
	}
	return ps
}

type decoder struct {
	s   string
	pos int
	err error
}

var errTruncated = errors.New("gazetteer: truncated file")

func (d *decoder) byte() byte {
	if d.err != nil || d.pos >= len(d.s) {
		d.err = errTruncated
		return 0
	}
	c := d.s[d.pos]
	d.pos++
	return c
}

func (d *decoder) uvarint() uint64 {
	var x uint64
	var shift uint
	for {
		c := d.byte()
		if d.err != nil {
			return 0
		}
		if shift >= 64 {
			d.err = errors.New("gazetteer: bad varint")
			return 0
		}
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
		shift += 7
	}
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// count reads a length and checks it against the bytes left.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.pos) {
		d.err = errTruncated
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	s := d.s[d.pos : d.pos+n]
	d.pos += n
	return s
}

func putUvarint(b *bytes.Buffer, x uint64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutUvarint(tmp[:], x)])
}

func putVarint(b *bytes.Buffer, x int64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutVarint(tmp[:], x)])
}

func putString(b *bytes.Buffer, s string) {
	putUvarint(b, uint64(len(s)))
	b.WriteString(s)
}
