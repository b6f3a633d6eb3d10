package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func TestCodeJSONLFromStdin(t *testing.T) {
	code, out, errs := run(t, "Zelensky accused Putin of lying.\n", "code", "--published", "2025-05-11", "--format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("want 1 event, got %q", out)
	}
	var e map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &e); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"article", "sentence", "date", "source", "target", "code", "name", "goldstein", "quad", "plover", "evidence"} {
		if _, ok := e[key]; !ok {
			t.Errorf("event lacks %q: %s", key, lines[0])
		}
	}
	if e["code"] != "112" || e["date"] != "2025-05-11" {
		t.Errorf("event = %s", lines[0])
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(good, []byte("Erdogan hosted Zelensky in Ankara.\n"), 0o644)
	os.WriteFile(bad, []byte("{not json\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want int
		errs string
	}{
		{"ok", []string{"code", "--format", "tsv", good}, 0, ""},
		{"flags after the files", []string{"code", good, "--format", "tsv"}, 0, ""},
		{"bad input still codes the rest", []string{"code", "--format", "tsv", good, bad}, 1, "bad.jsonl:1: invalid JSON"},
		{"no input", []string{"code"}, 2, "no input"},
		{"bad flag", []string{"code", "--nope", good}, 2, ""},
		{"bad format", []string{"code", "--format", "xml", good}, 2, "unknown format"},
		{"bad date", []string{"code", "--published", "May 5", good}, 2, "unknown date format"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "", tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.want, errs)
			}
			if tt.errs != "" && !strings.Contains(errs, tt.errs) {
				t.Errorf("stderr %q lacks %q", errs, tt.errs)
			}
			if tt.name == "bad input still codes the rest" && !strings.Contains(out, "043") {
				t.Errorf("the good article was not coded: %q", out)
			}
		})
	}
}

func TestDictCheck(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.actors.txt")
	os.WriteFile(p, []byte("GOOD_ [AAA]\nBAD_\n\t[BBB 2020-99-99]\n"), 0o644)
	code, out, _ := run(t, "", "dict", "check", p)
	if code != 1 || !strings.Contains(out, "mine.actors.txt:3") {
		t.Errorf("exit %d, out %q", code, out)
	}
	code, out, _ = run(t, "", "dict", "check")
	if code != 0 || !strings.Contains(out, "0 problems") {
		t.Errorf("defaults: exit %d, out %q", code, out)
	}
}
