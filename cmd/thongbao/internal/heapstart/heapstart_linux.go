package heapstart

import (
	"syscall"
	"unsafe"
)

const (
	huge = 2 << 20 // the size of a huge page
	// madvCollapse is MADV_COLLAPSE, which package syscall does not name.
	madvCollapse = 25
)

// first is the object whose region is collapsed: the heap's newest, in
// the region the initialisation goes on allocating in.
var first *[64]byte

// collapsed holds the call's error number, for the tests: 0 when the
// region was put in a huge page.
var collapsed syscall.Errno

func init() {
	if never() {
		collapsed = syscall.EINVAL
		return
	}
	first = new([64]byte)
	lo := uintptr(unsafe.Pointer(first)) &^ (huge - 1)
	_, _, collapsed = syscall.Syscall(syscall.SYS_MADVISE, lo, huge, madvCollapse)
	// The heap begins anywhere in its first region (its start moves
	// from run to run), and past its middle the initialisation goes on
	// into the next: marked, it takes a huge page at its first fault.
	// The mark holds only where the runtime has mapped the region
	// already (it maps the heap 4 MB at a time, aligned); a region it
	// maps later is mapped afresh, unmarked.
	syscall.Syscall(syscall.SYS_MADVISE, lo+huge, huge, syscall.MADV_HUGEPAGE)
}

// thpFile holds the kernel's setting of transparent huge pages: "always
// [madvise] never", the one in force in brackets.
const thpFile = "/sys/kernel/mm/transparent_hugepage/enabled"

// never tells whether the kernel is set to give no huge pages. The file
// is read into an array on the stack: no allocation before the call.
func never() bool {
	fd, err := syscall.Open(thpFile, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return true // no transparent huge pages in this kernel
	}
	var b [128]byte
	n, _ := syscall.Read(fd, b[:])
	syscall.Close(fd)
	return n > 0 && contains(b[:n], "[never]")
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
