//go:build !linux

package heapstart

// Outside Linux nothing is done: no other system takes the call, and the
// faults it saves are those of a virtual machine's Linux kernel.
