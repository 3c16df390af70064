package tomlpos

import (
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/thongbao/thongbao/notice/source"
)

// parseRaw parses text with BurntSushi/toml into a tree of plain values.
//
// Most of a notice is text in strings, and BurntSushi/toml lexes a string
// rune by rune, handing each step through a channel: that was half the
// cost of loading a notice. So the parser is first given the text with
// each plain string value (no escape, no carriage return, nothing it
// would refuse) replaced by a short placeholder naming it. The parser
// still checks the whole document, and the lexer leaves a string in the
// same state whatever it holds; the strings are then put back into the
// tree it returns. When anything does not add up, and for every syntax
// error, the parser reads the text as written, so that its values, its
// messages and its positions are exactly its own.
//
// A document written the plain way a notice is (fastParse) is read
// without the parser at all, and fastParse files where its keys and
// values stand as it reads; any other is first walked by buildIndex. The
// index is returned with the tree.
func parseRaw(f *source.File) (map[string]any, index, *paths, error) {
	text := f.Text
	if f.ValidUTF8() {
		if raw, idx, ps, ok := fastParse(text); ok {
			return raw, idx, ps, nil
		}
	}
	idx := buildIndex(text)
	raw, err := parseIndexed(f, idx)
	return raw, idx, nil, err
}

// parseIndexed reads a text fastParse did not, by the parser, given its
// index.
func parseIndexed(f *source.File, idx index) (map[string]any, error) {
	text := f.Text
	if b := blankStrings(f, idx); b != nil {
		var raw map[string]any
		if _, err := toml.Decode(b.text, &raw); err == nil && b.restore(raw) {
			return raw, nil
		}
	}
	var raw map[string]any
	_, err := toml.Decode(text, &raw)
	return raw, err
}

// blanked is the text given to the parser and the strings taken out of it.
type blanked struct {
	text string
	vals []string // the value of each string taken out, by placeholder number
	seen []bool   // which placeholders were found in the parsed tree
	bad  bool     // a placeholder was found twice
}

// placeholderMark starts every placeholder; a string of the source that
// was left in place and happens to look like a placeholder makes restore
// fail, and the text is then parsed as written.
const placeholderMark = '~'

// blankStrings writes the plain string values of text (found by the
// index) as placeholders; nil when there is none or the text is not
// UTF-8.
func blankStrings(f *source.File, idx index) *blanked {
	text := f.Text
	if !f.ValidUTF8() {
		return nil
	}
	toks := make([]*entry, 0, len(idx))
	for _, e := range idx {
		if e.valOff >= 0 && e.valEnd > e.valOff && e.valEnd <= len(text) && (text[e.valOff] == '"' || text[e.valOff] == '\'') {
			toks = append(toks, e)
		}
	}
	slices.SortFunc(toks, func(a, b *entry) int { return a.valOff - b.valOff })
	b := &blanked{}
	var sb strings.Builder
	sb.Grow(len(text))
	done := 0
	for _, e := range toks {
		off, end := e.valOff, e.valEnd
		if off < done {
			continue
		}
		val, ok := plainString(text[off:end])
		if !ok {
			continue
		}
		sb.WriteString(text[done:off])
		sb.WriteByte('"')
		sb.WriteByte(placeholderMark)
		sb.WriteString(strconv.Itoa(len(b.vals)))
		sb.WriteByte('"')
		done = end
		b.vals = append(b.vals, val)
	}
	if len(b.vals) == 0 {
		return nil
	}
	sb.WriteString(text[done:])
	b.text = sb.String()
	b.seen = make([]bool, len(b.vals))
	return b
}

// plainString returns the value of a string token that BurntSushi/toml
// would read as it stands: no escape, no control character but tab (and
// newline in a multi-line string), no carriage return.
func plainString(raw string) (string, bool) {
	body, multi, ok := plainBody(raw)
	if !ok || !plainBytes(body, multi) {
		return "", false
	}
	return plainValue(body, multi), true
}

