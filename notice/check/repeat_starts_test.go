package check

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestRepeatedPhraseAsHashed holds repeated-phrase, asked only at the
// places repeatStarts files, to its loop over every word as it stood at
// b8d17429 (repeatedPhraseHashed), on repeatViews: the findings, both
// languages' message and fix, equal in number, order and text. Its
// places are held by the same notices.
func TestRepeatedPhraseAsHashed(t *testing.T) {
	views := repeatViews(t)
	sameAsOld(t, views, "repeated-phrase", repeatedPhraseHashed, nil, 150)
	n := 0
	for _, v := range views {
		n += sameRepeatStarts(t, v)
	}
	t.Logf("%d places", n)
	if n < 1000 {
		t.Errorf("%d places: too few to tell", n)
	}
}

// repeatViews are the seeds, the lint fixtures of repeated-phrase, the
// real notices of the lint corpus and 100 notices of made lines (runs
// typed twice, in other cases, with commas, function words, units'
// nouns and dates doubled): not all of testdata, whose reading alone
// takes half a minute under load.
func repeatViews(t *testing.T) []*View {
	var views []*View
	add := func(p string) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if v := readTestView(p, src); v != nil {
			views = append(views, v)
		}
	}
	lint, _ := filepath.Glob("../../testdata/lint/repeated-phrase*")
	seeds, _ := filepath.Glob("../../testdata/seeds/*.toml")
	for _, p := range append(lint, seeds...) {
		add(p)
	}
	filepath.WalkDir("../../testdata/lint/corpus", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			add(p)
		}
		return nil
	})
	if len(views) < 500 {
		t.Fatalf("only %d notices read", len(views))
	}
	return append(views, madeRepeatViews(t)...)
}

// sameRepeatStarts holds repeatStarts, on each text of v, to every
// place whose key comes again within the next five words, asked word by
// word, and returns the places.
func sameRepeatStarts(t *testing.T, v *View) int {
	n := 0
	l := v.lexicon()
	for _, seg := range withSegs(v.Texts()) {
		x := v.index(seg.Text)
		got := l.repeatStarts(x.lex, nil)
		var want []int32
		for i := range x.lex {
			for k := i + 1; k <= min(i+repeatMost, len(x.lex)-1); k++ {
				if x.lex[i].eqKey() == x.lex[k].eqKey() {
					want = append(want, int32(i))
					break
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%s: %q: starts %v, want %v", v.Path, seg.Text, got, want)
		}
		n += len(want)
	}
	return n
}

// madeRepeatViews are notices of made lines of the pieces repeated-phrase
// reads.
func madeRepeatViews(t *testing.T) []*View {
	pieces := []string{
		"triển khai ", "thực hiện ", "Triển khai ", "THỰC HIỆN ", "của ", "Của ", "và ", "các ", "theo ",
		"tiếp theo ", "kèm theo ", "quy định ", "huyện ", "Huyện ", "xã ", "thôn ", "ngày ", "tháng ", "năm ",
		"sửa đổi, bổ sung ", "cán bộ, công chức ", ", ", ". ", "; ", "12 ", "2024 ", "Xã Đàn ", "được ",
		"được sửa đổi, ", "bổ sung ", "Phú Thịnh 1, ", "Phú Thịnh 2 ", "  ", "\u00a0", "-", "(", ")",
	}
	return madeViews(t, pieces, 89)
}

// repeatedPhraseHashed is repeatedPhrase as it stood at b8d17429: every
// word's key hash gathered, then asked among the next five words'.
func repeatedPhraseHashed(p *Pass) {
	var hashes []uint64
	for _, seg := range withSegs(p.View.Texts()) {
		x := p.View.index(seg.Text)
		words, lex := x.words, x.lex
		hashes = hashes[:0]
		for _, l := range lex {
			hashes = append(hashes, fnvHash(l.eqKey()))
		}
		for i := 0; i < len(words); i++ {
			h := hashes[i]
			top := min(5, (len(words)-i)/2)
			if !slices.Contains(hashes[i+1:i+1+top], h) {
				continue
			}
			for n := top; n >= 1; n-- {
				if hashes[i+n] != h || lex[i].eqKey() != lex[i+n].eqKey() || !sameRunKeys(lex[i:i+n], lex[i+n:i+2*n]) || !contiguous(seg.Text, words[i:i+2*n]) && !commaRepeat(seg.Text, words[i:i+2*n], lex[i:i+n]) && !(n == 1 && commaDateWord(seg.Text, words[i], words[i+1])) {
					continue
				}
				if n == 1 && !functionWords()[lex[i].lowered()] && !doubledUnit(words[i], words[i+1]) && !doubledDateWord(seg.Text, words[i], words[i+1]) {
					continue
				}
				if n == 1 && i > 0 && closesCompound(lex[i-1].lowered(), lex[i].lowered()) && contiguous(seg.Text, words[i-1:i+1]) {
					continue
				}
				phrase := seg.Text[words[i].off:words[i+n-1].end]
				p.Report(seg, words[i+n].off, diag.Msg("cụm từ %q lặp lại", "the phrase %q is repeated", phrase))
				i += 2*n - 1
				break
			}
		}
	}
}

// sameRunKeys is sameRunLex as it stood at b8d17429, by the keys.
func sameRunKeys(a, b []*lexeme) bool {
	for i := range a {
		if a[i] != b[i] && a[i].eqKey() != b[i].eqKey() {
			return false
		}
	}
	return true
}

// fnvHash is the 64-bit FNV-1a hash of s (keyHash at b8d17429).
func fnvHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
