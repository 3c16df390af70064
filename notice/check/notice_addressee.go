package check

import "github.com/thongbao/thongbao/notice/diag"

func init() {
	register(&Rule{ID: "notice-addressee", Only: []DocType{ThongBao, Other}, Severity: diag.Warning, Ref: diag.RefMau14, Run: noticeAddressee,
		Title: diag.Msg("thông báo, kế hoạch không có dòng \"Kính gửi\"", "a Thông báo or a Kế hoạch has no \"Kính gửi\" line"),
		Help:  diag.Msg("bỏ dòng \"Kính gửi\"; ghi những nơi cần gửi vào phần nơi nhận", "drop the \"Kính gửi\" line; list those it goes to under Nơi nhận")})
}

// noticeAddressee reports the "Kính gửi" of a Thông báo or a Kế hoạch:
// Mẫu 1.4 of Phụ lục III, the form of a text with a tên loại, has none,
// and the decree gives one only to a Công văn (Mẫu 1.5) and to a Tờ
// trình or a Báo cáo sent up (Phụ lục I, Mục II, khoản 9); those the text
// goes to are listed under Nơi nhận. Of the other kinds with a tên loại
// only the Kế hoạch is read: a Tờ trình's or a Báo cáo's Kính gửi is the
// decree's, and a Quyết định's căn cứ and articles name who carries it out.
func noticeAddressee(p *Pass) {
	v := p.View
	a := v.Addressee
	if a == nil || v.FromTOML {
		return
	}
	switch {
	case v.Type == ThongBao:
		p.Report(a, 0, diag.Msg("thông báo ghi \"Kính gửi\"; mẫu thông báo không có dòng này", "the Thông báo has a \"Kính gửi\" line, which its form does not"))
	case v.Type == Other && v.TypeCode == "KH":
		p.Report(a, 0, diag.Msg("kế hoạch ghi \"Kính gửi\"; mẫu văn bản có tên loại không có dòng này", "the Kế hoạch has a \"Kính gửi\" line, which the form of a text with a tên loại does not"))
	}
}
