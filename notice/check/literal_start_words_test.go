package check

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestStartExprWordsAsScans holds the rules whose startExprs read the
// places of their literals in the words of their sets (findAllIn) to
// their findings when each expression searched the whole text for its
// literals (findAll, the code as it stood at main 8fe8bb2b, which a
// startExpr without a set still runs), on every notice and text of
// testdata and on notices of made lines: the findings, both languages'
// message and fix, equal in number, order and text. It fails when the
// rules find too little for the comparison to show anything.
func TestStartExprWordsAsScans(t *testing.T) {
	views := append(testdataViews(t), madeLitViews(t)...)
	exprs := []*startExpr{partUpperRe(), articleLowerRe(), joinedCodeRe(), longDateRe(), unitNounRe()}
	scanned := func(p *Pass, run func(*Pass)) {
		sets := make([]*startSet, len(exprs))
		for k, x := range exprs {
			sets[k], x.starts = x.starts, nil
		}
		defer func() {
			for k, x := range exprs {
				x.starts = sets[k]
			}
		}()
		run(p)
	}
	for _, c := range []struct {
		id  string
		min int
	}{
		{"citation-case", 20}, {"citation-code-typo", 20}, {"date-style", 20}, {"official-name", 20},
	} {
		sameAsOld(t, views, c.id, func(p *Pass) { scanned(p, p.rule.Run) }, nil, c.min)
	}
}

// madeLitViews are notices of made lines of the startExprs' literals,
// alone and glued to letters, in their cases, with what their
// expressions read after them.
func madeLitViews(t *testing.T) []*View {
	pieces := []string{
		"Khoản", "khoản", "Điểm", "điểm", "tại", "theo", "điều", "Điều", "Mục", "của", "này", "Phụ Lục", "Luật", "Chương",
		"Ủy ban nhân dân", "Uỷ ban", "UBND", "Hội đồng nhân dân", "HĐND", "Tỉnh", "Huyện", "Xã", "Phường", "Thị xã", "tỉnh",
		"Thông báo", "Quyết định", "Kế hoạch", "số", "/", "TBLĐTBXH", "QĐUBND", "TB-LĐ", "KH",
		"ngày", "Ngày", "NGÀY", "ngàY", "tháng", "THÁNG", "năm", "12", "5", "2025", "3", "a", "b",
		" ", " ", " ", " ", "  ", "\t", ",", ".", ";", ":", "(", ")", "-", "X", "x", "đ", "Á", "“", "”",
	}
	return madeViews(t, pieces, 84)
}

// TestStartExprWordsOnCases holds findAllIn to findAll on the cases of
// startExprCases and every line of testdata, each a text of a view.
func TestStartExprWordsOnCases(t *testing.T) {
	for _, s := range append(proseTexts(t), startExprCases...) {
		sameStartExprWords(t, s)
	}
}

func sameStartExprWords(t *testing.T, s string) {
	t.Helper()
	v := &View{}
	for _, x := range []*startExpr{partUpperRe(), articleLowerRe(), unitNounRe(), joinedCodeRe(), longDateRe()} {
		if got, want := x.findAllIn(v, s), x.findAll(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s on %q: %v, the text searched %v", x.re(), s, got, want)
		}
	}
}

// FuzzStartExprWords holds findAllIn to findAll on any text.
func FuzzStartExprWords(f *testing.F) {
	for _, s := range startExprCases {
		f.Add(s)
	}
	f.Fuzz(sameStartExprWords)
}

// TestHoldsFirstWordAsContains holds holdsFirstWord to strings.Contains
// of each first word in the word: on the first words of the literals of
// unit-noun's set and of the long dates' (several under one byte, a byte
// of a letter's two), for every word of every line of testdata and each
// word's tail from each of its bytes.
func TestHoldsFirstWordAsContains(t *testing.T) {
	for _, lits := range [][]string{{"Ủy ban", "Uỷ ban", "UBND", "Hội đồng", "HĐND"}, caseVariants("ngày"), {"khoản", "điểm", "tại", "theo", "điều"}} {
		var by [256][]string
		var firsts []string
		for _, l := range lits {
			f := litFirstWord(l)
			by[f[0]] = append(by[f[0]], f)
			firsts = append(firsts, f)
		}
		v, tried := &View{}, 0
		for _, s := range testlines.Read(t, "../../testdata", nil) {
			for _, w := range v.index(s).words {
				for i := range len(w.text) {
					want := slices.ContainsFunc(firsts, func(f string) bool { return strings.Contains(w.text[i:], f) })
					if got := holdsFirstWord(w.text[i:], &by); got != want {
						t.Fatalf("holdsFirstWord(%q) = %v, want %v (%q)", w.text[i:], got, want, lits)
					}
					tried++
				}
			}
		}
		if tried < 1000 {
			t.Fatalf("%d words tried", tried)
		}
	}
}
