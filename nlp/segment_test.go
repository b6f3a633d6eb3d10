package nlp_test

import (
	"slices"
	"testing"

	"github.com/parley-events/parley/nlp"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"blank lines", " \n\t\n  ", nil},
		{"one sentence", "Talks resumed on Monday.", []string{"Talks resumed on Monday."}},
		{"trimmed", "  Talks resumed.  ", []string{"Talks resumed."}},
		{"two sentences", "Talks resumed. Both sides attended.", []string{"Talks resumed.", "Both sides attended."}},
		{"question and exclamation", "Will they meet? Nobody knows! Not yet.", []string{"Will they meet?", "Nobody knows!", "Not yet."}},
		{"headline line", "Zelensky to travel to Turkey\nHe will meet Erdogan.", []string{"Zelensky to travel to Turkey", "He will meet Erdogan."}},
		{"crlf", "Headline here\r\n\r\nBody text.\r\n", []string{"Headline here", "Body text."}},
		{"lower case after period", "It cost 3.5 bn. dollars in all.", []string{"It cost 3.5 bn. dollars in all."}},
		{"decimal", "Growth was 3.5 percent. Prices rose.", []string{"Growth was 3.5 percent.", "Prices rose."}},
		{"title", "Mr. Putin met Dr. Smith and Gen. Jones.", []string{"Mr. Putin met Dr. Smith and Gen. Jones."}},
		{"ranks", "Lt. Col. Ivanov and Sgt. Petrov spoke.", []string{"Lt. Col. Ivanov and Sgt. Petrov spoke."}},
		{"saint", "They flew to St. Petersburg.", []string{"They flew to St. Petersburg."}},
		{"Philippine given name", "Foreign Secretary Ma. Theresa Lazaro spoke.", []string{"Foreign Secretary Ma. Theresa Lazaro spoke."}},
		{"month before number", "It ended on Jan. 5 in Geneva.", []string{"It ended on Jan. 5 in Geneva."}},
		{"number abbreviation", "Resolution No. 2231 was cited.", []string{"Resolution No. 2231 was cited."}},
		{"acronym before name", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"acronym before opener", "He lives in the U.S. The next day he left.", []string{"He lives in the U.S.", "The next day he left."}},
		{"acronym before name ambiguous", "Talks with the U.N. Security Council failed.", []string{"Talks with the U.N. Security Council failed."}},
		{"initials", "John F. Kennedy spoke. Then he left.", []string{"John F. Kennedy spoke.", "Then he left."}},
		{"company", "Shares of Acme Inc. Rose sharply.", []string{"Shares of Acme Inc. Rose sharply."}},
		{"company at end", "He works for Acme Inc. He said so.", []string{"He works for Acme Inc.", "He said so."}},
		{"closing quote", `"We will win." He smiled.`, []string{`"We will win."`, "He smiled."}},
		{"curly quotes", "“We will win.” He smiled.", []string{"“We will win.”", "He smiled."}},
		{"opening quote next", `He left. "Why?" she asked.`, []string{"He left.", `"Why?" she asked.`}},
		{"quote continues", `"Why?" she asked.`, []string{`"Why?" she asked.`}},
		{"bracket", "The vote passed (narrowly). Critics objected.", []string{"The vote passed (narrowly).", "Critics objected."}},
		{"digit start", "He left. 20 people stayed.", []string{"He left.", "20 people stayed."}},
		{"ellipsis", "He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		{"unicode ellipsis", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"no space", "Visit example.com. It works.", []string{"Visit example.com.", "It works."}},
		{"utf8", "Erdoğan met Zelenskyy. Ça va.", []string{"Erdoğan met Zelenskyy.", "Ça va."}},
		{"nbsp", "He left.\u00a0Then she did.", []string{"He left.", "Then she did."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range nlp.Segment(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
