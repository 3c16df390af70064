package plain

import (
	"strings"
	"unicode/utf8"
)

// A site's text preview may serve a whole document on one line: header,
// tên loại, body, signature run together. Its elements cannot be told
// apart by their lines, so the text is not checked for its layout (see
// File.NoBreaks).

const (
	// breaklessRunes is the length from which a line may hold a whole
	// document: a paragraph of a notice is rarely so long and never
	// holds the header's marks with the signature's.
	breaklessRunes = 400
	// breaklessLines is the most lines, blank ones aside, a text run
	// together on one or a few lines has.
	breaklessLines = 3
	// breaklessMarks is the least number of elements' marks a long line
	// must hold to be a whole document.
	breaklessMarks = 3
)

// elementMarks are what only a document's own elements write: the Quốc
// hiệu, the Tiêu ngữ, the number, the Nơi nhận, a signer's authority.
var elementMarks = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA", "Độc lập - Tự do", "Số:", "Nơi nhận", "KT. ", "TM. ", "TL. ", "TUQ. "}

// noBreaks reports whether the text holds a whole document on one or a
// few very long lines: few lines, and one of them long and holding
// several elements' marks.
func noBreaks(raws []rawLine) bool {
	lines, whole := 0, false
	for _, l := range raws {
		if strings.TrimSpace(l.s) == "" {
			continue
		}
		lines++
		if lines > breaklessLines {
			return false
		}
		if utf8.RuneCountInString(l.s) >= breaklessRunes && marksIn(l.s) >= breaklessMarks {
			whole = true
		}
	}
	return whole
}

// marksIn counts the elements' marks s holds.
func marksIn(s string) int {
	n := 0
	for _, m := range elementMarks {
		if strings.Contains(s, m) {
			n++
		}
	}
	return n
}
