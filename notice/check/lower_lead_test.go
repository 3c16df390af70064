package check

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLowerLead holds lowerLead to strings.ToLower: its n bytes are the
// whole's first n (or the whole), on made strings of capitals, letters
// that lower to fewer or more bytes (Kelvin K, Ⱥ, İ), broken bytes and
// runs of continuation bytes, cut at every n up to their length.
func TestLowerLead(t *testing.T) {
	pieces := []string{"A", "a", "Đ", "Ệ", "ệ", "\u212A", "\u023A", "İ", "\xe1", "\xe1\xbb", "\x80", "\x80\x80\x80\x80\x80", " ", "𐐀", "ý KIẾN", "CHỈ ĐẠO "}
	r := rand.New(rand.NewPCG(93, 14))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		whole := strings.ToLower(s)
		for n := 0; n <= len(s)+1; n++ {
			got := lowerLead(s, n)
			if !strings.HasPrefix(whole, got) || len(got) < min(n, len(whole)) {
				t.Fatalf("lowerLead(%q, %d) = %q, not %d bytes of %q", s, n, got, n, whole)
			}
		}
	}
}

// TestGroundLowLen: groundObject's lowered lead holds every word of
// groundManner and the longest of groundDirections.
func TestGroundLowLen(t *testing.T) {
	n := 0
	for _, w := range groundManner {
		n += len(w)
	}
	longest := 0
	for _, w := range groundDirections {
		longest = max(longest, len(w))
	}
	if n+longest > groundLowLen {
		t.Errorf("groundObject reads %d bytes in small letters, groundLowLen is %d", n+longest, groundLowLen)
	}
}
