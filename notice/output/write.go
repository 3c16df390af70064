package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/thongbao/thongbao/notice/diag"
)

// tempPrefix starts the names of temporary files, so that an interrupted
// run's leftovers can be recognised and removed.
const tempPrefix = ".thongbao-tmp-"

// ErrIsSource is returned when an output path names an input.
var ErrIsSource = errors.New("the output would overwrite a source file")

// WriteFile writes data to path through a temporary file in the same
// directory, then renames it into place. On any failure the temporary file
// is removed and path is left as it was. It is for an output the user
// names: a symbolic link is followed and a device or a named pipe written
// into, as the shell's ">" does (see target).
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return writeStream(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, true)
}

// WriteStream is WriteFile for content written by fill, for outputs too
// large to build in memory first: fill writes to the temporary file, which
// is renamed into place only if fill and the writes succeed. Like
// WriteAll, it is for files in a directory that holds nothing trusted (a
// batch's OUTDIR): whatever stands at path, a link or a pipe, is replaced,
// never followed.
func WriteStream(path string, perm os.FileMode, fill func(io.Writer) error) error {
	return writeStream(path, perm, fill, false)
}

func writeStream(path string, perm os.FileMode, fill func(io.Writer) error, follow bool) (err error) {
	if isDir(path) {
		return dirFailure(path)
	}
	dest, special := path, false
	if follow {
		dest, special = target(path)
	}
	if special {
		return writeInPlace(path, dest, fill)
	}
	if follow && readOnly(dest) {
		return readOnlyFailure(path)
	}
	dir := filepath.Dir(dest)
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return Failure(path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if err = fill(f); err != nil {
		f.Close()
		var list diag.List
		if errors.As(err, &list) {
			return err
		}
		return Failure(path, err)
	}
	if err = f.Chmod(perm); err != nil {
		f.Close()
		return Failure(path, err)
	}
	if err = f.Close(); err != nil {
		return Failure(path, err)
	}
	if err = os.Rename(tmp, dest); err != nil {
		return Failure(path, err)
	}
	return nil
}

// target is where an output named path really goes. A symbolic link is
// followed, so that the file it names is replaced and the link kept. An
// existing path that is no regular file (a device such as /dev/null, a
// named pipe) is special: it is written in place, for renaming a file over
// it would destroy it, and nothing can be left half-written there.
func target(path string) (dest string, special bool) {
	fi, err := os.Lstat(path)
	if err != nil {
		return path, false
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return path, false
		}
		if fi, err = os.Stat(real); err != nil {
			return path, false
		}
		path = real
	}
	return path, fi.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe|fs.ModeSocket) != 0
}

// writeInPlace writes fill's content straight into the special file dest,
// the output the user named path.
func writeInPlace(path, dest string, fill func(io.Writer) error) error {
	f, err := os.OpenFile(dest, os.O_WRONLY, 0)
	if err != nil {
		return Failure(path, err)
	}
	if err := fill(f); err != nil {
		f.Close()
		var list diag.List
		if errors.As(err, &list) {
			return err
		}
		return Failure(path, err)
	}
	if err := f.Close(); err != nil {
		return Failure(path, err)
	}
	return nil
}

