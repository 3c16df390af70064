package check

import (
	"regexp"
	"sync"
)

// listJoinRe is what stands between two documents of one list: the first
// one's date, then a comma, a semicolon or "và" ("ngày 14/5/2013 và",
// "ngày 19 tháng 6 năm 2015,").
var listJoinRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(?:ngày\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?\s*(?:,|;|và|,\s*và|;\s*và)\s*$`)
})

// issuerAfterList reports whether the issuer is named once after a list
// of documents the citation opens or stands in: "Nghị định số 48/2013/NĐ-CP
// ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính
// phủ", "Quyết định số 1183/QĐ-BTP ngày ..., ..., Quyết định số
// 1566/QĐ-BTP ngày 13/7/2020 của Bộ Tư pháp". Each document after the
// first must follow the one before it with nothing but its date and a
// comma, a semicolon or "và" between them.
func issuerAfterList(v *View, c cited) bool {
	prev := c
	for _, o := range citations(v) {
		if o.seg != c.seg || o.Off <= c.Off {
			continue
		}
		if o.Start() < prev.End || !listJoinRe().MatchString(c.seg.Text[prev.End:o.Start()]) {
			return false
		}
		if o.Issuer != "" {
			return true
		}
		prev = o
	}
	return false
}
