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
// (85 faults fewer, 5 ms more). So it is done only for the commands that
// allocate megabytes (wanted).
//
// Importing the package, for its initialisation, is all.
package hugeheap

import (
	"os"
	"slices"
)

// Size is the heap readied: a render of one notice allocates some 10 MB
// with the collector off, a batch runs it at 80 MB.
const Size = 32 << 20

func init() {
	if wanted(os.Args[1:], os.Getenv("THONGBAO_CACHE")) && advised() {
		ready(Size)
	}
}

// wanted tells whether a command line renders (render, batch), reads a
// text (text) or checks without the cache (check --no-cache, or with
// THONGBAO_CACHE=off), the commands that allocate megabytes. The command's
// word is looked for anywhere, not parsed: a file so named costs only the
// readying.
func wanted(args []string, cacheEnv string) bool {
	for _, a := range args {
		switch a {
		case "render", "batch", "text":
			return true
		case "check":
			return cacheEnv == "off" || slices.Contains(args, "--no-cache")
		}
	}
	return false
}
