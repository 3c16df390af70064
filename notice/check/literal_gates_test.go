package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestLiteralGatesAsExpr holds the looks before anchored expressions
// (signerPrefixByte, partHeadingByte, signerTitleRun's final period) to
// the expressions they turn lines away from, on every line of testdata,
// upper-cased and as it is, and on texts made of the expressions' words:
// a line a look turns away is one its expressions do not match (or, for
// signerTitleRun, do not match whole).
func TestLiteralGatesAsExpr(t *testing.T) {
	texts := proseTexts(t)
	texts = append(texts, testlines.Random([]string{"TM", "KT", "TL", "TUQ", "Q", "T/M", "K.T", "T.U.Q.", "Chương", "CHƯƠNG", "phần", "PHẦN",
		"GS", "PGS", "TS", "ThS", "BS.CKI", "CN", "NGND", "BSCKII", "TTND", "Tiến sĩ", "Bác sĩ", ".", ". ", " ", "\t", "1", "12", ":", "x", "X", "ỦY BAN", "\xe1"}, 40000, 6, 110)...)
	for _, h := range []string{"Chương", "CHƯƠNG", "chương", "Phần", "PHẦN", "phần", "PHầN", "Chuong", " Chương", "xPhần"} {
		for _, n := range []string{" 1", "  12", " 123", "\t3", "1"} {
			for _, e := range []string{"", ".", ": Quy định", " Những", " x", " .", "\t"} {
				texts = append(texts, h+n+e)
			}
		}
	}
	var prefixes, parts, titles int
	for _, s := range texts {
		for _, s := range []string{s, strings.ToUpper(s), strings.TrimSpace(s)} {
			want := prefixRe().FindStringSubmatch(s)
			if want == nil {
				if m := slashPrefixRe().FindStringSubmatch(s); m != nil {
					want = []string{m[0], slashAbbr(m[1])}
				} else {
					want = barePrefixRe().FindStringSubmatch(s)
				}
			}
			if want != nil {
				prefixes++
			}
			if got := signerPrefix(s); !slices.Equal(got, want) {
				t.Errorf("signerPrefix(%q) = %q, the expressions %q", s, got, want)
			}
			if arabicPartRe().MatchString(s) {
				parts++
				if s == "" || !partHeadingByte(s[0]) {
					t.Errorf("arabicPartRe matches %q, which partHeadingByte turns away", s)
				}
			}
			tr := strings.TrimSpace(s)
			want2 := tr != "" && (signerTitleRe().FindString(tr) == tr || signerDegreeRe().FindString(tr) == tr)
			if want2 {
				titles++
			}
			if got := signerTitleRun(s); got != want2 {
				t.Errorf("signerTitleRun(%q) = %v, the expressions %v", s, got, want2)
			}
		}
	}
	if prefixes < 1000 || parts < 200 || titles < 200 {
		t.Errorf("the expressions match %d prefixes, %d part headings, %d title runs: want 1,000, 200, 200 at least", prefixes, parts, titles)
	}
}
