package docx

import (
	"path/filepath"

	"github.com/thongbao/thongbao/notice/diag"
)

// Rule ids of the findings Read returns for a file it cannot read. They
// are stable and language-neutral, like every rule id.
const (
	// RuleUnreadable: the file is empty, random bytes, or a damaged
	// archive.
	RuleUnreadable = "docx-unreadable"
	// RuleOldFormat: a Word 97-2003 .doc, an RTF file or a Word 2003 XML
	// file, named .docx.
	RuleOldFormat = "docx-old-format"
	// RuleEncrypted: a Word file protected by a password to open.
	RuleEncrypted = "docx-encrypted"
	// RuleNotWord: another kind of file: a spreadsheet, a presentation,
	// an OpenDocument text, a PDF, or an archive of something else.
	RuleNotWord = "docx-not-word"
	// RuleTooLarge: the file, or what it unpacks to, is over the limits.
	RuleTooLarge = "docx-too-large"
	// RuleBroken: a Word file with its main part missing or a part that
	// cannot be read (damaged XML, nested or repeated beyond the limits).
	RuleBroken = "docx-broken"
)

// Fixes shared by several findings.
var (
	fixResave = diag.Msg("mở tệp bằng Word rồi lưu lại dưới dạng .docx (Tệp > Lưu thành > Tài liệu Word)",
		"open the file in Word and save it as .docx (File > Save As > Word Document)")
	fixCheckFile = diag.Msg("kiểm tra đây có đúng là tệp thông báo không; nếu đúng, mở tệp bằng Word rồi lưu lại dưới dạng .docx",
		"check that this is the notice's file; if it is, open it in Word and save it as .docx")
)

func finding(path, rule string, msg, fix diag.Text) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: rule, Severity: diag.Error,
		Message: msg, Fix: fix,
	}}
}

// name is the file as a message names it (FileName).
func name(path string) diag.Text { return FileName(path) }

// FileName is the file as a message names it, in either language:
// standard input read "tệp <stdin>" in a Vietnamese message, and a file
// without a path "the file này" in an English one; notice/doc names its
// files so too.
func FileName(path string) diag.Text {
	switch path {
	case "":
		return diag.Msg("này", "given")
	case diag.Stdin:
		return diag.Msg("từ đầu vào chuẩn", "from standard input")
	}
	base := filepath.Base(path)
	return diag.Text{VI: base, EN: base}
}

func unreadable(path string, why diag.Text) error {
	return finding(path, RuleUnreadable,
		diag.Msg("không đọc được tệp Word %s: %s", "cannot read the Word file %s: %s", name(path), why), fixCheckFile)
}

// damaged is a file that starts as a Word file but whose archive cannot
// be read: most often a download or a copy cut short, which Word cannot
// open either, so that "mở tệp bằng Word rồi lưu lại" did not help.
func damaged(path string) error {
	return finding(path, RuleUnreadable,
		diag.Msg("không đọc được tệp Word %s: tệp bị hỏng hoặc không trọn vẹn (tải về hay chép chưa xong)",
			"cannot read the Word file %s: it is damaged or incomplete (a download or a copy that did not finish)", name(path)),
		diag.Msg("tải hoặc chép lại tệp từ nơi gửi (thư điện tử, hệ thống quản lý văn bản); nếu Word vẫn mở được tệp, lưu lại dưới dạng .docx",
			"download or copy the file again from where it came (the e-mail, the document system); if Word still opens it, save it again as .docx"))
}

func oldFormat(path string, what diag.Text) error {
	return finding(path, RuleOldFormat,
		diag.Msg("tệp %s là %s, không phải tệp .docx", "the file %s is %s, not a .docx file", name(path), what), fixResave)
}

func encrypted(path string) error {
	return finding(path, RuleEncrypted,
		diag.Msg("tệp %s được đặt mật khẩu để mở, không đọc được nội dung", "the file %s is protected by a password to open; its text cannot be read", name(path)),
		diag.Msg("mở tệp bằng Word, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại",
			"open the file in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it) and save it"))
}

func notWord(path string, what diag.Text) error {
	return finding(path, RuleNotWord,
		diag.Msg("tệp %s là %s, không phải văn bản Word", "the file %s is %s, not a Word document", name(path), what),
		diag.Msg("chỉ tới tệp .docx của thông báo; nếu nội dung là văn bản, mở bằng Word rồi lưu lại dưới dạng .docx",
			"name the notice's .docx file; if this holds the text, open it in Word and save it as .docx"))
}

func tooLarge(path string, what diag.Text) error {
	return finding(path, RuleTooLarge,
		diag.Msg("tệp %s quá lớn: %s", "the file %s is too large: %s", name(path), what),
		diag.Msg("kiểm tra đây có đúng là tệp thông báo không (một thông báo chỉ vài chục KB); nếu có nhiều ảnh, giảm dung lượng ảnh trong Word rồi lưu lại",
			"check that this is the notice's file (a notice is a few tens of KB); if it holds large pictures, compress them in Word and save it again"))
}

func broken(path, part string, why diag.Text) error {
	return finding(path, RuleBroken,
		diag.Msg("tệp Word %s bị hỏng: phần %s %s", "the Word file %s is damaged: its part %s %s", name(path), part, why), fixResave)
}
