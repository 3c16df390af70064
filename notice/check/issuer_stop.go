package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// issuerStop reports a header line of a text, the issuer's or its chủ
// quản's name in capitals ("SỞ GIÁO DỤC VÀ ĐÀO TẠO."), that ends with a
// full stop: the name of the issuer is written as Phụ lục I, Mục II,
// khoản 2 shows it, with no mark after it. The Quốc hiệu and Tiêu ngữ,
// the number and the place and date are other elements; a line whose
// last word is an abbreviation of a company's form ("CO., LTD.") keeps
// its period.
func issuerStop(p *Pass) {
	v := p.View
	if v.FromTOML || v.Word != nil {
		return
	}
	for i := range v.Header {
		s := &v.Header[i]
		t := strings.TrimRightFunc(s.Text, unicode.IsSpace)
		if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
			continue
		}
		name := strings.TrimSpace(strings.TrimSuffix(t, "."))
		f := cite.Fold(name)
		if !allCaps(name) || containsLit(f, "độc lập") || containsLit(f, "xã hội chủ nghĩa") || strings.HasPrefix(f, "số") {
			continue
		}
		words := strings.Fields(name)
		last := words[len(words)-1]
		if len(words) < 2 || companyForms()[last] || !lettersOnly(last) {
			continue
		}
		p.ReportAtRef(s.PosAt(len(t)-1), diag.RefIssuer, diag.Msg("tên cơ quan %q ở phần đầu văn bản có dấu \".\" ở cuối", "the body's name %q in the header ends with a full stop", name),
			diag.Msg("bỏ dấu \".\" sau %q", "drop the full stop after %q", last))
	}
}

// companyForms are the last words of a company's name that are written
// with their period ("CO., LTD.").
var companyForms = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"LTD": true, "CO": true, "INC": true, "CORP": true, "JSC": true}
})

// lettersOnly reports whether w is a word of letters alone.
func lettersOnly(w string) bool {
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return false
		}
		w = w[n:]
	}
	return true
}
