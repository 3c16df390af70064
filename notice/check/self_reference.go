package check

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "self-reference", Severity: diag.Warning, Ref: diag.RefAppendix, Run: selfReference,
		Title: diag.Msg("văn bản đã ban hành ghi đủ số, ngày của chính nó ở phụ lục", "an issued document fills in its own number and date where its phụ lục cites it"),
		Help:  diag.Msg("khi ban hành, điền số và ngày của văn bản vào các dòng \"(Kèm theo ... số .../... ngày ...)\"", "on issuing, fill the document's number and date into the lines \"(Kèm theo ... số .../... ngày ...)\"")})
}

// selfReference reports, in a document that has its number and day (no
// draft), a line that attaches a phụ lục to it ("kèm theo") and cites it
// by its own ký hiệu with the number left blank: "(Kèm theo Kế hoạch số
// /KH-BTNMT ngày    tháng 8 năm 2024 ...)", copied from the draft and
// never filled. A form the phụ lục holds ("Số: .../QĐ-UBND") may leave
// its number blank.
func selfReference(p *Pass) {
	v := p.View
	if v.FromTOML || v.Draft || v.Number == nil || v.Date.Day == 0 {
		return
	}
	own, err := cite.ParseNumber(strings.TrimSpace(numberOf(v.Number.Text)))
	if err != nil || own.Seq == "" {
		return
	}
	var re *regexp.Regexp // compiled for the first line that may hold the blank: few notices have one
	for _, seg := range v.textSegs() {
		if !strings.Contains(seg.Text, own.Code()) || !containsFold(seg.Text, "kèm theo") {
			continue // only the line that attaches a phụ lục to the document: a form may leave a number blank
		}
		if re == nil {
			var err error
			if re, err = regexp.Compile(`(?i)\bsố\s*:?[\s._…]*/\s*` + regexp.QuoteMeta(own.Code()) + `(?:[^\d\-\p{L}]|$)`); err != nil {
				return
			}
		}
		for _, m := range re.FindAllStringIndex(seg.Text, -1) {
			want := fmt.Sprintf("số %s ngày %s", own.Raw, v.Date.Short())
			p.Report(seg, m[0], diag.Text{
				VI: fmt.Sprintf("số của chính văn bản còn để trống ở đây, nhưng văn bản đã có số %s, ngày %s", own.Raw, v.Date.Short()),
				EN: fmt.Sprintf("the document's own number is left blank here, but it is numbered %s and dated %s", own.Raw, v.Date.Short()),
			}, diag.Msg("viết %q", "write %q", want))
		}
	}
}
