package smaps

import "testing"

func TestSpan(t *testing.T) {
	for _, c := range []struct {
		line   string
		lo, hi uintptr
		ok     bool
	}{
		{"7f00a000-7f00c000 rw-p 00000000 00:00 0", 0x7f00a000, 0x7f00c000, true},
		{"AnonHugePages:      2048 kB", 0, 0, false},
		{"VmFlags: rd wr mr mw me ac sd hg", 0, 0, false},
		{"", 0, 0, false},
	} {
		lo, hi, ok := span(c.line)
		if lo != c.lo || hi != c.hi || ok != c.ok {
			t.Errorf("span(%q) = %#x, %#x, %v; want %#x, %#x, %v", c.line, lo, hi, ok, c.lo, c.hi, c.ok)
		}
	}
}
