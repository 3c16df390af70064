package main

import (
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile of the whole run to the file named by
// THONGBAO_CPUPROFILE, for `go tool pprof`. It returns the function that
// ends the profile; without the variable it does nothing.
func startProfile() func() {
	name := os.Getenv("THONGBAO_CPUPROFILE")
	if name == "" {
		return func() {}
	}
	f, err := os.Create(name)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
