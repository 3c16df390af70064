package heapstart

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/thongbao/thongbao/cmd/thongbao/internal/smaps"
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
	case syscall.EINVAL, syscall.EPERM, syscall.ENOSYS:
		// A kernel before 6.1 knows no MADV_COLLAPSE; a sandbox may
		// refuse it. The readying then does nothing, which is allowed.
		t.Skipf("the kernel does not collapse on request: %v", collapsed)
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

// anonHuge returns the AnonHugePages of the mapping that holds a, in kB,
// from /proc/self/smaps.
func anonHuge(t *testing.T, a uintptr) (int, bool) {
	v, found, err := smaps.Field(a, "AnonHugePages")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	if !found {
		return 0, false
	}
	kb, err := strconv.Atoi(strings.TrimSuffix(v, " kB"))
	return kb, err == nil
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
