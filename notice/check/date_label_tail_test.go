package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// labelDateWhole is labelDate as it was before labelTail: the whole text
// before the date lowered.
func labelDateWhole(s string, off int) bool {
	before := strings.ToLower(strings.TrimRight(s[:off], " \u00a0\t:"))
	for _, l := range labelDateWords {
		if strings.HasSuffix(before, l) {
			rest := before[:len(before)-len(l)]
			if rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, ",") || strings.HasSuffix(rest, "(") || strings.HasSuffix(rest, ";") {
				return true
			}
		}
	}
	return false
}

// TestLabelDateAsWhole holds labelDate, which lowers only labelTail of
// the text before a date, to the lowering of the whole text: at every
// figure of every line of testdata, and of made texts of the labels,
// capitals whose small letter is narrower or wider ("K" the Kelvin
// sign, "İ", "Ⱥ"), separators, long words and broken bytes.
func TestLabelDateAsWhole(t *testing.T) {
	texts := testlines.Read(t, "../../testdata", nil)
	alphabet := []string{"hạn dùng", "HẠN DÙNG", "Hạn sử dụng", "HSD", "hd", "HD", "ngày sản xuất", "NGÀY SẢN XUẤT", "NSX", "nsx",
		" ", ":", ",", "(", ";", "\u00a0", "\t", "15/4/2029", "1", "số lô 260415", "Paracetamol", "K", "İ", "Ⱥ", "ẞ", "ầ",
		"\xff", "\xe1\xba", "thuốc viên nén bao phim hàm lượng", strings.Repeat("x", 70), strings.Repeat("ạ", 30)}
	texts = append(texts, testlines.Random(alphabet, 100000, 8, 100)...)
	held, n := 0, 0
	for _, s := range texts {
		for off := range len(s) {
			if s[off] < '0' || s[off] > '9' {
				continue // a date starts at a figure
			}
			want := labelDateWhole(s, off)
			if want {
				held++
			}
			n++
			if got := labelDate(s, off); got != want {
				t.Errorf("labelDate(%q, %d) = %v, want %v", s, off, got, want)
			}
		}
	}
	if held < 1000 {
		t.Errorf("labelDateWhole held at %d of %d offsets, want 1000 at least: the texts were not read", held, n)
	}
}