// Failure is the finding for an output that could not be written: where,
// why (in the user's language) and what to do. The reasons a clerk meets
// are said of the folder, which is what to change: the system's words for
// a file being made in /proc ("không có tệp hoặc thư mục này") named a
// file that was not meant to exist yet.
func Failure(path string, err error) error {
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !exists(dir):
		// "không có tệp hoặc thư mục này" for a file being made: it
		// is the directory that is missing.
		if file := fileOnTheWay(dir); file != "" {
			return notADir(path, file)
		}
		return writeFailure(path,
			diag.Msg("không ghi được tệp kết quả: chưa có thư mục %s", "cannot write the output: there is no directory %s", dir),
			diag.Msg("tạo thư mục %s trước, hoặc ghi vào một thư mục đã có", "make the directory %s first, or write into one that exists", dir))
	case errors.Is(err, syscall.ENOTDIR):
		if file := fileOnTheWay(dir); file != "" {
			return notADir(path, file)
		}
	case isDir(dir) && refused(err):
		return writeFailure(path,
			diag.Msg("không ghi được tệp kết quả vào thư mục %s: %s", "cannot write the output into the folder %s: %s", folderName(dir), refusal(err)),
			diag.Msg("ghi vào một thư mục khác mà bạn được ghi vào: chỉ -o tới tệp hay thư mục ở đó",
				"write into another folder, one you may write into: point -o at a file or folder there"))
	case errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT):
		return writeFailure(path,
			diag.Msg("không ghi được tệp kết quả: %s", "cannot write the output: %s", diag.OSReason(err)),
			diag.Msg("xóa bớt tệp không cần trên ổ đĩa đó, hoặc ghi vào một ổ đĩa khác", "free some room on that disk, or write to another one"))
	}
	return writeFailure(path,
		diag.Msg("không ghi được tệp kết quả: %s", "cannot write the output: %s", diag.OSReason(err)),
		diag.Msg("kiểm tra thư mục kết quả: có tồn tại, được ghi và còn chỗ trống", "check the output directory: that it exists, may be written to and has room"))
}

func writeFailure(path string, msg, fix diag.Text) error {
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: "write-file", Severity: diag.Error, Message: msg, Fix: fix}}
}

// refused reports an error of a folder that exists but takes no new file:
// no permission, a read-only disk, or a folder of the system (/proc, /sys)
// that says a file being made does not exist.
func refused(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EROFS)
}

// folderName is dir as a message names it: "." (a render beside a source
// in the working folder) read as a stray full stop.
func folderName(dir string) string {
	if dir == "." {
		if wd, err := os.Getwd(); err == nil {
			return wd
		}
	}
	return dir
}

func refusal(err error) diag.Text {
	switch {
	case errors.Is(err, syscall.EROFS):
		return diag.Msg("ổ đĩa này chỉ cho đọc", "the disk is read-only")
	case errors.Is(err, fs.ErrNotExist):
		return diag.Msg("thư mục này không nhận tệp mới", "the folder takes no new files")
	}
	return diag.Msg("bạn không có quyền ghi vào thư mục này", "you may not write into it")
}

// fileOnTheWay is the first part of dir that is a file, not a folder
// ("n.toml" of -o n.toml/out/), or "".
func fileOnTheWay(dir string) string {
	dir = filepath.Clean(dir)
	for {
		if fi, err := os.Stat(dir); err == nil {
			if fi.IsDir() {
				return ""
			}
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func notADir(path, file string) error {
	return writeFailure(path,
		diag.Msg("không ghi được tệp kết quả: %s là một tệp, không phải thư mục", "cannot write the output: %s is a file, not a folder", file),
		diag.Msg("chọn một thư mục kết quả, hoặc một tên chưa có để tạo thư mục mới", "choose an output folder, or a name not yet taken for a new one"))
}

// dirFailure is the finding for an output path that is a directory.
func dirFailure(path string) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: "write-file", Severity: diag.Error,
		Message: diag.Msg("không ghi được tệp kết quả: đây là một thư mục", "cannot write the output: it is a directory"),
		Fix:     diag.Msg("cho đường dẫn tới một tệp, không phải một thư mục", "name a file, not a directory"),
	}}
}

// readOnly reports whether path is a regular file that no one may write
// to: one its owner made read-only (on Windows, the read-only attribute)
// to keep it. Renaming over it would replace it all the same, as root or
// as anyone who may write into its folder, and drop its protection.
func readOnly(path string) bool {
	fi, err := os.Lstat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o222 == 0
}

// readOnlyFailure is the finding for an output named over a read-only
// file, which is kept.
func readOnlyFailure(path string) error {
	return writeFailure(path,
		diag.Msg("không ghi đè %s: tệp này đã có và được đặt chỉ cho đọc; tệp vẫn giữ nguyên", "not overwriting %s: the file exists and is read-only; it is left as it was", path),
		diag.Msg("ghi vào một tên khác (-o TÊN_KHÁC), hoặc bỏ thuộc tính chỉ đọc của tệp nếu đúng là muốn thay nó",
			"write to another name (-o OTHER_NAME), or clear the file's read-only attribute if you do mean to replace it"))
}

