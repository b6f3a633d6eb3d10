package gazfile

import (
	"bytes"
	"compress/gzip"
	"io"
	"reflect"
	"testing"
)

func sample() *File {
	f := &File{
		CodeAliases: []CodeAlias{{"TLS", "TMP"}},
		Records: []Record{
			{Kind: KindCountry, Name: "Ukraine", Country: "UKR", Lat: 49.0, Lon: 31.5, Weight: 40000000},
			{Kind: KindCapital, Flags: FlagProminent, Name: "Kyiv", Country: "UKR", Admin1: "Kyiv City", Admin1Code: "12",
				Lat: 50.45466, Lon: 30.5238, Population: 2797553, Weight: 2797553, GeoNameID: 703448, Aliases: []string{"Kiev"}},
			{Kind: KindCity, Name: "Lima", Country: "PER", Lat: -12.04318, Lon: -77.02824, Population: 7737002, Weight: 7737002, GeoNameID: 3936456},
		},
	}
	f.BuildIndex()
	return f
}

func TestRoundTrip(t *testing.T) {
	f := sample()
	var buf bytes.Buffer
	if err := Write(&buf, f); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func() (*File, error){
		"Read":      func() (*File, error) { return Read(bytes.NewReader(buf.Bytes())) },
		"ReadBytes": func() (*File, error) { return ReadBytes(buf.Bytes()) },
	} {
		g, err := read()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(f, g) {
			t.Errorf("%s: got %+v\nwant %+v", name, g, f)
		}
	}
}

func TestIndex(t *testing.T) {
	f := sample()
	var kiev []int32
	for _, p := range f.Exact {
		if p.Key == "kiev" {
			kiev = p.IDs
		}
	}
	if len(kiev) != 1 || kiev[0] != 1 {
		t.Errorf("exact index of kiev = %v, want [1]", kiev)
	}
	for i := 1; i < len(f.Exact); i++ {
		if f.Exact[i-1].Key >= f.Exact[i].Key {
			t.Fatalf("index not sorted at %d", i)
		}
	}
}

func TestBadInput(t *testing.T) {
	if _, err := Read(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("Read(not gzip): no error")
	}
	var z bytes.Buffer
	if err := Write(&z, sample()); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&z)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	s := string(plain)
	// Every prefix of the content fails cleanly; none panics.
	for n := 0; n < len(s); n++ {
		if _, err := Decode(s[:n]); err == nil {
			t.Fatalf("Decode of %d of %d bytes: no error", n, len(s))
		}
	}
	if _, err := Decode(s + "x"); err == nil {
		t.Error("Decode with a trailing byte: no error")
	}
	if _, err := Decode(s); err != nil {
		t.Fatal(err)
	}
}
