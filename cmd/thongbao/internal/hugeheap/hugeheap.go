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
// The readying costs two collections, which a process that allocates little
// does not win back: --help, new, rules, a check answered from the cache
// (85 faults fewer, 5 ms more). A batch, or a check of a folder, reuses its
// heap under the collector, and ran 15 % slower in huge pages (a batch of
// 400 notices: 6.0 -> 6.9 s of CPU). So it is done only for the processes
// that read one notice or a few and allocate megabytes doing so (wanted).
//
// It imports only packages that Go initialises first (os, runtime,
// syscall, and cacheenv with unicode): a package is initialised after every
// package it imports, each in the order of their import paths among those
// ready, and runtime/debug, strings or slices, late in that order, held
// the readying back until some sixty packages' initialisation had
// allocated in small pages (render of seed 004: some 100 faults more).
// Without runtime/debug the collector cannot be held off while the block
// is allocated, and the block starts a collection of its own before
// runtime.GC's (ready): two collections of a young heap, some 1.0M
// instructions more than the one of before. The collector is turned off
// under a limit (gcoff) by a package that may wait for runtime/debug.
//
// Importing the package, for its initialisation, is all.
package hugeheap

import (
	"os"

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
		readied = true
	}
}

// readied tells whether the heap was readied (Readied).
var readied bool

// Readied tells whether this process's heap was readied: it renders or
// checks a few notices and exits, and package gcoff turns the collector
// off for it.
func Readied() bool { return readied }

// Limit is the memory limit under which a one-shot process runs with the
// collector off: cmd/thongbao's oneShotGC sets it for the commands that
// render or check a few files, and a readied process keeps it from its
// initialisation on (gcoff).
const Limit = 512 << 20

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
		case cmd == "" || len(a) > 0 && a[0] == '-':
		case isDir(a):
			return false
		default:
			n++
		}
	}
	if cmd == "" || n > FewInputs {
		return false
	}
	return cmd != "check" || cacheenv.Parse(cacheEnv) == cacheenv.Off || holds(args, "--no-cache")
}

// holds is slices.Contains, which the package does not import.
func holds(args []string, s string) bool {
	for _, a := range args {
		if a == s {
			return true
		}
	}
	return false
}

func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir()
}
