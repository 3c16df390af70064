package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// soRunCases are where soRun and soRunRe could part: colons and spaces of
// every kind, a year, codes with dots and dashes, the second form of a
// number, the comma and "ngày", digits too many, invalid bytes.
var soRunCases = []string{
	"số", "số 1", "số 12/QĐ-UBND", "số: 12/QĐ-UBND", "số :\t12/QĐ", "số\t:12/QĐ", "số\u00a0 \u00a012/QĐ", "số\t12/QĐ",
	"số 01/2024/TT-BTC, ngày 5/1/2024", "số 01/2024/5", "số 01/20245/TT", "số 01/202/TT", "số 1234567/QĐ", "số 123456/QĐ",
	"số 4434/ĐHĐN, ngày 28 tháng 7", "số 4434/ĐHĐN ,  ngày\u00a05", "số 4434/ĐHĐN,ngày 5", "số 4434/ĐHĐN, ngày x", "số 4434/ĐHĐN, ngày",
	"số 4434/ĐHĐN ngày 5", "số 4434/ĐHĐNngày 5", "số 12/QĐ-", "số 12/QĐ--UB", "số 12/Q.Đ-U.B.", "số 12/&-&.", "số 12/.QĐ",
	"số 13-NQ/TU", "số 13-NQ/TU, ngày 1", "số 13-/TU", "số 13-NQ/", "số 13-NQ/1", "số 13-NQ/T1.x", "số 13-N1/TU",
	"số 12/\xffQĐ", "số 12/Q\xffĐ", "số 13-NQ/\xff", "số:", "số: ", "số 12", "số 12/", "số 12-", "sốx 12/QĐ", "số 12/\u212a",
}

// TestSoRunAsExpression holds soRun to soRunRe at every "số" of every line
// of testdata and of the cases.
func TestSoRunAsExpression(t *testing.T) {
	matched := 0
	for _, line := range testlines.Read(t, "../../testdata", soRunCases) {
		for i := strings.Index(line, "số"); i >= 0; i = nextSo(line, i) {
			if sameSoRun(t, line[i:]) {
				matched++
			}
		}
	}
	if matched < 50 {
		t.Fatalf("only %d matches: the test no longer tells", matched)
	}
}

func sameSoRun(t *testing.T, s string) bool {
	t.Helper()
	got, want := soRun(s), soRunRe().FindStringSubmatchIndex(s)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("soRun(%q) = %v, the expression %v", s, got, want)
	}
	return want != nil
}

// FuzzSoRun holds soRun to soRunRe on any text after "số".
func FuzzSoRun(f *testing.F) {
	for _, s := range soRunCases {
		f.Add(strings.TrimPrefix(s, "số"))
	}
	f.Fuzz(func(t *testing.T, rest string) {
		sameSoRun(t, "số"+rest)
		sameSoRun(t, rest)
	})
}
