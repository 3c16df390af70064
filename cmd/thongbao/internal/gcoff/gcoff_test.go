package gcoff

import (
	"math"
	"runtime/debug"
	"testing"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/hugeheap"
)

// TestCollectorOff: a readied process runs with the collector off under
// hugeheap.Limit, unless GOGC or GOMEMLIMIT is set.
func TestCollectorOff(t *testing.T) {
	percent := debug.SetGCPercent(100)
	limit := debug.SetMemoryLimit(math.MaxInt64)
	defer func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	collectorOff()
	if p := debug.SetGCPercent(100); p != -1 {
		t.Errorf("GC percent %d after collectorOff, want -1", p)
	}
	if l := debug.SetMemoryLimit(math.MaxInt64); l != hugeheap.Limit {
		t.Errorf("memory limit %d after collectorOff, want %d", l, hugeheap.Limit)
	}
	t.Setenv("GOGC", "50")
	collectorOff()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("GC percent %d after collectorOff with GOGC set, want it left (100)", p)
	}
}
