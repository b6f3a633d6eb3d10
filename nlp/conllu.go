package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TaggedSentence is a sentence with gold-standard annotation, as read from
// a treebank.
type TaggedSentence struct {
	// Text is the sentence text, from the "# text =" comment if present.
	Text string
	// Words, Tags and Lemmas are parallel: the word forms, their Penn
	// Treebank (XPOS) tags and their lemmas.
	Words, Tags, Lemmas []string
	// Heads and Rels are the dependency tree, parallel to Words: the index
	// in Words of each word's head (-1 for the root) and its relation to it
	// as written in the treebank ("nsubj", "obl:tmod").
	Heads []int
	Rels  []string
}

// ReadCoNLLU reads the sentences of a CoNLL-U file: for each syntactic word
// its form, XPOS tag, lemma, head and relation. Multi-word token lines ("1-2 don't") and
// empty nodes ("8.1") are skipped, so the words are those the tagger sees
// after Tokenize.
func ReadCoNLLU(r io.Reader) ([]TaggedSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		sents   []TaggedSentence
		current TaggedSentence
		lineNo  int
	)
	flush := func() {
		if len(current.Words) > 0 {
			sents = append(sents, current)
		}
		current = TaggedSentence{}
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		switch {
		case line == "":
			flush()
			continue
		case strings.HasPrefix(line, "# text = "):
			current.Text = strings.TrimPrefix(line, "# text = ")
			continue
		case line[0] == '#':
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("conllu line %d: %d columns, want 10", lineNo, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // a multi-word token or an empty node
		}
		current.Words = append(current.Words, cols[1])
		current.Lemmas = append(current.Lemmas, cols[2])
		current.Tags = append(current.Tags, cols[4])
		head, err := strconv.Atoi(cols[6])
		if err != nil {
			return nil, fmt.Errorf("conllu line %d: head %q is not a number", lineNo, cols[6])
		}
		current.Heads = append(current.Heads, head-1)
		current.Rels = append(current.Rels, cols[7])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", lineNo, err)
	}
	flush()
	return sents, nil
}
