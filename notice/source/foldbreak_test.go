package source

import (
	"testing"
	"unicode"
)

// foldBreakByNextSpace is how foldSpacesMap found where to stop copying
// before nextFoldBreak: nextSpace, then nextSpace again past each single
// space between two words.
func foldBreakByNextSpace(s string, i int) (int, int) {
	j, w := nextSpace(s, i)
	for j > i && w == 1 && s[j] == ' ' && j+1 < len(s) {
		k, kw := nextSpace(s, j+1)
		if k == j+1 {
			break
		}
		j, w = k, kw
	}
	return j, w
}

// TestNextFoldBreak holds nextFoldBreak (and nextNarrowBreak, on a text
// with no white space beyond ASCII) to the loop it replaced, from
// every offset of texts with every white space rune in every place a
// single space can stand (between words, at either end, doubled, before
// a Vietnamese letter whose lead byte spaces share), and FuzzFoldBreak
// on any text.
func TestNextFoldBreak(t *testing.T) {
	var texts []string
	for r := rune(0); r <= 0x3000; r++ {
		if !unicode.IsSpace(r) && r != 'a' && r != 0x1EA1 && r != 0xC2 {
			continue
		}
		c := string(r)
		texts = append(texts, "ab cd"+c+"ef gh", " a"+c+" b", "a "+c, c+" a b ", "ế ạ"+c+"ạ ế", "a  b"+c+c+"c", "a \u00a0b")
	}
	texts = append(texts, "ế\n  ạ b\t\r\nc ", "\n\nếạ  ", "a\v\f b", "ạ\u1680b\n c")
	for _, s := range texts {
		checkFoldBreak(t, s)
	}
}

func checkFoldBreak(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		j, w := nextFoldBreak(s, i)
		wj, ww := foldBreakByNextSpace(s, i)
		if j != wj || w != ww {
			t.Fatalf("%q from %d: %d, %d; want %d, %d", s, i, j, w, wj, ww)
		}
		if wideSpace(s) {
			continue
		}
		if nj, nw := nextNarrowBreak(s, i); nj != wj || nw != ww {
			t.Fatalf("%q from %d: nextNarrowBreak %d, %d; want %d, %d", s, i, nj, nw, wj, ww)
		}
	}
}

func FuzzFoldBreak(f *testing.F) {
	for _, s := range []string{"a b", "a  b", " a ", "ế\u00a0ạ", "a \u2003b", "a\n b", "ế\n  ạ\t"} {
		f.Add(s)
	}
	f.Fuzz(checkFoldBreak)
}
