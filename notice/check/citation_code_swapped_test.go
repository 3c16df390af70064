package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// adjacentSwapByRunes is adjacentSwap as the runes of both strings
// compared: what adjacentSwap must answer.
func adjacentSwapByRunes(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || a == b {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i+1 >= len(ra) || ra[i] != rb[i+1] || ra[i+1] != rb[i] {
		return false
	}
	return string(ra[i+2:]) == string(rb[i+2:])
}

// swapCases are words beside a known code, swapped codes, and ill-formed
// bytes where a rune is expected.
var swapCases = []string{
	"UBDN BUND UBNĐ HĐDN ĐHND HNĐD VPPC PVCP TgT GTT BHHX BGDTĐ BTNTM BLĐTBHX BVHTTLD",
	"UBND UBN UBNDD UBNd uBND UB\xffN \xffUBND UBND\xff U\uFFFDND UB\xff\xffD HĐN\xc4 HĐ\xc4\x90ND",
	"\xc4\x90 \xc4 \x90\xc4 BGDĐT BGĐDT BGDT\xc4\x90 BLĐTBXH BLTĐBXH",
}

// TestAdjacentSwapAsRunes holds adjacentSwap to the comparison of the
// runes, each word of testdata and each of its tails against each known
// code, both ways round, and each code swapped at each place.
func TestAdjacentSwapAsRunes(t *testing.T) {
	var words []string
	for _, k := range swapKnownCodes {
		r := []rune(k)
		for i := 0; i+1 < len(r); i++ {
			s := append([]rune{}, r...)
			s[i], s[i+1] = s[i+1], s[i]
			words = append(words, string(s), string(s)+"x", string(s[1:]))
		}
	}
	seen := map[string]bool{}
	for _, l := range testlines.Read(t, "../../testdata", swapCases) {
		for _, w := range strings.Fields(l) {
			for i := range len(w) {
				if !seen[w[i:]] {
					seen[w[i:]] = true
					words = append(words, w[i:])
				}
			}
		}
	}
	swapped := 0
	for _, w := range words {
		for _, k := range swapKnownCodes {
			for _, ab := range [][2]string{{w, k}, {k, w}} {
				got, want := adjacentSwap(ab[0], ab[1]), adjacentSwapByRunes(ab[0], ab[1])
				if got != want {
					t.Fatalf("adjacentSwap(%q, %q) = %v, the runes compared %v", ab[0], ab[1], got, want)
				}
				if got {
					swapped++
				}
			}
		}
	}
	if swapped < 50 || len(seen) < 10000 {
		t.Fatalf("%d words, %d swaps found: the test proves little", len(seen), swapped)
	}
}
