package validate

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/parley-events/parley"
)

// Coder codes one article; *coder.Coder satisfies it.
type Coder interface {
	Code(a *parley.Article) (*parley.Doc, []parley.Event)
}

// DiscardStage is the diagnostic stage under which the coder reports a
// sentence or story dropped by a discard phrase.
const DiscardStage = "discard"

// Settings are the PETRARCH options in force for a record that change how
// it is coded, so that records with the same settings share a coder.
type Settings struct {
	// RequireDyad is PETRARCH's require_dyad (see Record.RequireDyad).
	RequireDyad bool
	// NewActorLength is PETRARCH's new_actor_length: noun phrases of at
	// most this many words that name no actor are coded by their text; 0
	// turns it off.
	NewActorLength int
}

// SettingsOf returns the settings in force for a record.
func SettingsOf(r *Record) Settings {
	st := Settings{RequireDyad: r.RequireDyad()}
	if v, ok := r.Option("new_actor_length"); ok {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 0 {
			st.NewActorLength = n
		}
	}
	return st
}

// CodeWith returns a CodeFunc that codes each record's text as an article
// published on the record's date, with the coder coderFor returns for the
// record's settings (asked once per distinct settings and kept). A record
// counts as discarded when the coder's document carries a "discard"
// diagnostic.
func CodeWith(coderFor func(Settings) (Coder, error)) CodeFunc {
	var mu sync.Mutex
	coders := map[Settings]Coder{}
	errs := map[Settings]error{}
	get := func(st Settings) (Coder, error) {
		mu.Lock()
		defer mu.Unlock()
		if c, ok := coders[st]; ok {
			return c, errs[st]
		}
		c, err := coderFor(st)
		coders[st], errs[st] = c, err
		return c, err
	}
	return func(rec *Record) ([]parley.Event, bool, error) {
		st := SettingsOf(rec)
		c, err := get(st)
		if err != nil {
			return nil, false, err
		}
		if c == nil {
			return nil, false, fmt.Errorf("no coder for %+v", st)
		}
		a := &parley.Article{ID: rec.ID, Text: rec.Text, Published: rec.Date, Origin: fmt.Sprintf("%s:%d", rec.File, rec.Line)}
		doc, events := c.Code(a)
		discarded := false
		if doc != nil {
			for _, d := range doc.Diagnostics {
				if d.Stage == DiscardStage {
					discarded = true
					break
				}
			}
		}
		return events, discarded, nil
	}
}
