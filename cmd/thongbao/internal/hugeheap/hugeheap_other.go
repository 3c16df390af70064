//go:build !linux

package hugeheap

// advised is false outside Linux: no other system takes the mark.
func advised() bool { return false }

// ready does nothing outside Linux: the faults it saves are those of a
// virtual machine's Linux kernel, and other systems take no such mark.
func ready(n int) uintptr { return 0 }
