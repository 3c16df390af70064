package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerTypesLoose finds the tên loại of a cited document in small letters
// where lowerTypes does not look, written before its number and ký hiệu
// in the three other ways offices write them: without "số" ("công văn
// 708/UBND-VX"), with a colon after "số" ("công văn số: 150/TTYT-KHNV"),
// and with "số" typed twice ("công văn số số 01/CV-BCĐ"). The ký hiệu
// after "/" must start with a capital (a code, not a date's month). A
// name that goes on another tên loại is left alone ("Công văn hướng dẫn
// số: 122/GDĐT": "hướng dẫn" says what kind of Công văn). It returns, for
// each, where the tên loại starts and ends.
func lowerTypesLoose(s string) [][2]int {
	var out [][2]int
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '/')
		if i < 0 {
			return out
		}
		i += from
		from = i + 1
		if r, _ := utf8.DecodeRuneInString(s[i+1:]); !isUpperRune(r) {
			continue
		}
		j := i
		for j > 0 && '0' <= s[j-1] && s[j-1] <= '9' {
			j--
		}
		if j == i || i-j > 6 {
			continue
		}
		end := looseHead(s[:j])
		if end < 0 {
			continue
		}
		n := lowerTypeBefore(s[:end])
		if n == 0 {
			continue
		}
		k := end - n
		if k > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:k])
			if isLetter(r) || typeBefore(s[:k]) {
				continue
			}
		}
		out = append(out, [2]int{k, end})
	}
}

// looseHead reads back from the figures of a number over what stands
// between them and the tên loại: spaces alone ("công văn 708/"), "số:"
// ("công văn số: 150/"), or "số số" ("công văn số số 01/"). It returns
// where the tên loại ends, -1 when none of these is written ("số 12/" is
// lowerTypes').
func looseHead(h string) int {
	t := strings.TrimRight(h, " ")
	switch {
	case strings.HasSuffix(t, "số:"):
		u := strings.TrimSuffix(t, "số:")
		if v := strings.TrimRight(u, " "); len(v) < len(u) {
			return len(v)
		}
	case strings.HasSuffix(t, " số số"):
		return len(strings.TrimRight(strings.TrimSuffix(t, " số số"), " "))
	case strings.HasSuffix(t, "số"):
	case len(t) < len(h):
		return len(t)
	}
	return -1
}

// typeBefore reports whether h ends with a tên loại with its capital and
// a space: "Công văn ", before the word that says its kind.
func typeBefore(h string) bool {
	t := strings.TrimRight(h, " ")
	if len(t) == len(h) {
		return false
	}
	for _, name := range lowerTypeNames {
		r, w := utf8.DecodeRuneInString(name)
		if strings.HasSuffix(t, string(unicode.ToUpper(r))+name[w:]) || strings.HasSuffix(t, "Văn bản") {
			return true
		}
	}
	return false
}
