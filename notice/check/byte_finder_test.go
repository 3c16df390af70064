package check

import "testing"

// TestByteFinder holds byteFinder to the walk it stands for, byte by
// byte.
func TestByteFinder(t *testing.T) {
	for _, s := range []string{"", ".", "a", "a.b,c;d", ";;..,,", "Căn cứ,Nghị định.x;", "no marks at all", "x,"} {
		checkByteFinder(t, s)
	}
}

func FuzzByteFinder(f *testing.F) {
	f.Add("a.b,c;d")
	f.Fuzz(checkByteFinder)
}

func checkByteFinder(t *testing.T, s string) {
	var want, got []int
	for i := 1; i < len(s); i++ {
		if c := s[i]; c == '.' || c == ',' || c == ';' {
			want = append(want, i)
		}
	}
	f := newByteFinder(s, '.', ',', ';')
	for i := f.next(1); i >= 0; i = f.next(i + 1) {
		got = append(got, i)
	}
	if len(got) != len(want) {
		t.Fatalf("%q: got %v, want %v", s, got, want)
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	}
}
