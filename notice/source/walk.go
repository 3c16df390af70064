package source

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// Found is a file a walk found.
type Found struct {
	Path string // for reading and messages: the root as given, joined with Rel
	Rel  string // relative to its root, with forward slashes; a file given itself is its base name
	Root string // the root it was found under, as given
}

// WalkOptions say which files a walk takes and which directories it
// leaves out. Hidden files and directories (".git", ".thongbao.toml") and
// a repository's own documents (README.md, LICENSE.txt: IsRepoDoc) are
// always left out, but for a root given itself.
type WalkOptions struct {
	Keep    func(path string) bool // whether to take a file, by its path
	SkipDir func(path string) bool // whether not to enter a directory (the output directory)
}

// Walk finds the files under roots, files and directories, in the order
// of the roots and, under each, of their paths. What cannot be read (a
// root that does not exist, a directory that may not be read, a link that
// leads out of its root) is a finding of its own, and the walk goes on:
// one bad directory never stops the others. Links are not followed out of
// the tree they are found in: a file given by name is always taken.
func Walk(roots []string, o WalkOptions) ([]Found, diag.List) {
	var found []Found
	var problems diag.List
	for _, root := range roots {
		fi, err := os.Stat(root)
		switch {
		case err != nil && isLink(root):
			found = append(found, Found{Path: root, Rel: filepath.Base(root), Root: root}) // reading says why
		case err != nil:
			problems = append(problems, unreadable(root, err))
		case !fi.IsDir():
			found = append(found, Found{Path: root, Rel: filepath.Base(root), Root: root})
		default:
			f, p := walkFS(os.DirFS(root), root, o)
			found, problems = append(found, f...), append(problems, p...)
		}
	}
	return found, problems
}

// walkFS walks one directory root, read through fsys.
func walkFS(fsys fs.FS, root string, o WalkOptions) ([]Found, diag.List) {
	var found []Found
	var problems diag.List
	fs.WalkDir(fsys, ".", func(rel string, d fs.DirEntry, err error) error {
		path := filepath.Join(root, filepath.FromSlash(rel))
		if err != nil {
			problems = append(problems, unreadable(path, err))
			if d != nil && d.IsDir() || rel == "." {
				return fs.SkipDir
			}
			return nil
		}
		if rel != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if rel != "." && o.SkipDir != nil && o.SkipDir(path) {
				return fs.SkipDir
			}
			return nil
		}
		if IsRepoDoc(d.Name()) || o.Keep != nil && !o.Keep(path) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 && leadsOut(path, root) {
			problems = append(problems, linkOut(path))
			return nil
		}
		found = append(found, Found{Path: path, Rel: rel, Root: root})
		return nil
	})
	return found, problems
}

func isLink(path string) bool {
	fi, err := os.Lstat(path)
	return err == nil && fi.Mode()&fs.ModeSymlink != 0
}

// leadsOut reports whether the link at path resolves to a file outside
// root. A dangling link does not lead out: reading it says it is missing.
func leadsOut(path, root string) bool {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return false
	}
	r, err := filepath.EvalSymlinks(root)
	if err != nil {
		return false
	}
	target, _ = filepath.Abs(target)
	r, _ = filepath.Abs(r)
	rel, err := filepath.Rel(r, target)
	return err != nil || !filepath.IsLocal(rel)
}

func unreadable(path string, err error) diag.Finding {
	return diag.Finding{Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("không đọc được: %s", "cannot read it: %s", diag.OSReason(err)),
		Fix:     diag.Msg("kiểm tra đường dẫn và quyền đọc; các tệp khác vẫn được làm", "check the path and that it may be read; the other files are done all the same")}
}

func linkOut(path string) diag.Finding {
	return diag.Finding{Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("bỏ qua liên kết trỏ ra ngoài thư mục đang đọc", "not following a link that leads out of the directory being read"),
		Fix:     diag.Msg("chép tệp vào thư mục, hoặc ghi tên chính tệp đó trong lệnh", "copy the file into the directory, or name the file itself on the command line")}
}
