package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// reportedLeadRe is a portal's lead that reports a document an office
// issued, in the third person and the past: "UBND huyện Phước Sơn có
// thông báo về việc lấy ý kiến ...", "Sở Y tế vừa ban hành công văn về
// ...". An office speaking in its notice says what it does ("UBND huyện
// thông báo ...", "ban hành Thông báo về ..."), never that it "has" or
// "has just issued" one, the kind untold by its number.
var reportedLeadRe = lazyre.New(`(?i)^\S.{0,120}?\s(?:có|đã có|vừa có|mới có|vừa ban hành|mới ban hành|vừa phát hành)\s+(?:thông báo|công văn|kế hoạch|quyết định|văn bản|thông cáo)\s+(?:về việc|về|v/v)\s.*[.:]$`)

// reportedLeadLines is how many lines of text a reported lead may stand
// under: the post's title, on one line or two.
const reportedLeadLines = 2

// reportedLead marks a portal's lead (reportedLeadRe) among the first lines
// of a text, and the lines above it (the post's title), as the page's,
// when text follows it and no header's line, tên loại or trích yếu stands
// above it. The expression is tried only on a line that ends as it
// needs, with a point or a colon: its lazy run of 120 characters makes
// each try cost tens of thousands of instructions.
func reportedLead(out []line) {
	top := topWithRows(out, reportedLeadLines+2)
	for k, i := range top {
		if k > reportedLeadLines || out[i].cells != nil {
			return
		}
		t := strings.TrimSpace(out[i].text)
		if headerShaped(t) || isTitle(t) || titlePrefix(t) > 0 || aboutRe().MatchString(t) || addresseeRe().MatchString(t) {
			return
		}
		if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") || !mayReportLead(t) || !reportedLeadRe().MatchString(t) {
			continue
		}
		if k+1 >= len(top) {
			return // nothing under it: the text itself
		}
		for _, j := range top[:k+1] {
			out[j].page = true
		}
		return
	}
}

// mayReportLead reports whether t holds, in any case, "có" or "hành",
// one of which each verb of reportedLeadRe holds; the expression is
// tried only then.
func mayReportLead(t string) bool {
	low := strings.ToLower(t)
	return strings.Contains(low, "có") || strings.Contains(low, "hành")
}
