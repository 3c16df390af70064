package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestPreCommitHookLeavesOutWhatTheWalkDoes: pre-commit names the files
// a commit changes one by one, and a file named is always read; so the
// hook's own filter must leave out what "check ." leaves out. An editor's
// .taplo.toml (the README's advice for VS Code) was read as a notice and
// failed the commit on eight missing fields.
func TestPreCommitHookLeavesOutWhatTheWalkDoes(t *testing.T) {
	b, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	field := func(key string) *regexp.Regexp {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), key+": "); ok {
				return regexp.MustCompile(v)
			}
		}
		t.Fatalf("no %s in .pre-commit-hooks.yaml", key)
		return nil
	}
	files, exclude := field("files"), field("exclude")
	checked := func(p string) bool { return files.MatchString(p) && !exclude.MatchString(p) }
	for _, p := range []string{".taplo.toml", ".thongbao.toml", "sub/.thongbao.toml", ".github/notes.md",
		"README.md", "docs/readme.vi.md", "LICENSE.txt", "CHANGELOG.md", "thongbao.schema.json"} {
		if checked(p) {
			t.Errorf("the hook checks %s, which check leaves out of a folder", p)
		}
	}
	for _, p := range []string{"tb-12.toml", "thong-bao/2026/tb-12.docx", "du-thao.md", "notices/security-plan.txt", "v1.2/tb.toml"} {
		if !checked(p) {
			t.Errorf("the hook leaves out %s, a notice", p)
		}
	}
}
