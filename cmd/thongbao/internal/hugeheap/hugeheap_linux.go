package hugeheap

import (
	"os"
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
	b, err := os.ReadFile(thpFile)
	return err == nil && contains(b, "[madvise]")
}

// contains is bytes.Contains, which the package does not import.
func contains(b []byte, s string) bool {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return true
		}
	}
	return false
}

const (
	huge  = 2 << 20  // the size of a huge page
	piece = 64 << 10 // a filler's size
	page  = 8 << 10  // the runtime's page, and the smallest filler
	// tries bounds the fillers of one fill: 8 MB of 64 KB pieces, two of
	// the runtime's 4 MB steps.
	tries = 2 * (4 << 20) / piece
)

// ready makes the heap grow by n bytes at once, marked for huge pages: a
// block is allocated, never written (fresh pages are not cleared), its
// pages marked, and it is freed by a collection while the heap is small
// (under 1 MB). Its pages are then taken before any the heap has not yet
// mapped.
//
// Free pages below the block would be taken first, 4 KB a fault, and so
// would those of a 2 MB page whose first part is in use: fill takes them
// first, so that the block begins on a 2 MB boundary.
//
// Where the kernel gives no huge pages (transparent_hugepage=never) the
// mark does nothing, and the cost is the collection.
//
// It returns the end of the block (drain).
func ready(n int) uintptr {
	// The block's allocation starts a collection of its own, the heap
	// being past its first goal (4 MB); runtime.GC waits for it to end,
	// then runs its own. Early in the initialisation the heap holds
	// little, and the two take some 1.5 ms.
	block := place(n)
	end := addr(block) + uintptr(n)
	lo := (addr(block) + huge - 1) &^ (huge - 1)
	hi := end &^ (huge - 1)
	if lo < hi {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
	}
	block = nil
	runtime.GC()
	drain(end)
	return end
}

// cachePages is the size of a processor's page cache in the runtime: the
// 64 free pages of 8 KB (512 KB) it takes small spans and stacks from.
const cachePages = 64

// drain takes as fillers the pages left in the processor's page cache
// above the block's end. The collection refills that cache while the block
// is still in use, from the free pages above the block; the runtime empties the caches of idle processors at a
// collection, not the running one's. So the small spans taken next came
// from those 512 KB, 4 KB a fault, before any from the freed block (render
// of seed 004: 127 faults just past the block's end, s98b's unexplained
// "some 120"). A filler of one page takes a page of the cache and is never
// written (a fresh page is not cleared); once one lands below the end, the
// cache was refilled from the lowest free pages, below the block or in it,
// and the rest are left to the heap.
func drain(end uintptr) {
	for range 2 * cachePages {
		p := make([]byte, page)
		if addr(p) < end {
			return
		}
		filler = append(filler, p)
	}
}

// place allocates a block of n bytes that begins on a 2 MB boundary, the
// fillers below it kept (fill). Should something else take the boundary's
// first pages in between, the block is kept as a filler too and another is
// placed above it.
func place(n int) []byte {
	// Made first, at its greatest length (the drain's too): growing it
	// between the fillers and the block could take a new span, and with
	// it the processor's cache of the pages above the boundary.
	filler = make([][]byte, 0, 2*tries+2+2*cachePages)
	var block []byte
	for range 2 {
		fill()
		block = make([]byte, n)
		if addr(block)%huge == 0 {
			break
		}
		filler = append(filler, block)
	}
	return block
}

// fill allocates fillers until one ends on a 2 MB boundary. The runtime
// places a filler of 64 KB in the lowest free pages that hold it (in a
// processor's cache of 64 free pages, refilled from the lowest free ones),
// so fillers take the free pages the runtime's start left, then those up
// to the boundary. A filler ends on the boundary only if they began a
// multiple of 64 KB below it, which the heap's start (it moves from one
// run to the next) made so in a half to two thirds of the renders only:
// in the others the block began up to 2 MB past a boundary, or 8 MB
// higher once the fillers ran out, and the pages below it were taken in
// 4 KB faults, some 300 more a render. So when the boundary is nearer than a filler, the pages up to it
// are taken one by one (a page, 8 KB, is the span of one 8 KB object,
// taken from the same cache); a filler that took a hole below the last
// one's end does not count. The fillers are kept to the end and never
// touched: they cost address space only.
func fill() {
	size, top := uintptr(piece), uintptr(0)
	for range tries {
		p := make([]byte, size)
		filler = append(filler, p)
		end := addr(p) + size
		gap := -end & (huge - 1) // to the next boundary
		switch {
		case end < top: // a hole below: the boundary that counts is above
			continue
		case gap == 0:
			return
		case gap < piece:
			size = page
		}
		top = end
	}
}

// filler holds the pages below the first huge page (ready).
var filler [][]byte

func addr(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
