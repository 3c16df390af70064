// Package heapstart puts the heap's first pages in a huge page, early in
// every process, so that the packages' initialisation does not take them
// 4 KB a fault.
//
// Every process initialises some sixty packages before its command runs
// (the rules' tables, goldmark's, the flags): some 1 MB of allocations
// spread over the runtime's size classes, which touched some 460 pages of
// 4 KB in `thongbao --version` (a fault costs 12-15 µs of system time on
// the virtual machines the tool is measured on). The heap's first 2 MB
// region is already in use when any Go code runs, and a region the kernel
// has begun in small pages stays in them; MADV_COLLAPSE (Linux 6.1) copies
// the pages in use into a huge page and maps the rest of the region with
// it, in one call. `--version`: some 750 faults -> 540, 24 -> 21 ms CPU.
//
// It imports only syscall and unsafe, and Go initialises it right after
// syscall, 14th: a package initialises once every package it imports has,
// the ready ones in the order of their import paths, and "github.com/..."
// comes first among them. Where the kernel is told to give no huge pages
// (transparent_hugepage=never), or does not know the call, nothing is done.
// Like a fault in a region marked for huge pages, the call may reclaim or
// compact memory to find a free huge page (transparent_hugepage/defrag).
//
// A process that renders a notice readies the rest of its heap in huge
// pages too (hugeheap). Importing the package, for its initialisation, is
// all.
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
