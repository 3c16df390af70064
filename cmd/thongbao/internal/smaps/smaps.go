// Package smaps reads a field of the mapping that holds an address in
// /proc/self/smaps, for the tests of the packages that ready the heap in
// huge pages (heapstart's AnonHugePages, hugeheap's VmFlags).
package smaps

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// Field returns the value of the field key ("AnonHugePages", "VmFlags")
// of the mapping that holds a, spaces trimmed; found is false when no
// mapping holds a or the mapping has no such field, err set when smaps
// cannot be read.
func Field(a uintptr, key string) (value string, found bool, err error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", false, err
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
		if rest, ok := strings.CutPrefix(line, key+":"); in && ok {
			return strings.TrimSpace(rest), true, nil
		}
	}
	return "", false, sc.Err()
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
