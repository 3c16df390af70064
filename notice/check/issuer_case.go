package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "issuer-case", Severity: diag.Warning, Ref: diag.RefIssuer, Run: issuerCase,
		Title: diag.Msg("tên cơ quan ban hành ở phần đầu văn bản viết chữ in hoa", "the issuer's name in the header is in capitals"),
		Help:  diag.Msg("viết tên cơ quan ban hành bằng chữ in hoa, như \"ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\"", "write the issuer's name in capitals, as \"ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\"")})
}

// issuerCase finds the issuer's name typed in small letters in the
// header of a text ("Ủy ban nhân dân tỉnh Nghệ An" over the number): the
// decree sets it in capitals (Phụ lục I, Mục II, khoản 2). A Word file's
// header is element-format's, which reads the case Word prints (All
// Caps). Only where the reader is sure the line is the issuer's: a header
// that holds the Quốc hiệu and a "Số:" line, the line above the number
// starting with the name of a body (issuerNameLines), and no page of a
// web site around the notice, whose own styles may print small letters
// as capitals.
func issuerCase(p *Pass) {
	v := p.View
	if v.FromTOML || v.Word != nil || v.FromDoc || v.Number == nil || len(v.Pages) > 0 || !nationInHeader(v) {
		return
	}
	for _, s := range issuerNameLines(v) {
		t := strings.TrimSpace(s.Text)
		if strings.IndexFunc(t, unicode.IsLower) < 0 || containsLit(cite.Fold(t), "độc lập") {
			continue // in capitals; or run into the Tiêu ngữ beside it, whose small letters are its own
		}
		p.Report(s, strings.Index(s.Text, t), diag.Msg("tên cơ quan ban hành %q viết chữ thường; ở phần đầu văn bản, tên cơ quan ban hành viết chữ in hoa", "the issuer's name %q is in small letters; in the header it is written in capitals", t),
			diag.Msg("viết %q", "write %q", strings.ToUpper(t)))
	}
}

// nationInHeader reports whether the header above the tên loại holds the
// Quốc hiệu, in any case.
func nationInHeader(v *View) bool {
	for _, s := range v.headAbove() {
		if onlyWordsOf(s.Text, nationName) {
			return true
		}
	}
	return false
}
