package hugeheap

import (
	"runtime"
	"syscall"
	"unsafe"
)

// bigFrame has a frame of stackFrame bytes and does nothing.
func bigFrame()

const (
	stackFrame = 16 << 20 // bigFrame's
	stackSize  = 32 << 20 // the stack bigFrame's prologue grows a fresh goroutine's to
)

// grow takes fresh pages of the heap, marks them for huge pages and gives
// them back to the heap without a collection: the stack of a goroutine
// that calls bigFrame grows to stackSize in one step (the runtime sizes
// it from the frame, before the frame is used), the runtime takes that
// stack from the heap's pages like a large allocation, untouched but for
// the few kilobytes copied from the old stack to its top, and frees it to
// the heap as soon as the goroutine ends while no collection runs. The
// stack is stackSize whatever n is.
func grow(n int) {
	live := runtime.NumGoroutine()
	go func() {
		// The fillers and the stack one after the other, with no
		// allocation between them: starting the goroutine (its first
		// stack, a thread for a processor woken to run it) takes pages
		// of the heap, which then lie below the fillers.
		fill()
		advise(onBigStack())
	}()
	// The stack is freed when the goroutine has ended, before it no
	// longer counts.
	for runtime.NumGoroutine() > live {
		runtime.Gosched()
	}
}

// advise marks the stack whose top is near top for huge pages, while the
// goroutine still holds it: once freed, the heap may take its pages
// (and touch them) at once. The stack is [top+used-stackSize, top+used),
// used being the few hundred bytes of the goroutine's frames above top;
// it begins on a 2 MB boundary when the fillers did their work. Marked
// are its pages from there to the last 2 MB, where the old stack was
// copied. Should it begin elsewhere, the mark takes in a little of the
// heap below it, which is a hint and harmless.
func advise(top uintptr) {
	lo := (top - stackSize + huge - 1) &^ (huge - 1)
	hi := top &^ (huge - 1)
	if lo < hi {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
	}
}

// onBigStack grows the goroutine's stack and returns an address near its
// top.
//
//go:noinline
func onBigStack() uintptr {
	bigFrame()
	var x byte
	return uintptr(unsafe.Pointer(&x))
}
