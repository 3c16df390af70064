package notice

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/diag"
)

// Text is a text field of the notice. S is the value as the renderers use
// it: NFC-normalised, with runs of white space (newlines included) folded to
// one space and the ends trimmed. Inline Markdown in S (**bold**, *italic*,
// [^note]) is kept; Runs reads it.
type Text struct {
	S   string
	Pos diag.Pos // where the value starts (its opening quote)
	tok *token   // the string token in the source; nil for made-up text
}

// token is a string value as it stands in the source.
type token struct {
	src *source
	off int    // byte offset of the opening quote
	raw string // the token, quotes included
}

// Plain makes a Text that is not from any source.
func Plain(s string) Text { return Text{S: s} }

// String returns S.
func (t Text) String() string { return t.S }

// IsZero reports whether the field is empty or absent.
func (t Text) IsZero() bool { return t.S == "" }

// Runs parses the inline Markdown of the field.
func (t Text) Runs() []body.Run { return body.Parse(t.S) }

// Raw returns the field as written in the source, quotes included, or "" for
// made-up text.
func (t Text) Raw() string {
	if t.tok == nil {
		return ""
	}
	return t.tok.raw
}

// PosAt returns the source position of byte offset k of S. It follows
// escapes, multi-line strings, NFC normalisation and folded white space
// back to the character the clerk typed.
func (t Text) PosAt(k int) diag.Pos {
	if t.tok == nil {
		return t.Pos
	}
	decoded, m := decodeToken(t.tok.raw, true)
	_, nm := normalizeMap(decoded, true)
	dk := len(decoded)
	if k >= 0 && k < len(nm) {
		dk = nm[k]
	}
	rk := len(t.tok.raw) - 1
	if dk < len(m) {
		rk = m[dk]
	}
	return t.tok.src.pos(t.tok.off + rk)
}

// normalize returns s in NFC with white space folded and trimmed.
func normalize(s string) string {
	if folded(s) && norm.NFC.IsNormalString(s) {
		return s // the common case: nothing to do, nothing to allocate
	}
	n, _ := normalizeMap(s, false)
	return n
}

// folded reports whether s has no white space but single spaces between
// words.
func folded(s string) bool {
	space := true // at the start, a space would be leading
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if space {
				return false
			}
			space = true
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				return false
			}
			space = false
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += w - 1
			space = false
		}
	}
	return !space || s == ""
}

// normalizeMap is normalize that can also say, for each byte of the result,
// which byte of s it came from.
func normalizeMap(s string, wantMap bool) (string, []int) {
	nfc, m1 := toNFC(s, wantMap)
	out := make([]byte, 0, len(nfc))
	var m2 []int
	pending := -1 // offset of a white space run not yet written
	for i := 0; i < len(nfc); {
		r, w := utf8.DecodeRuneInString(nfc[i:])
		if unicode.IsSpace(r) {
			if pending < 0 && len(out) > 0 {
				pending = i
			}
			i += w
			continue
		}
		if pending >= 0 {
			out = append(out, ' ')
			m2 = appendMap(m2, wantMap, pending, 1)
			pending = -1
		}
		out = append(out, nfc[i:i+w]...)
		m2 = appendMap(m2, wantMap, i, w)
		i += w
	}
	if !wantMap {
		return string(out), nil
	}
	for i, k := range m2 {
		m2[i] = m1[k]
	}
	return string(out), m2
}

func appendMap(m []int, want bool, from, n int) []int {
	if !want {
		return m
	}
	for range n {
		m = append(m, from)
	}
	return m
}

// toNFC normalises s, optionally mapping each output byte to the start of
// the input segment it came from.
func toNFC(s string, wantMap bool) (string, []int) {
	if norm.NFC.IsNormalString(s) {
		return s, identity(len(s), wantMap)
	}
	if !wantMap {
		return norm.NFC.String(s), nil
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	var out []byte
	var m []int
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		out = append(out, seg...)
		m = appendMap(m, true, start, len(seg))
	}
	return string(out), m
}

// badRune reports whether r may not appear in a text field: control
// characters other than tab and newlines, and invisible format characters
// (zero-width spaces, bidirectional overrides, soft hyphens, BOMs).
func badRune(r rune) bool {
	if r == '\t' || r == '\n' || r == '\r' {
		return false
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError
}
