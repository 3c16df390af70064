package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// titleIssuer is the issuer's name a Thông báo runs onto its tên loại's
// line ("THÔNG BÁO CỦA UBND XÃ", r71): the words the reading took for a
// trích yếu on that line when they open with "CỦA", or "". Only a Thông
// báo of the state's form is read so: a legal text of the rules before
// 2011 set its issuer after its kind ("CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ",
// a lawful old form), and a Party document follows Hướng dẫn 36.
func titleIssuer(v *View) string {
	if v.FromTOML || v.Party || v.Type != ThongBao || v.Title == nil || v.Subject == nil {
		return ""
	}
	if v.Title.PosAt(0).Line != v.Subject.PosAt(0).Line {
		return ""
	}
	s := strings.TrimSpace(v.Subject.Text)
	if !strings.HasPrefix(s, "CỦA ") {
		return ""
	}
	if i := strings.Index(s, " VỀ "); i > 0 {
		s = s[:i] // "CỦA UBND XÃ TIỀN TIẾN VỀ VIỆC ...": the trích yếu after it is required's
	}
	return s
}

// typeNameIssuer reports a tên loại written with its issuer's name on
// its line ("THÔNG BÁO CỦA UBND XÃ"): the tên loại stands alone on its
// line, the issuer's name in the header, the trích yếu under the tên
// loại (NĐ 30, Phụ lục I, Mục II, khoản 5; the issuer's name, khoản 2).
func typeNameIssuer(p *Pass) {
	who := titleIssuer(p.View)
	if who == "" {
		return
	}
	t := strings.TrimSpace(p.View.Title.Text)
	p.ReportAtRef(p.View.Subject.PosAt(0), diag.RefSubject, diag.Msg("tên loại %q viết kèm tên cơ quan ban hành (%q)", "the type name %q carries the issuer's name (%q)", t, who),
		diag.Msg("để tên loại %q một dòng riêng; tên cơ quan ban hành ghi ở phần đầu văn bản, trích yếu ở dòng dưới tên loại", "set the type name %q on a line of its own; the issuer's name goes in the header, the trích yếu under the type name", t))
}
