package main

import (
	"os"
	"runtime/debug"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/hugeheap"
)

// oneShotGC is for a command that renders or checks a few notices and
// exits: the garbage collector would spend more than it frees, so it is
// off, and a memory limit turns it back on should a hostile input make the
// heap grow. A larger check runs it at a heap limit, as a batch does
// (batchGC).
const (
	oneShotLimit  = hugeheap.Limit     // a readied process keeps it from its start
	oneShotInputs = hugeheap.FewInputs // at most this many files make a one-shot run
)

func oneShotGC() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(oneShotLimit)
}

// A batch allocates some 3 MB per notice that is garbage once the notice's
// outputs are written, and keeps little: the archive and about a kilobyte
// of manifest entry per source. The collector's default (GOGC=100) then
// runs it every two or three notices, some 10 % of the run. batchGC runs
// it instead when the heap reaches a limit: batchHeap, plus room for what
// is kept of each source, so that a larger archive raises the limit rather
// than keeping the collector running near it. 10,000 notices: a limit of
// 100 MB.
const (
	batchHeap      = 80 << 20
	batchPerSource = 2 << 10
)

// A check of an archive is alike: some 1.2 MB of garbage per notice, a
// few MB kept for 2,000 (the findings), and under GOGC=100 the collector
// ran 800 times for 2,000 notices, 14-15 % of the CPU time.
//
// batchGC sets the collector for a batch, or a check, of n sources. GOGC
// or GOMEMLIMIT set in the environment win.
func batchGC(n int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(batchHeap + int64(n)*batchPerSource)
}
