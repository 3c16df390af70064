package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// doubledInitial returns the word w meant when it opens with a capital
// typed again in small letters ("Qquân" for "Quân"): no Vietnamese word
// opens with a letter twice, and the rest is a syllable carrying a
// Vietnamese mark or letter, so the word is meant as Vietnamese (a name of
// another language, "Aaron", "Lloyd", carries none). Abbreviations
// ("TTg", "TTr") have their second letter in capitals and stay apart.
func doubledInitial(w string) (string, bool) {
	first, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return "", false
	}
	second, m := utf8.DecodeRuneInString(w[n:])
	rest := w[n:]
	if second != unicode.ToLower(first) || len(rest) <= m {
		return "", false
	}
	marked := false
	for _, r := range rest {
		if !unicode.IsLower(r) {
			return "", false
		}
		marked = marked || r >= utf8.RuneSelf
	}
	if !marked || !vietSyllable(rest) {
		return "", false
	}
	return w[:n] + rest[m:], true
}

// letterLabels are words a lone capital letter may follow as a name
// ("khu A", "phòng B", "phụ lục C"): a letter after one is a label, not
// a slip.
var letterLabels = setOf("khu", "phòng", "dãy", "nhà", "tầng", "lớp", "điểm", "mục", "lục", "khối", "loại", "nhóm", "hạng", "tổ",
	"đội", "ấp", "lô", "cổng", "hình", "bảng", "biểu", "mẫu", "án", "tuyến", "đợt", "ca", "kíp", "vitamin", "type")

// strayInitial reports whether word i of x is a capital letter alone,
// typed before the word after it that opens with the same letter ("Thứ S
// Sáu" for "Thứ Sáu"), that word a Vietnamese syllable carrying a mark,
// the word before it no label a letter may follow ("khu S Sáu").
func strayInitial(x *textIndex, i int) bool {
	w := x.words[i].text
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || !unicode.IsUpper(r) || i+1 >= len(x.words) || !x.spaced[i+1] {
		return false
	}
	next := x.words[i+1].text
	f, m := utf8.DecodeRuneInString(next)
	if f != r || len(next) <= m || !hasLower(next[m:]) || next == strings.ToUpper(next) {
		return false
	}
	marked := false
	for _, c := range next {
		marked = marked || c >= utf8.RuneSelf
	}
	if !marked || !vietSyllable(next) {
		return false
	}
	return i == 0 || !letterLabels[x.lex[i-1].lowered()]
}
