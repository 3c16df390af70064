package check

import (
	"strings"
	"sync"

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

// strandedRe ends a paragraph with a nested point number after a word;
// strandedAt finds its match without it (the tests hold them together).
var strandedRe = lazyre.New(`\s(\d{1,2}\.\d{1,2}\.)$`)

// strandedAt is strandedRe().FindStringSubmatchIndex(t)[2], the start of
// the number, or -1 when it does not match: read back from the end of t,
// where the regexp package tried the expression from every byte. Each run
// of figures must be one or two long as a whole, as the character before
// it is a point or a space, no figure.
func strandedAt(t string) int {
	i := len(t)
	if i == 0 || t[i-1] != '.' {
		return -1
	}
	i = digitsBefore(t, i-1)
	if i < 1 || t[i-1] != '.' {
		return -1
	}
	i = digitsBefore(t, i-1)
	if i < 1 {
		return -1
	}
	switch t[i-1] {
	case ' ', '\t', '\n', '\f', '\r':
		return i
	}
	return -1
}

// digitsBefore is where the run of one or two ASCII figures ending at end
// starts, -1 when the run there is empty or longer.
func digitsBefore(t string, end int) int {
	i := end
	for i > 0 && '0' <= t[i-1] && t[i-1] <= '9' {
		i--
	}
	if n := end - i; n < 1 || n > 2 {
		return -1
	}
	return i
}

// citingWords name a part of a document by its number ("tại mục 2.1.",
// "khoản 1.2."): the number ends a sentence, no point of this list.
var citingWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"mục": true, "tiểu": true, "điểm": true, "khoản": true, "tiết": true, "phần": true, "tại": true, "theo": true, "số": true, "bản": true, "và": true, "hoặc": true, "đến": true, "từ": true, "chương": true, "điều": true, "phụ": true, "lục": true}
})

// strandedMarker is the nested point number left at the end of s, or "".
func strandedMarker(s string) string {
	t := strings.TrimSpace(s)
	at := strandedAt(t)
	if at < 0 {
		return ""
	}
	prev := lastWord(strings.TrimSpace(t[:at]))
	if prev == "" || citingWords()[strings.ToLower(prev)] || strings.ContainsAny(prev[len(prev)-1:], ".;:,") {
		return ""
	}
	return t[at:]
}
