package dict

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Dump writes everything a dictionary holds, in a stable order, so tests
// can check that a change to the readers leaves their results unchanged.
func Dump(d *Dictionary, w io.Writer) {
	for _, a := range d.Actors {
		fmt.Fprintf(w, "actor %q kind=%d default=%q person=%v seat=%q %s:%d\n", a.Name, a.Kind, a.Default, a.Person, a.Seat, a.File, a.Line)
		for _, r := range a.Roles {
			fmt.Fprintf(w, "  role %s %s %s\n", r.Code, r.From.Format("2006-01-02"), r.To.Format("2006-01-02"))
		}
	}
	for _, g := range d.Agents {
		fmt.Fprintf(w, "agent %q %q prefix=%v %s:%d\n", g.Name, g.Code, g.Prefix, g.File, g.Line)
	}
	for _, ds := range d.Discards {
		fmt.Fprintf(w, "discard %q story=%v stem=%v %s:%d\n", ds.Words, ds.Story, ds.Stem, ds.File, ds.Line)
	}
	dumpIndex := func(name string, idx map[string][]match) {
		keys := make([]string, 0, len(idx))
		for k := range idx {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s %q:", name, k)
			for _, m := range idx[k] {
				who := ""
				if m.actor != nil {
					who = fmt.Sprintf("%s:%d", m.actor.File, m.actor.Line)
				} else {
					who = fmt.Sprintf("%s:%d", m.agent.File, m.agent.Line)
				}
				fmt.Fprintf(w, " [%s stem=%v exact=%v orig=%q %s]", strings.Join(m.words, "|"), m.stem, m.exactCase, m.original, who)
			}
			fmt.Fprintln(w)
		}
	}
	d.sortIndex()
	dumpIndex("actors", d.actors)
	dumpIndex("agents", d.agents)
	keys := make([]string, 0, len(d.discards))
	for k := range d.discards {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "discards %q:", k)
		for _, ds := range d.discards[k] {
			fmt.Fprintf(w, " %s:%d", ds.File, ds.Line)
		}
		fmt.Fprintln(w)
	}
	for _, v := range []*VerbDict{d.Verbs, d.Nouns} {
		dumpVerbs(v, w)
	}
	for _, p := range d.Problems {
		fmt.Fprintln(w, "problem", p)
	}
}

func dumpVerbs(v *VerbDict, w io.Writer) {
	names := make([]string, 0, len(v.Synsets))
	for k := range v.Synsets {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(w, "synset %s %q\n", k, v.Synsets[k])
	}
	for _, b := range v.Blocks {
		fmt.Fprintf(w, "block %q %q %q %s:%d nouns=%v\n", b.Name, b.Code, b.Pair, b.File, b.Line, b.nouns)
		for _, vb := range b.Verbs {
			fmt.Fprintf(w, "  verb %q head=%d %q %q %s:%d\n", vb.Words, vb.Head, vb.Code, vb.Pair, vb.File, vb.Line)
		}
		for _, p := range b.Patterns {
			fmt.Fprintf(w, "  pattern %+v %+v va=%v la=%v %q %q %s:%d %q\n", p.Left, p.Right, p.VerbAdjacent, p.LeftAdjacent, p.Code, p.Pair, p.File, p.Line, p.Raw)
		}
	}
	words := make([]string, 0, len(v.byWord))
	for k := range v.byWord {
		words = append(words, k)
	}
	sort.Strings(words)
	for _, k := range words {
		fmt.Fprintf(w, "byword %q:", k)
		for _, vb := range v.byWord[k] {
			fmt.Fprintf(w, " %s:%d", vb.File, vb.Line)
		}
		fmt.Fprintln(w)
	}
	forms := make([]string, 0, len(v.pastForms))
	for k := range v.pastForms {
		forms = append(forms, k)
	}
	sort.Strings(forms)
	for _, k := range forms {
		fmt.Fprintf(w, "past %q=%q\n", k, v.pastForms[k])
	}
}
