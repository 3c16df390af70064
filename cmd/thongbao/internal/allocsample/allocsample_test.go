package allocsample

import (
	"os"
	"runtime"
	"testing"
)

// TestOff: without THONGBAO_MEMPROFILE the initialisation has turned the
// sampling of allocations off.
func TestOff(t *testing.T) {
	if os.Getenv(ProfileEnv) != "" {
		t.Skipf("%s is set: the sampling stays on", ProfileEnv)
	}
	if runtime.MemProfileRate != 0 {
		t.Errorf("MemProfileRate = %d after the initialisation, want 0", runtime.MemProfileRate)
	}
}
