package check

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// A page that flattens a list can run its points together on one line:
// "1. Tổ chức đấu giá: Trung tâm ... tỉnh Hà Tĩnh 2. Tổ chức có tài sản
// đấu giá: UBND huyện ... 3. Tài sản đấu giá, ...". Read paragraph by
// paragraph, "2." and "3." are missing and the "4." of the next line is
// said out of order, though the notice numbers them all. runInMarkers
// reads, in a paragraph that is a point numbered n, the numbers n+1,
// n+2, ... that stand inside it after a space and before a capital, each
// after the one before: the points run on, which the numbering goes on
// from.

// runInMarkers returns the numbers of the points run on inside t, the text
// of a point numbered n ("1."), in their order: "2.", "3.". A number a
// citation names ("khoản 2. Các ...", "số 2.") is not a point's.
func runInMarkers(t string, n int) []string {
	var out []string
	for from := 0; ; {
		want := strconv.Itoa(n+len(out)+1) + ". "
		i := strings.Index(t[from:], " "+want)
		if i < 0 {
			return out
		}
		at := from + i + 1
		from = at + len(want)
		r, _ := utf8.DecodeRuneInString(t[from:])
		if !unicode.IsUpper(r) || citingWordBefore(t[:at]) {
			continue
		}
		out = append(out, strings.TrimSpace(want))
	}
}

// runInCitingWords name a part, a time or a count by its number: the
// number after them is no point's.
var runInCitingWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"khoản": true, "điều": true, "mục": true, "điểm": true, "số": true, "phần": true, "chương": true, "lần": true, "tháng": true, "năm": true, "ngày": true, "lô": true, "thôn": true, "tổ": true, "đợt": true, "phòng": true, "tầng": true, "kỳ": true, "quý": true, "nhóm": true, "loại": true, "bước": true, "câu": true, "trang": true}
})

// citingWordBefore reports whether the word that ends before (its last
// field) names a part, a time or a count (runInCitingWords).
func citingWordBefore(before string) bool {
	w := lastWord(before)
	if w == "" {
		return true
	}
	return runInCitingWords()[strings.ToLower(cite.Fold(w))] || runInCitingWords()[strings.ToLower(w)]
}
