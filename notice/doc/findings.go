package doc

import (
	"github.com/thongbao/thongbao/notice/docx"

	"github.com/thongbao/thongbao/notice/diag"
)

// Rule ids of the findings Read returns for a .doc it cannot read; stable
// and language-neutral, like every rule id.
const (
	// RuleDamaged: the compound file or the document in it is damaged,
	// cut short, or built to mislead a reader (loops, sizes past the file).
	RuleDamaged = "doc-damaged"
	// RuleEncrypted: a .doc protected by a password to open.
	RuleEncrypted = "doc-encrypted"
	// RuleOldVersion: a Word 6.0/95 file, or a compound file that holds
	// no Word document.
	RuleOldVersion = "doc-not-read"
	// RuleTooLarge: the file or its text is over the limits.
	RuleTooLarge = "doc-too-large"
)

var fixSave = diag.Msg("mở tệp bằng Word rồi lưu lại dưới dạng .docx (Tệp > Lưu thành > Tài liệu Word) và kiểm tra tệp .docx",
	"open the file in Word, save it as .docx (File > Save As > Word Document) and check the .docx")

func finding(path, rule string, msg, fix diag.Text) error {
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: rule, Severity: diag.Error, Message: msg, Fix: fix}}
}

// name is the file as a message names it, as notice/docx names it.
func name(path string) diag.Text { return docx.FileName(path) }

// damaged says the file cannot be read, and why in a clerk's words.
func damaged(path string, why diag.Text) error {
	return finding(path, RuleDamaged,
		diag.Msg("không đọc được tệp Word 97-2003 %s: tệp bị hỏng hoặc không trọn vẹn (%s)", "cannot read the Word 97-2003 file %s: it is damaged or incomplete (%s)", name(path), why),
		diag.Msg("tải hoặc chép lại tệp từ nơi gửi; nếu Word vẫn mở được tệp, lưu lại dưới dạng .docx (Tệp > Lưu thành > Tài liệu Word) rồi kiểm tra tệp .docx",
			"download or copy the file again from where it came; if Word still opens it, save it as .docx (File > Save As > Word Document) and check the .docx"))
}

func encrypted(path string) error {
	return finding(path, RuleEncrypted,
		diag.Msg("tệp %s được đặt mật khẩu để mở, không đọc được nội dung", "the file %s is protected by a password to open; its text cannot be read", name(path)),
		diag.Msg("mở tệp bằng Word, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại dưới dạng .docx rồi kiểm tra",
			"open the file in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save it as .docx and check it"))
}

func notRead(path string, what diag.Text) error {
	return finding(path, RuleOldVersion,
		diag.Msg("tệp %s là %s: thongbao chỉ đọc văn bản Word 97-2003 trở về sau", "the file %s is %s: thongbao reads Word 97-2003 documents and later", name(path), what), fixSave)
}

func tooLarge(path string, what diag.Text) error {
	return finding(path, RuleTooLarge,
		diag.Msg("tệp %s quá lớn: %s", "the file %s is too large: %s", name(path), what),
		diag.Msg("kiểm tra đây có đúng là tệp thông báo không (một thông báo chỉ vài chục KB)", "check that this is the notice's file (a notice is a few tens of KB)"))
}
