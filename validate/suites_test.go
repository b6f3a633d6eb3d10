package validate_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-events/parley/coder"
	"github.com/parley-events/parley/validate"
)

// minUnitTestPass is the share of PETR.UnitTest records parley must pass:
// issue 3's bar.
const minUnitTestPass = 0.90

// TestPETRARCHUnitSuite runs the PETRARCH unit-test suite with its own
// dictionaries, as "parley validate" does.
func TestPETRARCHUnitSuite(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "validation", "petrarch2-unittest", "PETR.UnitTest.records.xml")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("PETRARCH suite not available (../shared absent): %v", err)
	}
	s, err := validate.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	files, err := validate.DictFiles(s, "")
	if err != nil {
		t.Fatal(err)
	}
	code := validate.CodeWith(func(st validate.Settings) (validate.Coder, error) {
		c, _, err := coder.Load(coder.Config{Dicts: validate.DictPaths(files), NoDefaults: true, RequireTarget: st.RequireDyad, Historical: true, Literal: true, NewActorLength: st.NewActorLength})
		return c, err
	})
	res := validate.Run(s, code, validate.Options{})
	rate := float64(res.Passed) / float64(res.Passed+res.Failed)
	t.Logf("PETR.UnitTest: %d passed, %d failed, %d skipped (%.1f%%)", res.Passed, res.Failed, res.Skipped, 100*rate)
	if rate < minUnitTestPass {
		t.Errorf("pass rate %.3f below the floor %.2f", rate, minUnitTestPass)
	}
}
