package check

import "github.com/thongbao/thongbao/notice/diag"

// A Word 97-2003 file (.doc) is read with its formatting, and checked as
// a .docx is; one whose formatting cannot all be read (a stylesheet, a
// font table or a page of properties damaged or of a kind not read) is
// checked for its text only: every rule of a text runs on it, its thể
// thức (page, fonts, sizes, places) is not checked, and one finding says
// so, and how to have it checked.
func init() {
	register(&Rule{ID: "doc-layout-unchecked", Severity: diag.Info, Ref: diag.Practice, Run: docLayoutUnchecked,
		Title: diag.Msg("thể thức của tệp Word 97-2003 (.doc) không đọc được thì không kiểm tra được, chỉ kiểm tra chữ", "the thể thức of a Word 97-2003 file (.doc) whose formatting cannot be read is not checked, only its text"),
		Help: diag.Msg("để kiểm tra cả thể thức (khổ giấy, lề, phông, cỡ chữ, vị trí các thành phần), mở tệp bằng Word, lưu lại dưới dạng .docx (Tệp > Lưu thành > Tài liệu Word) rồi kiểm tra tệp .docx",
			"to have its thể thức checked too (paper, margins, fonts, sizes, the place of each element), open the file in Word, save it as .docx (File > Save As > Word Document) and check the .docx")})
}

// docLayoutUnchecked says once, at the file's first line, that only the
// text of a .doc was checked: its formatting could not be read.
func docLayoutUnchecked(p *Pass) {
	if !p.View.FromDoc || p.View.Word != nil {
		return
	}
	p.ReportAt(diag.Pos{Path: p.View.Path, Line: 1, Col: 1}, diag.Msg(
		"tệp Word 97-2003 (.doc): đã kiểm tra chữ của văn bản; thể thức (khổ giấy, lề, phông, cỡ chữ) không đọc được từ tệp này nên chưa được kiểm tra",
		"a Word 97-2003 file (.doc): its text was checked; its thể thức (paper, margins, fonts, sizes) cannot be read from this file and was not checked"))
}
