//go:build unix

package main

import (
	"os"
	"syscall"
)

func signalSelf(name string) bool {
	sig := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM, "KILL": syscall.SIGKILL}[name]
	if sig != 0 {
		return syscall.Kill(os.Getpid(), sig) == nil
	}
	return false
}
