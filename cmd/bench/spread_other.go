//go:build !linux

package main

// spread does nothing here: only Linux's ext2/3/4 place directories by the
// flag, and only ext4 without a journal makes it matter.
func spread(string) bool { return false }
