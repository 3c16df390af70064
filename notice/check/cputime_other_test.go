//go:build !unix

package check_test

import (
	"testing"
	"time"
)

// cpuTime is not measured here: the benchmarks report 0 CPU per op.
func cpuTime(*testing.B) time.Duration { return 0 }
