package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestSpaceLayoutAddressee: a "Kính gửi" pushed into place with typed
// spaces is told, as the header's and the signature's lines are; one set
// by an indent is not.
func TestSpaceLayoutAddressee(t *testing.T) {
	kinhGui := func(pPr, text string) wordNotice {
		return wordNotice{bodyPrefix: docxtest.P(pPr, docxtest.R(tnr+sz(28), text))}
	}
	const want = "space-layout: 1 dòng của phần đầu, tên loại, trích yếu, Kính gửi hoặc phần ký được đẩy vào giữa"
	spaced := kinhGui(`<w:ind w:firstLine="720"/>`, strings.Repeat(" ", 28)+"Kính gửi: Phòng Tài chính - Kế hoạch huyện")
	if got := spaced.findings(t); !hasFinding(got, want) {
		t.Errorf("a Kính gửi after 28 spaces: findings\n%s\nwant one starting %q", strings.Join(got, "\n"), want)
	}
	indented := kinhGui(`<w:ind w:left="2880"/>`, "Kính gửi: Phòng Tài chính - Kế hoạch huyện")
	if got := indented.findings(t); hasFinding(got, "space-layout") {
		t.Errorf("a Kính gửi set by its indent: findings\n%s\nwant no space-layout", strings.Join(got, "\n"))
	}
}

// hasFinding reports whether one of the findings starts with prefix.
func hasFinding(got []string, prefix string) bool {
	for _, g := range got {
		if strings.HasPrefix(g, prefix) {
			return true
		}
	}
	return false
}
