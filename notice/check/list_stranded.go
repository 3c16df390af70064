package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A crawler or a page that reflows a document can leave a point's number
// at the end of the line before it: "... ổn định và tiến bộ 1.1." /
// "Tổ chức nghiên cứu, tuyên truyền ..." / "1.2. Nâng cao vai trò ...".
// Read line by line, the point "1.1." is missing and "1.2." said out of
// order (round 32 three times; round 33's converter put a "1.2" at a
// line's start the other way). A nested number ("1.1.", "2.10.") after a
// word at the very end of a paragraph is the next point's number: the
// numbering goes on from it.

// strandedRe ends a paragraph with a nested point number after a word.
var strandedRe = lazyre.New(`\s(\d{1,2}\.\d{1,2}\.)$`)

// citingWords name a part of a document by its number ("tại mục 2.1.",
// "khoản 1.2."): the number ends a sentence, no point of this list.
var citingWords = setOf("mục", "tiểu", "điểm", "khoản", "tiết", "phần", "tại", "theo", "số", "bản", "và", "hoặc", "đến", "từ", "chương", "điều", "phụ", "lục")

// strandedMarker is the nested point number left at the end of s, or "".
func strandedMarker(s string) string {
	t := strings.TrimSpace(s)
	m := strandedRe().FindStringSubmatchIndex(t)
	if m == nil {
		return ""
	}
	prev := lastWord(strings.TrimSpace(t[:m[2]]))
	if prev == "" || citingWords[strings.ToLower(prev)] || strings.ContainsAny(prev[len(prev)-1:], ".;:,") {
		return ""
	}
	return t[m[2]:m[3]]
}
