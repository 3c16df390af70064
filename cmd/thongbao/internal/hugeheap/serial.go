package hugeheap

import (
	"os"
	"runtime"
)

// serial tells whether a readied command line does its work in one
// goroutine: render and text take their inputs one after the other, where
// check takes a few files side by side.
func serial(args []string) bool {
	for _, a := range args {
		switch a {
		case "render", "text":
			return true
		case "check":
			return false
		}
	}
	return false
}

// oneProcessor runs the process on one processor. A second one gives a
// serial command nothing to run but the runtime's own threads: a render of
// one notice on two started three more threads, each with its stacks, and
// switched between them some 100 times more (s98b: 87 page faults and 110
// context switches fewer on one). GOMAXPROCS set in the environment wins.
func oneProcessor() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
}
