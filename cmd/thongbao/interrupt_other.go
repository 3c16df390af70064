//go:build !unix

package main

// dieBySIGINT does nothing where a process cannot end by a signal of its
// own: the exit code stands.
func dieBySIGINT() {}
