// Package testlines gives tests every distinct line of the notices kept
// in the repository's testdata (.txt, .md and .toml files), for tests
// that hold a hand-written scanner to the expression it stands for on
// real text.
package testlines

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Read returns extra, then every distinct line of the notices under
// root, in the order the walk finds them. It stops the test when fewer
// than 1,000 texts are read: a wrong root would make a test that cannot
// fail.
func Read(tb testing.TB, root string, extra []string) []string {
	tb.Helper()
	texts := append([]string{}, extra...)
	seen := map[string]bool{}
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isNotice(p) {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, l := range strings.Split(string(src), "\n") {
			if !seen[l] {
				seen[l] = true
				texts = append(texts, l)
			}
		}
		return nil
	})
	if len(texts) < 1000 {
		tb.Fatalf("only %d texts read under %s", len(texts), root)
	}
	return texts
}

func isNotice(p string) bool {
	return strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".toml")
}
