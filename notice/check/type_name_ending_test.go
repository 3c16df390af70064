package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// typeNameEndingByWalk is typeNameEnding as it was, every form compared.
func typeNameEndingByWalk(head string) string {
	for _, n := range cite.TypeNames() {
		r, w := utf8.DecodeRuneInString(n)
		low := string(unicode.ToLower(r)) + n[w:]
		if len(head) < len(n) {
			continue
		}
		tail := head[len(head)-len(n):]
		if tail != n && tail != low {
			continue
		}
		if k := len(head) - len(n); k == 0 || !isLetter(lastRuneOf(head[:k])) {
			return tail
		}
	}
	return ""
}

// TestTypeNameEndingAsWalk holds typeNameEnding to the walk over every
// form: each tên loại, as listed, lowered and in capitals, alone, after a
// letter, a space or a word, cut at every byte; and every head of the
// corpus's first round, cut at each of its first 4,000 bytes.
func TestTypeNameEndingAsWalk(t *testing.T) {
	var heads []string
	for _, n := range cite.TypeNames() {
		r, w := utf8.DecodeRuneInString(n)
		for _, f := range []string{n, string(unicode.ToLower(r)) + n[w:], strings.ToLower(n), strings.ToUpper(n)} {
			for _, before := range []string{"", "x", "ở", " ", "theo ", "(", "1"} {
				s := before + f
				for i := 0; i <= len(s); i++ {
					heads = append(heads, s[:i], s[i:])
				}
			}
		}
	}
	paths, _ := filepath.Glob("../../testdata/corpus/round1*/*.txt")
	if len(paths) == 0 {
		t.Fatal("no corpus texts")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i := range b[:min(len(b), 4000)] {
			heads = append(heads, string(b[:i]))
		}
	}
	found := 0
	for _, h := range heads {
		got, want := typeNameEnding(h), typeNameEndingByWalk(h)
		if got != want {
			t.Fatalf("typeNameEnding(%q) = %q, the walk %q", h, got, want)
		}
		if got != "" {
			found++
		}
	}
	if found < 100 {
		t.Fatalf("only %d heads end with a tên loại", found)
	}
}
