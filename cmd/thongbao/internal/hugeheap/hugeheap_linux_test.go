package hugeheap

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/smaps"
)

// TestReadyMarks checks that after ready the heap's next allocations come
// from a region marked for huge pages ("hg" in the VMA's flags).
func TestReadyMarks(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage"); err != nil {
		t.Skip("the kernel has no transparent huge pages")
	}
	ready(Size)
	var kept [][]byte
	for range 64 {
		kept = append(kept, make([]byte, 64<<10))
	}
	// The first allocations may reuse spans the heap already held before
	// ready (how many depends on what the process did before); one of the
	// later ones, from fresh memory, must be marked.
	var seen []string
	for i := len(kept) - 1; i >= 0; i-- {
		a := addr(kept[i])
		flags, ok := vmaFlags(t, a)
		if !ok {
			t.Fatalf("no mapping holds %#x", a)
		}
		if strings.Contains(" "+flags+" ", " hg ") {
			return
		}
		seen = append(seen, flags)
	}
	t.Errorf("no mapping of %d fresh allocations has hg in its flags: %q", len(kept), seen[0])
}

// vmaFlags returns the VmFlags of the mapping that holds a, from
// /proc/self/smaps.
func vmaFlags(t *testing.T, a uintptr) (string, bool) {
	flags, found, err := smaps.Field(a, "VmFlags")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	return flags, found
}

// TestPlaceOnBoundary checks that place's block begins on a 2 MB boundary,
// whatever holes and odd ends the heap has. It runs in a process of its
// own, whose heap is young as an initialisation's is (a test's has the
// holes of earlier tests' collections, which the fillers would take), and
// on one processor, as a render's initialisation does.
func TestPlaceOnBoundary(t *testing.T) {
	if os.Getenv(placeChild) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPlaceOnBoundary$", "-test.count=1")
		cmd.Env = append(os.Environ(), placeChild+"=1", "GOGC=off", "GOMAXPROCS=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	var kept [][]byte
	for i := range 12 {
		// An odd end first: 40 KB to 1.1 MB, in 8 KB pages.
		kept = append(kept, make([]byte, (5+i*i*11)*8<<10))
		if i%3 == 0 {
			kept = append(kept, make([]byte, 24<<10)) // from a processor's cache
		}
		b := place(4 << 20)
		if a := addr(b); a%huge != 0 {
			t.Errorf("round %d: the block after %d fillers begins %d KB past a 2 MB boundary", i, len(filler), (a%huge)>>10)
		}
		kept = append(kept, b)
	}
	runtime.KeepAlive(kept)
}

// placeChild marks TestPlaceOnBoundary's own process.
const placeChild = "HUGEHEAP_TEST_PLACE"

// TestNothingAboveBlock checks that after ready the heap's small spans are
// not taken from the processor's page cache above the block (drain): each
// page there costs a fault of 4 KB while the freed block, in huge pages,
// waits. In processes of their own, young and on one processor as a
// render's initialisation. Whether the cache was refilled above the block
// depends on where the heap starts, which moves from run to run: without
// the drain, 54-58 pages were taken there in seven runs of eight, so four
// are run.
func TestNothingAboveBlock(t *testing.T) {
	if os.Getenv(aboveChild) == "" {
		for range 4 {
			cmd := exec.Command(os.Args[0], "-test.run=^TestNothingAboveBlock$", "-test.count=1")
			cmd.Env = append(os.Environ(), aboveChild+"=1", "GOMAXPROCS=1")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
		}
		return
	}
	end := ready(Size)
	var kept [][]byte
	for i := range 2000 {
		// Small objects of many size classes, a span each in turn.
		kept = append(kept, make([]byte, 16+(i*97)%(4<<10))) // 4 MB in all
	}
	// A span the processor held before the drain may still serve an
	// object or two: pages, not objects, are counted.
	pages := map[uintptr]bool{}
	for _, b := range kept {
		if a := addr(b); end <= a && a < end+cachePages*page {
			pages[a/page] = true
		}
	}
	if len(pages) > 2 {
		t.Errorf("%d pages of the %d KB above the block were taken after ready", len(pages), cachePages*page>>10)
	}
	runtime.KeepAlive(kept)
}

// aboveChild marks TestNothingAboveBlock's own process.
const aboveChild = "HUGEHEAP_TEST_ABOVE"
