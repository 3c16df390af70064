package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestWordHeaderSmallLetters: a Word file keeps the case a clerk typed
// (Word's All Caps is read as capitals), so the issuing body's name and
// the tên loại typed in small letters are said by element-format, as a
// case to set, not as parts missing; the same lines in All Caps are
// lawful.
func TestWordHeaderSmallLetters(t *testing.T) {
	issuer := func(rPr, text string) func(int, int, string) string {
		return func(c, i int, s string) string {
			if c == 0 && i == 1 {
				return docxtest.P(center, docxtest.R(tnr+"<w:b/>"+rPr+sz(26), text))
			}
			return docxtest.P(center, docxtest.R(tnr+headerCells[c][i].rPr[len(tnr):], s))
		}
	}
	for _, tc := range []struct {
		name string
		n    wordNotice
		want string
	}{
		{"issuer in small letters", wordNotice{header: issuer("", "Văn phòng")}, "element-format: tên cơ quan ban hành: có chữ thường, phải in hoa"},
		{"issuer in All Caps", wordNotice{header: issuer("<w:caps/>", "Văn phòng")}, ""},
		{"tên loại in small letters", wordNotice{titleText: "Thông báo", titlePPr: center}, "element-format: tên loại văn bản: có chữ thường, phải in hoa"},
	} {
		got := strings.Join(tc.n.findings(t), "\n")
		if got != tc.want {
			t.Errorf("%s: findings\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}
