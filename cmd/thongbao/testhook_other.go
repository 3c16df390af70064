//go:build !unix

package main

func signalSelf(string) bool { return false }
