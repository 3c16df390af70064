package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// maxGapWords is how many words of a subject may stand between a type
// name and "số": "Quyết định xử phạt vi phạm hành chính số ...".
const maxGapWords = 6

// wordsTypeBefore finds the type name of a number written after words
// that name the document's subject, "Kế hoạch tuyển sinh số
// 112/KH-MNHS", "Thông báo kết luận số 45/TB-UBND", "Kế hoạch liên tịch
// số 12/KHLT-SYT": a type name, one to maxGapWords words in small
// letters, "số", the number. The words say what the document is about as
// readily as what it is ("kế hoạch của Sở và văn bản số ..."), so the
// type is taken only when the number's own type code is the type name's
// (or begins with it, "KHLT" for a Kế hoạch liên tịch); typeBefore,
// which needs the name right before "số", is asked first.
func wordsTypeBefore(s string, at int, n Number) (string, int) {
	if n.Type == "" {
		return "", -1
	}
	for to := at; ; {
		start, end := lastType(s, to)
		if start < 0 || !subjectGap(s[end:at]) {
			return "", -1
		}
		if name := s[start:end]; ownType(name, n) {
			return name, start
		}
		to = start // "Thông báo kết luận số 45/TB-UBND": "kết luận" is a subject's words here
	}
}

// ownType reports whether the number's type code is the type name's own,
// or begins with it.
func ownType(name string, n Number) bool {
	for _, code := range CodesFor(name, n.Family) {
		if strings.HasPrefix(n.Type, code) {
			return true
		}
	}
	return false
}

// strayType reports whether a type name read right before "số" is a
// subject's words rather than the cited document's type: written in
// small letters, and not the type the number's code names
// ("Thông báo kết luận số 45/TB-UBND").
func strayType(name string, n Number) bool {
	return name != "" && n.Type != "" && strings.ToLower(name) == name && !ownType(name, n)
}

// subjectGap reports whether g is white space, up to maxGapWords words
// of letters in small letters parted by single spaces, and "số" (perhaps
// with a colon) before white space.
func subjectGap(g string) bool {
	if !strings.HasPrefix(g, " ") {
		return false
	}
	g = strings.TrimSuffix(strings.TrimRight(g, " \u00a0"), ":")
	if g == "" {
		return false
	}
	words := strings.Split(g[1:], " ")
	if len(words) > maxGapWords+1 || words[len(words)-1] != "số" {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !smallWord(w) {
			return false
		}
	}
	return true
}

// smallWord reports whether w is a word of letters, all in small letters.
func smallWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return utf8.ValidString(w)
}

// soGapRe is what stands between a tên loại and its number: "số", with
// a colon perhaps, and white space.
var soGapRe = lazyre.New(`^\s+số\s*:?\s*$`)

// SubjectTypeBefore finds, for the tên loại at s[start:end] written right
// before "số" and a number whose type code is not its own ("kế hoạch" in
// "Quyết định phê duyệt kế hoạch số 15/QĐ-UBND"), the tên loại of the
// cited document further back, whose code the number's is, as
// FindCitations reads it: where it starts and ends; -1, -1 when the
// number is the tên loại's own, or no other is found.
func SubjectTypeBefore(s string, start, end int) (int, int) {
	for _, c := range FindCitations(s) {
		if c.Off <= end || !soGapRe().MatchString(s[end:c.Off]) {
			continue
		}
		if c.TypeOff >= 0 && c.TypeOff < start {
			return c.TypeOff, c.TypeOff + len(c.Type)
		}
		return -1, -1
	}
	return -1, -1
}