// plainBody returns the text between a string token's quotes, and whether
// the token is a multi-line string; ok is false for a token that is no
// string, or a one-line string that holds its quote.
func plainBody(raw string) (body string, multi, ok bool) {
	multi = len(raw) >= 6 && (strings.HasPrefix(raw, `"""`) && strings.HasSuffix(raw, `"""`) ||
		strings.HasPrefix(raw, `'''`) && strings.HasSuffix(raw, `'''`))
	switch {
	case multi:
		return raw[3 : len(raw)-3], true, true
	case len(raw) >= 2 && raw[0] == raw[len(raw)-1] && (raw[0] == '"' || raw[0] == '\''):
		body = raw[1 : len(raw)-1]
		return body, false, strings.IndexByte(body, raw[0]) < 0
	}
	return "", false, false
}

// plainBytes reports whether body holds no backslash and no control
// character but tab (and newline in a multi-line string).
func plainBytes(body string, multi bool) bool {
	if strings.IndexByte(body, '\\') >= 0 || strings.IndexByte(body, 0x7F) >= 0 {
		return false
	}
	for i := 0; i < len(body); i++ {
		if c := body[i]; c < 0x20 && c != '\t' && (c != '\n' || !multi) {
			return false
		}
	}
	return true
}

// plainValue is the value of a plain string's body: a multi-line string
// drops the newline right after its opening quotes.
func plainValue(body string, multi bool) string {
	if multi && strings.HasPrefix(body, "\n") {
		return body[1:]
	}
	return body
}

// plainFacts is plainString that also gives source.Inspect's facts of the
// value (when ok), found in the one walk over its bytes that stands for
// plainString's own look for control characters: Inspect's first bad
// rune is any control character but tab, newline and carriage return, or
// DEL, so that a value with none needs only the looks for a backslash, a
// carriage return and, on one line, a newline, which strings.IndexByte
// answers; any other is read by plainString's walk.
func plainFacts(raw string) (string, source.Facts, bool) {
	body, multi, ok := plainBody(raw)
	if !ok || strings.IndexByte(body, '\\') >= 0 || strings.IndexByte(body, '\r') >= 0 ||
		!multi && strings.IndexByte(body, '\n') >= 0 {
		return "", source.Facts{}, false
	}
	v := plainValue(body, multi)
	f := source.Inspect(v)
	if f.Bad >= 0 && !plainBytes(body, multi) {
		return "", source.Facts{}, false
	}
	return v, f, true
}

// restore puts the strings taken out back into the tree the parser
// returned, and reports whether each placeholder was found exactly once.
func (b *blanked) restore(raw map[string]any) bool {
	b.restoreMap(raw)
	if b.bad {
		return false
	}
	for _, s := range b.seen {
		if !s {
			return false
		}
	}
	return true
}

func (b *blanked) restoreMap(m map[string]any) {
	for k, v := range m {
		if r, ok := b.restoreValue(v); ok {
			m[k] = r
		}
	}
}

// restoreValue returns the value v stands for, and ok when it changed.
func (b *blanked) restoreValue(v any) (any, bool) {
	switch v := v.(type) {
	case string:
		return b.claim(v)
	case map[string]any:
		b.restoreMap(v)
	case []map[string]any:
		for _, m := range v {
			b.restoreMap(m)
		}
	case []any:
		for i, e := range v {
			if r, ok := b.restoreValue(e); ok {
				v[i] = r
			}
		}
	}
	return nil, false
}

// claim returns the string a placeholder stands for.
func (b *blanked) claim(s string) (any, bool) {
	if len(s) < 2 || s[0] != placeholderMark {
		return nil, false
	}
	j := 1
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	n, err := strconv.Atoi(s[1:j])
	if err != nil || j != len(s) || n >= len(b.vals) || strconv.Itoa(n) != s[1:j] {
		return nil, false
	}
	if b.seen[n] {
		b.bad = true
		return nil, false
	}
	b.seen[n] = true
	return b.vals[n], true
}
