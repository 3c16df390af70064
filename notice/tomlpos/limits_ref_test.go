package tomlpos

import (
	"strings"
	"testing"
)

// stringEndByByte is stringEnd as first written, byte by byte: the
// reference the faster one is held to.
func stringEndByByte(text string, i int) int {
	q := text[i]
	if tripled(text, i, q) {
		for j := i + 3; j < len(text); j++ {
			c := text[j]
			if c != q && c != '\\' {
				continue
			}
			if q == '"' && c == '\\' {
				j++
				continue
			}
			if tripled(text, j, q) {
				for j+3 < len(text) && text[j+3] == q {
					j++
				}
				return j + 2
			}
		}
		return len(text)
	}
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\\':
			if q == '"' {
				j++
			}
		case q:
			return j
		case '\n':
			return j - 1
		}
	}
	return len(text)
}

func FuzzStringEnd(f *testing.F) {
	for _, s := range []string{`"abc"`, "\"a\\\nb\"", `"a\"b"`, `'a\'`, `"""a""""`, `'''a\'''`, "\"\"\"a\\\"\"\"\"", "\"ab\\", "'x\ny'", `"\\"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] != '"' && s[i] != '\'' {
				continue
			}
			if got, want := stringEnd(s, i, &escapeFinder{s: s}), stringEndByByte(s, i); got != want {
				t.Fatalf("stringEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

// multilineByByte is scanner.multiline as first written, byte by byte.
func multilineByByte(s string, start int, delim string, escapes bool) int {
	i, q := start+3, delim[0]
	for i < len(s) {
		c := s[i]
		if c != q && c != '\\' {
			i++
			continue
		}
		if escapes && c == '\\' {
			i += 2
			continue
		}
		if strings.HasPrefix(s[i:], delim) {
			i += 3
			for k := 0; k < 2 && i < len(s) && s[i] == q; k++ {
				i++
			}
			return i
		}
		i++
	}
	return min(i, len(s))
}

func FuzzMultiline(f *testing.F) {
	for _, s := range []string{`"""a"""`, `"""a\"""b"""`, `'''a\'''`, `"""a""""" x`, `"""\`, `'''a''`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range []string{`"""`, `'''`} {
			if !strings.HasPrefix(s, d) {
				continue
			}
			sc := &scanner{s: s}
			sc.multiline(d, d[0] == '"')
			if want := multilineByByte(s, 0, d, d[0] == '"'); sc.i != want {
				t.Fatalf("multiline(%q) ends at %d, want %d", s, sc.i, want)
			}
		}
	})
}
