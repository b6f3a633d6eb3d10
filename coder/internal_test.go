package coder

import (
	"strings"
	"testing"

	"github.com/parley-events/parley"
)

// TestRegularForm checks the inflections literal (PETRARCH) mode accepts
// for a dictionary verb listed only in its base form.
func TestRegularForm(t *testing.T) {
	tests := []struct {
		base, form string
		want       bool
	}{
		{"depart", "depart", true},
		{"depart", "departs", true},
		{"depart", "departed", true},
		{"depart", "departing", true},
		{"depart", "departes", false},
		{"watch", "watches", true},
		{"carry", "carries", true},
		{"carry", "carried", true},
		{"agree", "agreed", true},
		{"agree", "agrees", true},
		{"make", "making", true},
		{"stop", "stopped", true},
		{"stop", "stopping", true},
		{"meet", "meets", true},
		{"meet", "meeted", true},
		{"accuse", "accusing", true},
		{"accuse", "accuseing", true},
		{"criticize", "criticized", true},
		{"warn", "warnes", false},
	}
	for _, tt := range tests {
		if got := regularForm(tt.base, tt.form); got != tt.want {
			t.Errorf("regularForm(%q, %q) = %v, want %v", tt.base, tt.form, got, tt.want)
		}
	}
}

// TestCodeSurvivesAFault checks that a fault while coding one article is
// reported on its document instead of taking the caller down.
func TestCodeSurvivesAFault(t *testing.T) {
	broken := &Coder{} // no annotator, no dictionaries: coding faults
	doc, events := broken.Code(&parley.Article{ID: "a1", Text: "Russia attacked Ukraine."})
	if doc.Err() == nil || len(events) != 0 {
		t.Fatalf("want a failure and no events, got err=%v events=%v", doc.Err(), events)
	}
}

// TestDominantTie checks that a tie for the most-mentioned country gives
// no dominant country, whatever order the map yields its keys in.
func TestDominantTie(t *testing.T) {
	for i := 0; i < 200; i++ {
		if got := dominant(map[string]int{"KEN": 2, "TZA": 2, "UGA": 1}); got != "" {
			t.Fatalf("tie gave %q, want none", got)
		}
	}
	if got := dominant(map[string]int{"KEN": 3, "TZA": 2}); got != "KEN" {
		t.Fatalf("clear lead gave %q, want KEN", got)
	}
}

// TestPairFor checks which two actors "the two leaders" or "the two sides"
// name: states for a role noun, any party for "sides".
func TestPairFor(t *testing.T) {
	recent := []string{"IGOWAFWAS", "BFAGOV", "GHA"}
	if got := pairFor(recent, "leader", 2); strings.Join(got, " ") != "BFAGOV GHAGOV" {
		t.Errorf("the two leaders = %v, want BFAGOV GHAGOV", got)
	}
	if got := pairFor(recent, "side", 2); strings.Join(got, " ") != "IGOWAFWAS BFAGOV" {
		t.Errorf("the two sides = %v, want IGOWAFWAS BFAGOV", got)
	}
	if strings.Join(recent, " ") != "IGOWAFWAS BFAGOV GHA" {
		t.Errorf("pairFor changed its argument: %v", recent)
	}
}
