package hugeheap

import (
	"runtime"
	"syscall"
	"unsafe"
)

// thpFile holds the kernel's setting of transparent huge pages: "always
// [madvise] never", the one in force in brackets.
const thpFile = "/sys/kernel/mm/transparent_hugepage/enabled"

// advised tells whether the kernel gives huge pages to the regions marked
// for them only. Under "always" the heap has them already, under "never"
// not at all: either way the readying would cost its collection for
// nothing.
func advised() bool {
	b := readFile(thpFile)
	for i := 0; i+9 <= len(b); i++ {
		if string(b[i:i+9]) == "[madvise]" {
			return true
		}
	}
	return false
}

// readFile returns the start of a file of /proc or /sys (4 KB), nil when
// it cannot be read: the package reads them by system calls, so that it
// is initialised before the packages that allocate (os would put it after
// them).
func readFile(name string) []byte {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil
	}
	defer syscall.Close(fd)
	b := make([]byte, 4096)
	n := 0
	for n < len(b) {
		m, err := syscall.Read(fd, b[n:])
		if err != nil || m <= 0 {
			break
		}
		n += m
	}
	return b[:n]
}

// args returns the command line's arguments after the program's name,
// from /proc/self/cmdline (os.Args is set by os's initialisation).
func args() []string {
	b := readFile("/proc/self/cmdline")
	var out []string
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != 0 {
			i++
		}
		out = append(out, string(b[:i]))
		if i == len(b) {
			break
		}
		b = b[i+1:]
	}
	if len(out) > 0 {
		out = out[1:]
	}
	return out
}

func isDir(name string) bool {
	var st syscall.Stat_t
	return syscall.Stat(name, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR
}

const (
	huge  = 2 << 20  // the size of a huge page
	piece = 64 << 10 // a filler's size
)

// ready makes the heap grow by n bytes at once, marked for huge pages: a
// block is allocated, never written (fresh pages are not cleared), its
// pages marked, and it is freed by a collection while the heap is small
// (under 1 MB). Its pages are then taken before any the heap has not yet
// mapped. The collector is on (runtime/debug cannot be imported here):
// the block's allocation starts a collection, in which the allocating
// frame holds it, so runtime.GC runs a second one, which frees it.
//
// Free pages below the block would be taken first, 4 KB a fault, and so
// would those of a 2 MB page whose first part is in use. The runtime
// places a large allocation at the lowest free address that holds it; so
// fillers of 64 KB are allocated first until one ends on a 2 MB boundary:
// they take the free pages the runtime's start left, then those up to the
// boundary, where the block then begins. The fillers are kept to the end
// and never touched: they cost address space only.
//
// Where the kernel gives no huge pages (transparent_hugepage=never) the
// mark does nothing, and the cost is the collections.
func ready(n int) {
	for range 2 * (4 << 20) / piece { // two of the runtime's 4 MB steps at most
		p := make([]byte, piece)
		filler = append(filler, p)
		if (addr(p)+piece)%huge == 0 {
			break
		}
	}
	b := addr(make([]byte, n)) // unreachable at once: the collection it starts frees it
	lo := (b + huge - 1) &^ (huge - 1)
	hi := (b + uintptr(n)) &^ (huge - 1)
	if lo < hi {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
	}
	runtime.GC()
}

// filler holds the pages below the first huge page (ready).
var filler [][]byte

func addr(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
