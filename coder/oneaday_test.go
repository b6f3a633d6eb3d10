package coder_test

import (
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
)

func TestOneADay(t *testing.T) {
	ev := func(article, outlet, date string) parley.Event {
		return parley.Event{Article: article, Outlet: outlet, Date: date, Code: "190",
			Source: parley.ActorRef{Code: "RUSMIL"}, Target: &parley.ActorRef{Code: "UKR"},
			Place: &parley.Place{Country: "UKR"}, Mentions: []parley.Mention{{Sentence: 4}}}
	}
	got := coder.OneADay([]parley.Event{
		ev("a1", "Reuters", "2025-05-11"), ev("a2", "AP", "2025-05-11"), ev("a3", "Reuters", "2025-05-11"),
		ev("a4", "AP", "2025-05-12"),
	})
	if len(got) != 2 {
		t.Fatalf("%d events, want 2 (one a day)", len(got))
	}
	c := got[0].Counts
	if c == nil || c.Mentions != 6 || c.Articles != 3 || c.Outlets != 2 {
		t.Errorf("counts = %+v, want 6 mentions, 3 articles, 2 outlets", c)
	}
	if got[1].Counts.Articles != 1 {
		t.Errorf("second day counts = %+v", got[1].Counts)
	}
}
