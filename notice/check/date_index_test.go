package check

import (
	"strings"
	"testing"
)

// indexNgayBytes and indexThangBytes are indexNgay and indexThang as
// they were written, a byte at a time.
func indexNgayBytes(s string, from int) int {
	for i := from; i+len("ngày") <= len(s); i++ {
		if s[i]|0x20 == 'n' && s[i+1]|0x20 == 'g' && s[i+2] == 0xc3 && (s[i+3] == 0xa0 || s[i+3] == 0x80) && s[i+4]|0x20 == 'y' {
			return i
		}
	}
	return -1
}

func indexThangBytes(s string, from int) int {
	for i := from; i+len("tháng") <= len(s); i++ {
		if s[i]|0x20 == 't' && s[i+1]|0x20 == 'h' && s[i+2] == 0xc3 && (s[i+3] == 0xa1 || s[i+3] == 0x81) && s[i+4]|0x20 == 'n' && s[i+5]|0x20 == 'g' {
			return i
		}
	}
	return -1
}

var ngayThangCases = []string{"ngày", "NGÀY", "ngà", "xngàyngày", "ngàY", "tháng", "THÁNG", "thán", "ntháng", "\xc3\xa0", "ng\xc3", "th\xc3\xa1n", "Ngày 1 tháng 2", "ngàytháng"}

// TestIndexNgayThang holds indexNgay and indexThang to the walk a byte at
// a time, from every offset of every line of testdata and of the cases.
func TestIndexNgayThang(t *testing.T) {
	for _, s := range append(proseTexts(t), ngayThangCases...) {
		for from := 0; from <= len(s); from += 1 + from/64 {
			sameNgayThang(t, s, from)
		}
	}
}

func sameNgayThang(t *testing.T, s string, from int) {
	t.Helper()
	if got, want := indexNgay(s, from), indexNgayBytes(s, from); got != want {
		t.Fatalf("indexNgay(%q, %d) = %d, a byte at a time %d", s, from, got, want)
	}
	if got, want := indexThang(s, from), indexThangBytes(s, from); got != want {
		t.Fatalf("indexThang(%q, %d) = %d, a byte at a time %d", s, from, got, want)
	}
}

// FuzzIndexNgayThang holds indexNgay and indexThang to the walk a byte at
// a time on any text and offset.
func FuzzIndexNgayThang(f *testing.F) {
	for _, s := range ngayThangCases {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, from int) {
		if from < 0 || from > len(s) {
			return
		}
		sameNgayThang(t, s, from)
	})
}

// TestHoldsThang holds holdsThang to a search for each of its three
// spellings, on every line of testdata and of the cases.
func TestHoldsThang(t *testing.T) {
	for _, s := range append(proseTexts(t), "tHáng", "THÁNg", "Tháng", "xTHÁNG", "tháNG tháng") {
		want := strings.Contains(s, "tháng") || strings.Contains(s, "Tháng") || strings.Contains(s, "THÁNG")
		if got := holdsThang(s); got != want {
			t.Fatalf("holdsThang(%q) = %v, the searches %v", s, got, want)
		}
	}
}
