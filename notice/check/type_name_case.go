package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// typeNameCase reports, in a notice read as text, a tên loại written in
// small letters ("Thông báo" over "Về việc ..."): the tên loại is set in
// capitals (NĐ 30, Phụ lục I, Mục II, khoản 5; Mục V). A Word file's
// element-format reads the case with the size and style.
func typeNameCase(p *Pass) {
	v := p.View
	typeNameIssuer(p) // type_name_issuer.go: "THÔNG BÁO CỦA UBND XÃ"
	if v.FromTOML || v.Word != nil || v.Title == nil {
		return
	}
	t := strings.TrimSpace(v.Title.Text)
	if t == strings.ToUpper(t) {
		return
	}
	p.ReportAtRef(v.Title.PosAt(0), diag.RefSubject, diag.Msg("tên loại văn bản %q viết chữ thường; tên loại viết chữ in hoa", "the type name %q is in small letters; it is written in capitals", t),
		diag.Msg("viết %q", "write %q", strings.ToUpper(t)))
}
