package check

import (
	"strings"
	"testing"
)

func TestReadSumWords(t *testing.T) {
	for _, c := range []struct {
		words string
		want  int64
		ok    bool
	}{
		{"Mười hai tỷ, bốn trăm tám mươi triệu, ba trăm năm mươi sáu nghìn", 12480356000, true},
		{"Bốn trăm tám mươi sáu triệu, ba trăm năm mươi nghìn", 486350000, true},
		{"Một trăm năm mươi lăm nghìn", 155000, true},
		{"Hai nghìn bốn trăm năm mươi sáu tỷ, tám trăm triệu", 2456800000000, true},
		{"Ba tỷ, sáu trăm tám mươi chín triệu, không trăm năm mươi nghìn", 3689050000, true},
		{"Hai tỷ, sáu trăm năm mươi tư triệu, hai trăm ba mươi nghìn năm trăm", 2654230500, true},
		{"Một trăm lẻ năm nghìn", 105000, true},
		{"Hai mươi mốt triệu", 21000000, true},
		{"Mười lăm ngàn", 15000, true},
		{"Một triệu hai trăm nghìn", 1200000, true},
		{"hai ba nghìn", 0, false},
		{"trăm nghìn", 0, false},
		{"nghìn", 0, false},
		{"Năm mươi nghìn chẵn", 0, false},
		{"", 0, false},
	} {
		got, ok := readSumWords(sumWordsOf(c.words))
		if got != c.want || ok != c.ok {
			t.Errorf("readSumWords(%q) = %d, %v; want %d, %v", c.words, got, ok, c.want, c.ok)
		}
	}
}

func FuzzReadSumWords(f *testing.F) {
	for _, s := range []string{"Mười hai tỷ, bốn trăm tám mươi triệu", "Hai nghìn tỷ", "một trăm lẻ năm", "mươi", "chín trăm chín mươi chín nghìn tỷ tỷ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sum, ok := readSumWords(strings.Fields(s))
		if ok && (sum < 0 || sum > 1e18) {
			t.Fatalf("readSumWords(%q) = %d", s, sum)
		}
	})
}

func TestFiguresSumBefore(t *testing.T) {
	for _, c := range []struct {
		before string
		want   int64
		ok     bool
	}{
		{"Giá trúng thầu: 12.480.356.000 đồng (", 12480356000, true},
		{"tổng chi phí 2.456,8 tỷ đồng (", 2456800000000, true},
		{"Học phí: 155.000 đồng/học sinh/tháng (", 155000, true},
		{"tổng kinh phí 4.815.000.000\nđồng (", 4815000000, true},
		{"Giá: 1,5 triệu đồng, ", 1500000, true},
		{"số tiền 1.250.00 đồng (", 0, false},
		{"mã A1.000 đồng (", 0, false},
		{"500.000 đồng. Tiền đặt trước ghi ", 0, false},
		{"0,5 đồng (", 0, false},
		{"đồng (", 0, false},
		{"phí từ 1.000.000 đ (", 1000000, true},
		{"Tiền đặt trước: 250.000.000 VNĐ (", 250000000, true},
		{"Đơn giá: 12.500.000 đồng/m2 (", 12500000, true},
		{"tiền hồ sơ 150.000 đồng/1hồ sơ (", 150000, true},
		{"tối đa 500.000đ (", 500000, true},
		{"Tiền đặt (", 0, false},
		{"đơn giá 12.500.000 đồng/1.000 m2 (", 0, false},
	} {
		got, ok := figuresSumBefore(c.before)
		if got != c.want || ok != c.ok {
			t.Errorf("figuresSumBefore(%q) = %d, %v; want %d, %v", c.before, got, ok, c.want, c.ok)
		}
	}
}

func FuzzFiguresSumBefore(f *testing.F) {
	for _, s := range []string{"12.480.356.000 đồng (", "2.456,8 tỷ đồng (", "9.999.999.999.999.999.999 tỷ đồng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, ok := figuresSumBefore(s); ok && n < 0 {
			t.Fatalf("figuresSumBefore(%q) = %d", s, n)
		}
	})
}

func TestSumWordsBefore(t *testing.T) {
	for _, c := range []struct {
		before string
		words  string
		ok     bool
	}{
		{"Giá khởi điểm: Năm trăm triệu đồng ", "Năm trăm triệu", true},
		{"với số tiền hai triệu đồng", "hai triệu", true},
		{"- Một tỷ, hai trăm triệu đồng", "Một tỷ hai trăm triệu", true},
		{"một tỷ đồng và hai trăm triệu đồng", "", false},
		{"mỗi hộ hai triệu đồng", "", false},
		{"sẽ đóng 140.805 đồng", "", false},
		{"Ba triệu năm trăm nghìn", "", false},
	} {
		_, words, ok := sumWordsBefore(c.before)
		if got := strings.Join(words, " "); got != c.words || ok != c.ok {
			t.Errorf("sumWordsBefore(%q) = %q, %v; want %q, %v", c.before, got, ok, c.words, c.ok)
		}
	}
}
