// Package gcoff turns the collector off, under hugeheap.Limit, for a
// process whose heap hugeheap readied, from the initialisation on: the
// command would do it a moment later (cmd/thongbao's oneShotGC), but the
// packages initialised in between allocate a few MB, and with the
// collector on it ran once before the command in a third of the renders.
//
// It is a package of its own because runtime/debug, which sets the
// collector, is initialised late (see hugeheap): hugeheap readies the heap
// first, and this package follows once runtime/debug is ready, before the
// packages that allocate most (goldmark's and the checks' tables).
//
// Importing the package, for its initialisation, is all.
package gcoff

import (
	"os"
	"runtime/debug"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/hugeheap"
)

func init() {
	if hugeheap.Readied() {
		collectorOff()
	}
}

// collectorOff turns the collector off under hugeheap.Limit. GOGC or
// GOMEMLIMIT set in the environment win.
func collectorOff() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(hugeheap.Limit)
}
