package cite

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestOpensWithHoi holds hourBefore's look to its expression: on every line
// of testdata, on the text from a few bytes before each "hồi" of them, and
// on random texts of the bytes either reads, the look and the expression
// together match where the expression alone does.
func TestOpensWithHoi(t *testing.T) {
	extra := []string{"hồi 14h00 ngày 15/6/2022", " , hồi 18 giờ 30 phút", "\u00a0hồi 9h", "\t,\u00a0hồi 7h30'", ",hồi 1h", " ,, hồi 2h", "\vhồi 3h", "hồi", "Hồi 4h"}
	lines := testlines.Read(t, "../../testdata", extra)
	for _, l := range lines[:len(lines):len(lines)] {
		for from := 0; ; {
			i := strings.Index(l[from:], "hồi")
			if i < 0 {
				break
			}
			lines = append(lines, l[max(0, from+i-4):])
			from += i + 1
		}
	}
	lines = append(lines, testlines.Random([]string{" ", "\t", "\n", "\u00a0", "\v", ",", "hồi", "hồ", "i", "1", "h", "giờ", "x"}, 4000, 6, 47)...)
	ref := hourBeforeRe().MatchString
	testlines.Agree(t, "opensWithHoi", lines, func(l string) bool { return opensWithHoi(l) && ref(l) }, ref, 8)
}
