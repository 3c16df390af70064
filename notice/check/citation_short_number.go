package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// shortNumberRe is a legal document's tên loại followed right away by
// its number and year with no "số" and no ký hiệu: "Nghị định 91/2017 của
// Chính phủ". The year is four figures that nothing but a space, a mark
// or the line's end follows (no "/NĐ-CP", no further figure or letter).
var shortNumberRe = lazyre.New(`(?:^|[\s(,;])(Nghị định|Thông tư liên tịch|Thông tư|Nghị quyết|Quyết định|Chỉ thị) (\d{1,5}/(?:19|20)\d\d)(?:[\s,;.:)]|$)`)

// shortNumberNoSo reports a document cited by its tên loại and a number
// cut to its year, with neither "số" nor the ký hiệu ("Nghị định
// 91/2017" for "Nghị định số 91/2017/NĐ-CP"), which the reader of
// citations does not take for a number: a citation gives the tên loại,
// "số", the number with its year and the ký hiệu (NĐ 30, Phụ lục I).
func shortNumberNoSo(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive || !p.View.holdsDigit(seg.Text) || !mayCiteShort(seg.Text) {
			continue
		}
		for _, m := range shortNumberRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			kind, num := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
			p.Report(seg, m[4], diag.Msg("\"%s %s\" thiếu chữ \"số\" và ký hiệu sau năm ban hành", "\"%s %s\" lacks \"số\" and the code after the year", kind, num),
				diag.Msg("viết \"%s số %s/...\" với đủ ký hiệu", "write \"%s số %s/...\" with its full code", kind, num))
		}
	}
}

// shortNumberKinds are the tên loại shortNumberRe reads, each with the
// space after it.
var shortNumberKinds = []string{"Nghị định ", "Thông tư liên tịch ", "Thông tư ", "Nghị quyết ", "Quyết định ", "Chỉ thị "}

// mayCiteShort reports whether s holds what every match of shortNumberRe
// holds: a tên loại, a space and a figure. Most paragraphs hold none, or
// cite with "số", and the expression, tried from every byte, need not run
// over them.
func mayCiteShort(s string) bool {
	for _, kind := range shortNumberKinds {
		for at := 0; ; {
			i := strings.Index(s[at:], kind)
			if i < 0 {
				break
			}
			at += i + len(kind)
			if at < len(s) && isDigit(s[at]) {
				return true
			}
		}
	}
	return false
}
