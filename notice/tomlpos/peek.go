package tomlpos

import "strings"

// Peeked is a TOML document scanned for where its values are, without
// parsing or checking them: a cheap look at a few keys of many files (the
// number and date of every notice of an archive), where Decode would cost
// a whole parse each. A document that Decode would refuse may still give
// values here.
type Peeked struct {
	text string
	idx  index
}

// Peek scans text for its keys and values.
func Peek(text string) *Peeked {
	return &Peeked{text: text, idx: buildIndex(text)}
}

// PeekTable is Peek for the root keys and the keys of one table (not of
// its subtables): it stops at the first table header after the table was
// opened (by its own header, or at the root by a dotted key into it or an
// inline table), where no key of either can come in a document Decode
// takes. A notice's header is read this way without scanning its body.
func PeekTable(text, table string) *Peeked {
	sc := newScanner(text)
	sc.until = table
	sc.document()
	return &Peeked{text: text, idx: sc.idx}
}

// Value returns the value at path as written, a string unquoted and
// unescaped, anything else (a date, a number) as its text; ok is false
// when there is none.
func (p *Peeked) Value(path string) (string, bool) {
	e := p.idx[path]
	if e == nil || e.valOff < 0 || e.valEnd <= e.valOff {
		return "", false
	}
	raw := p.text[e.valOff:e.valEnd]
	switch raw[0] {
	case '"', '\'':
		s, _ := decodeToken(raw, false)
		return s, true
	case '[', '{':
		return "", false
	}
	return strings.TrimSpace(raw), true
}

// Strings returns the value at path as a list of strings: an array's
// elements, or the one string written in its place.
func (p *Peeked) Strings(path string) []string {
	if s, ok := p.Value(path); ok {
		return []string{s}
	}
	var out []string
	for i := 0; ; i++ {
		s, ok := p.Value(JoinIndex(path, i))
		if !ok {
			return out
		}
		out = append(out, s)
	}
}
