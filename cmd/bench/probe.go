package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// probeFiles is how many empty files probe makes: enough for a figure
// steadier than the clock's tick, few enough to take a moment.
const probeFiles = 1000

// probe makes probeFiles empty files, by the system's calls alone, in a new directory dir and gives the
// system time each cost this process: what the kernel's making of a file
// costs at that moment, where the batch is about to make its outputs. A
// batch makes two files a notice (each output once, its temporary file
// renamed); where this is some 20 µs, as on a quiet file system, they
// cost some 0.04 ms of a notice; where it is ten times that, the batch's
// system time says the file system's state, not the tool's work. The files
// stay until the bench's directory is removed: deleting them now would
// make the batch's files dearer.
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
