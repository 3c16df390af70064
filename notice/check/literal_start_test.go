package check

import (
	"reflect"
	"strings"
	"testing"
)

// startExprCases are texts where a startExpr and its expression could
// part.
var startExprCases = []string{
	"Khoản 3, Điều 40", "theo Điểm a khoản 2 Điều 5", "tại điều 5 của Luật", "khoản 2 điều 3, Chương II", "Điểm 4, Mục 2",
	"KhoảnKhoản 3 Điều 4", "điều điều 5 này", "theo  khoản a, điều 12b Luật", "Khoản 3 – Phụ Lục", "tạitại điều 7này",
	"UBND Tỉnh", "Ủy ban nhân dân Huyện, UBND Xã", "UBNDUBND Quận 3", "Hội đồng nhân dân Thị xã.", "Uỷ ban nhân dân Phường)", "HĐND Tỉnh Bắc Ninh",
	"Thông báo số 5015/TBLĐTBXH ngày", "Quyết định số 12/QĐUBND.", "Kế hoạch  số\t3/KHĐ", "Thông báoThông báo số 1/AB-C", "Kế hoạch số 4/ĐĐ/x", "Quyết định số 7/QĐ", "Thông báo số 8/TBx",
	"ngày 5 tháng 3 năm 2020", "NGÀY 15 THÁNG 12 NĂM 2019", "NgÀy 1\ttháng 2 năm 20201", "ngàyngày 1 tháng 2 năm 2020", "Ngày 1 tháng 2 năm 202",
	"ngày 1 tháng 2 năm 2020 ngày 3 tháng 4 năm 2021", "nngày 01  tháng  02  năm  2022", "ngay 1 tháng 2 năm 2020", "ngày 123 tháng 2 năm 2020",
	"UBND  Tỉnh", "UBND\tTỉnh", "UBND tỉnh", "HĐND Quận", "Thông báo\nsố\f9/AB", "Quyết địnhsố 1/A", "Kế hoạch số1/A", "Kế hoạch số /A",
}

// TestStartExprsAsExpressions holds each startExpr to its expression on
// every line of testdata and on the cases above.
func TestStartExprsAsExpressions(t *testing.T) {
	for _, s := range append(proseTexts(t), startExprCases...) {
		sameStartExprs(t, s)
	}
}

func sameStartExprs(t *testing.T, s string) {
	t.Helper()
	for _, x := range []*startExpr{partUpperRe(), articleLowerRe(), unitNounRe(), joinedCodeRe(), longDateRe()} {
		if got, want := x.findAll(s), x.re().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s on %q: %v, the expression %v", x.re(), s, got, want)
		}
	}
}

// FuzzStartExprs holds each startExpr to its expression on any text.
func FuzzStartExprs(f *testing.F) {
	for _, s := range startExprCases {
		f.Add(s)
	}
	f.Fuzz(sameStartExprs)
}

// TestCaseVariants checks that the variants of a word are every way
// case folding writes it, each once.
func TestCaseVariants(t *testing.T) {
	vs := caseVariants("ngày")
	seen := map[string]bool{}
	for _, v := range vs {
		if seen[v] || !strings.EqualFold(v, "ngày") {
			t.Errorf("caseVariants: %q twice or not the word", v)
		}
		seen[v] = true
	}
	if len(vs) != 16 || !seen["nGÀy"] || !seen["NGÀY"] {
		t.Errorf("caseVariants(\"ngày\") = %q, want its 16 forms", vs)
	}
}
