package tomlpos

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// checkSharedFinder: one escapeFinder asked for every string of s, in the
// order of the text and then backwards, gives the ends the byte-by-byte
// references give; and checkNesting, which shares one, answers as it did
// with a finder per string.
func checkSharedFinder(t *testing.T, s string) {
	var starts []int
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '\'' {
			starts = append(starts, i)
		}
	}
	order := append(append([]int(nil), starts...), starts...)
	for k := range starts {
		order[len(starts)+k] = starts[len(starts)-1-k]
	}
	shared := &escapeFinder{s: s}
	sc := &scanner{s: s, esc: escapeFinder{s: s}}
	for _, i := range order {
		if got, want := stringEnd(s, i, shared), stringEndByByte(s, i); got != want {
			t.Fatalf("%q: stringEnd(%d) = %d, want %d", s, i, got, want)
		}
		for _, d := range []string{`"""`, `'''`} {
			if strings.HasPrefix(s[i:], d) {
				sc.i = i
				sc.multiline(d, d[0] == '"')
				if want := multilineByByte(s, i, d, d[0] == '"'); sc.i != want {
					t.Fatalf("%q: multiline(%d) ends at %d, want %d", s, i, sc.i, want)
				}
			}
		}
	}
	lim := Limits{MaxBrackets: 3, MaxKeyParts: 3}
	gotOff, gotWhy := checkNesting(s, lim)
	wantOff, wantWhy := checkNestingByString(s, lim)
	if gotOff != wantOff || gotWhy != wantWhy {
		t.Fatalf("%q: checkNesting = %d, want %d", s, gotOff, wantOff)
	}
}

// checkNestingByString is checkNesting with a finder per string, as it was.
func checkNestingByString(text string, lim Limits) (int, diag.Text) {
	maxBrackets, maxKeyParts := lim.brackets(), lim.keyParts()
	depth, dots := 0, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			dots = 0
		case '#':
			i = lineEnd(text, i) - 1
		case '"', '\'':
			i = stringEndByByte(text, i)
		case '.':
			if i == 0 || i+1 == len(text) || !isDigit(text[i-1]) || !isDigit(text[i+1]) {
				if dots++; dots >= maxKeyParts {
					return i, diag.Msg("khóa có quá %d phần nối bằng dấu chấm", "a key has more than %d dotted parts", maxKeyParts)
				}
			}
		case '[', '{':
			if depth++; depth > maxBrackets {
				return i, diag.Msg("mảng hoặc bảng lồng nhau quá %d cấp", "arrays or tables nest more than %d deep", maxBrackets)
			}
		case ']', '}':
			depth = max(0, depth-1)
		}
	}
	return -1, diag.Text{}
}

// TestSharedEscapeFinder on random texts of quotes, backslashes, newlines
// and TOML's punctuation.
func TestSharedEscapeFinder(t *testing.T) {
	alphabet := []string{`"`, `'`, `"""`, `'''`, `\`, "\n", "a", "=", ".", "1.2", "[", "]", "{", "}", "#", " ", "ế"}
	for _, s := range testlines.Random(alphabet, 20000, 23, 5) {
		checkSharedFinder(t, s)
	}
}

func FuzzSharedEscapeFinder(f *testing.F) {
	for _, s := range []string{`a = "x\"y" b = 'z\' c = """q\"""" d = '''r'''`, "\"a\\\nb\" \"c\"", `"""a""" "\\" """b\"""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSharedFinder(t, s) })
}
