package tomlpos

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
)

// Token is a string value as it stands in the source, quotes included.
type Token struct {
	File *source.File
	Off  int    // byte offset of the opening quote
	Raw  string // the token, quotes included

	// Stable says the loader found every rune of the decoded text stable
	// under NFC (source.Facts.Stable): the text is in NFC, and so is Raw,
	// whose runes beyond ASCII are the text's. Neither need be read again
	// for it.
	Stable bool

	// The maps PosAt follows, built on its first call: a check asks for
	// the positions of many words of one text. A text with no escape is
	// Raw from one offset on (linear), and one in NFC needs only the
	// places where white space is folded (fold).
	maps   sync.Once
	m      []int // byte of the decoded text -> byte of Raw, unless linear
	linear bool  // byte k of the decoded text is byte mOff+k of Raw
	mOff   int
	nm     []int          // byte of the normalised text -> byte of the decoded text, unless folds
	fold   source.FoldMap // the same, when folds
	// preset: fold was made by the loader as it normalised the text
	// (source.NormalizeFoldMap); buildMaps keeps it if the token's text is
	// the one it was made of.
	preset bool
	folds  bool
	n      int // the length of the decoded text
}

// PosAt returns the source position of byte k of the token's text as
// normalised (source.Normalize). It follows escapes, multi-line strings,
// NFC normalisation and folded white space back to the character typed.
func (t *Token) PosAt(k int) diag.Pos {
	t.maps.Do(t.buildMaps)
	dk := t.n
	switch {
	case !t.folds:
		if k >= 0 && k < len(t.nm) {
			dk = t.nm[k]
		}
	case k >= 0 && k < t.fold.Len():
		dk = t.fold.At(k)
	}
	rk := len(t.Raw) - 1
	switch {
	case !t.linear:
		if dk < len(t.m) {
			rk = t.m[dk]
		}
	case dk < t.n:
		rk = t.mOff + dk
	}
	return t.File.Pos(t.Off + rk)
}

// buildMaps works out the maps PosAt follows, in their short forms
// where they can be.
func (t *Token) buildMaps() {
	decoded, off, ok := decodePlain(t.Raw)
	if ok {
		t.linear, t.mOff = true, off
	} else {
		decoded, t.m = decodeToken(t.Raw, true)
	}
	switch {
	case t.preset && t.fold.Text() == decoded:
		t.folds = true
	case t.Stable:
		t.fold, t.folds = source.NewFoldMapNFC(decoded), true
	default:
		if t.fold, t.folds = source.NewFoldMap(decoded); !t.folds {
			_, t.nm = source.NormalizeMap(decoded, true)
		}
	}
	t.n = len(decoded)
}

// decodePlain is decodeToken for a token with no escape to decode: its
// text is raw from an offset on (past the quote, and the newline that
// opens a multi-line string). ok is false for any other token.
func decodePlain(raw string) (text string, off int, ok bool) {
	q, quoted := splitQuotes(raw)
	if !quoted {
		return raw, 0, true
	}
	body, base := q.body, q.base
	if q.basic && strings.IndexByte(body, '\\') >= 0 {
		return "", 0, false
	}
	if q.multiline {
		if strings.HasPrefix(body, "\r\n") {
			body, base = body[2:], base+2
		} else if strings.HasPrefix(body, "\n") {
			body, base = body[1:], base+1
		}
	}
	return body, base, true
}

// Unquote returns the text of a basic string token ("...") and, for each
// byte of it, the offset in raw it came from.
func Unquote(raw string) (string, []int) { return decodeToken(raw, true) }

