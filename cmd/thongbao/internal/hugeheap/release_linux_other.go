//go:build linux && !amd64

package hugeheap

import (
	"runtime"
	"syscall"
)

// grow takes n bytes of fresh heap, marks them for huge pages and gives
// them back to the heap: a block is allocated, never written (fresh pages
// are not cleared), its pages marked, and it is freed by a collection
// while the heap is small.
func grow(n int) {
	fill()
	block := make([]byte, n)
	lo := (addr(block) + huge - 1) &^ (huge - 1)
	hi := (addr(block) + uintptr(n)) &^ (huge - 1)
	if lo < hi {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
	}
	block = nil
	runtime.GC()
}
