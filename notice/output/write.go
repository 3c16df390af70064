package output

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/thongbao/thongbao/notice/diag"
)

// tempPrefix starts the names of temporary files, so that an interrupted
// run's leftovers can be recognised and removed.
const tempPrefix = ".thongbao-tmp-"

// ErrIsSource is returned when an output path names an input.
var ErrIsSource = errors.New("the output would overwrite a source file")

// WriteFile writes data to path through a temporary file in the same
// directory, then renames it into place. On any failure the temporary file
// is removed and path is left as it was.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return WriteStream(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteStream is WriteFile for content written by fill, for outputs too
// large to build in memory first: fill writes to the temporary file, which
// is renamed into place only if fill and the writes succeed.
func WriteStream(path string, perm os.FileMode, fill func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
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
	if err = os.Rename(tmp, path); err != nil {
		return Failure(path, err)
	}
	return nil
}

// Failure is the finding for an output that could not be written: where,
// why (in the user's language) and what to do.
func Failure(path string, err error) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: "write-file", Severity: diag.Error,
		Message: diag.Msg("không ghi được tệp kết quả: %s", "cannot write the output: %s", diag.OSReason(err)),
		Fix:     diag.Msg("kiểm tra thư mục kết quả: có tồn tại, được ghi và còn chỗ trống", "check the output directory: that it exists, may be written to and has room"),
	}}
}

// MkdirAll makes dir and its parents, with a finding on failure.
func MkdirAll(dir string) error {
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
// place. On a failure the temporary files are removed, and so are the
// files already renamed, so that no output stands alone (a PDF without
// its Markdown) unrecorded.
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
		if temps[i], err = writeTemp(f); err != nil {
			return err
		}
	}
	for i, f := range files {
		if err := os.Rename(temps[i], f.Path); err != nil {
			for _, done := range files[:i] {
				os.Remove(done.Path)
			}
			return Failure(f.Path, err)
		}
		temps[i] = ""
	}
	return nil
}

// writeTemp writes f to a new temporary file beside f.Path and returns its
// name.
func writeTemp(f File) (string, error) {
	t, err := os.CreateTemp(filepath.Dir(f.Path), tempPrefix+"*")
	if err != nil {
		return "", Failure(f.Path, err)
	}
	_, err = t.Write(f.Data)
	if err == nil {
		err = t.Chmod(f.Perm)
	}
	if cerr := t.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(t.Name())
		return "", Failure(f.Path, err)
	}
	return t.Name(), nil
}
