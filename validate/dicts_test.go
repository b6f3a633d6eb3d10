package validate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-events/parley/dict"
	"github.com/parley-events/parley/validate"
)

func TestDictFilesBesideSuite(t *testing.T) {
	s, err := validate.ReadFile(suitePath(t, "petrarch2-unittest/PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := validate.DictFiles(s, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Element+"="+filepath.Base(f.Path)+"/"+string(f.Format))
		if filepath.Dir(f.Path) != filepath.Dir(s.Path) {
			t.Errorf("%s found in %s, want the suite's folder", f.Name, f.Path)
		}
	}
	want := "Verbfile=PETR.Validate.verbs.txt/verbs Actorfile=PETR.Validate.actors.txt/actors Agentfile=PETR.Validate.agents.txt/agents Discardfile=PETR.Validate.discards.txt/discards"
	if strings.Join(got, " ") != want {
		t.Errorf("files = %s\nwant    %s", strings.Join(got, " "), want)
	}
	if len(validate.DictPaths(files)) != 4 {
		t.Errorf("DictPaths = %v", validate.DictPaths(files))
	}
}

func TestDictFilesGSR(t *testing.T) {
	s, err := validate.ReadFile(suitePath(t, "petrarch2-gsr/PETR2_GSR_validation.xml"))
	if err != nil {
		t.Fatal(err)
	}
	// The Phoenix dictionaries are not beside the suite.
	_, err = validate.DictFiles(s, "")
	if err == nil {
		t.Fatal("want an error: the Phoenix dictionaries are not in the suite's folder")
	}
	for _, name := range []string{"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt", "<Verbfile>"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name %s: %v", name, err)
		}
	}
	phoenix := filepath.Join(dataDir, "..", "dictionaries", "phoenix")
	if _, err := os.Stat(phoenix); err != nil {
		t.Skipf("Phoenix dictionaries not available: %v", err)
	}
	files, err := validate.DictFiles(s, phoenix)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 6 {
		t.Errorf("got %d files, want 6 (verbs, 3 actors, agents, discards): %+v", len(files), files)
	}
	for _, f := range files {
		if filepath.Dir(f.Path) != phoenix {
			t.Errorf("%s resolved to %s", f.Name, f.Path)
		}
	}
}

func TestDictFilesSearchOrder(t *testing.T) {
	suiteDir, dictDir := t.TempDir(), t.TempDir()
	write := func(dir, name string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("# test\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(suiteDir, "x.verbs.txt")
	write(dictDir, "x.verbs.txt")
	write(suiteDir, "x.actors.txt")
	write(suiteDir, "oddname.txt")
	suitePath := filepath.Join(suiteDir, "suite.xml")

	mk := func(env validate.Environment) *validate.Suite {
		env.Line = 3
		return &validate.Suite{Path: suitePath, Environment: env}
	}
	files, err := validate.DictFiles(mk(validate.Environment{Verbfile: "x.verbs.txt", Actorfiles: []string{"x.actors.txt"}}), dictDir)
	if err != nil {
		t.Fatal(err)
	}
	if files[0].Path != filepath.Join(dictDir, "x.verbs.txt") || files[1].Path != filepath.Join(suiteDir, "x.actors.txt") {
		t.Errorf("want the dict dir first, then the suite's folder: %+v", files)
	}
	if files[0].Format != dict.FormatVerbs || files[1].Format != dict.FormatActors {
		t.Errorf("formats = %s %s", files[0].Format, files[1].Format)
	}

	_, err = validate.DictFiles(mk(validate.Environment{Verbfile: "x.verbs.txt", Agentfile: "missing.agents.txt"}), dictDir)
	if err == nil || !strings.Contains(err.Error(), "missing.agents.txt (<Agentfile>) not found in "+dictDir+", "+suiteDir) ||
		!strings.Contains(err.Error(), suitePath+":3:") {
		t.Errorf("err = %v", err)
	}

	_, err = validate.DictFiles(mk(validate.Environment{Actorfiles: []string{"oddname.txt"}}), "")
	if err == nil || !strings.Contains(err.Error(), "cannot tell its format") {
		t.Errorf("a name the loader cannot read should be an error: %v", err)
	}

	_, err = validate.DictFiles(mk(validate.Environment{}), "")
	if err == nil || !strings.Contains(err.Error(), "names no dictionary files") {
		t.Errorf("err = %v", err)
	}
}
