package output

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// kept is an earlier output WriteAll keeps aside while it puts a set in
// place: name is the temporary name it is kept under ("" if nothing stood
// at its path), and moved says it was renamed there, not linked, so that
// its path stands empty until it is put back.
type kept struct {
	name  string
	moved bool
}

// keepAside keeps what stands at path, an output about to be replaced,
// under a temporary name beside it that names it (keepName), so that a
// later run can put it back if this one is stopped before it does. A hard link keeps it at path as well,
// so that path is never empty even if the run is stopped there; on a disk
// that takes no links (FAT of a USB stick) it is renamed aside. A
// directory is not kept: it is the set's failure (dirFailure).
func keepAside(path string) (kept, error) {
	dir, base := filepath.Split(path)
	for try := 0; ; try++ {
		name := filepath.Join(dir, keepName(strconv.FormatUint(uint64(rand.Uint32()), 10), base))
		err := linkFile(path, name)
		switch {
		case err == nil:
			return kept{name: name}, nil
		case errors.Is(err, fs.ErrNotExist):
			return kept{}, nil
		case errors.Is(err, fs.ErrExist) && try < 10000:
			continue
		}
		return moveAside(path, name)
	}
}

// moveAside renames the file at path to name, where it may take no link.
func moveAside(path, name string) (kept, error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return kept{}, nil
	}
	if err != nil {
		return kept{}, Failure(path, err)
	}
	if fi.IsDir() {
		return kept{}, dirFailure(path)
	}
	if err := os.Rename(path, name); err != nil {
		return kept{}, Failure(path, err)
	}
	return kept{name: name, moved: true}, nil
}

// putBack undoes a set WriteAll could not put in place whole: files[:n]
// were renamed into place and are taken away again, each replaced by the
// earlier output kept aside for it; files[n], whose rename failed, gets
// its earlier output back if that was moved aside.
func putBack(files []File, keep []kept, n int) {
	for i := range n {
		if keep[i].name == "" {
			os.Remove(files[i].Path)
			continue
		}
		os.Rename(keep[i].name, files[i].Path)
	}
	if n < len(keep) && keep[n].name != "" {
		if keep[n].moved {
			os.Rename(keep[n].name, files[n].Path)
		} else {
			os.Remove(keep[n].name)
		}
	}
}

// dropKept removes the earlier outputs kept aside once a set is in place.
func dropKept(keep []kept) {
	for _, k := range keep {
		if k.name != "" {
			os.Remove(k.name)
		}
	}
}

// linkFile is how keepAside links an earlier output: os.Link, or a test's
// link that a disk without links refuses.
var linkFile = os.Link

// keepPrefix starts the names of earlier outputs kept aside: a temporary
// file's name (IsTemp), then the kept output's own name after a number.
const keepPrefix = tempPrefix + "keep-"

// keepName is the name an output named base is kept aside under.
func keepName(n, base string) string {
	return keepPrefix + n + "-" + base
}

// keptFor returns the name of the output a file named name keeps aside,
// false if name is no kept output's.
func keptFor(name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, keepPrefix)
	if !ok {
		return "", false
	}
	_, base, ok := strings.Cut(rest, "-")
	return base, ok && base != ""
}

// ClearTemp removes a temporary file a stopped run left at path; an
// earlier output it kept aside goes back to its own name if nothing
// stands there (the run was stopped after renaming it aside on a disk
// that takes no links, and before putting the new one in place), and is
// removed otherwise.
func ClearTemp(path string) error {
	dir, name := filepath.Split(path)
	if base, ok := keptFor(name); ok {
		target := filepath.Join(dir, base)
		if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
			if err := os.Rename(path, target); err != nil {
				return Failure(target, err)
			}
			return nil
		}
	}
	if err := os.Remove(path); err != nil {
		return Failure(path, err)
	}
	return nil
}
