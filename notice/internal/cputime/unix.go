//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Used is the process's user and system CPU time so far, or 0 when the
// system will not say.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
