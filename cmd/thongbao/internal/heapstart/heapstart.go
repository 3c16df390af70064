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
// pages too (hugeheap). Outside Linux nothing is done. Importing the
// package, for its initialisation, is all.
package heapstart
