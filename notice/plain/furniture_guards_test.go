package plain

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
)

// TestFurnitureGuardsAsExpressions holds the guards tried before the
// page's furniture expressions (mayPortalClock, twoFieldLabels,
// mayBeBreadcrumb) and zoneLabelRe's anchoring to what the expressions
// alone say: on every line of testdata's texts, its tails, and made lines
// of the labels, clocks and marks they read.
func TestFurnitureGuardsAsExpressions(t *testing.T) {
	oldLabel := regexp.MustCompile(`(?i)^(?:tài khoản|mật khẩu|vai trò|tên đăng nhập|ghi nhớ(?: đăng nhập)?|thực hiện|người thực hiện|nguồn|nguồn tin|tác giả|qr code\b.*)\s*:?$|^qr code\s*:.*$`)
	lines := []string{"", ":", "::", "a", "SA", "Nguồn:", "nguồn tin", "QR code: x", "qr CODE", "qr codex", "Tác giả :", "x Nguồn:",
		"Thứ hai 15 tháng Giêng 2018 4:30:00 CH", "Tin 15 tháng 2 2018, 4:30 ſa", "15 tháng 2 2018 4:30 pM", "15 tháng hai 2018 4:30 sa ",
		"Đăng bởi: A Ngày đăng: B", "đăng bởi : a lượt xem: 3", "Ngày đăng:1", "x ngày đăng: y cập nhật:z lượt đọc: 2",
		"Trang chủ > Tin tức > Thông báo", "Gốc » Bài viết » Văn bản", "a > b", "a >> b > c",
		"NƠI NHẬN:", "Nơi nhận: ", "Nơi nhận", "NƠI\xffNHẬN:", "Nơi nhận:\xff", "Nơi\u00a0nhận:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hoà xã hội chủ nghĩa Việt Nam",
		"C\u0327ộng", "\u200bCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bản in     Gởi bài viết", "a \t\nb", "a\r\n\fb", "a  b", "   ", "a\v\v\vb"}
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	more, _ := filepath.Glob("../../testdata/*/*.txt")
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			lines = append(lines, l)
			if i := strings.LastIndexByte(l, ' '); i > 0 {
				lines = append(lines, l[i+1:], l[:i])
			}
		}
	}
	for _, l := range lines {
		if got, want := zoneLabelRe().MatchString(l), oldLabel.MatchString(l); got != want {
			t.Errorf("zoneLabelRe(%q) = %v, the expression before %v", l, got, want)
		}
		if portalClockRe().MatchString(l) && !mayPortalClock(l) {
			t.Errorf("mayPortalClock(%q) = false, portalClockRe matches", l)
		}
		if got, want := twoFieldLabels(l), len(fieldLabelRe().FindAllStringIndex(l, 3)) >= 2; got != want {
			t.Errorf("twoFieldLabels(%q) = %v, want %v", l, got, want)
		}
		if got, want := hasLowerPrefix(l, "nơi nhận:"), strings.HasPrefix(strings.ToLower(l), "nơi nhận:"); got != want {
			t.Errorf("hasLowerPrefix(%q) = %v, want %v", l, got, want)
		}
		if strings.HasPrefix(cite.Fold(l), quocHieu) && !mayOpenQuocHieu(l) {
			t.Errorf("mayOpenQuocHieu(%q) = false, its key opens with the Quốc hiệu", l)
		}
		if got, want := hasSpaceRun(l), len(zoneSpaceRun().Split(l, -1)) >= 2; got != want {
			t.Errorf("hasSpaceRun(%q) = %v, want %v", l, got, want)
		}
		if breadcrumbRe().MatchString(l) && !mayBeBreadcrumb(l) {
			t.Errorf("mayBeBreadcrumb(%q) = false, breadcrumbRe matches", l)
		}
	}
	t.Logf("%d lines", len(lines))
}
