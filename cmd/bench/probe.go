package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

const (
	// probeFiles is how many empty files probe makes: enough for a
	// figure steadier than the clock's tick, few enough to take a moment.
	probeFiles = 1000
	// quietFile is what making an empty file costs the system on this
	// VM's file system when nothing was deleted near it lately (17-20 µs);
	// twice that says a backlog of deletions.
	quietFile = 40 * time.Microsecond
	// probeWait and probeTries: how long quiet waits for the backlog to
	// pass, a minute and a half at most (ext4 counts an inode as lately
	// deleted for 60 s, six minutes while its block is not yet written).
	probeWait  = 15 * time.Second
	probeTries = 7
)

// The bench probes again after the batch, further into the same group:
// a probe of 1,000 files fills the free inodes a group offers first and
// cannot see a backlog that lies beyond them, which the batch's 4,000
// reach (one such run: 21 µs a file before, 1.5 s of system time in the
// batch). Where either probe is above quietFile, the bench says so and
// gives the batch's user time, the figure the backlog does not reach.
//
// quiet probes the cost of making a file where the batch will make its
// outputs (a new directory of dir, whose directories the file system
// places near one another) until it is that of a quiet file system, or
// the tries run out, and gives the last figure and the time waited.
//
// On an ext4 without a journal (this VM's) each file made passes, at a
// cost, every inode of its block group freed in the last minute or more
// (`recently_deleted`, HISTORY.md s73b and s79): a batch run right after
// an earlier bench removed its tree, or while other processes delete
// files in the same group, pays 0.1-0.5 ms of system time a notice that
// is the file system's backlog, not the tool's work, and misses 4 ms by
// it. Measured after the backlog has passed, the batch's system time is
// its own.
func quiet(dir string) (time.Duration, time.Duration, error) {
	start := time.Now()
	for try := 1; ; try++ {
		per, err := probe(filepath.Join(dir, fmt.Sprint("probe", try)))
		if err != nil || per <= quietFile || try == probeTries {
			return per, time.Since(start), err
		}
		time.Sleep(probeWait)
	}
}

// probe makes probeFiles empty files, by the system's calls alone, in a
// new directory dir and gives the system time each cost this process: what
// the kernel's making of a file costs at that moment. The files stay until
// the bench's directory is removed: deleting them now would make the
// batch's files dearer.
func probe(dir string) (time.Duration, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	before := systemTime()
	for i := range probeFiles {
		fd, err := syscall.Open(filepath.Join(dir, fmt.Sprint(i)), syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL, 0o644)
		if err != nil {
			return 0, err
		}
		syscall.Close(fd)
	}
	return (systemTime() - before) / probeFiles, nil
}