// decodeToken decodes a TOML string token, quotes included, as it appears in
// the source. With wantMap it also returns, for each byte of the result, the
// offset in raw of the source byte it came from; positions inside a string
// value are found that way.
func decodeToken(raw string, wantMap bool) (string, []int) {
	q, quoted := splitQuotes(raw)
	if !quoted {
		return raw, source.Identity(len(raw), wantMap)
	}
	d := tokenDecoder{src: q.body, base: q.base, wantMap: wantMap}
	if q.multiline {
		if strings.HasPrefix(q.body, "\r\n") {
			d.i = 2
		} else if strings.HasPrefix(q.body, "\n") {
			d.i = 1
		}
	}
	d.run(q.basic, q.basic && q.multiline) // a line-ending backslash only in """..."""
	return d.out.String(), d.m
}

// quotedBody is a string token's text between its quotes, and the kind of
// string it is.
type quotedBody struct {
	body      string
	base      int  // the offset of body in the token
	basic     bool // "..." or """...""": escapes are decoded
	multiline bool // """...""" or '''...''': a newline right after the quotes is dropped
}

// splitQuotes cuts a TOML string token's quotes off; quoted is false for a
// token that is not a string.
func splitQuotes(raw string) (q quotedBody, quoted bool) {
	switch {
	case len(raw) >= 6 && strings.HasPrefix(raw, `"""`):
		return quotedBody{raw[3 : len(raw)-3], 3, true, true}, true
	case len(raw) >= 6 && strings.HasPrefix(raw, `'''`):
		return quotedBody{raw[3 : len(raw)-3], 3, false, true}, true
	case len(raw) >= 2 && raw[0] == '"':
		return quotedBody{raw[1 : len(raw)-1], 1, true, false}, true
	case len(raw) >= 2 && raw[0] == '\'':
		return quotedBody{raw[1 : len(raw)-1], 1, false, false}, true
	}
	return quotedBody{}, false
}

type tokenDecoder struct {
	src     string
	base    int
	i       int
	out     strings.Builder
	m       []int
	wantMap bool
}

func (d *tokenDecoder) emit(s string, from int) {
	d.out.WriteString(s)
	if d.wantMap {
		for range len(s) {
			d.m = append(d.m, d.base+from)
		}
	}
}

func (d *tokenDecoder) run(escapes, lineCont bool) {
	for d.i < len(d.src) {
		c := d.src[d.i]
		if c != '\\' || !escapes {
			d.emit(d.src[d.i:d.i+1], d.i)
			d.i++
			continue
		}
		start := d.i
		if lineCont && d.continuesLine() {
			continue
		}
		d.i++
		if d.i >= len(d.src) {
			return
		}
		e := d.src[d.i]
		d.i++
		switch e {
		case 'b':
			d.emit("\b", start)
		case 't':
			d.emit("\t", start)
		case 'n':
			d.emit("\n", start)
		case 'f':
			d.emit("\f", start)
		case 'r':
			d.emit("\r", start)
		case 'e':
			d.emit("\x1b", start)
		case 'x':
			d.hex(2, start)
		case 'u':
			d.hex(4, start)
		case 'U':
			d.hex(8, start)
		default: // '"', '\\' and anything else BurntSushi accepted
			d.emit(string(e), start)
		}
	}
}

// continuesLine handles a backslash at the end of a line in a multi-line
// basic string: it and all white space and newlines after it vanish.
func (d *tokenDecoder) continuesLine() bool {
	j := d.i + 1
	for j < len(d.src) && (d.src[j] == ' ' || d.src[j] == '\t') {
		j++
	}
	if j >= len(d.src) || (d.src[j] != '\n' && d.src[j] != '\r') {
		return false
	}
	for j < len(d.src) && strings.ContainsRune(" \t\r\n", rune(d.src[j])) {
		j++
	}
	d.i = j
	return true
}

func (d *tokenDecoder) hex(n, start int) {
	if d.i+n > len(d.src) {
		d.i = len(d.src)
		return
	}
	v, err := strconv.ParseUint(d.src[d.i:d.i+n], 16, 32)
	d.i += n
	if err != nil || !utf8.ValidRune(rune(v)) {
		return
	}
	d.emit(string(rune(v)), start)
}

// unquoteBasic decodes a quoted key.
func unquoteBasic(raw string) (string, []int) { return decodeToken(raw, false) }
