package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// assigneeColon is the index of the colon that ends a point's heading, the
// first outside brackets that is neither a code's nor a contact's: in "3.
// Văn phòng Ban (điện thoại: 0222.3812.346) tiếp nhận hồ sơ ..." the
// colon is the bracket's, of a phone number; in "b) Các chủ đầu tư ...
// theo QCVN 18:2021/BXD ..." it is the standard's number's, between two
// figures; in "3. Tổ công tác ... trực tại Trạm ..., điện thoại:
// 0214.3796.114." it is the phone number's label's. The point names no
// assignee before any of them. -1 if there is none.
func assigneeColon(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ':':
			if depth == 0 && !codeColon(s, i) && !contactLabelBefore(s[:i]) {
				return i
			}
		}
	}
	return -1
}

// codeColon reports whether the colon at i stands between two figures,
// inside a code or a standard's number ("TCVN 9386:2012", "QCVN
// 01:2021/BXD") or a time ("7:30").
func codeColon(s string, i int) bool {
	return i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1])
}

// contactLabels label a phone number, an address or a mailbox; the colon
// after one leads into it, not into the work of a point.
var contactLabels = []string{"điện thoại", "đt", "fax", "email", "e-mail", "thư điện tử", "hotline", "đường dây nóng", "địa chỉ", "website"}

// contactLabelBefore reports whether the text before a colon ends with
// one of contactLabels, a word of its own.
func contactLabelBefore(head string) bool {
	f := cite.Fold(strings.TrimRight(head, " "))
	for _, l := range contactLabels {
		if rest, ok := strings.CutSuffix(f, l); ok && (rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, ",") || strings.HasSuffix(rest, "(")) {
			return true
		}
	}
	return false
}

// timedHead reports whether the words before a point's colon hold a
// time the point's statement runs from, outside brackets: "2. Văn phòng
// công chứng Sầm Sơn thay đổi Trưởng Văn phòng, kể từ ngày 01 tháng 12
// năm 2026: công chứng viên ... thay ..." tells a change and what it is,
// it labels no owner of work (p92). A label names a body ("Phòng Kinh
// tế:", "Đề nghị UBND các xã, phường:"); a time from which something
// holds belongs to a sentence, and the point is read as one with no
// colon.
func timedHead(head string) bool {
	f := cite.Fold(head)
	for _, w := range []string{"kể từ ngày ", "từ ngày "} {
		for from := 0; ; {
			k := strings.Index(f[from:], w)
			if k < 0 {
				break
			}
			k += from
			from = k + len(w)
			if (k == 0 || f[k-1] == ' ' || f[k-1] == ',') && from < len(f) && isDigitByte(f[from]) && !inBrackets(f, k) {
				return true
			}
		}
	}
	return false
}
