// Package hugeheap readies the heap of a process that renders notices in
// huge pages, before the other packages' initialisation allocates.
//
// A page fault costs 12-15 µs of system time on the virtual machines the
// tool is measured on (Firecracker; 2,000 faults took 30 ms of a process
// that did nothing else), and a render of one notice touches some 10 MB of
// fresh heap: 2,500 faults, more than half of its CPU time. The Go runtime
// maps its heap 4 MB at a time and leaves huge pages to the kernel's
// setting, most often "madvise": only regions marked MADV_HUGEPAGE get
// them, 2 MB a fault. Where the setting is "always" the heap has them
// already, and where it is "never" it cannot: nothing is done (advised).
//
// The readying costs one collection, some 5 ms here (the collector walks
// the tables of the program's data), which a process that allocates little
// does not win back: --help, new, rules, a check answered from the cache
// (85 faults fewer, 5 ms more). A batch, or a check of a folder, reuses its
// heap under the collector, and ran 15 % slower in huge pages (a batch of
// 400 notices: 6.0 -> 6.9 s of CPU). So it is done only for the processes
// that read one notice or a few and allocate megabytes doing so (wanted).
//
// Importing the package, for its initialisation, is all.
package hugeheap

import (
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/cacheenv"
)

// Size is the heap readied: a render of one notice allocates some 10 MB
// with the collector off.
const Size = 32 << 20

func init() {
	args := os.Args[1:]
	if !wanted(args, os.Getenv(cacheenv.Name), isDir) {
		return
	}
	if serial(args) {
		oneProcessor()
	}
	if advised() {
		ready(Size)
		collectorOff()
	}
}

// Limit is the memory limit under which a one-shot process runs with the
// collector off: cmd/thongbao's oneShotGC sets it for the commands that
// render or check a few files, and a readied process keeps it from here.
const Limit = 512 << 20

// collectorOff turns the collector off under Limit for a readied process,
// which its command would do a moment later: turned back on after the
// readying, it ran once before the command set it, in a third of the
// renders (the fillers and the initialisation's allocations pass its
// first goal, 4 MB). GOGC or GOMEMLIMIT set in the environment win.
func collectorOff() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(Limit)
}

// FewInputs is the most inputs a one-shot process is given after its
// command: cmd/thongbao runs the collector off for as many files
// (oneShotGC), and readies the heap for as many arguments (the inputs and
// the values of its options).
const FewInputs = 8

// wanted tells whether a command line renders or reads a notice or a few
// (render, text) or checks them without the cache (check --no-cache, or
// with THONGBAO_CACHE=off), the processes that allocate megabytes once.
// The command line is not parsed: the command is the first word of those,
// and a line with a folder or more than FewInputs arguments after it is a
// batch's.
func wanted(args []string, cacheEnv string, isDir func(string) bool) bool {
	cmd, n := "", 0
	for _, a := range args {
		switch {
		case cmd == "" && (a == "render" || a == "text" || a == "check"):
			cmd = a
		case cmd == "" || strings.HasPrefix(a, "-"):
		case isDir(a):
			return false
		default:
			n++
		}
	}
	if cmd == "" || n > FewInputs {
		return false
	}
	return cmd != "check" || cacheenv.Parse(cacheEnv) == cacheenv.Off || slices.Contains(args, "--no-cache")
}

func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir()
}
