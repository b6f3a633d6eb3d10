package nlp_test

import "testing"

func TestLemma(t *testing.T) {
	tagger := loadTagger(t)
	tests := []struct{ word, tag, want string }{
		// From the brief.
		{"met", "VBD", "meet"},
		{"talks", "NNS", "talk"},
		{"talks", "VBZ", "talk"},
		{"accused", "VBD", "accuse"},
		{"was", "VBD", "be"},
		{"visits", "VBZ", "visit"},
		{"countries", "NNS", "country"},
		{"stopped", "VBD", "stop"},
		{"carried", "VBN", "carry"},
		{"making", "VBG", "make"},
		// Case and clitics.
		{"Met", "VBD", "meet"},
		{"TALKS", "NNS", "talk"},
		{"n't", "RB", "not"},
		{"wo", "MD", "will"},
		{"'s", "VBZ", "be"},
		{"are", "VBP", "be"},
		{"Zelensky", "NNP", "zelensky"},
		// Irregular verbs and nouns.
		{"went", "VBD", "go"},
		{"withdrew", "VBD", "withdraw"},
		{"sought", "VBD", "seek"},
		{"fled", "VBD", "flee"},
		{"children", "NNS", "child"},
		{"crises", "NNS", "crisis"},
		{"chairmen", "NNS", "chairman"},
		// Suffix rules on words EWT does not have.
		{"negotiated", "VBD", "negotiate"},
		{"criticized", "VBD", "criticize"},
		{"shelled", "VBD", "shell"},
		{"patrolled", "VBD", "patrol"},
		{"travelled", "VBD", "travel"},
		{"installed", "VBD", "install"},
		{"mediating", "VBG", "mediate"},
		{"sanctioned", "VBN", "sanction"},
		{"deployed", "VBD", "deploy"},
		{"annexed", "VBD", "annex"},
		{"reaffirmed", "VBD", "reaffirm"},
		{"condemns", "VBZ", "condemn"},
		{"militias", "NNS", "militia"},
		{"embargoes", "NNS", "embargo"},
		{"ceasefires", "NNS", "ceasefire"},
		{"larger", "JJR", "large"},
		{"bigger", "JJR", "big"},
		{"happiest", "JJS", "happy"},
		// Words that are their own lemma.
		{"president", "NN", "president"},
		{"visit", "VB", "visit"},
		{"the", "DT", "the"},
		{",", ",", ","},
	}
	for _, tt := range tests {
		if got := tagger.Lemma(tt.word, tt.tag); got != tt.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
}
