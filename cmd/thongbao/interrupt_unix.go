//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// dieBySIGINT ends the process by SIGINT, its default action restored,
// so that the parent sees a program stopped by Ctrl-C.
func dieBySIGINT() {
	signal.Reset(os.Interrupt)
	if syscall.Kill(os.Getpid(), syscall.SIGINT) == nil {
		time.Sleep(time.Second) // the signal is delivered meanwhile
	}
}
