package eval_test

import (
	"os"
	"testing"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/eval"
)

// minEventF1 is the floor the coder must hold on parley's own evaluation
// set (micro F1 on source, target and code). Raise it as the coder improves.
const minEventF1 = 0.70

// minHeldOutF1 is the floor on the held-out set, which nobody tunes on: it
// only guards against collapse; the README reports the measured figure.
const minHeldOutF1 = 0.32

// TestEvaluationSet codes the development articles written for parley and
// scores them against their hand-made gold. Set PARLEY_EVAL_REPORT=1 to see
// every false positive and negative.
func TestEvaluationSet(t *testing.T) {
	score(t, "testdata/articles.jsonl", "testdata/gold.jsonl", minEventF1, os.Getenv("PARLEY_EVAL_REPORT") != "")
}

// TestHeldOutSet scores the held-out articles. Its errors are never printed:
// looking at them would make it a development set.
func TestHeldOutSet(t *testing.T) {
	score(t, "testdata/heldout/articles.jsonl", "testdata/heldout/gold.jsonl", minHeldOutF1, false)
}

func score(t *testing.T, articlesPath, goldPath string, floor float64, report bool) {
	articles, err := eval.LoadArticles(articlesPath)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := eval.LoadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := coder.Load(coder.Config{RequireTarget: true})
	if err != nil {
		t.Fatal(err)
	}
	var events []parley.Event
	for i := range articles {
		_, evs := c.Code(&articles[i])
		events = append(events, evs...)
	}
	r := eval.Score(gold, events)
	t.Logf("event level: P %.3f R %.3f F1 %.3f (macro F1 %.3f); root level F1 %.3f; dates right %d/%d, places right %d/%d",
		r.Event.Precision, r.Event.Recall, r.Event.F1, r.MacroF1, r.Root.F1, r.DateRight, r.DateChecked, r.PlaceRight, r.PlaceChecked)
	if report {
		if err := r.Write(os.Stdout); err != nil {
			t.Fatal(err)
		}
	}
	if r.Event.F1 < floor {
		t.Errorf("event F1 %.3f below the floor %.2f", r.Event.F1, floor)
	}
}
