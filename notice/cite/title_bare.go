package cite

import "strings"

// BareTitle reads a tên loại line typed with every mark lost ("THONG
// BAO", "QUYET DINH", "KE HOACH"): a line in capitals of two words or
// more, of the letters A-Z only, that is the form without marks of one
// type's name of two words or more. Whether it is a slip (a notice typed
// with marks elsewhere) or the way the whole text was typed is the
// caller's to weigh: a line alone cannot say. It gives the type and its
// tên loại written right ("THÔNG BÁO").
func BareTitle(line string) (DocType, string, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 40 || !strings.Contains(line, " ") || !capitalsAZ(line) {
		return DocType{}, "", false
	}
	s, ok := titleSlips()[strings.Join(strings.Fields(line), " ")]
	return s.t, s.title, ok && s.title != ""
}

// capitalsAZ reports whether s holds the capitals A-Z and spaces only.
func capitalsAZ(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && c != ' ' {
			return false
		}
	}
	return true
}
