package geo

import "github.com/parley-events/parley/geo/internal/names"

// Normalize returns the lookup key of a place name. It is case- and
// diacritics-insensitive: letters are folded to ASCII ("Khān Yūnis" and
// "Khan Yunis" share the key "khan yunis"), apostrophes and modifier
// letters are dropped so that "Sana'a" and "Sanaa" match, other
// punctuation separates words ("Port-au-Prince" is "port au prince"), runs
// of single letters join ("Washington, D.C." is "washington dc"), a
// leading "the" is dropped, and the abbreviations "St", "Ste" and "Mt"
// become "saint", "sainte" and "mount".
//
// Every name in the gazetteer is indexed under its Normalize key, so a
// caller never needs to call Normalize itself; it is exported for callers
// that keep their own place lists in step with the gazetteer.
func Normalize(s string) string { return names.Normalize(s) }

// looseKey is the fallback key (see names.Loose): it absorbs the usual
// variation between transliterations ("Khan Younis", "Khān Yūnis").
func looseKey(key string) string { return names.Loose(key) }
