package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// subjectCases are texts where subjectMatches and its expression could
// part: a match at the start, a word right after another, spaces of
// every kind before it, a character of several bytes before them.
var subjectCases = []string{"của Chính phủ Quy định chi tiết", "về việc Phê duyệt kế hoạch", "về  Công bố", "Quy định chi tiết",
	"về việc\tBan hành quy chế", "vềviệc Tổ chức hội", "về việc về Quy định Ban hành x", "ễ\nQuy định x", "Quy định Ban hành x",
	"x về việc  \r\n Tổ chức đại hội, về Cử cán bộ", "Cửa hàng về Cử đi", "\xe1 Quy định y", "a \xe1\xbb Quy định y", "đQuy định y", "ề Quy định a, Ban hành b"}

// TestSubjectMatches holds subjectMatches to subjectUpperRe on every
// line of testdata, on subjectCases and on texts made of the pieces the
// expression reads: "về việc:" and its parts before the words, spaces of
// every kind, words right after words, broken bytes.
func TestSubjectMatches(t *testing.T) {
	texts := append(proseTexts(t), subjectCases...)
	texts = append(texts, testlines.Random([]string{"về", "về việc", "về việc:", " việc", ":", " ", "  ", "\t", "\n", "Quy định", "Ban hành",
		"Cử", "Tổ chức", "Tổ", " chi tiết", ", ", "x", "ề", "\xe1", "\xe1\xbb", "Đ"}, 40000, 10, 109)...)
	found := 0
	for _, s := range texts {
		found += len(subjectUpperRe().FindAllStringIndex(s, -1))
		sameSubjectMatches(t, s)
	}
	if found < 1000 {
		t.Errorf("subjectUpperRe matches %d times, want 1,000 at least", found)
	}
}

func sameSubjectMatches(t *testing.T, s string) {
	t.Helper()
	got, want := subjectMatches(s), subjectUpperRe().FindAllStringSubmatchIndex(s, -1)
	if len(got) != 0 || len(want) != 0 {
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("subjectMatches(%q) = %v, the expression %v", s, got, want)
		}
	}
}

// FuzzSubjectMatches holds subjectMatches to subjectUpperRe on any text.
func FuzzSubjectMatches(f *testing.F) {
	for _, s := range subjectCases {
		f.Add(s)
	}
	f.Fuzz(sameSubjectMatches)
}

// TestFirstSubjectWordAsIndex holds firstSubjectWord to the least
// strings.Index of the words, on every line of testdata and its tails.
func TestFirstSubjectWordAsIndex(t *testing.T) {
	for _, s := range proseTexts(t) {
		for i := 0; i < len(s); i += 7 {
			sameFirstSubjectWord(t, s[i:])
		}
	}
}

func sameFirstSubjectWord(t *testing.T, s string) {
	t.Helper()
	want := -1
	for _, vs := range [][]string{subjectVerbs, subjectOpeners} {
		for _, v := range vs {
			if i := strings.Index(s, v); i >= 0 && (want < 0 || i < want) {
				want = i
			}
		}
	}
	if got := firstSubjectWord(s); got != want {
		t.Fatalf("firstSubjectWord(%q) = %d, the words' first index %d", s, got, want)
	}
}

// FuzzFirstSubjectWord holds firstSubjectWord to the least strings.Index
// of the words on any text.
func FuzzFirstSubjectWord(f *testing.F) {
	for _, s := range []string{"về việc Tổ chức", "Quy định", "Ý kiến", "xx Phát triểnPhát động", "Cử Cử", "Tổ chứ"} {
		f.Add(s)
	}
	f.Fuzz(sameFirstSubjectWord)
}
