// Package eval scores coded events against parley's hand-coded evaluation
// set.
//
// The set lives in testdata: articles.jsonl holds 30 original wire-style
// articles and gold.jsonl the events a careful CAMEO coder finds in them,
// one (source, target, code, date, place) per act, plus "none" lines that
// document clauses which must yield nothing (history, negation,
// hypotheticals). testdata/README.md gives the coding conventions.
//
// Score matches predicted events to gold events per article as multisets of
// (source, target, code) and reports precision, recall and F1 per article,
// micro-averaged over the set and macro-averaged over articles, at the event
// level and at the root (two-digit) level, plus how often matched events got
// the date and the place right.
package eval
