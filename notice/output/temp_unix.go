//go:build unix

package output

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// lookFirst says whether WriteAll asks if a set's first output's path is
// a directory before writing it. Here it need not: renaming a file over a
// directory fails (EISDIR), and WriteAll tells the directory then. The
// set's later outputs are always asked (WriteAll).
const lookFirst = false

// writeTemp writes f to a new temporary file beside f.Path, where f is to
// go, and returns its name. It is os.CreateTemp, Write, Chmod and Close by
// the system's calls themselves: an os.File of a regular file costs five
// calls more (the descriptor offered to the poller, which refuses it, and
// its flags set and reset), twice a notice in a batch.
func writeTemp(f File) (string, error) {
	prefix := filepath.Join(filepath.Dir(f.Path), tempPrefix)
	for try := 0; ; try++ {
		name := prefix + strconv.FormatUint(uint64(rand.Uint32()), 10)
		fd, err := openExcl(name)
		if err == syscall.EEXIST && try < 10000 {
			continue
		}
		if err != nil {
			return "", Failure(f.Path, &os.PathError{Op: "open", Path: name, Err: err})
		}
		err = writeFD(fd, f.Data)
		if err == nil {
			err = retry(func() error { return syscall.Fchmod(fd, uint32(f.Perm.Perm())) })
		}
		if cerr := syscall.Close(fd); err == nil {
			err = cerr
		}
		if err != nil {
			syscall.Unlink(name)
			return "", Failure(f.Path, &os.PathError{Op: "write", Path: name, Err: err})
		}
		return name, nil
	}
}

func openExcl(name string) (fd int, err error) {
	err = retry(func() error {
		fd, err = syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o600)
		return err
	})
	return fd, err
}

// writeFD writes all of b to fd.
func writeFD(fd int, b []byte) error {
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return syscall.EIO
		}
		b = b[n:]
	}
	return nil
}

// renameOver puts the file old at new, over whatever stands there but a
// directory. os.Rename looks at new first, a call the rename's own
// failure makes needless.
func renameOver(old, new string) error {
	if err := retry(func() error { return syscall.Rename(old, new) }); err != nil {
		return &os.LinkError{Op: "rename", Old: old, New: new, Err: err}
	}
	return nil
}

// retry calls f again while the system says it was interrupted.
func retry(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}
