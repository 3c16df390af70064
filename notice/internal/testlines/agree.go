package testlines

import "testing"

// Agree holds fast, a hand-written scanner, to ref, the expression or
// plain search it stands for, on every line: each line where they differ
// is an error naming name. It fails too when ref holds on fewer than min
// lines, for then the lines were not read and the test could not fail.
func Agree(tb testing.TB, name string, lines []string, fast, ref func(string) bool, min int) {
	tb.Helper()
	held := 0
	for _, l := range lines {
		want := ref(l)
		if want {
			held++
		}
		if got := fast(l); got != want {
			tb.Errorf("%s(%q) = %v, want %v", name, l, got, want)
		}
	}
	if held < min {
		tb.Errorf("%s: its reference holds on %d lines, want %d at least: the lines were not read", name, held, min)
	}
}
