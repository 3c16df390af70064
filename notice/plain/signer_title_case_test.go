package plain

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// ordinaryTitleRef is ordinaryTitle with its expression tried first.
func ordinaryTitleRef(t string) bool {
	t = strings.TrimSpace(t)
	first, _ := utf8.DecodeRuneInString(t)
	head := titleHeadRe().FindStringIndex(t)
	return unicode.IsUpper(first) && !isUpper(t) && head != nil &&
		len(strings.Fields(t)) <= 8 && !strings.ContainsAny(t, ".:;,!?()0123456789") &&
		!personName(strings.TrimSpace(t[head[1]:]))
}

var titleCases = []string{"Hiệu trưởng", "Phó Giám đốc", "Trưởng phòng Tài chính", "Chánh văn phòng Võ Minh Châu", "HIỆU TRƯỞNG", "hiệu trưởng", "Hiệu trưởng.", " Bí thư ", "Phó  chủ tịch Ủy ban nhân dân tỉnh Lào Cai kiêm một hai ba", ""}

func sameOrdinaryTitle(t *testing.T, s string) {
	t.Helper()
	if got, want := ordinaryTitle(s), ordinaryTitleRef(s); got != want {
		t.Errorf("ordinaryTitle(%q) = %v, want %v", s, got, want)
	}
}

// TestOrdinaryTitleOrder holds ordinaryTitle, its cheap tests first, to
// its expression first, on every line of testdata.
func TestOrdinaryTitleOrder(t *testing.T) {
	for _, s := range testlines.Read(t, "../../testdata", titleCases) {
		sameOrdinaryTitle(t, s)
	}
}

// FuzzOrdinaryTitle holds ordinaryTitle to its expression first on any
// line.
func FuzzOrdinaryTitle(f *testing.F) {
	for _, s := range titleCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameOrdinaryTitle(t, s) })
}
