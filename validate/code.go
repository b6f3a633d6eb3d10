package validate

import (
	"fmt"
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

// CodeWith returns a CodeFunc that codes each record's text as an article
// published on the record's date, with the coder coderFor returns for the
// record's require_dyad option (asked once per value and kept). A record
// counts as discarded when the coder's document carries a "discard"
// diagnostic.
func CodeWith(coderFor func(requireDyad bool) (Coder, error)) CodeFunc {
	var mu sync.Mutex
	coders := map[bool]Coder{}
	errs := map[bool]error{}
	get := func(rd bool) (Coder, error) {
		mu.Lock()
		defer mu.Unlock()
		if c, ok := coders[rd]; ok {
			return c, errs[rd]
		}
		c, err := coderFor(rd)
		coders[rd], errs[rd] = c, err
		return c, err
	}
	return func(rec *Record) ([]parley.Event, bool, error) {
		c, err := get(rec.RequireDyad())
		if err != nil {
			return nil, false, err
		}
		if c == nil {
			return nil, false, fmt.Errorf("no coder for require_dyad=%v", rec.RequireDyad())
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
