package check_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
)

// TestSignerCollectiveFix: a signer's line that is a body's initials
// alone ("BGH") is not told to write the body's name out as the title
// ("BAN GIÁM HIỆU" is no chức vụ either) but to write the signer's title
// (round14/nguyenhuucanh-omon-tb-bantru-2016.txt, a99).
func TestSignerCollectiveFix(t *testing.T) {
	fx := readFixture(t, filepath.Join(lintDir, "signer-abbrev-collective.txt"))
	n := 0
	for _, d := range lint(t, fx, &config.Config{}, check.Options{}) {
		if d.Rule != "signer-abbrev" {
			continue
		}
		n++
		if !strings.Contains(d.Fix.VI, "không phải chức vụ: ghi chức vụ của người ký") || strings.Contains(d.Fix.VI, "BAN GIÁM HIỆU") ||
			!strings.Contains(d.Fix.EN, "not a title") {
			t.Errorf("fix %q / %q", d.Fix.VI, d.Fix.EN)
		}
	}
	if n != 1 {
		t.Errorf("%d signer-abbrev findings, want 1", n)
	}
}
