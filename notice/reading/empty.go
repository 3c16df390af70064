package reading

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

// RuleEmpty is the rule of a text or Word file with no text in it.
const RuleEmpty = "empty-file"

// hasText reports whether s holds a character other than white space and
// the invisible marks an editor may leave in a file it saved empty.
func hasText(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' && r != '\u200c' && r != '\u200d' && r != '\u2060'
	}) >= 0
}

// emptyFile says a file has no text to check, and what to do.
func emptyFile(path string, kind Kind) error {
	msg := diag.Msg("tệp trống: không có chữ nào để kiểm tra", "the file is empty: it has no text to check")
	if kind == Word || kind == Doc {
		msg = diag.Msg("tệp Word không có chữ nào để kiểm tra", "the Word file has no text to check")
	}
	fix := diag.Msg("mở tệp xem lại: có thể đã chọn nhầm tệp, hoặc tệp được lưu khi chưa có nội dung; chép toàn văn thông báo vào tệp rồi kiểm tra lại",
		"open the file and look: the wrong file may have been chosen, or it was saved before its text was written; put the notice's full text in it and check again")
	if path == diag.Stdin {
		msg, fix = diag.EmptyStdin()
	}
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: RuleEmpty, Severity: diag.Error, Message: msg, Fix: fix}}
}
