package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// listJoinRe is what stands between two documents of one list: the first
// one's date, then a comma, a semicolon or "và" ("ngày 14/5/2013 và",
// "ngày 19 tháng 6 năm 2015,").
var listJoinRe = lazyre.New(`^\s*(?:ngày\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?\s*(?:,|;|và|,\s*và|;\s*và)\s*$`)

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

// issuerBeforeAtRe ends a text that names, just before a document, who
// wrote it: "đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại"
// (Tờ trình số 33/TTr-SLĐTBXH), the issuer a name in capitals.
var issuerBeforeAtRe = lazyre.New(`(?:^|\s)của\s+\p{Lu}[^,;:.()]{1,100}?\s+tại\s*$`)

// issuerBeforeAt reports whether the issuer stands before the citation,
// or before the first document of the list it stands in, "của ... tại"
// (issuerBeforeAtRe): "tại Tờ trình số 33/... ngày ... và Tờ trình số
// 42/...".
func issuerBeforeAt(v *View, c cited) bool {
	head := c
	for {
		prev, ok := listBefore(v, head)
		if !ok {
			break
		}
		head = prev
	}
	before := c.seg.Text[:head.Start()]
	return mayIssuerBeforeAt(before) && issuerBeforeAtRe().MatchString(before)
}

// listBefore is the document before c in its list: the last citation of
// the same paragraph ending before c with nothing but its date and a
// joiner between them (listJoinRe).
func listBefore(v *View, c cited) (cited, bool) {
	var last cited
	found := false
	for _, o := range citations(v) {
		if o.seg == c.seg && o.End <= c.Start() {
			last, found = o, true
		}
	}
	if !found || !listJoinRe().MatchString(c.seg.Text[last.End:c.Start()]) {
		return cited{}, false
	}
	return last, true
}

// issuerInListHead reports whether a citation that writes its tên loại
// again is a later member of a list under a head that names the tên
// loại and the issuer before a colon: "Căn cứ các Quyết định của Thủ
// tướng Chính phủ: số 1400/QĐ-TTg ngày ...; Quyết định số 2080/QĐ-TTg
// ngày ...". Between the colon and the citation stand only the list's
// items, parted by ";" (no other colon, no sentence's end), and the
// citation follows a ";". The head may name the documents by the generic
// word: "Căn cứ các văn bản của Bộ Thông tin và Truyền thông: Công văn số
// 1178/BTTTT-THH ...; Công văn số 2384/BTTTT-THH ...".
func issuerInListHead(c cited) bool {
	if c.TypeOff < 0 || c.Type == "" {
		return false
	}
	text := c.seg.Text[:c.TypeOff]
	lead := "các " + c.Type
	i := strings.LastIndex(text, lead+" ")
	if j := strings.LastIndex(text, "các văn bản "); j > i {
		i, lead = j, "các văn bản"
	}
	if i < 0 {
		return false
	}
	head, items, ok := strings.Cut(text[i+len(lead):], ":")
	if !ok || !groupIssuerRe().MatchString(head) || strings.Contains(items, ":") || sentenceEndRe().MatchString(items) {
		return false
	}
	t := strings.TrimSuffix(strings.TrimRight(items, " "), " và")
	return strings.Contains(items, ";") && strings.HasSuffix(strings.TrimRight(t, " "), ";")
}

// sentenceEndRe is a sentence's end inside a text: a full stop, then a
// word that starts with a capital.
var sentenceEndRe = lazyre.New(`\.\s+\p{Lu}`)
