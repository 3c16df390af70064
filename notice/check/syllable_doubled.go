package check

import (
	"strings"
	"sync"
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
	if !isUpperRune(first) {
		return "", false
	}
	second, m := utf8.DecodeRuneInString(w[n:])
	rest := w[n:]
	if second != unicode.ToLower(first) || len(rest) <= m {
		return "", false
	}
	marked := false
	for _, r := range rest {
		if !isLowerRune(r) {
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
var letterLabels = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"khu": true, "phòng": true, "dãy": true, "nhà": true, "tầng": true, "lớp": true, "điểm": true, "mục": true, "lục": true, "khối": true, "loại": true, "nhóm": true, "hạng": true, "tổ": true,
		"đội": true, "ấp": true, "lô": true, "cổng": true, "hình": true, "bảng": true, "biểu": true, "mẫu": true, "án": true, "tuyến": true, "đợt": true, "ca": true, "kíp": true, "vitamin": true, "type": true}
})

// oneLetterWord reports whether w is one rune, as strayInitial's first
// test (n == len(w)) tells it: asked by its caller of every word before
// the call, since nearly every word is longer.
func oneLetterWord(w string) bool {
	if len(w) == 1 {
		return true
	}
	if len(w) > utf8.UTFMax {
		return false
	}
	_, n := utf8.DecodeRuneInString(w)
	return n == len(w)
}

// strayInitial reports whether word i of x is a capital letter alone,
// typed before the word after it that opens with the same letter ("Thứ S
// Sáu" for "Thứ Sáu"), that word a Vietnamese syllable carrying a mark,
// the word before it no label a letter may follow ("khu S Sáu"), no
// person's title nor village's noun ("bà H Hằng", "thôn B Bình An"), and
// the letter not the "Y" or "H" of a Tây Nguyên name ("Y Yơn Byă").
func strayInitial(x *textIndex, i int) bool {
	w := x.words[i].text
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || !isUpperRune(r) || i+1 >= len(x.words) || !x.spaced[i+1] {
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
	if i > 0 && (letterLabels()[x.lex[i-1].lowered()] || nameLeads()[x.lex[i-1].lowered()] || personTitles()[x.lex[i-1].lowered()]) {
		return false
	}
	if schoolKindBefore(x, i) {
		return false
	}
	return !tayNguyenName(x, i, r)
}

// schoolKinds are a school's kind by its last two words (or its short
// form alone), after which a letter alone is the school's own, part of
// its name: a commune's schools A and B ("trường tiểu học B Bình Thạnh
// Đông", "Mầm non A Bình Hòa").
var schoolKinds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tiểu học": true, "cơ sở": true, "phổ thông": true, "mầm non": true, "mẫu giáo": true, "thcs": true, "thpt": true, "th": true, "mn": true, "mg": true}
})

// schoolKindBefore reports whether word i of x stands right after a
// school's kind.
func schoolKindBefore(x *textIndex, i int) bool {
	if i == 0 {
		return false
	}
	if schoolKinds()[x.lex[i-1].lowered()] {
		return true
	}
	return i > 1 && x.spaced[i-1] && schoolKinds()[x.lex[i-2].lowered()+" "+x.lex[i-1].lowered()]
}

// nameLeads are the words after which a letter alone opens a name: a
// person's title ("đồng chí", whose "chí" stands last) and the nouns of
// villages and quarters ("thôn B Bình An", "buôn K Lang").
var nameLeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"chí": true, "thôn": true, "ấp": true, "buôn": true, "bản": true, "phố": true, "tổ": true, "khu": true, "làng": true, "sóc": true, "plei": true, "xóm": true}
})

// tayNguyenName reports whether the letter r at word i of x is the "Y" of
// a man's or the "H" of a woman's name among the Ê Đê and other peoples
// of Tây Nguyên, followed by a name of two words or more ("Y Yơn Byă").
func tayNguyenName(x *textIndex, i int, r rune) bool {
	if r != 'Y' && r != 'H' {
		return false
	}
	return i+2 < len(x.words) && x.spaced[i+2] && x.lex[i+2].title()
}
