package main

import (
	"os"
	"runtime/pprof"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/allocsample"
)

// startProfile writes a CPU profile of the whole run to the file named by
// THONGBAO_CPUPROFILE, and a heap profile at its end to THONGBAO_MEMPROFILE,
// for `go tool pprof`. It returns the function that ends the profiles;
// without the variables it does nothing.
//
// Without THONGBAO_MEMPROFILE the runtime's sampling of allocations is
// turned off before any package's initialisation (internal/allocsample).
func startProfile() func() {
	stopCPU := startCPUProfile(os.Getenv("THONGBAO_CPUPROFILE"))
	return func() {
		stopCPU()
		writeHeapProfile(os.Getenv(allocsample.ProfileEnv))
	}
}

func writeHeapProfile(name string) {
	if name == "" {
		return
	}
	if f, err := os.Create(name); err == nil {
		pprof.Lookup("heap").WriteTo(f, 0)
		f.Close()
	}
}

func startCPUProfile(name string) func() {
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
