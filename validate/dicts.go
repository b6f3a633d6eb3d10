package validate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-events/parley/dict"
)

// DictFile is one dictionary named by a suite's <Environment>.
type DictFile struct {
	// Element is the environment element that names it (Verbfile,
	// Actorfile, Agentfile, Discardfile, Issuefile).
	Element string
	// Name is the file name as the suite writes it; Path is where it was
	// found.
	Name, Path string
	Format     dict.Format
}

// DictFiles resolves the dictionaries a suite's environment names. Each
// name is looked for in dictDir, then in the suite's own folder (dictDir
// "" means the suite's folder only); an absolute name is used as it is.
// The PICO ontology and error log are not dictionaries parley reads and are
// not resolved.
//
// Every file that cannot be found is reported, naming the file, its
// element and the folders searched. A file whose name would make parley's
// loader (dict.Detect) read it in another format than its element says is
// also an error, since the coder chooses the format from the name.
func DictFiles(s *Suite, dictDir string) ([]DictFile, error) {
	env := s.Environment
	type want struct {
		elem string
		name string
		f    dict.Format
	}
	var wants []want
	add := func(elem, name string, f dict.Format) {
		if name = strings.TrimSpace(name); name != "" {
			wants = append(wants, want{elem, name, f})
		}
	}
	add("Verbfile", env.Verbfile, dict.FormatVerbs)
	for _, a := range env.Actorfiles {
		add("Actorfile", a, dict.FormatActors)
	}
	add("Agentfile", env.Agentfile, dict.FormatAgents)
	add("Discardfile", env.Discardfile, dict.FormatDiscards)
	add("Issuefile", env.Issuefile, dict.FormatIssues)
	if len(wants) == 0 {
		return nil, fmt.Errorf("%s:%d: <Environment> names no dictionary files", s.Path, env.Line)
	}

	var dirs []string
	if dictDir != "" {
		dirs = append(dirs, dictDir)
	}
	suiteDir := filepath.Dir(s.Path)
	if dictDir == "" || !sameDir(dictDir, suiteDir) {
		dirs = append(dirs, suiteDir)
	}

	var files []DictFile
	var errs []error
	for _, w := range wants {
		path, ok := findFile(w.name, dirs)
		if !ok {
			where := strings.Join(dirs, ", ")
			if filepath.IsAbs(w.name) {
				where = "its absolute path"
			}
			errs = append(errs, fmt.Errorf("%s:%d: dictionary %s (<%s>) not found in %s", s.Path, env.Line, w.name, w.elem, where))
			continue
		}
		if got := dict.Detect(path); got != w.f {
			msg := "cannot tell its format from its name"
			if got != "" {
				msg = fmt.Sprintf("its name reads as a %s file", got)
			}
			errs = append(errs, fmt.Errorf("%s:%d: dictionary %s is a <%s> (%s) but %s; give it a name with %q in it", s.Path, env.Line, path, w.elem, w.f, msg, w.f))
			continue
		}
		files = append(files, DictFile{Element: w.elem, Name: w.name, Path: path, Format: w.f})
	}
	if len(errs) > 0 {
		return files, errors.Join(errs...)
	}
	return files, nil
}

// DictPaths returns the paths of the files, in order: what coder.Config's
// Dicts wants.
func DictPaths(files []DictFile) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Path
	}
	return out
}

func findFile(name string, dirs []string) (string, bool) {
	if filepath.IsAbs(name) {
		return name, isFile(name)
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if isFile(p) {
			return p, true
		}
	}
	return "", false
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func sameDir(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
