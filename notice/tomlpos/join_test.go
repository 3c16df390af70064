package tomlpos

import (
	"math"
	"strconv"
	"testing"
)

// TestJoinAsConcat holds JoinKey, JoinIndex and joinBare to the
// concatenations they replace.
func TestJoinAsConcat(t *testing.T) {
	paths := []string{"", "a", "tasks.groups[1]", "a.\"b c\"", "ế"}
	keys := []string{"x", "date_2", "b c", "", "ế", "a.b"}
	for _, p := range paths {
		for _, k := range keys {
			want := k
			if !isBareKey(k) {
				want = strconv.Quote(k)
			}
			if p != "" {
				want = p + "." + want
			}
			if got := JoinKey(p, k); got != want {
				t.Fatalf("JoinKey(%q, %q) = %q, want %q", p, k, got, want)
			}
			if isBareKey(k) {
				if got := joinBare(p, k); got != want {
					t.Fatalf("joinBare(%q, %q) = %q, want %q", p, k, got, want)
				}
			}
		}
		for _, i := range []int{0, 1, 9, 10, 99, 100, 12345, -1, math.MaxInt, math.MinInt} {
			if got, want := JoinIndex(p, i), p+"["+strconv.Itoa(i)+"]"; got != want {
				t.Fatalf("JoinIndex(%q, %d) = %q, want %q", p, i, got, want)
			}
		}
	}
}
