package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// issuerAfterDate reports whether the words right after a citation's date
// name a body that issued it, without the "của" the cite reader takes:
// "Kết luận số 867-KL/HU ngày 20 tháng 7 năm 2021 Kết luận của đồng chí
// Bí thư Huyện ủy ...", "Kết luận số 64-KL/TW ngày 28/5/2013 Hội nghị lần
// thứ bảy ...". The name must come before the clause turns to something
// else ("về", "gửi", "giao", a comma): "ngày 15/7/2021 về việc giao Sở Y
// tế ..." names a body the document is about, not its issuer.
func issuerAfterDate(c cited) bool {
	if c.DateOff < 0 || c.DateOff > len(c.seg.Text) {
		return false
	}
	rest := c.seg.Text[c.DateOff:]
	m := citedDateRe().FindStringIndex(rest)
	if m == nil {
		return false
	}
	rest = rest[m[1]:]
	if i := strings.IndexAny(rest, ",;:.\"“(\t"); i >= 0 {
		rest = rest[:i]
	}
	b := issuerBodyRe().FindStringIndex(rest)
	if b == nil {
		return false
	}
	words := strings.Fields(rest[:b[0]])
	if len(words) > 8 {
		return false
	}
	for _, w := range words {
		if clauseTurns()[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// clauseTurns are the words after which a name is no longer the issuer's.
var clauseTurns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"về": true, "gửi": true, "giao": true, "cho": true, "tới": true, "đến": true,
		"tại": true, "với": true, "theo": true, "và": true, "để": true, "nhằm": true, "trong": true, "hướng": true}
})

var citedDateRe = lazyre.New(`^(?:ngày\s*)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`)

// issuerBodyRe finds the name of a body that issues documents.
var issuerBodyRe = lazyre.New(`(?:^|\s)(?:(?:Huyện|Tỉnh|Thành|Đảng|Quận|Thị)\s*(?:ủy|uỷ)|Ủy\s*ban|Uỷ\s*ban|UBND|Hội\s*nghị|Hội\s*đồng|Ban\s+(?:[Cc]hấp\s+hành|[Tt]hường\s+vụ|Bí\s+thư|[Cc]hỉ\s+đạo)|Bộ\s+\p{Lu}|Sở\s+\p{Lu}|Chính\s*phủ|Thủ\s+tướng|Văn\s+phòng|Quốc\s+hội)`)