// exists reports whether anything stands at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// MkdirAll makes dir and its parents, with a finding on failure.
func MkdirAll(dir string) error {
	// Cleaned: "afile/" stats as "not a directory", which told the
	// clerk "đã có tệp này" instead.
	if fi, err := os.Stat(filepath.Clean(dir)); err == nil && !fi.IsDir() {
		return diag.List{{
			Pos: diag.Pos{Path: dir}, Rule: "write-file", Severity: diag.Error,
			Message: diag.Msg("không ghi được vào thư mục kết quả: đây là một tệp, không phải thư mục", "cannot write into the output directory: it is a file, not a directory"),
			Fix:     diag.Msg("chọn một thư mục, hoặc một tên chưa có để tạo thư mục mới", "choose a directory, or a name not yet taken for a new one"),
		}}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Failure(dir, err)
	}
	return nil
}

// IsTemp reports whether name is a temporary file of WriteFile.
func IsTemp(name string) bool {
	return len(name) > len(tempPrefix) && name[:len(tempPrefix)] == tempPrefix
}

// Guard remembers the inputs of a run and refuses outputs that would
// overwrite one of them.
type Guard struct {
	inputs []string
	infos  []os.FileInfo
	paths  []string // the path each of infos was read from
}

// AddInput records a source path.
func (g *Guard) AddInput(path string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	g.inputs = append(g.inputs, filepath.Clean(abs))
	if fi, err := os.Stat(path); err == nil {
		g.infos = append(g.infos, fi)
		g.paths = append(g.paths, path)
	}
}

// Check returns ErrIsSource if path is, or links to, a recorded input.
func (g *Guard) Check(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	abs = filepath.Clean(abs)
	for _, in := range g.inputs {
		if in == abs {
			return fmt.Errorf("%s: %w", path, ErrIsSource)
		}
	}
	if fi, err := os.Stat(path); err == nil {
		for i, in := range g.infos {
			if os.SameFile(fi, in) && g.stillSame(i, fi) {
				return fmt.Errorf("%s: %w", path, ErrIsSource)
			}
		}
	}
	return nil
}

// stillSame reports whether input i is still the file fi. A source saved
// since it was recorded (an editor's temporary file renamed over it, as
// render --watch sees) is another file now, and the system may give its
// old number to a new output: the input is looked at again.
func (g *Guard) stillSame(i int, fi os.FileInfo) bool {
	now, err := os.Stat(g.paths[i])
	return err == nil && os.SameFile(fi, now)
}

// File is one output of WriteAll.
type File struct {
	Path string
	Data []byte
	Perm os.FileMode
}

// WriteAll writes every file or none: each goes to a temporary file in its
// directory first, and only when all are written are they renamed into
// place, over whatever stands at its path (a link is replaced, not
// followed: a batch's OUTDIR is not trusted). What an earlier run left at
// the path of an output before the last is kept aside until the last is
// in place (keepAside). On a failure the temporary files are removed, the
// outputs already renamed are taken away and what stood there before is
// put back: no output stands alone (a PDF without its Markdown)
// unrecorded, and no earlier output is lost.
func WriteAll(files []File) (err error) {
	temps := make([]string, len(files))
	defer func() {
		for _, t := range temps {
			if t != "" {
				os.Remove(t)
			}
		}
	}()
	for i, f := range files {
		// A rename over a directory fails by itself, but past the first
		// output that is too late: the outputs put in place before it
		// would be taken away and put back for nothing.
		if (lookFirst || i > 0) && isDir(f.Path) {
			return dirFailure(f.Path)
		}
		if temps[i], err = writeTemp(f); err != nil {
			return err
		}
	}
	keep := make([]kept, len(files))
	for i, f := range files {
		if i < len(files)-1 {
			if keep[i], err = keepAside(f.Path); err != nil {
				putBack(files, keep, i)
				return err
			}
		}
		if err := renameFile(temps[i], f.Path); err != nil {
			putBack(files, keep, i)
			if isDir(f.Path) {
				return dirFailure(f.Path)
			}
			return Failure(f.Path, err)
		}
		temps[i] = ""
	}
	dropKept(keep)
	return nil
}

// renameFile is how WriteAll puts a temporary file in place: renameOver,
// or a test's rename that fails.
var renameFile = renameOver
