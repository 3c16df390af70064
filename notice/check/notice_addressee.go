package check

import "github.com/thongbao/thongbao/notice/diag"

func init() {
	register(&Rule{ID: "notice-addressee", Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.RefMau14, Run: noticeAddressee,
		Title: diag.Msg("thông báo không có dòng \"Kính gửi\"", "a Thông báo has no \"Kính gửi\" line"),
		Help:  diag.Msg("bỏ dòng \"Kính gửi\"; ghi những nơi cần gửi vào phần nơi nhận", "drop the \"Kính gửi\" line; list those it goes to under Nơi nhận")})
}

// noticeAddressee reports the "Kính gửi" of a Thông báo: Mẫu 1.4 of
// Phụ lục III has none (a Công văn, Mẫu 1.5, has one); those a Thông báo
// goes to are listed under Nơi nhận.
func noticeAddressee(p *Pass) {
	if a := p.View.Addressee; a != nil && !p.View.FromTOML {
		p.Report(a, 0, diag.Msg("thông báo ghi \"Kính gửi\"; mẫu thông báo không có dòng này", "the Thông báo has a \"Kính gửi\" line, which its form does not"))
	}
}
