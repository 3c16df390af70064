package cite

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// gapRe is what typeGap reads: what may stand between a type name and
// its number, "số", "các Nghị quyết: số", "Nghị quyết của Chính phủ: Số".
var gapRe = lazyre.New(`(?i)^(?:[\s\x{00A0}]+(?:hành[\s\x{00A0}]+động[\s\x{00A0}]+)?(?:số:?[\s\x{00A0}]*)?|[\s\x{00A0}]*(?:của[\s\x{00A0}]+[^:;.]{1,60})?:[\s\x{00A0}]*(?:số[\s\x{00A0}]*)?)$`)

// gapCases are gaps where typeGap and gapRe could part.
var gapCases = []string{
	"", " ", " số ", " Số ", " SỐ", " ſố ", " số: ", " số:", " số :", "\u00a0số\u00a0", "\vsố ", " số số ",
	" hành động số ", " HÀNH ĐỘNG SỐ ", " hành động ", " hành  động", " hành động", "hành động số ", " hànhđộng số ",
	": ", ":", " : số ", ":số", " :số:", " của UBND tỉnh: số ", "của UBND tỉnh: Số", " CỦA Chính phủ:", " của x: ",
	" của  : ", " của :", " của x; số: ", " của x. y: ", " của\u00a0\u00a0: ", " của" + strings.Repeat("a", 60) + ":",
	" của " + strings.Repeat("a", 60) + ":", " của " + strings.Repeat("ạ", 61) + ":", " của  " + strings.Repeat("a", 59) + ":",
	" của" + strings.Repeat(" ", 70) + ":", " của \xff\xff:", " của x:: ", " của x: số số", " của x:\u00a0số:",
}

// TestTypeGapAsExpression holds typeGap to gapRe: on the cases, on the
// text before each number of every line of testdata from each of the 80
// bytes before it, and on random texts of the pieces either reads.
func TestTypeGapAsExpression(t *testing.T) {
	lines := append([]string(nil), gapCases...)
	for _, l := range scanTexts(t) {
		for _, m := range findNumbers(l) {
			for k := max(0, m[0]-80); k < m[0]; k++ {
				if utf8.RuneStart(l[k]) {
					lines = append(lines, l[k:m[0]])
				}
			}
		}
	}
	lines = append(lines, testlines.Random([]string{" ", "\u00a0", "\t", "\v", ":", ";", ".", "số", "SỐ", "ſố", "sô", "của", "Của", "hành", "HÀNH", "động", "Động", "x", "ạ", "\xff", "\xc2", "UBND tỉnh"}, 40000, 8, 74)...)
	testlines.Agree(t, "typeGap", lines, typeGap, gapRe().MatchString, 500)
}

// FuzzTypeGap holds typeGap to gapRe on any text.
func FuzzTypeGap(f *testing.F) {
	for _, s := range gapCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := typeGap(s), gapRe().MatchString(s); got != want {
			t.Fatalf("typeGap(%q) = %v, gapRe %v", s, got, want)
		}
	})
}
