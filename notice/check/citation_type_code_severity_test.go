package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

const typeCodeNotice = `ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH

Số: 21/TB-UBND

THÔNG BÁO
Về việc tạm dừng các hoạt động đông người

Thực hiện Công văn số 297/TB-UBND ngày 25/3/2020 của Ủy ban nhân dân xã về phòng, chống dịch bệnh.

Thực hiện Quyết định số 443/TTg-HTQT ngày 20/3/2020 của Thủ tướng Chính phủ về phòng, chống dịch bệnh.

Thực hiện Chương trình số 03-Ctr/QU ngày 15/10/2015 của Quận ủy về hạ tầng đô thị.
`

// TestCitationTypeCodeSeverity: a type code that disagrees with the type
// in a number of the notice's own office is an error, the clerk's to
// correct; in another issuer's number as that issuer wrote it ("TTg", a
// Party committee's), a warning. A lowered finding below Options.Least
// is not kept.
func TestCitationTypeCodeSeverity(t *testing.T) {
	f, err := plain.Read("tb.txt", []byte(typeCodeNotice))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]diag.Severity{"297/TB-UBND": diag.Error, "443/TTg-HTQT": diag.Warning, "03-Ctr/QU": diag.Warning}
	for _, least := range []diag.Severity{diag.Info, diag.Error} {
		got := map[string]diag.Severity{}
		for _, fd := range check.Text(f, nil, check.Options{Least: least}) {
			if fd.Rule != "citation-type-code" {
				continue
			}
			for n := range want {
				if strings.Contains(fd.Message.In(diag.EN), n) {
					got[n] = fd.Severity
				}
			}
		}
		for n, sev := range want {
			s, ok := got[n]
			switch {
			case sev < least && ok:
				t.Errorf("Least %v: %s kept as %v", least, n, s)
			case sev >= least && !ok:
				t.Errorf("Least %v: no finding on %s", least, n)
			case ok && s != sev:
				t.Errorf("Least %v: %s is %v, want %v", least, n, s, sev)
			}
		}
	}
}

// TestCitationTypeCodeOthersFix: in another issuer's number the clerk
// corrects the type name it wrote, never the number as its issuer wrote
// it; in a number of its own office either may be the slip.
func TestCitationTypeCodeOthersFix(t *testing.T) {
	f, err := plain.Read("tb.txt", []byte(typeCodeNotice))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, fd := range check.Text(f, nil, check.Options{}) {
		if fd.Rule != "citation-type-code" {
			continue
		}
		n++
		fix := fd.Fix.In(diag.VI)
		own := strings.Contains(fd.Message.In(diag.EN), "297/TB-UBND")
		if asksNumber := strings.Contains(fix, "sửa tên loại hoặc ký hiệu"); asksNumber != own {
			t.Errorf("%s: fix %q", fd.Message.In(diag.EN), fix)
		}
		if fd.Fix.In(diag.EN) == fix {
			t.Errorf("%s: no English fix", fd.Message.In(diag.EN))
		}
	}
	if n != 3 {
		t.Errorf("got %d citation-type-code findings, want 3", n)
	}
}
