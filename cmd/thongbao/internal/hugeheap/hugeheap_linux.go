package hugeheap

import (
	"bytes"
	"os"
	"runtime"
	"runtime/debug"
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
	b, err := os.ReadFile(thpFile)
	return err == nil && bytes.Contains(b, []byte("[madvise]"))
}

const (
	huge  = 2 << 20  // the size of a huge page
	piece = 64 << 10 // a filler's size
)

// ready makes the heap grow by n bytes at once, marked for huge pages: a
// block is allocated, never written (fresh pages are not cleared), its
// pages marked, and it is freed by a collection while the heap is small
// (under 1 MB). Its pages are then taken before any the heap has not yet
// mapped.
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
// mark does nothing, and the cost is the collection.
func ready(n int) {
	// Off while the block is allocated: it would start a collection of
	// its own, the heap being over its first goal (4 MB).
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for range 2 * (4 << 20) / piece { // two of the runtime's 4 MB steps at most
		p := make([]byte, piece)
		filler = append(filler, p)
		if (addr(p)+piece)%huge == 0 {
			break
		}
	}
	block := make([]byte, n)
	lo := (addr(block) + huge - 1) &^ (huge - 1)
	hi := (addr(block) + uintptr(n)) &^ (huge - 1)
	if lo < hi {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
	}
	block = nil
	runtime.GC()
}

// filler holds the pages below the first huge page (ready).
var filler [][]byte

func addr(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
