package hugeheap

import (
	"runtime"
	"syscall"
	"unsafe"
)

// ready makes the heap grow by n bytes at once, marked for huge pages: a
// block is allocated, never written (fresh pages are not cleared), its
// pages marked, and it is freed by a collection while the heap is still
// small (under 1 MB). Its pages are then taken before any the heap has not
// yet mapped.
//
// The block must begin on a 2 MB boundary: a 2 MB page whose first part is
// already in use is faulted 4 KB at a time. The runtime places a large
// allocation at the lowest free address that holds it, and the used part
// of a young heap has no gap of 1 MB; so a first filler of 1 MB lands where
// the used part ends, and a second one of 1-3 MB after it reaches the
// boundary, where the block then begins. The two fillers are kept to the
// end and never touched: they cost address space only.
//
// Where the kernel gives no huge pages (transparent_hugepage=never) the
// mark does nothing, and the cost is the collection.
func ready(n int) {
	const huge = 2 << 20
	filler[0] = make([]byte, 1<<20)
	end := addr(filler[0]) + 1<<20
	filler[1] = make([]byte, (end+2<<20)&^(huge-1)-end)
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
var filler [2][]byte

func addr(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
