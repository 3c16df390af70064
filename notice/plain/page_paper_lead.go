package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// paperLeadRe is a newspaper's lead over a notice it prints: its tag in
// brackets and a dash, then a body that "thông báo" something "như
// sau:" ("(BĐT) - Trung tâm Dịch vụ đấu giá tài sản tỉnh Thái Bình thông
// báo bán đấu giá tài sản vào ngày 1/9/2020 do ... ủy quyền như sau:").
// The paper tells in the third person what the office announces; the
// notice under it speaks for itself. A site's tag before the notice's own
// words ("(PNS) - Căn cứ Thông báo số ...", "(NT)- Về việc ...") is no
// such lead.
var paperLeadRe = lazyre.New(`^\([A-ZĐ]{2,6}\)\s*[-–—]\s*(\S.{0,200}?\sthông báo\s.*\snhư sau\s*:)$`)

// paperCaptionRe is the caption of a picture a paper set among a notice's
// paragraphs, its number after the word "ảnh" ending the line: "Ngày
// 1/9/2020, đấu giá xe ô tô và xe máy thanh lý tại tỉnh Thái Bình ảnh 1".
var paperCaptionRe = lazyre.New(`^\S.*\sảnh\s+\d{1,2}$`)

// paperCaptionBytes is how long a picture's caption runs at most.
const paperCaptionBytes = 250

// paperLead marks a newspaper's lead (paperLeadRe) on the first line of
// text as the page's, when its subject is a body's name (issuerStartRe)
// and text follows it, and the pictures' captions (paperCaptionRe) of
// the same print: a line apart, between blank lines or the text's end,
// that ends no sentence.
func paperLead(out []line) {
	lead := -1
	if top := topIndexes(out, 2); len(top) == 2 && isPaperLead(out[top[0]]) {
		lead = top[0]
		out[lead].page = true
	}
	for i := 0; lead < 0 && i < len(out); i++ {
		if out[i].page && isPaperLead(out[i]) {
			lead = i // read in the page's zones already (page_zone_kinds.go)
		}
	}
	if lead < 0 {
		return
	}
	for i := lead + 1; i < len(out); i++ {
		if paperCaption(out, i) {
			out[i].page = true
		}
	}
}

// isPaperLead reports whether l is a paper's lead (paperLeadRe) whose
// subject is a body's name (issuerStartRe).
func isPaperLead(l line) bool {
	if l.cells != nil {
		return false
	}
	m := paperLeadRe().FindStringSubmatch(strings.TrimSpace(l.text))
	return m != nil && issuerStartRe().MatchString(m[1])
}

// paperCaption reports whether out[i] is a picture's caption: a line
// apart (a blank or the text's edge on each side), short, matching
// paperCaptionRe.
func paperCaption(out []line, i int) bool {
	l := out[i]
	t := strings.TrimSpace(l.text)
	if l.cells != nil || l.page || t == "" || len(t) > paperCaptionBytes || !paperCaptionRe().MatchString(t) {
		return false
	}
	blank := func(j int) bool {
		return j < 0 || j >= len(out) || out[j].cells == nil && strings.TrimSpace(out[j].text) == ""
	}
	return blank(i-1) && blank(i+1)
}
