package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestSpaceLayoutAddresseeTab: a Công văn's "Kính gửi:" whose first
// addressee starts at a tab stop after the colon (a hanging indent, the
// next addressee indented to it) is Mẫu 1.5's layout, not two pieces set
// side by side; the label and its addressee parted by a run of typed
// spaces still are.
func TestSpaceLayoutAddresseeTab(t *testing.T) {
	kinhGui := func(pPr, text string) wordNotice {
		return wordNotice{bodyPrefix: docxtest.P(pPr, docxtest.R(tnr+sz(28), text)) +
			docxtest.P(`<w:ind w:left="3402"/>`, docxtest.R(tnr+sz(28), "- Kho bạc Nhà nước khu vực XI."))}
	}
	const want = "space-layout: 1 dòng đặt hai phần cạnh nhau"
	tabbed := kinhGui(`<w:tabs><w:tab w:val="left" w:pos="3402"/></w:tabs><w:ind w:left="3402" w:hanging="1134"/>`, "Kính gửi:\t- Ủy ban nhân dân các xã, phường;")
	if got := tabbed.findings(t); hasFinding(got, "space-layout") {
		t.Errorf("a Kính gửi whose list starts at a tab stop: findings\n%s\nwant no space-layout", strings.Join(got, "\n"))
	}
	spaced := kinhGui(`<w:ind w:left="2268"/>`, "Kính gửi:"+strings.Repeat(" ", 12)+"- Ủy ban nhân dân các xã, phường;")
	if got := spaced.findings(t); !hasFinding(got, want) {
		t.Errorf("a Kính gửi parted from its list by 12 spaces: findings\n%s\nwant one starting %q", strings.Join(got, "\n"), want)
	}
}
