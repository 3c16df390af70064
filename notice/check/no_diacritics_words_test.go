package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestNoDiacriticsWordSets holds the word sets no-diacritics reads to
// what it asked of each word before (marked, plainLetters, isUpperWord,
// bareWords), on every word of every line of testdata.
func TestNoDiacriticsWordSets(t *testing.T) {
	v := &View{}
	bare := 0
	for _, s := range testlines.Read(t, "../../testdata", []string{"khong co", "KHONG", "UBND", "Đa", "x\xffy"}) {
		x := v.index(s)
		for k, w := range x.words {
			lx := x.lex[k]
			if got, want := lx.in(plainWords), !marked(w.text) && plainLetters(w.text); got != want {
				t.Errorf("plainWords has %q: %v, want %v", w.text, got, want)
			}
			if got, want := lx.in(upperWords), isUpperWord(w.text); got != want {
				t.Errorf("upperWords has %q: %v, want %v", w.text, got, want)
			}
			want := bareWords()[strings.ToLower(w.text)]
			if got := lx.in(bareWordSet); got != want {
				t.Errorf("bareWordSet has %q: %v, want %v", w.text, got, want)
			}
			if want {
				bare++
			}
		}
	}
	if bare < 100 {
		t.Errorf("%d bare words, want 100 at least", bare)
	}
}

// TestSpaceBoundedNoAddress holds noDiacritics' look before
// inAddressOrFile to it: a plain word with a space or the text's edge on
// each side is in no address, on every line of testdata.
func TestSpaceBoundedNoAddress(t *testing.T) {
	for _, s := range append(proseTexts(t), "xem tai https://a.b/c d", "file ket-luan.docx nhe", "a_b c", "mail x@y.vn", "a-b") {
		v := &View{}
		for _, w := range v.index(s).words {
			if plainLetters(w.text) && spaceBounded(s, w.off, w.end) && inAddressOrFile(s, w.off, w.end) {
				t.Fatalf("%q: %q has spaces each side, yet inAddressOrFile", s, w.text)
			}
		}
	}
}
