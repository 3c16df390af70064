package lazyre

import "testing"

// TestFirstBytes checks the first bytes found of a few expressions.
func TestFirstBytes(t *testing.T) {
	for _, c := range []struct {
		expr string
		want string
		ok   bool
	}{
		{`(?i)kế|Công`, "KkCc\xe2", true},
		{`a?b`, "ab", true},
		{`\bx+`, "x", true},
		{`a*`, "", false},
		{`(?:^|y)z`, "yz", true},
	} {
		var first [256]bool
		ok := FirstBytes(c.expr, &first)
		var got []byte
		for b, on := range first {
			if on {
				got = append(got, byte(b))
			}
		}
		if ok != c.ok || ok && !sameBytes(got, []byte(c.want)) {
			t.Errorf("FirstBytes(%s) = %q, %v; want %q, %v", c.expr, got, ok, c.want, c.ok)
		}
	}
}

// sameBytes reports whether a and b hold the same bytes, in any order.
func sameBytes(a, b []byte) bool {
	var x, y [256]bool
	for _, c := range a {
		x[c] = true
	}
	for _, c := range b {
		y[c] = true
	}
	return x == y
}
