package heapstart

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestCollapsed checks that the initialisation put the heap's first region
// in a huge page: the mapping that holds it counts a huge page at least.
func TestCollapsed(t *testing.T) {
	b, err := os.ReadFile(thpFile)
	if err != nil || strings.Contains(string(b), "[never]") {
		t.Skip("the kernel gives no transparent huge pages")
	}
	switch collapsed {
	case 0:
	case syscall.EAGAIN, syscall.ENOMEM:
		t.Skipf("no huge page free for the collapse: %v", collapsed)
	default:
		t.Fatalf("the collapse failed: %v", collapsed)
	}
	kb, ok := anonHuge(t, uintptr(unsafe.Pointer(first)))
	if !ok {
		t.Fatalf("no mapping holds the first object")
	}
	if kb < huge>>10 {
		t.Errorf("the mapping that holds the first object has %d kB in huge pages, want %d at least", kb, huge>>10)
	}
}

// anonHuge returns the AnonHugePages of the mapping that holds a, from
// /proc/self/smaps.
func anonHuge(t *testing.T, a uintptr) (int, bool) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := span(line); ok {
			in = lo <= a && a < hi
			continue
		}
		if rest, found := strings.CutPrefix(line, "AnonHugePages:"); in && found {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return kb, err == nil
		}
	}
	return 0, false
}

// span reads a mapping's header line of smaps: "lo-hi perms ...".
func span(line string) (lo, hi uintptr, ok bool) {
	r, _, found := strings.Cut(line, " ")
	l, h, dash := strings.Cut(r, "-")
	if !found || !dash {
		return 0, 0, false
	}
	a, err1 := strconv.ParseUint(l, 16, 64)
	b, err2 := strconv.ParseUint(h, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(a), uintptr(b), true
}

func TestContains(t *testing.T) {
	for _, c := range []struct {
		b, s string
		want bool
	}{
		{"always madvise [never]\n", "[never]", true},
		{"always [madvise] never\n", "[never]", false},
		{"[always] madvise never\n", "[never]", false},
		{"", "[never]", false},
		{"[never", "[never]", false},
	} {
		if got := contains([]byte(c.b), c.s); got != c.want {
			t.Errorf("contains(%q, %q) = %v, want %v", c.b, c.s, got, c.want)
		}
	}
}
