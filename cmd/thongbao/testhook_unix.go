//go:build unix

package main

import (
	"os"
	"syscall"
)

func signalSelf(name string) {
	sig := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM, "KILL": syscall.SIGKILL}[name]
	if sig != 0 {
		syscall.Kill(os.Getpid(), sig)
	}
}
