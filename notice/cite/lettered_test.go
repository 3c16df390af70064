package cite

import "testing"

// TestLetteredNumber: a cited running number with one Latin letter after
// its digits ("168a/QĐ-UBND") is read as a citation (r95); the notice's
// own number is not (ParseNumber refuses it), nor a legal number, two
// letters, a letter alone or a code in small letters.
func TestLetteredNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Căn cứ Quyết định số 168a/QĐ-UBND ngày 6/9/2025 của UBND xã về việc phân công", "Quyết định|so=true|168a/QĐ-UBND|2025-09-06|UBND xã|về việc phân công"},
		{"Nghị quyết 36a/NQ-CP ngày 14/10/2015 của Chính phủ", "Nghị quyết|so=false|36a/NQ-CP|2015-10-14|Chính phủ"},
		{"Thông báo số 05A/TB-UBND ngày 05/01/2026 của UBND xã", "Thông báo|so=true|05A/TB-UBND|2026-01-05|UBND xã"},
		{"Nghị định số 12a/2020/NĐ-CP ngày 05/01/2020", ""}, // a legal number takes no letter
		{"Quyết định số 12ab/QĐ-UBND ngày 05/01/2020", ""},  // two letters
		{"Quyết định số a/QĐ-UBND ngày 05/01/2020", ""},     // no digits
		{"mỗi người 5kg/người", ""},
	} {
		cs := FindCitations(tc.in)
		got := ""
		if len(cs) > 0 {
			got = show(cs[0])
		}
		if got != tc.want {
			t.Errorf("FindCitations(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if n, err := ParseNumber("17a/TB-UBND"); err == nil {
		t.Errorf("ParseNumber(17a/TB-UBND) = %+v: the notice's own number is number-format's", n)
	}
	n, ok := letteredNumber("168a/QĐ-UBND")
	if want := (Number{Raw: "168a/QĐ-UBND", Seq: "168a", Type: "QĐ", Issuer: "UBND", Family: Admin}); !ok || n != want {
		t.Errorf("letteredNumber(168a/QĐ-UBND) = %+v, %v; want %+v", n, ok, want)
	}
}
