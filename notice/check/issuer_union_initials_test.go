package check_test

import (
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
)

// TestUnionInitialsFix: a union's issuer line "CĐ TRƯỜNG ĐH ..." under
// its federation's lines is written out as the union's own name, "CĐ"
// read "Công đoàn", not "cao đẳng", and the federation's lines above left
// out (round36/hongduc-cd-kh-12-2013.txt, a99).
func TestUnionInitialsFix(t *testing.T) {
	fx := readFixture(t, filepath.Join(lintDir, "issuer-abbrev-union-initials.txt"))
	n := 0
	for _, d := range lint(t, fx, &config.Config{}, check.Options{}) {
		if d.Rule != "issuer-abbrev" {
			continue
		}
		n++
		if want := `viết "CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC HỒNG ĐỨC"`; d.Fix.VI != want {
			t.Errorf("fix %q, want %q", d.Fix.VI, want)
		}
	}
	if n != 1 {
		t.Errorf("%d issuer-abbrev findings, want 1", n)
	}
}
