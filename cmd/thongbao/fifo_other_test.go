//go:build !unix

package main

import "github.com/rogpeppe/go-internal/testscript"

// mkfifo: Windows has no named pipes in the file system; the scripts that
// make one start with "[windows] skip".
func mkfifo(ts *testscript.TestScript, neg bool, args []string) {
	ts.Fatalf("mkfifo: no named pipes in this file system")
}
