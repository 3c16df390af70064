package docx

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// skipTagBytes is skipTag as a loop over bytes: past the ">" that ends
// the tag at i, stepping over quoted values.
func skipTagBytes(s string, i int) (int, error) {
	for i++; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			k := strings.IndexByte(s[i+1:], s[i])
			if k < 0 {
				return 0, errNotClosed
			}
			i += k + 1
		case '>':
			return i + 1, nil
		case '<':
			return 0, errSyntax
		}
	}
	return 0, errNotClosed
}

// TestSkipTag holds skipTag to the loop over bytes on tags with quoted
// ">" and "<", quotes of both kinds, and cut ones.
func TestSkipTag(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	parts := []string{"<w:rsid", ` w:val="00A1B2C3"`, ` a='x>y'`, ` b="<"`, ` c='"'`, ` d="'"`, "/>", ">", "<", `"`, "'", " ", "ab"}
	for range 20000 {
		var b strings.Builder
		b.WriteString("<x")
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		sc := &scanner{s: s}
		err := sc.skipTag()
		want, werr := skipTagBytes(s, 0)
		if err != werr || err == nil && sc.i != want {
			t.Fatalf("skipTag(%q) = %d, %v; want %d, %v", s, sc.i, err, want, werr)
		}
	}
}
