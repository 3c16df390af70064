package check

import (
	"reflect"
	"testing"
)

// leadExprCases are texts where a leadExpr and its expression could part:
// a match at the start, after a letter, after a match that took the
// character before the next one, in capitals and with a folded K.
var leadExprCases = []string{
	"Kế hoạch số 133 ngày 20/9", "xKế hoạch số 1,", "KẾ HOẠCH SỐ 12.", "Kế hoạch số 1,Công văn số 2,", "(Công văn số 5;",
	"Nghị quyết số 29, khóa XI", "\u212aế hoạch số 3", "Thông báo số 4 Hội nghị", "văn bản số 7", "ĐKế hoạch số 8",
	"Kế hoạch\tsố\n9", "Kế hoạch \u017fố 10", "Kế hoạch số 189/KH-UBND ngày", "Kế hoạch số 123456 ngày", "Kế hoạch số 12345.", "Kế hoạch số 12345\r", "Kế hoạch số 7a,", "Kế hoạch số 7\f", "Kế hoạch \u017fố 12;", "Kế hoạch SỐ 3", "Kế hoạch Số\t45.", "Kế hoạch  SỐ  11 ngày", "Kế hoạch số", "Kế hoạch số x", "Kế hoạchsố 1", "Kế hoạch số1", "Kế hoạch\vsố 2",
	"Trường THCS Xuân Lương", "trường mầm non Hoa Sen.", "xtrường THPT A", "các trường Tiểu học Kim Đồng và trường TH B", "Trường THCS và THPT M.V. Lô-mô-nô-xốp",
	"môi trường Xanh", "thị trường, Trường", "trường\u00a0THCS A", "Trường  THCS A", "trường TIỂU HỌC B", "Trường PTDTBT C", "trường MG D", "trường Mẫu Giáo E", "trường",
	"thành phố Hồ Chí Minh", "Tp.Hồ Chí Minh, tp.Hồ Chí Minh", "xthành phố Hồ Chí Minh", "(thủ đô Hà Nội)", "quận 3, phường 12 và Quận 5",
	"các phường 5, 7", "Thành Phố Huế", "Thị Xã,Thị Trấn", "Thị Trấn", "thành phố thủ đô Hà Nội", "phường x", "Thị Xãx", "ĐThị Xã A",
	"ngày 30/8/219", "NGÀY 1/2/2003", "\u212angày 1/2/3", "\u017fngày 1/2/3", "xngày 1/2/3", "_ngày 1/2/3", "đngày 1/2/3", "ngày\t1/2/3/4", "ngày 1/2/3x", "Ngày  12/10/2024, ngày 1/1/1",
	"theo Thông báo của UBND", "Theo nội dung Thông báo ngày 3", "xtheo kế hoạch của A", "theo  nội dung Công văn của B", "theo nội dung\tQuyết định ngày 1",
	"theo quyết định của cơ quan", "(theo Công văn của C; theo Thông báo của D", "Theo\nThông báo của E", "theokế hoạch của F", "Đtheo Kế hoạch của G",
	"15/5/2019", "ngày 15/5/2019.", "30/9/2017để", "x30/9/2017để", "/30/9/2017để", "1/12/2020đã 2/3/1999ở", "ngày 5/6/2021vàx", "12/3/2024Để",
	"từ ngày 20 – 7 – 2021", "(ngày 1 - 2 - 2003)", "NGÀY 5—6—2020.", "xngày 1 – 2 – 2003", ";ngày 01 - 02 - 1999x", "ngày 1 – 2 - 2003", "\u212angày 1 – 2 – 2003", "ngày\t1 –2– 2003_",
	"về việc Ban hành Nội quy", "về việc: Tổ chức đại hội", "xvề việc Ban hành", "(về việc Quy định số 12", "về việc  Hướng dẫn thực hiện", "về việcvề việc Ban hành", "Về việc Ban hành",
	"20/11/ 2019", "23 / 7 /2015", "16/7/20 21", "x1/2/ 2003", "/1/2/ 2003", "1 / 2 / 19 99", "11/11/2011/", "đạt từ 18.0 điểm", "không thấp hơn 6,0", "đạt 8.0 trở lên", "IELTS 5.5,", "a 1.5.x", "1,25 điểm", ".5.5", "Điểm 9.5.", "1/12/2020/QĐ", "x.1/2/2003 và 4/5/2006", "12/3/20244", "/1/2/2003",
	"điểm  8,5", "đạt\u00a08.0 điểm", "Điểm 10,25 trở lên", "ǅ 1.5", "ab1.5", "a 123.4", "12.,3", "ngày  \t1/2/3", "ngày 1/2/", "ngày 123/4/5", "ngày 1/2/3\u212a", "1/2/1999ǅx", "01/02/2099đã", "1/2/2099", "5/6/2021 là",
}

// leadExprs are the leadExprs of the rules.
func leadExprs() []*leadExpr {
	return []*leadExpr{bareNumberRe(), schoolRe(), shortDateRe(), placeCaseRe(), dayDateRe(), unnumberedTheoRe(), slashDateWordRe(), spacedDashDateRe(), uncitedSubjectRe(), spacedDateRe(), scoreRe(), gluedCountRe(), gluedQuantityRe(), quiWordRe()}
}

// TestLeadExprsAsExpressions holds each leadExpr to its expression on
// every line of testdata and on the cases above.
func TestLeadExprsAsExpressions(t *testing.T) {
	for _, s := range append(proseTexts(t), leadExprCases...) {
		sameLeadExprs(t, s)
	}
}

func sameLeadExprs(t *testing.T, s string) {
	t.Helper()
	for _, x := range leadExprs() {
		if got, want := x.findAll(s), x.re().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s on %q: %v, the expression %v", x.re(), s, got, want)
		}
	}
}

// FuzzLeadExprs holds each leadExpr to its expression on any text.
func FuzzLeadExprs(f *testing.F) {
	for _, s := range leadExprCases {
		f.Add(s)
	}
	f.Fuzz(sameLeadExprs)
}
