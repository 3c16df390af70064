package plain

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestHeaderLooks holds the looks that stand before the expressions of
// headerCells and reportedLead to them on every line of the texts: each
// line an expression matches passes its look.
func TestHeaderLooks(t *testing.T) {
	lines := testdataLines(t,
		"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"PHÒNG GD&ĐT Độc lập - Tự do - Hạnh phúc",
		"SỐ 5 ĐỘC LẬP – TỰ DO – HẠNH PHÚC",
		"BAN CHẤP HÀNH TRUNG ƯƠNG    \tĐOÀN TNCS HỒ CHÍ MINH",
		"Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011",
		"UBND huyện Phước Sơn có thông báo về việc lấy ý kiến nhân dân.",
		"Sở Y tế vừa ban hành công văn về việc phòng dịch:",
	)
	matched := map[string]int{}
	for _, l := range lines {
		for _, s := range []string{l, strings.TrimSpace(l)} {
			if fixedFormRe().MatchString(s) {
				matched["fixed"]++
				if !mayHoldFixedForm(s) {
					t.Errorf("mayHoldFixedForm turns away %q, which fixedFormRe matches", s)
				}
			}
			if orgFormRe().MatchString(s) {
				matched["org"]++
				if !mayHoldOrgForm(s) {
					t.Errorf("mayHoldOrgForm turns away %q, which orgFormRe matches", s)
				}
			}
			if numberDateRe().MatchString(s) {
				matched["number"]++
				if !strings.Contains(s, "Số") || !strings.Contains(s, "ngày") {
					t.Errorf("headerCells turns away %q, which numberDateRe matches", s)
				}
			}
			if reportedLeadRe().MatchString(s) {
				matched["reported"]++
				if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ":") {
					t.Errorf("reportedLead turns away %q, which reportedLeadRe matches", s)
				}
			}
		}
	}
	for _, k := range []string{"fixed", "org", "number", "reported"} {
		if matched[k] < 2 {
			t.Errorf("the %s expression matched %d lines: the texts are not read", k, matched[k])
		}
	}
	if mayHoldFixedForm("ỦY BAN NHÂN DÂN HUYỆN") || mayHoldOrgForm("A   B") {
		t.Error("a look lets through a line it should turn away")
	}
}

// TestChromeLooks holds mayOpenChrome and mayOpenStamp to chromeRe and
// stampRe on every line of the texts.
func TestChromeLooks(t *testing.T) {
	lines := testdataLines(t, "In trang", "bản in", "Tải về", "Đọc bài viết:", "đọc bài viết", "Cập nhật lúc : 08:51 17/04/2018", "LƯỢT XEM: 125", "Loading the player...", "NGÀY ĐĂNG: 17/04/2018 08:51",
		"16/11/2008 - 21:24", "(10/01/2023 14:27:39)", " 08:51 17/04/2018", "Chủ Nhật, 21/10/2018, 22:36 [GMT+7]", "THỨ HAI, 01-09-2017 - 10:21")
	chrome, stamps := 0, 0
	for _, l := range lines {
		if chromeRe().MatchString(l) {
			chrome++
			if !mayOpenChrome(l) {
				t.Errorf("mayOpenChrome turns away %q, which chromeRe matches", l)
			}
		}
		if stampRe().MatchString(l) {
			stamps++
			if !mayOpenStamp(l) {
				t.Errorf("mayOpenStamp turns away %q, which stampRe matches", l)
			}
		}
	}
	if chrome < 9 || stamps < 5 {
		t.Errorf("chromeRe matched %d lines, stampRe %d: the texts are not read", chrome, stamps)
	}
	if mayOpenChrome("Ủy ban") || mayOpenStamp("Số: 12") {
		t.Error("a look lets through a line it should turn away")
	}
}

// TestContainsDownload holds lazyre.ContainsFold(line, "download") to the lowered line on
// every line of the texts.
func TestContainsDownload(t *testing.T) {
	lines := testdataLines(t, "Báo cáo (Download)", "DOWNLOAD", "dOwNlOaD;", "downloa", "xdownloadx", "ĐOWNLOAD", "down load", "dow\xffnload", "\u212aDOWNLOAD")
	testlines.Agree(t, "ContainsFold download", lines, func(l string) bool { return lazyre.ContainsFold(l, "download") }, func(l string) bool { return strings.Contains(strings.ToLower(l), "download") }, 4)
}
