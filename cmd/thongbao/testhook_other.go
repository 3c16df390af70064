//go:build !unix

package main

func signalSelf(string) {}
