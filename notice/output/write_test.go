package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

func TestWriteFileReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("content = %q", b)
	}
	assertNoTemp(t, dir)
}

func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	// A directory cannot be replaced by a file: the rename fails.
	target := filepath.Join(dir, "taken")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(target, []byte("data"), 0o644); err == nil {
		t.Fatal("want an error")
	}
	assertNoTemp(t, dir)
	if err := WriteFile(filepath.Join(dir, "missing", "a.md"), []byte("x"), 0o644); err == nil {
		t.Fatal("want an error for a missing directory")
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if IsTemp(e.Name()) {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestGuard(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "n.toml")
	if err := os.WriteFile(src, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	var g Guard
	g.AddInput(src)
	for _, p := range []string{src, filepath.Join(dir, ".", "n.toml"), link} {
		if err := g.Check(p); !errors.Is(err, ErrIsSource) {
			t.Errorf("Check(%s) = %v, want ErrIsSource", p, err)
		}
	}
	if err := g.Check(filepath.Join(dir, "n.md")); err != nil {
		t.Errorf("Check(n.md) = %v", err)
	}
}

// TestGuardSourceSaved: a source saved since it was recorded (a new file
// renamed over it, as editors save) is that new file; the old one, whose
// number the system may give to an output, is no source any more.
func TestGuardSourceSaved(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "n.toml")
	if err := os.WriteFile(src, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var g Guard
	g.AddInput(src)
	old := filepath.Join(dir, "n.md") // the old file under another name
	if err := os.Link(src, old); err != nil {
		t.Skip("no hard links here:", err)
	}
	if err := g.Check(old); !errors.Is(err, ErrIsSource) {
		t.Fatalf("a link to the source: Check = %v, want ErrIsSource", err)
	}
	tmp := filepath.Join(dir, "n.toml.tmp")
	if err := os.WriteFile(tmp, []byte("y"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, src); err != nil {
		t.Fatal(err)
	}
	if err := g.Check(old); err != nil {
		t.Errorf("the file the source was before its save: Check = %v", err)
	}
	if err := g.Check(src); !errors.Is(err, ErrIsSource) {
		t.Errorf("the saved source: Check = %v, want ErrIsSource", err)
	}
}

// TestWriteToDirectory: an output path that is a directory is refused as
// one, where the rename's "file exists" told the clerk nothing.
func TestWriteToDirectory(t *testing.T) {
	dir := t.TempDir()
	taken := filepath.Join(dir, "out")
	if err := os.MkdirAll(filepath.Join(taken, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"WriteFile": WriteFile(taken, []byte("x"), 0o644),
		"WriteAll":  WriteAll([]File{{Path: filepath.Join(dir, "a.md"), Data: []byte("a")}, {Path: taken, Data: []byte("x")}}),
	} {
		var list diag.List
		if !errors.As(err, &list) || len(list) != 1 || list[0].Message.EN != "cannot write the output: it is a directory" {
			t.Errorf("%s: %v, want one finding saying it is a directory", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a.md")); !os.IsNotExist(err) {
		t.Errorf("WriteAll wrote a.md beside the failed output: %v", err)
	}
	assertNoTemp(t, dir)
}

// TestWriteAllKeepsEarlierOutput: an output of a set that is a directory
// fails the set before any of it is put in place: the set's first output,
// written by an earlier run, is not replaced and then taken away.
func TestWriteAllKeepsEarlierOutput(t *testing.T) {
	dir := t.TempDir()
	first, taken := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "a.md")
	if err := os.WriteFile(first, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(taken, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteAll([]File{{Path: first, Data: []byte("new"), Perm: 0o644}, {Path: taken, Data: []byte("x"), Perm: 0o644}}); err == nil {
		t.Fatal("WriteAll over a directory: no error")
	}
	if b, err := os.ReadFile(first); err != nil || string(b) != "old" {
		t.Errorf("the earlier a.pdf: %q, %v; want it kept as it was", b, err)
	}
	assertNoTemp(t, dir)
}

// TestMkdirAllOverFile: an output directory that is a file is said to be
// one, where the system's "a part of the path is not a directory" puzzled.
func TestMkdirAllOverFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "out")
	if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var list diag.List
	for _, dir := range []string{f, f + "/"} { // "-o out/": the same, not "the file exists"
		if err := MkdirAll(dir); !errors.As(err, &list) || list[0].Message.EN != "cannot write into the output directory: it is a file, not a directory" {
			t.Errorf("MkdirAll(%q, a file) = %v", dir, err)
		}
	}
	if b, _ := os.ReadFile(f); string(b) != "x" {
		t.Errorf("the file changed: %q", b)
	}
}

// TestFailureOfTheWorkingFolder: a render beside a source in a folder the
// clerk may not write into named the folder "." and told them to write
// into the source's folder, the one refused; -o DIR/ was no answer for
// new or import either, which take a file.
func TestFailureOfTheWorkingFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	err := Failure("x.pdf", &fs.PathError{Op: "open", Path: "x.pdf", Err: syscall.EACCES})
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("Failure: want one finding, got %v", err)
	}
	wd, _ := os.Getwd()
	if want := "không ghi được tệp kết quả vào thư mục " + wd + ": bạn không có quyền ghi vào thư mục này"; list[0].Message.VI != want {
		t.Errorf("message = %q, want %q", list[0].Message.VI, want)
	}
	for _, fix := range []string{list[0].Fix.VI, list[0].Fix.EN} {
		if strings.Contains(fix, "nguồn") || strings.Contains(fix, "source") || strings.Contains(fix, "DIR/") || strings.Contains(fix, "THƯ_MỤC/") {
			t.Errorf("fix %q sends the clerk back to the source's folder or to -o DIR/", fix)
		}
	}
}

// TestFailureSaysTheFolder: an output that cannot be made is explained by
// its folder, in words a clerk reads: /proc answers "no such file" for a
// file being made there, which named the output itself.
func TestFailureSaysTheFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "n.toml")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "x.pdf")
	pathErr := func(errno syscall.Errno) error { return &fs.PathError{Op: "open", Path: out, Err: errno} }
	tests := []struct {
		path string
		err  error
		vi   string
	}{
		{out, pathErr(syscall.ENOENT), "không ghi được tệp kết quả vào thư mục " + dir + ": thư mục này không nhận tệp mới"},
		{out, pathErr(syscall.EACCES), "không ghi được tệp kết quả vào thư mục " + dir + ": bạn không có quyền ghi vào thư mục này"},
		{out, pathErr(syscall.EROFS), "không ghi được tệp kết quả vào thư mục " + dir + ": ổ đĩa này chỉ cho đọc"},
		{filepath.Join(dir, "none", "x.pdf"), pathErr(syscall.ENOENT), "không ghi được tệp kết quả: chưa có thư mục " + filepath.Join(dir, "none")},
		{filepath.Join(file, "out", "x.pdf"), pathErr(syscall.ENOTDIR), "không ghi được tệp kết quả: " + file + " là một tệp, không phải thư mục"},
		{out, pathErr(syscall.ENOSPC), "không ghi được tệp kết quả: ổ đĩa đã đầy"},
	}
	for _, tt := range tests {
		var list diag.List
		if !errors.As(Failure(tt.path, tt.err), &list) || len(list) != 1 {
			t.Fatalf("Failure(%s, %v): want one finding", tt.path, tt.err)
		}
		if got := list[0].Message.VI; got != tt.vi {
			t.Errorf("Failure(%s, %v) = %q, want %q", tt.path, tt.err, got, tt.vi)
		}
		if list[0].Rule != "write-file" || list[0].Fix.VI == "" || list[0].Message.EN == "" {
			t.Errorf("Failure(%s, %v) = %+v: want write-file with a fix, in both languages", tt.path, tt.err, list[0])
		}
	}
}

