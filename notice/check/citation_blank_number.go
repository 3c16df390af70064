package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// blankNumberRe is a document named by its kind, with "số" and no number
// after it, then the date: "Luật Quy hoạch đô thị số ngày 17/6/2009", a
// blank the draft left for a number never filled in. "số ngày" before a
// date says no count ("số ngày nghỉ" is followed by no figure).
var blankNumberRe = lazyre.New(`(?:^|[^\p{L}])((?:Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|Thông báo)(?:\s+[^\s,;.:]+){0,12}?\s+số)\s+ngày\s+\d{1,2}(?:/|\s+tháng\s)`)

// blankNumbers reports, for citation-first-mention, a citation whose
// "số" has no number after it.
func blankNumbers(p *Pass) {
	for _, seg := range p.View.bodySegs() {
		if !containsLit(seg.Text, "số ngày") {
			continue
		}
		for _, m := range blankNumberRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			if quoted(seg.Text, m[2]) {
				continue
			}
			doc := seg.Text[m[2] : m[3]-len("số")]
			p.Report(seg, m[3]-len("số"), diag.Msg("%q: chữ \"số\" để trống, không có số văn bản theo sau", "%q: \"số\" is left blank, with no number after it", strings.TrimSpace(doc)+" số"),
				diag.Msg("ghi số và ký hiệu của văn bản sau chữ \"số\"; luật, bộ luật viện dẫn bằng tên và ngày thì bỏ chữ \"số\"", "give the document's number and ký hiệu after \"số\"; a law cited by its name and date drops \"số\""))
		}
	}
}
