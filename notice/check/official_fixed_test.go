package check

import (
	"strconv"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestOfficialFixedAsBuilt holds officialFixed, which builds no string for
// a name written right, to the builder it replaced (every word written
// into one string, wrong or not), over every official name written four
// ways: as the decree writes it, in small letters, each word capitalised,
// and with "&" for its "và", each inside a line.
func TestOfficialFixedAsBuilt(t *testing.T) {
	n := 0
	for _, names := range officialNames() {
		for _, name := range names {
			for _, text := range officialWritings(name) {
				text = "gửi " + text + " nay" // the name inside a line
				toks := tokenize(text)
				if len(toks) != len(name)+2 {
					continue
				}
				toks = toks[1 : len(toks)-1]
				n++
				got, gotAt := officialFixed(text, toks, name)
				want, wantAt := officialBuilt(text, toks, name)
				if got != want || gotAt != wantAt {
					t.Errorf("%q: officialFixed gives %q at %d, the builder %q at %d", text, got, gotAt, want, wantAt)
				}
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d writings compared", n)
	}
}

// officialWritings writes name four ways (TestOfficialFixedAsBuilt).
func officialWritings(name []token) []string {
	var ways [4]strings.Builder
	for _, tok := range name {
		for k := range ways {
			b := &ways[k]
			if tok.text != "," && b.Len() > 0 {
				b.WriteByte(' ')
			}
			w := tok.text
			switch {
			case k == 0 && tok.upper, k == 2:
				w = recase(w, true)
			case k == 3 && tok.text == andFolded:
				w = "&"
			}
			b.WriteString(w)
		}
	}
	return []string{ways[0].String(), ways[1].String(), ways[2].String(), ways[3].String()}
}

// officialBuilt is officialFixed as matchOfficial wrote it before s101c.
func officialBuilt(text string, toks, name []token) (string, int) {
	wrongAt := -1
	var b strings.Builder
	last := toks[0].off
	for k, t := range toks {
		w := text[t.off:t.end]
		b.WriteString(text[last:t.off])
		if ampersandFor(t, name[k]) {
			if wrongAt < 0 {
				wrongAt = t.off
			}
			w = "và"
		} else if t.text != "," && startsUpper(w) != name[k].upper {
			if wrongAt < 0 {
				wrongAt = t.off
			}
			w = recase(w, name[k].upper)
		}
		b.WriteString(w)
		last = t.end
	}
	return b.String(), wrongAt
}

// TestPointNumberAsAtoi holds pointNumber to the reading it replaced,
// strconv.Atoi of the marker less its period, on the first word of every
// line of testdata and on made markers (signs, spaces, long figures).
func TestPointNumberAsAtoi(t *testing.T) {
	cases := []string{"", ".", "..", "1.", "1", "12.", "+1.", "-1.", "-.", "+.", " 1.", "1 .", "a.", "I.", "1.2.",
		"99999999999999999999.", "-9223372036854775808.", "0x1.", "１.", "1)", "-", "+"}
	for _, s := range testlines.Read(t, "../../testdata", cases) {
		first, _, _ := strings.Cut(s, " ")
		for _, m := range []string{s, first, first + "."} {
			n, err := strconv.Atoi(strings.TrimSuffix(m, "."))
			wantOK := err == nil && strings.HasSuffix(m, ".")
			got, ok := pointNumber(m)
			if ok != wantOK || ok && got != n {
				t.Fatalf("pointNumber(%q) = %d, %v; strconv.Atoi reads %d, %v", m, got, ok, n, wantOK)
			}
		}
	}
}
