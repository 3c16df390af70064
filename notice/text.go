package notice

import (
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

// Raw returns the field as written in the source, quotes included, or "" for
// made-up text.
func (t Text) Raw() string {
	if t.tok == nil {
		return ""
	}
	return t.tok.Raw
}

// PosAt returns the source position of byte offset k of S. It follows
// escapes, multi-line strings, NFC normalisation and folded white space
// back to the character the clerk typed.
func (t Text) PosAt(k int) diag.Pos {
	if t.tok == nil {
		return t.Pos
	}
	return t.tok.PosAt(k)
}
