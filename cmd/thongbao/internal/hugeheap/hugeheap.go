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
// The readying costs two collections (the block's allocation starts one
// that finds it live, runtime.GC frees it), cheap while the heap is small
// and the program's data holds few pointers, and the faults of the
// runtime's span sets they fill, which a process that allocates little
// does not win back: --help, new, rules, a check answered from the cache
// (85 faults fewer, 5 ms more). A batch, or a check of a folder, reuses its
// heap under the collector, and ran 15 % slower in huge pages (a batch of
// 400 notices: 6.0 -> 6.9 s of CPU). So it is done only for the processes
// that read one notice or a few and allocate megabytes doing so (wanted).
//
// Importing the package, for its initialisation, is all. Its imports are
// the runtime, syscall and unsafe only, so that it is initialised before
// the packages that allocate: packages are initialised in the order of
// their import paths once their imports are, and with os or runtime/debug
// it came 64th, after some 1.3 MB of allocations and their 200-300 faults
// of 4 KB. It reads the command line, the environment and its files by
// system calls, and the command's package turns the collector off
// (Readied).
package hugeheap

import "syscall"

// Size is the heap readied: a render of one notice allocates some 10 MB
// with the collector off.
const Size = 32 << 20

func init() {
	if advised() && wanted(args(), getenv("THONGBAO_CACHE"), isDir) {
		ready(Size)
		readied = true
	}
}

// readied tells whether the heap was readied (Readied).
var readied bool

// Readied tells whether the process's heap was readied: cmd/thongbao then
// turns the collector off in its initialisation.
func Readied() bool { return readied }

func getenv(k string) string {
	v, _ := syscall.Getenv(k)
	return v
}

// Limit is the memory limit under which a one-shot process runs with the
// collector off: cmd/thongbao's oneShotGC sets it for the commands that
// render or check a few files, and for a readied process from its own
// initialisation (Readied).
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
	if cmd != "check" || cacheEnv == "off" {
		return true
	}
	for _, a := range args {
		if a == "--no-cache" {
			return true
		}
	}
	return false
}
