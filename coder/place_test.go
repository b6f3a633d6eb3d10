package coder_test

import (
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/geo"
)

// TestPlaces checks where events are placed: the named place (also one the
// dictionaries do not list), the host of a visit, a capital by its
// context, and never a place as an actor. Without the built gazetteer the
// coordinates are missing but countries still hold.
func TestPlaces(t *testing.T) {
	_, gazErr := geo.Load()
	tests := []struct {
		text, country, name string
	}{
		{"Russian and Ukrainian delegates held talks in Istanbul on Friday.", "TUR", "Istanbul"},
		{"German Chancellor Friedrich Merz visited Kyiv on Saturday.", "UKR", "Kyiv"},
		{"American protesters rallied in Paris, Texas on Monday against the mayor.", "USA", "Paris"},
		{"French protesters rallied in Paris on Monday against the government.", "FRA", "Paris"},
		{"Israeli troops detained Palestinian protesters in Jenin.", "PSE", "Jenin"},
		{"Police in Minneapolis arrested protesters.", "USA", "Minneapolis"},
	}
	c := defaultCoder(t)
	for _, tt := range tests {
		if gazErr != nil && tt.name == "Paris" && tt.country == "USA" {
			t.Logf("skipping %q: %v", tt.text, gazErr)
			continue
		}
		_, events := c.Code(&parley.Article{ID: "t", Text: tt.text, Published: published})
		if len(events) == 0 {
			t.Errorf("%s: no event", tt.text)
			continue
		}
		p := events[0].Place
		if p == nil || p.Country != tt.country || p.Name != tt.name && p.Start == 0 {
			t.Errorf("%s: place = %+v, want %s in %s", tt.text, p, tt.name, tt.country)
		}
	}
}

// TestBorderIsNoPlace checks that a country adjective before "border" does
// not put the act in that country: the act is near the border, most often
// on the near side.
func TestBorderIsNoPlace(t *testing.T) {
	c := defaultCoder(t)
	text := "Tunisian police detained 40 migrants near the Algerian border on Monday."
	_, events := c.Code(&parley.Article{ID: "t", Text: text, Published: published})
	if len(events) == 0 {
		t.Fatalf("%s: no event", text)
	}
	if p := events[0].Place; p != nil && p.Country == "DZA" {
		t.Errorf("%s: place = %+v, want none or Tunisia", text, p)
	}
}
