package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// titleWords are words of a post or an authority, never of a person's
// name: a line holding one is a title the reading took for the name.
// A signature's note ("ĐÃ KÝ", "KÝ TÊN, ĐÓNG DẤU") is none either.
var titleWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"TRƯỞNG": true, "PHÓ": true, "TỊCH": true, "ĐỐC": true, "ỦY": true, "PHÒNG": true, "BAN": true, "HIỆU": true, "NHIỆM": true, "THỦ": true, "KÝ": true, "ĐÃ": true, "DẤU": true, "SỞ": true, "BỘ": true, "TRƯỜNG": true, "XÃ": true, "HUYỆN": true, "TỈNH": true, "LƯU": true, "NHẬN": true}
})

// signerNameCase finds the signer's name written in capitals ("LÂM THỊ KIM
// LIÊN"): the decree writes the name in small letters, each syllable
// with its capital ("Lâm Thị Kim Liên"; Phụ lục I, Mục II, khoản 7,
// điểm đ), the capitals being the authority's and the title's. A line of
// one word, or with a word of a post in it, or ending in a lone letter
// (the form's "NGUYỄN VĂN A"), is left alone; a lone letter inside is a
// name's ("VÀNG A DÌN", "GIÀNG A SÁNG").
func signerNameCase(p *Pass) {
	n := p.View.Name
	if n == nil {
		return
	}
	words := strings.Fields(n.Text)
	if len(words) < 2 || len(words) > 6 {
		return
	}
	for i, w := range words {
		if titleWords()[w] || strings.HasSuffix(w, ".") || utf8.RuneCountInString(w) < 2 && i == len(words)-1 {
			return
		}
		for _, r := range w {
			if !isLetter(r) || !isUpperRune(r) {
				return
			}
		}
	}
	fix := diag.Msg("viết %q", "write %q", nameCase(words))
	if p.View.allCapsFormat(n) {
		fix = allCapsFix(nameCase(words)) // the name typed right, printed in capitals by Word
	}
	p.Report(n, 0, diag.Msg("họ tên người ký %q viết hoa toàn bộ", "the signer's name %q is in capitals", n.Text), fix)
}

// nameCase writes each word with its first letter alone in capitals.
func nameCase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(out, " ")
}
