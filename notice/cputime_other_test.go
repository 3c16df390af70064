//go:build !unix

package notice

import (
	"testing"
	"time"
)

// cpuTime is not measured here: the benchmarks report 0 CPU per op.
func cpuTime(*testing.B) time.Duration { return 0 }
