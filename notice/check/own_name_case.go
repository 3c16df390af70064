package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// A Quyết định or a Nghị quyết names itself with its tên loại and "này",
// the tên loại with its capital, as its Điều do in Mẫu 1.1 to 1.3:
// "Quyết định này có hiệu lực ...", "... chịu trách nhiệm thi hành
// Quyết định này" (the tên loại of a specific document takes its
// capital, Phụ lục II).

// ownNameTypes are the tên loại, in small letters, whose documents name
// themselves so; a Thông báo's "thông báo này" is left alone, as offices
// write it.
var ownNameTypes = sync.OnceValue(func() map[string]string {
	return map[string]string{"QUYẾT ĐỊNH": "quyết định này", "NGHỊ QUYẾT": "nghị quyết này"}
})

// ownNameCase reports the document's name for itself written in small
// letters inside a sentence: "thi hành quyết định này".
func ownNameCase(p *Pass, seg *Seg) {
	lower, ok := ownNameTypes()[p.View.TypeName]
	if !ok {
		return
	}
	s := seg.Text
	for from := 0; ; {
		i := strings.Index(s[from:], lower)
		if i < 0 {
			return
		}
		i += from
		from = i + len(lower)
		if i > 0 && !isReSpace(s[i-1]) || from < len(s) && isWordByte(s[from]) || quoted(s, i) {
			continue // part of a longer word, or quoted
		}
		if otherDocs(s[:i], s[from:]) {
			continue
		}
		upper := strings.ToUpper(lower[:1]) + lower[1:]
		p.Report(seg, i, diag.Msg("%q chỉ chính văn bản này: viết hoa chữ cái đầu của tên loại, %q", "%q names this very document: its tên loại takes its capital, %q", lower, upper),
			diag.Msg("viết %q", "write %q", upper))
	}
}

// otherDocs reports whether the words around "quyết định này" show it
// names other documents: "các quyết định này", "những quyết định này",
// "quyết định này của Hội đồng".
func otherDocs(before, after string) bool {
	before = strings.TrimRight(before, " ")
	for _, w := range []string{"các", "những", "mọi", "Các", "Những", "Mọi"} {
		if strings.HasSuffix(before, " "+w) || before == w {
			return true
		}
	}
	return strings.HasPrefix(after, " của ")
}

// isWordByte reports whether b may continue a word: a letter or digit of
// ASCII, or a byte of a multi-byte letter.
func isWordByte(b byte) bool {
	return b >= 0x80 || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}
