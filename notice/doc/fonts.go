package doc

import (
	"encoding/binary"
	"unicode/utf16"
)

// fontNames reads the font table ([MS-DOC] 2.9.275 SttbfFfn, 2.9.86
// FFN): a count, then for each font its size and its FFN, whose name
// (xszFfn, UTF-16, ended by a 0) starts at byte 39. A font whose name
// cannot be read is "", and so is every font when the table cannot be.
func fontNames(b []byte) []string {
	le := binary.LittleEndian
	if len(b) < 4 {
		return nil
	}
	n := int(le.Uint16(b))
	if n > MaxFonts || le.Uint16(b[2:]) != 0 {
		return nil
	}
	out := make([]string, 0, n)
	b = b[4:]
	for range n {
		if len(b) < 1 || 1+int(b[0]) > len(b) {
			return out
		}
		ffn := b[1 : 1+int(b[0])]
		b = b[1+int(b[0]):]
		var name []uint16
		for i := 39; i+2 <= len(ffn); i += 2 {
			c := le.Uint16(ffn[i:])
			if c == 0 {
				break
			}
			name = append(name, c)
		}
		out = append(out, string(utf16.Decode(name)))
	}
	return out
}
