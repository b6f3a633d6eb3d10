package coder_test

import (
	"testing"

	"github.com/parley-events/parley"
)

// FuzzCode feeds the coder arbitrary text: it must never panic, and every
// offset it reports must lie inside the text.
func FuzzCode(f *testing.F) {
	for _, seed := range []string{
		"Two days later, he left.",
		"Both sides met. The two leaders signed a deal.",
		"Russia's invasion of Ukraine.\nZelensky Sets Sights on Turkey Talks",
		"'s , and the of to",
		"Kyiv, Moscow and Washington urged the UN to act, killing",
		"\"We will not negotiate,\" Putin said on Monday.",
		"Soldiers from Gondor and the government of Arnor clashed near the",
		"The Islamic Action Front (IAF), the largest party in parliament, said it would protest, demanding that",
		"Hundreds protested outside the embassy, demanding an end to the arrests, and urged them to",
		"QUITO, Ecuador (AP) — Police fired tear gas at the crowd",
	} {
		f.Add(seed)
	}
	c := defaultCoder(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, events := c.Code(&parley.Article{ID: "f", Text: text, Published: published})
		if err := doc.Err(); err != nil {
			t.Fatalf("coding failed: %v", err) // Code recovers a panic; the fuzzer must still see it
		}
		for _, e := range events {
			spans := []parley.ActorRef{e.Source}
			if e.Target != nil {
				spans = append(spans, *e.Target)
			}
			for _, r := range spans {
				if r.Start < 0 || r.End > len(text) || r.Start > r.End {
					t.Fatalf("actor offsets %d-%d outside text of %d bytes", r.Start, r.End, len(text))
				}
			}
			if e.Evidence.Start < 0 || e.Evidence.End > len(text) {
				t.Fatalf("evidence offsets %d-%d outside text", e.Evidence.Start, e.Evidence.End)
			}
		}
	})
}

func TestSentenceInitialNumbers(t *testing.T) {
	c := defaultCoder(t)
	for _, text := range []string{"Two days later, he left.", "Two officials said the talks failed.", "Both were arrested."} {
		c.Code(&parley.Article{ID: "t", Text: text, Published: published})
	}
}
