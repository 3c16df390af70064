// Package allocsample turns off the runtime's sampling of allocations for
// the whole process, from the first package initialised on, unless
// THONGBAO_MEMPROFILE asks for a heap profile (cmd/thongbao's
// startProfile writes it).
//
// The runtime samples an allocation every 512 KB on average: each sample
// walks the allocating stack and files it in a table of buckets, whose
// first use maps and touches their pages. Nothing reads the samples
// without a heap profile. Turned off in main, as it was, the sampling had
// already run through the packages' initialisation and the readying of the
// heap (hugeheap's 32 MB block is always sampled): about 2 % of a render's
// CPU time and 20 of its page faults.
//
// Importing the package, for its initialisation, is all. Go initialises
// the packages that are ready in the order of their import paths, so this
// one, "cmd/thongbao/internal/allocsample", runs before hugeheap and
// before every package of the module outside cmd/thongbao.
package allocsample

import (
	"os"
	"runtime"
)

// ProfileEnv names the variable that asks for a heap profile.
const ProfileEnv = "THONGBAO_MEMPROFILE"

func init() {
	if os.Getenv(ProfileEnv) == "" {
		runtime.MemProfileRate = 0
	}
}
