package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

// yearOnlyKinds are the kinds of document whose number carries its year
// and then its ký hiệu ("115/2020/NĐ-CP", "001/2025/TT-BNV"): cited "số
// 115/2020" with nothing after the year, the ký hiệu is missing.
var yearOnlyKinds = []string{"Nghị định", "Thông tư", "Thông tư liên tịch", "Nghị quyết", "Quyết định", "Chỉ thị", "Luật", "Bộ luật", "Pháp lệnh"}

// soStarts are the words "số", where yearOnlyNumbers reads a text.
var soStarts = newStartSet(func(x *lexeme) bool { return x.text == "số" })

// yearOnlyNumbers reports, for citation-first-mention, a legal document
// cited with "số", its number and year and no ký hiệu ("Nghị định số
// 115/2020 của Chính phủ", "Thông tư số 001/2025 của Bộ Nội vụ"): a
// citation gives the whole number, "115/2020/NĐ-CP" (NĐ 30, Phụ lục I,
// Mục II, khoản 3). A number whose ký hiệu runs on after "/" or "-", a
// year's span ("2021/2022" is no number) and a quotation are left; a
// number written with no "số" is citation-missing-so's.
func yearOnlyNumbers(p *Pass) {
	v := p.View
	for _, seg := range v.bodySegs() {
		text := seg.Text
		words := v.index(text).words
		from := 0
		for _, k := range v.startsOf(text, soStarts) {
			at := words[k].off - 1 // " số ": the word "số" with a space either side
			if at < from || text[at] != ' ' || words[k].end == len(text) || text[words[k].end] != ' ' {
				continue
			}
			from = at + len(" số ")
			end, ok := yearOnlyNumber(text, from) // the figures first: most "số" count
			if !ok {
				continue
			}
			kind := yearOnlyKindBefore(text[:at])
			if kind == "" || quoted(text, at) {
				continue
			}
			start := at - len(kind)
			written := text[start:end]
			p.Report(seg, start, diag.Msg("%q: số của văn bản thiếu ký hiệu (tên loại và cơ quan ban hành viết tắt sau năm ban hành)", "%q: the document's number lacks its ký hiệu (the kind and issuer's letters after the year)", written),
				yearOnlyFix(kind, written))
		}
	}
}

// yearOnlyFix is the fix of a number cited without its ký hiệu: the
// whole number, date and issuer; for a law or ordinance, which a first
// mention may cite by its kind and name alone (Phụ lục I, Mục II, khoản
// 6, điểm b), its name, or its whole number.
func yearOnlyFix(kind, written string) diag.Text {
	switch kind {
	case "Luật", "Bộ luật", "Pháp lệnh":
		return diag.Msg("viện dẫn bằng tên loại và tên (như \"Luật Đất đai\"), hoặc ghi đủ số và ký hiệu: \"%s/...\"", "cite it by its kind and name (as \"Luật Đất đai\"), or give its whole number: \"%s/...\"", written)
	}
	return diag.Msg("ghi đủ số, ký hiệu, ngày ban hành và cơ quan ban hành: \"%s/... ngày ... của ...\"", "give the whole number, the date and the issuer: \"%s/... ngày ... của ...\"", written)
}

// yearOnlyKindBefore is the kind of yearOnlyKinds that s ends with, after
// a word's start; "" for none. The longest is tried first ("Thông tư liên
// tịch" before "Thông tư" cannot both end s, nor "Bộ luật" and "Luật"
// told apart but by the letter before).
func yearOnlyKindBefore(s string) string {
	for _, k := range yearOnlyKinds {
		if strings.HasSuffix(s, k) && !letterBefore(s[:len(s)-len(k)]) {
			return k
		}
	}
	return ""
}

// yearOnlyNumber reads, from byte i of text, one to four figures, "/",
// four figures from 19 or 20, and then no figure, "/", "-" nor letter:
// the number's end and whether it is so.
func yearOnlyNumber(text string, i int) (int, bool) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j == i || j-i > 4 || j+5 > len(text) || text[j] != '/' {
		return 0, false
	}
	y := text[j+1 : j+5]
	for k := 0; k < 4; k++ {
		if !isDigit(y[k]) {
			return 0, false
		}
	}
	if y[:2] != "19" && y[:2] != "20" {
		return 0, false
	}
	end := j + 5
	if end == len(text) {
		return 0, false // the paragraph ends there: a number broken off
	}
	switch c := text[end]; {
	case isDigit(c), c == '/', c == '-', c == '.' && end+1 < len(text) && isDigit(text[end+1]):
		return 0, false
	}
	r := rune(text[end])
	if r < 0x80 && isLetter(r) || r >= 0x80 && letterAt(text, end) {
		return 0, false // "115/2020NĐ-CP": the ký hiệu glued, another slip
	}
	if codeAfterSpace(text[end:]) {
		return 0, false // "22/2021 TT-BGDĐT", "15/2018 /NĐ-CP": the ký hiệu there, a space for its "/" (citation-code-space's)
	}
	return end, true
}

// codeAfterSpace reports whether s, after a number's year, opens with
// spaces and then its ký hiệu: a "/" or "-", or a field of capitals,
// figures and "-" that holds a capital and a "-" or a figure ("TT-BGDĐT",
// "NĐ-CP", "QH14"), not a word ("của", "Chính phủ", "UBND").
func codeAfterSpace(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) || t == "" {
		return false
	}
	if t[0] == '/' || t[0] == '-' {
		return true
	}
	upper, mark := false, false
	for _, r := range t {
		switch {
		case r == ' ' || r == ',' || r == ';' || r == '.' || r == ')':
			return upper && mark
		case unicode.IsUpper(r):
			upper = true
		case r == '-' || unicode.IsDigit(r):
			mark = true
		default:
			return false
		}
	}
	return upper && mark
}

// letterAt reports whether the rune at byte i of s is a letter.
func letterAt(s string, i int) bool {
	for _, r := range s[i:] {
		return isLetter(r)
	}
	return false
}