// TestWriteAllPutsBackOnLaterFailure: a set whose later rename fails (no
// permission, a full disk) leaves every path as the earlier run left it:
// the outputs put in place are taken away and the earlier ones put back,
// and a path where nothing stood is left empty.
func TestWriteAllPutsBackOnLaterFailure(t *testing.T) {
	for _, moved := range []bool{false, true} {
		dir := t.TempDir()
		pdf, md, html := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "a.md"), filepath.Join(dir, "a.html")
		for _, p := range []string{pdf, html} {
			if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		calls := 0
		renameFile = func(old, new string) error {
			if calls++; calls == 3 {
				return &os.LinkError{Op: "rename", Old: old, New: new, Err: syscall.EACCES}
			}
			return renameOver(old, new)
		}
		if moved {
			// a disk that takes no links: the earlier outputs are renamed aside
			linkFile = func(string, string) error { return &os.LinkError{Op: "link", Err: syscall.EPERM} }
		}
		err := WriteAll([]File{{Path: pdf, Data: []byte("new"), Perm: 0o644}, {Path: md, Data: []byte("new"), Perm: 0o644}, {Path: html, Data: []byte("new"), Perm: 0o644}})
		renameFile, linkFile = renameOver, os.Link
		if err == nil {
			t.Fatal("WriteAll with a failing rename: no error")
		}
		for _, p := range []string{pdf, html} {
			if b, err := os.ReadFile(p); err != nil || string(b) != "old" {
				t.Errorf("moved %v: the earlier %s: %q, %v; want it kept as it was", moved, filepath.Base(p), b, err)
			}
		}
		if _, err := os.Lstat(md); !os.IsNotExist(err) {
			t.Errorf("moved %v: a.md, new in the failed set, stands: %v", moved, err)
		}
		assertNoTemp(t, dir)
	}
}

// TestWriteAllReplacesEarlierOutput: a set put in place whole replaces the
// earlier run's outputs and leaves none of them kept aside.
func TestWriteAllReplacesEarlierOutput(t *testing.T) {
	dir := t.TempDir()
	pdf, md := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "a.md")
	for _, p := range []string{pdf, md} {
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteAll([]File{{Path: pdf, Data: []byte("new"), Perm: 0o644}, {Path: md, Data: []byte("new"), Perm: 0o644}}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{pdf, md} {
		if b, err := os.ReadFile(p); err != nil || string(b) != "new" {
			t.Errorf("%s: %q, %v; want the new output", filepath.Base(p), b, err)
		}
	}
	assertNoTemp(t, dir)
}
