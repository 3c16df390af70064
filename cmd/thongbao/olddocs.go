package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/thongbao/thongbao/notice/source"
)

// A Word 97-2003 file (.doc) in a folder is no notice check, batch or
// tasks can read, so their walks leave it out; each one is named on standard error
// with what to do, so that a clerk does not take it for checked. A .doc
// given by name is read, and the Word reader says the same as a finding.

// isOldDoc reports a .doc that is not Word's lock file of an open document.
func isOldDoc(p string) bool {
	return strings.EqualFold(filepath.Ext(p), ".doc") && !strings.HasPrefix(filepath.Base(p), "~$")
}

// oldDocs finds the .doc files under the folders among roots, in the
// order of the walk, not entering the folders skipDir names (it may be
// nil). What cannot be read is left to the walk of the notices to say.
func oldDocs(roots []string, skipDir func(string) bool) []string {
	var dirs []string
	for _, r := range roots {
		if fi, err := os.Stat(r); err == nil && fi.IsDir() {
			dirs = append(dirs, r)
		}
	}
	if len(dirs) == 0 {
		return nil
	}
	found, _ := source.Walk(dirs, source.WalkOptions{Keep: isOldDoc, SkipDir: skipDir})
	out := make([]string, 0, len(found))
	for _, f := range found {
		out = append(out, relative(f.Path))
	}
	return out
}

// noteOldDocs names on standard error each .doc a command left out, and
// what to do with it; the exit code does not change.
func noteOldDocs(e *env, cmd string, paths []string) {
	for _, p := range paths {
		fmt.Fprintf(e.stderr, e.tr("%s: bỏ qua %s: tệp Word 97-2003 (.doc) không kiểm tra được; mở tệp bằng Word, lưu lại thành .docx (Tệp > Lưu thành > Tài liệu Word) rồi kiểm tra lại\n",
			"%s: skipped %s: a Word 97-2003 file (.doc) cannot be checked; open it in Word, save it as .docx (File > Save As > Word Document) and check it again\n"), cmd, p)
	}
}

// sameDir returns a test of whether a path is the folder dir, for a walk
// that does not enter batch's output folder.
func sameDir(dir string) func(string) bool {
	want, err := filepath.Abs(dir)
	if err != nil {
		want = dir
	}
	return func(p string) bool {
		abs, _ := filepath.Abs(p)
		return abs == want
	}
}
