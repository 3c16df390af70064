package cite

import "testing"

func TestSlashCode(t *testing.T) {
	for _, tc := range []struct{ in, raw, code string }{
		{"Công văn số 318/UBND/KT ngày 27/11/2026", "318/UBND/KT", "UBND-KT"},
		{"Thông báo số 54/TB/DPX-TCHC.", "54/TB/DPX-TCHC", "TB-DPX-TCHC"},
		{"Quyết định số 26/QĐ-UBND ngày 09/01/2023", "26/QĐ-UBND", "QĐ-UBND"},
		{"mức 3/tháng/h", "", ""},
	} {
		cs := FindCitations(tc.in)
		raw, code := "", ""
		if len(cs) > 0 {
			raw, code = cs[0].Number.Raw, cs[0].Number.Code()
		}
		if raw != tc.raw || code != tc.code {
			t.Errorf("FindCitations(%q): %q %q, want %q %q", tc.in, raw, code, tc.raw, tc.code)
		}
	}
}
