package tomlpos

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
	"github.com/thongbao/thongbao/notice/source"
)

// checkPlainFacts holds plainFacts of a token to plainString's value and
// answer, and its facts to source.Inspect of the value.
func checkPlainFacts(t *testing.T, raw string) {
	v, f, ok := plainFacts(raw)
	want, wantOK := plainString(raw)
	if v != want || ok != wantOK {
		t.Fatalf("plainFacts(%q) = %q, %v; plainString %q, %v", raw, v, ok, want, wantOK)
	}
	if ok && f != source.Inspect(v) {
		t.Fatalf("plainFacts(%q) facts %+v, Inspect %+v", raw, f, source.Inspect(v))
	}
}

// TestPlainFacts: every line of testdata and random bodies of letters,
// quotes, backslashes, newlines, carriage returns, controls and
// invisible characters, as each kind of string token and cut short.
func TestPlainFacts(t *testing.T) {
	alphabet := []string{"a", "ế", " ", "  ", "\t", "\n", "\r", "\\", "\"", "'", "\x00", "\x1f", "\x7f", "\v",
		"\u200b", "\u00a0", "e\u0301", "\xff", "\u2028"}
	bodies := append(testlines.Random(alphabet, 30000, 9, 74), testlines.Read(t, "../../testdata", nil)...)
	bodies = append(bodies, "", "\n", "\nx", "x\n")
	for _, b := range bodies {
		for _, q := range []string{`"`, `'`, `"""`, `'''`} {
			raw := q + b + q
			checkPlainFacts(t, raw)
			checkPlainFacts(t, raw[:len(raw)-1])
			checkPlainFacts(t, b)
		}
	}
}

func FuzzPlainFacts(f *testing.F) {
	for _, s := range []string{`"a"`, `'a\b'`, "\"\"\"\nx\ny\"\"\"", "'''\r\n'''", "\"a\x7f\"", "\"\u200b\x01\"", `""`} {
		f.Add(s)
	}
	f.Fuzz(checkPlainFacts)
}
