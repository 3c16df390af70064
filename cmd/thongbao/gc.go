package main

import "runtime/debug"

// oneShotGC is for a command that renders or checks a few notices and
// exits: the garbage collector would spend more than it frees, so it is
// off, and a memory limit turns it back on should a hostile input make the
// heap grow. A batch and a large check keep the collector as it is.
const (
	oneShotLimit  = 512 << 20
	oneShotInputs = 8 // at most this many files make a one-shot run
)

func oneShotGC() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(oneShotLimit)
}
