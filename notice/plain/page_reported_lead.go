package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// reportedLeadRe is a portal's lead that reports a document an office
// issued, in the third person and the past: "UBND huyện Phước Sơn có
// thông báo về việc lấy ý kiến ...", "Sở Y tế vừa ban hành công văn về
// ...". An office speaking in its notice says what it does ("UBND huyện
// thông báo ...", "ban hành Thông báo về ..."), never that it "has" or
// "has just issued" one, the kind untold by its number.
var reportedLeadRe = lazyre.New(`(?i)^\S.{0,120}?\s(?:có|đã có|vừa có|mới có|vừa ban hành|mới ban hành|vừa phát hành)\s+(?:thông báo|công văn|kế hoạch|quyết định|văn bản|thông cáo)\s+(?:về việc|về|v/v)\s.*[.:]$`)

// reportedIssueRe is a portal's lead that tells, from the date, a
// document an office issued, by its number: "Ngày 28/4/2019, UBND huyện
// ban hành Thông báo số 71/TB-UBND v/v thực hiện ...", under the post's
// title that names the same document (echoedTitle). An office's own
// text may open so, telling a superior's document it carries out
// ("Ngày 20/6/2024, Bộ trưởng Bộ Tư pháp ban hành Quyết định số ..."),
// never under a title its lead repeats.
var reportedIssueRe = lazyre.New(`(?i)^ngày \d{1,2}/\d{1,2}/\d{4},\s*\S.{0,100}?\s(?:đã\s+|vừa\s+)?(?:ban hành|phát hành)\s+(?:thông báo|công văn|kế hoạch|quyết định|văn bản|chỉ thị)\s+số\s+\S+\s+(?:về việc|về|v/v)\s.*\.$`)

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
		if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") || !mayReportLead(t) || !reportedLeadRe().MatchString(t) && !(k > 0 && reportedIssueRe().MatchString(t) && echoedTitle(out[top[k-1]].text, t)) {
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

// echoedTitle reports whether the lead repeats the post's title above it,
// the title's kind of document ("Thông báo") aside: folded, the rest of
// the title, of echoWords words at least, stands in the lead.
func echoedTitle(title, lead string) bool {
	t := strings.TrimSpace(title)
	t = strings.TrimSpace(t[titlePrefix(t):])
	if low := strings.ToLower(t); strings.HasPrefix(low, "thông báo ") {
		t = t[len("thông báo "):]
	}
	if len(strings.Fields(t)) < echoWords {
		return false
	}
	return strings.Contains(cite.Fold(strings.Join(strings.Fields(lead), " ")), cite.Fold(strings.Join(strings.Fields(t), " ")))
}
