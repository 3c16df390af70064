package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/plain"
)

// stateNotice is a commune's notice whose header is edited per case.
const stateNotice = `ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN BÌNH                      Độc lập - Tự do - Hạnh phúc

Số: 56/TB-UBND                  An Bình, ngày 10 tháng 3 năm 2026

THÔNG BÁO
Về việc tạm dừng tiếp công dân định kỳ

Ủy ban nhân dân xã An Bình thông báo tạm dừng tiếp công dân định kỳ ngày 15/3/2026.
Ủy ban nhân dân xã thông báo để các tổ chức, cá nhân biết

Nơi nhận:
- Thường trực Đảng ủy xã
- Lưu VT

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
`

// A state notice whose number is typed in the Party's form is not made a
// Party one when its Quốc hiệu is mistyped or missing: the Tiêu ngữ, a
// Quốc hiệu's words or a state body's code in the number tell it. A mass
// organisation's header with its own name in the Quốc hiệu's place still
// is one.
func TestPartyHeaderNumberForm(t *testing.T) {
	party := "Số: 56-TB/UBND"
	cases := []struct {
		name string
		edit func(string) string
		want bool
	}{
		{"Quốc hiệu mistyped", func(s string) string {
			return strings.Replace(s, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ", 1)
		}, false},
		{"Quốc hiệu's words garbled", func(s string) string {
			return strings.Replace(s, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HÒA XÃ HỘI CHỦ NHĨA", 1)
		}, false},
		{"Quốc hiệu and Tiêu ngữ missing", func(s string) string {
			s = strings.Replace(s, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", 1)
			return strings.Replace(s, "Độc lập - Tự do - Hạnh phúc", "", 1)
		}, false},
		{"mass organisation", func(s string) string {
			s = strings.Replace(s, "ỦY BAN NHÂN DÂN ", "HỘI NÔNG DÂN XÃ ", 1)
			s = strings.Replace(s, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI NÔNG DÂN VIỆT NAM", 1)
			s = strings.Replace(s, "Độc lập - Tự do - Hạnh phúc", "", 1)
			return strings.Replace(s, party, "Số: 56-TB/HND", 1)
		}, true},
	}
	for _, c := range cases {
		numbered := strings.Replace(stateNotice, "Số: 56/TB-UBND", party, 1)
		src := c.edit(numbered)
		if src == numbered {
			t.Fatalf("%s: the edit changed nothing", c.name)
		}
		f, err := plain.Read("tb.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got := FromText(f).Party; got != c.want {
			t.Errorf("%s: Party = %v, want %v", c.name, got, c.want)
		}
	}
}
