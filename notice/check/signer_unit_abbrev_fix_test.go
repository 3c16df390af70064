package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestSignerUnitAbbrevFix: the fix for a signer's line that abbreviates
// its unit after "TM." writes one space after the authority, not two.
func TestSignerUnitAbbrevFix(t *testing.T) {
	src := "THÔNG BÁO\nVề việc tiếp công dân\nThường trực thông báo lịch tiếp công dân./.\nNơi nhận:\n- Lưu: VT.\nTM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\nVõ Văn Tám\n"
	f, err := plain.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range check.Text(f, &config.Config{}, check.Options{}) {
		if d.Rule != "signer-abbrev" {
			continue
		}
		if want := `viết "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"`; d.Fix.VI != want {
			t.Errorf("fix %q, want %q", d.Fix.VI, want)
		}
		if strings.Contains(d.Fix.VI, "  ") {
			t.Errorf("fix with two spaces: %q", d.Fix.VI)
		}
		return
	}
	t.Error("no signer-abbrev finding on \"TM. THƯỜNG TRỰC HĐND\"")
}
