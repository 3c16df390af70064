//go:build !unix

package output

import (
	"os"
	"path/filepath"
)

// lookFirst says whether WriteAll asks if an output's path is a directory
// before writing it: a rename over a directory may not fail here.
const lookFirst = true

// writeTemp writes f to a new temporary file beside f.Path, where f is to
// go, and returns its name.
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

func renameOver(old, new string) error { return os.Rename(old, new) }
