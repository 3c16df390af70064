package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// lockedFS is a tree in which one directory cannot be read, as a
// directory without permission is for anyone but root.
type lockedFS struct {
	fstest.MapFS
	locked string
}

func (l lockedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == l.locked {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return l.MapFS.ReadDir(name)
}

// TestWalkGoesOnPastAnUnreadableDirectory: the directory that cannot be
// read is one finding; the files beside it and after it are all found.
func TestWalkGoesOnPastAnUnreadableDirectory(t *testing.T) {
	fsys := lockedFS{MapFS: fstest.MapFS{
		"a/1.toml":       {},
		"b/secret.toml":  {},
		"c/2.toml":       {},
		"c/note.txt":     {},
		".git/x.toml":    {},
		"c/.hidden.toml": {},
	}, locked: "b"}
	found, problems := walkFS(fsys, "root", WalkOptions{Keep: func(p string) bool { return filepath.Ext(p) == ".toml" }})
	var rels []string
	for _, f := range found {
		rels = append(rels, f.Rel)
	}
	if want := []string{"a/1.toml", "c/2.toml"}; !reflect.DeepEqual(rels, want) {
		t.Errorf("found %v, want %v", rels, want)
	}
	if len(problems) != 1 || problems[0].Pos.Path != filepath.Join("root", "b") || !strings.Contains(problems[0].Message.EN, "permission denied") {
		t.Errorf("problems = %v", problems)
	}
}

// TestWalkStaysInItsTree: a link to a file outside the directory walked is
// a finding, not read; a link inside it is followed, and a file named on
// the command line is taken wherever it is.
func TestWalkStaysInItsTree(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(dir, "outside.toml")
	root := filepath.Join(dir, "root")
	for _, p := range []string{outside, filepath.Join(root, "in.toml")} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	must(t, os.Symlink(outside, filepath.Join(root, "out.toml")))
	must(t, os.Symlink("in.toml", filepath.Join(root, "again.toml")))
	found, problems := Walk([]string{root, outside}, WalkOptions{})
	var rels []string
	for _, f := range found {
		rels = append(rels, f.Rel)
	}
	if want := []string{"again.toml", "in.toml", "outside.toml"}; !reflect.DeepEqual(rels, want) {
		t.Errorf("found %v, want %v", rels, want)
	}
	if len(problems) != 1 || !strings.HasSuffix(problems[0].Pos.Path, "out.toml") || !strings.Contains(problems[0].Message.EN, "leads out of the directory") {
		t.Errorf("problems = %v", problems)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil && !errors.Is(err, fs.ErrExist) {
		t.Fatal(err)
	}
}

// TestWalkLeavesOutRepoDocs: a folder of notices kept in git has its
// README.md, LICENSE.txt, CHANGELOG.md; a walk leaves them out, as it
// leaves out hidden files, but takes them named on the command line.
func TestWalkLeavesOutRepoDocs(t *testing.T) {
	fsys := fstest.MapFS{
		"README.md":            {},
		"readme.vi.md":         {},
		"LICENSE.txt":          {},
		"docs/CHANGELOG.md":    {},
		"docs/CONTRIBUTING.md": {},
		"tb-readme.md":         {},
		"2024/tb-01.md":        {},
		"2024/huong-dan.txt":   {},
	}
	found, _ := walkFS(fsys, "root", WalkOptions{})
	var rels []string
	for _, f := range found {
		rels = append(rels, f.Rel)
	}
	if want := []string{"2024/huong-dan.txt", "2024/tb-01.md", "tb-readme.md"}; !reflect.DeepEqual(rels, want) {
		t.Errorf("found %v, want %v", rels, want)
	}
	dir := t.TempDir()
	readme := filepath.Join(dir, "README.md")
	if err := os.WriteFile(readme, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if found, _ := Walk([]string{readme}, WalkOptions{}); len(found) != 1 {
		t.Errorf("README.md named on the command line: found %v", found)
	}
}
