package check_test

import "strings"

// An appendix after the signer: offices send a list with a notice (the
// units asked to attend, a schedule) on the pages after the signature,
// under a heading of its own ("PHỤ LỤC", "DANH SÁCH ..."), its rows a
// table, which Word saves as text one row a line, the cells parted by
// tabs. The twin's findings must stay the text's: the appendix is read
// as one, apart from the notice, and says nothing a rule weighs.

// textAppendixLines is the appendix: a heading, what it goes with, a
// table of three columns (the last one empty in the rows), a sentence.
var textAppendixLines = []string{
	"PHỤ LỤC",
	"DANH SÁCH CÁC ĐƠN VỊ THAM GIA",
	"(Kèm theo văn bản này)",
	"",
	"STT\tTên đơn vị\tGhi chú",
	"1\tPhòng Tài chính - Kế hoạch\t",
	"2\tPhòng Nội vụ\t",
	"3\tTrung tâm Y tế\t",
	"Danh sách gồm 03 đơn vị.",
}

// withAppendix adds the appendix to a text twin written by Word in CR LF
// lines: after two empty paragraphs, or after a page break (a form feed
// on a line of its own).
func withAppendix(src []byte, feed bool) []byte {
	var b strings.Builder
	b.Write(src)
	if feed {
		b.WriteString("\f\r\n")
	} else {
		b.WriteString("\r\n\r\n")
	}
	for _, l := range textAppendixLines {
		b.WriteString(l + "\r\n")
	}
	return []byte(b.String())
}
