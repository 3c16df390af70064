package main

import (
	"os"
	"syscall"
)

// isTerminalFile reports whether f is the console: NUL, a character
// device too, has no console mode.
func isTerminalFile(f *os.File) bool {
	var mode uint32
	return syscall.GetConsoleMode(syscall.Handle(f.Fd()), &mode) == nil
}
