package tomlpos

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// vietnamese returns the key of the table a clerk meant by a Vietnamese
// name ("nguoi_ky", "người ký", "Người-Ký" for signer), or "".
func (info *structInfo) vietnamese(key string) string {
	k := foldKey(key)
	for _, f := range info.fields {
		for _, v := range f.vi {
			if v == k {
				return f.key
			}
		}
	}
	return ""
}

// foldKey writes a key without its marks, in small letters, its words
// joined by "_": "Người ký" is "nguoi_ky".
func foldKey(key string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.TrimSpace(key)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == ' ' || r == '-':
			b.WriteByte('_')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
