package check

import (
	"strings"
	"unicode/utf8"
)

// durationWords end the words before an hour that make it a length of
// time, not a time of day: "trong 1 giờ 30", "kéo dài 2 giờ 15 phút",
// "thời gian làm bài 1 giờ 30 phút".
var durationWords = []string{"trong ", "trong vòng ", "kéo dài ", "thời lượng ", "mất ", "làm bài ", "làm bài là ", "tối đa "}

// notOwnTime reports whether the hour whose figures start at s[b:] is
// not one of the notice's own times of day: a length of time
// (durationWords), or a time quoted in a ground that cites another text
// or event ("Căn cứ Thông báo số 15/TB-SGDĐT ... (họp lúc 8 giờ 00), Trường
// ..."), the ground's words before its main clause; the time after the
// main clause's ", " and capital is the notice's.
func notOwnTime(s string, b int) bool {
	before := s[:b]
	for _, w := range durationWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return groundLead(s, b)
}

// groundOpenings open a paragraph that rests on another text or event.
var groundOpenings = []string{"Căn cứ ", "Thực hiện ", "Theo ", "Tiếp theo ", "Xét "}

// citedMarks name, in a ground's words, the text or event it rests on.
var citedMarks = []string{"số ", "Thông báo", "Kế hoạch", "Công văn", "Công điện", "Quyết định", "Chỉ thị", "Nghị quyết", "Hướng dẫn", "chỉ đạo", "cuộc họp", "buổi làm việc"}

// groundLead reports whether s opens as a ground (its list's mark aside)
// that names what it rests on (citedMarks) before s[b:], and s[b:] stands
// before its first ", " followed by a capital: "Theo đó, từ 7 giờ 30"
// names nothing and is the notice's own time.
func groundLead(s string, b int) bool {
	if !citesBefore(s[:b]) {
		return false
	}
	t := strings.TrimLeft(s, " -–+•")
	ground := false
	for _, g := range groundOpenings {
		if strings.HasPrefix(t, g) {
			ground = true
			break
		}
	}
	if !ground {
		return false
	}
	for i := indexLit(s, ", "); i >= 0 && i < b; {
		if r, _ := utf8.DecodeRuneInString(s[i+2:]); isUpperRune(r) {
			return false
		}
		k := indexLit(s[i+2:], ", ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return true
}

// citesBefore reports whether lead holds one of citedMarks.
func citesBefore(lead string) bool {
	for _, m := range citedMarks {
		if strings.Contains(lead, m) {
			return true
		}
	}
	return false
}
