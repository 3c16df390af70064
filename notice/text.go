package notice

import (
	"strings"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// Text is a text field of the notice. S is the value as the renderers use
// it: NFC-normalised, with runs of white space (newlines included) folded to
// one space and the ends trimmed. Inline Markdown in S (**bold**, *italic*,
// [^note]) is kept; Runs reads it.
type Text struct {
	S   string
	Pos diag.Pos       // where the value starts (its opening quote)
	tok *tomlpos.Token // the string token in the source; nil for made-up text
	// parts are the strings a text joined from several was made of (the
	// lines of a trích yếu), each with its own token.
	parts []Text
}

func textOf(t tomlpos.Text) Text { return Text{S: t.S, Pos: t.Pos, tok: t.Tok} }

// Plain makes a Text that is not from any source.
func Plain(s string) Text { return Text{S: s} }

// String returns S.
func (t Text) String() string { return t.S }

// IsZero reports whether the field is empty or absent.
func (t Text) IsZero() bool { return t.S == "" }

// Runs parses the inline Markdown of the field.
func (t Text) Runs() []body.Run { return body.Parse(t.S) }

// RawNFC reports that Raw is known to be in NFC without reading it: the
// loader found every rune of each token's text stable under NFC. False
// says nothing: Raw must then be read.
func (t Text) RawNFC() bool {
	if t.parts != nil {
		for _, p := range t.parts {
			if !p.RawNFC() {
				return false
			}
		}
		return true
	}
	return t.tok == nil || t.tok.Stable
}

// Raw returns the field as written in the source, quotes included, or "" for
// made-up text. A text joined from several strings gives their tokens,
// separated by ", ".
func (t Text) Raw() string {
	if t.parts != nil {
		raws := make([]string, len(t.parts))
		for i, p := range t.parts {
			raws[i] = p.Raw()
		}
		return strings.Join(raws, ", ")
	}
	if t.tok == nil {
		return ""
	}
	return t.tok.Raw
}

// Join makes one text of several, separated by a space, that still maps
// each of its bytes to the string it came from. Empty texts are left out.
func Join(ts []Text) Text {
	var out Text
	var ss []string
	for _, t := range ts {
		if t.S == "" {
			continue
		}
		if len(out.parts) == 0 {
			out.Pos = t.Pos
		}
		out.parts = append(out.parts, t)
		ss = append(ss, t.S)
	}
	out.S = strings.Join(ss, " ")
	return out
}

// PosAt returns the source position of byte offset k of S. It follows
// escapes, multi-line strings, NFC normalisation and folded white space
// back to the character the clerk typed.
func (t Text) PosAt(k int) diag.Pos {
	for i, p := range t.parts {
		if k <= len(p.S) || i == len(t.parts)-1 {
			return p.PosAt(k)
		}
		k -= len(p.S) + 1
	}
	if t.tok == nil {
		return t.Pos
	}
	return t.tok.PosAt(k)
}
