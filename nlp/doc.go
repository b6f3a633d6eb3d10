// Package nlp is parley's in-process English text processing: sentence
// segmentation, tokenization, part-of-speech tagging and lemmatization, all
// with byte offsets into the original text, and dependency parsing.
//
// Tokens follow the conventions of the UD English Web Treebank (EWT) and
// carry Penn Treebank tags predicted by a greedy averaged-perceptron tagger
// trained on EWT's training split. The model, with the lemma table learned
// from the same data, is embedded in the package (see model/README.md for
// its provenance and licence) and loaded once:
//
//	a, err := nlp.NewAnnotator()
//	if err != nil { ... }
//	a.Annotate(doc) // fills doc.Sentences and doc.Tokens
//
// The dependency parser (LoadParser, Parser.Parse) is a greedy arc-hybrid
// transition parser, also an averaged perceptron trained on EWT, that gives
// a tagged sentence its Universal Dependencies tree with coarse relations
// (Rel). Annotate does not parse; callers parse the sentences they need.
//
// Everything loaded is read-only afterwards, so one Annotator or Parser
// serves any number of goroutines.
package nlp
