//go:build !linux && !windows

package main

import "os"

// isTerminalFile reports whether f is a terminal: a character device
// other than the null device (a script's "> /dev/null" is no screen).
func isTerminalFile(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}
