package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// lawCountBefore are the words before a count of laws ("của 37 luật",
// "các 02 luật"); a number after a part of a law ("Điều 37 Luật này",
// "khoản 2, 3 Luật ...") or a date is never a count.
var lawCountBefore = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"của": true, "các": true, "trong": true, "với": true, "và": true}
})

// countedLawCase reports a count of laws whose "luật" takes a capital:
// "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy
// hoạch" for "37 luật" (the name of Luật số 35/2018/QH14). Laws counted
// are a common noun, no document's tên loại (Phụ lục II, Mục V, khoản 7
// capitalises the tên loại of one document named). Only a count of one
// to three figures after one of lawCountBefore, with a word in small
// letters after "Luật" other than "này" (no law's name follows), is
// read.
func countedLawCase(p *Pass, seg *Seg) {
	s := seg.Text
	for i := 0; ; {
		j := indexLit(s[i:], " Luật ")
		if j < 0 {
			return
		}
		at := i + j + 1 // the "L"
		i = at
		num, before := spacedWordBefore(s, at-1)
		if num == "" || len(num) > 3 || strings.Trim(num, "0123456789") != "" {
			continue
		}
		prev, _ := spacedWordBefore(s, before)
		if !lawCountBefore()[prev] {
			continue
		}
		next := s[at+len("Luật "):]
		r, _ := utf8.DecodeRuneInString(next)
		if !unicode.IsLower(r) || strings.HasPrefix(next, "này") {
			continue
		}
		p.Report(seg, at, diag.Msg("%q: các luật được đếm là danh từ chung, viết %q", "%q: laws counted are a common noun, write %q", num+" Luật", num+" luật"),
			diag.Msg("viết %q", "write %q", num+" luật"))
	}
}

// spacedWordBefore returns the word of s that ends right before byte end (the
// spaces before end skipped) and the byte where it starts; "" when none.
func spacedWordBefore(s string, end int) (string, int) {
	t := strings.TrimRight(s[:end], " ")
	k := strings.LastIndexByte(t, ' ') + 1
	return t[k:], k
}
