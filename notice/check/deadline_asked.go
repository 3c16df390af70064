package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// A notice other than a kết luận sets work too: "Đề nghị các đơn vị báo
// cáo kết quả về Phòng Nội vụ trước ngày 23/11/2026". deadline-before-
// notice reads its deadlines only where the sentence asks the work
// (askedDeadline): a kết luận's every task is work set at the meeting,
// but a lịch, a thông báo of a result or a công văn tells history as well
// ("Ngày 10/11/2026, Sở có Công văn số 12 đề nghị các xã báo cáo trước
// ngày 20/11/2026; đến nay ..."), and those days are not its own.

// pastWords in a sentence tell its deadline as history or as a term gone
// by, not work set now: "các đơn vị chưa báo cáo", "đã quá hạn".
var pastWords = []string{" đã ", " chưa ", " quá hạn", " hết hạn", " trễ hạn", " đến nay", " vừa qua", " trước đây"}

// askedDeadline reports whether d, a day to finish by, is one the
// sentence holding it asks of someone: one of askedVerbs stands before
// it in its sentence, the sentence tells no history (pastWords) and
// cites no document nor a day before issued, the notice's date, ahead of
// it (a cited document's request is told, not made; a lịch's own day,
// "Thứ Hai, ngày 07/12/2026: ... đề nghị ...", comes after the notice),
// and the deadline stands outside brackets ("(hạn trước ngày ...)"
// recalls a term). In a notice dated to the day (dated), one of sendVerbs
// asks it as well (sendsBy).
func askedDeadline(d foundDeadline, issued cite.Date, dated bool) bool {
	if d.Kind != cite.By || !spoken(d) {
		return false
	}
	s := d.seg.Text
	start := sentenceFrom(s, d.Off)
	end := len(s)
	if i := strings.Index(s[d.End:]+" ", ". "); i >= 0 {
		end = min(len(s), d.End+i)
	}
	before := s[start:d.Off]
	label, labelled := termLabel(before)
	told := dated && (sendsBy(before) || labelled) && !(labelled && termRecalled(label, s[d.End:end], issued))
	if !asksSomeone(before) && !told || strings.Count(before, "(") > strings.Count(before, ")") || recalledPlan(before) {
		return false
	}
	f := " " + cite.Fold(s[start:end]) + " "
	for _, w := range pastWords {
		if strings.Contains(f, w) {
			return false
		}
	}
	if len(cite.FindCitations(before)) > 0 {
		return false
	}
	for _, dm := range cite.FindDates(before) {
		if dm.Date.Compare(issued) < 0 {
			return false // "Ngày 10/11/2026, Sở có Công văn ... đề nghị ...": told
		}
	}
	return true
}

// sendVerbs set work with a day to finish it by as a notice's readers
// are told to do it, with no "đề nghị": "gửi hồ sơ về ... trước ngày",
// "nộp ...", "đăng ký ...", "báo về ...".
var sendVerbs = [...]string{"gửi", "nộp", "đăng ký", "báo về"}

// sendsBy reports whether before, the sentence up to its deadline, holds
// one of sendVerbs, a word of its own (not after a letter, a space and a
// letter after it). It is read in a notice dated to the day: a draft's
// "ngày ... tháng 12" leaves its past days to deadline-past.
func sendsBy(before string) bool {
	low := strings.ToLower(before)
	for _, w := range sendVerbs {
		for i := 0; ; {
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			at := i + k
			if (at == 0 || !isLetterBefore(low, at)) && spaceThenLetter(low[at+len(w):]) {
				return true
			}
			i = at + len(w)
		}
	}
	return false
}

// termLabel is before, the sentence up to its deadline, as a term's
// label, and whether it is one: "Thời hạn nhận báo giá: trước 17 giờ 00
// phút ngày ...", "3. Hạn nộp hồ sơ: ...". The notice sets the term it
// names, unless it recalls it (termRecalled); the label holds no figure
// (a day or a number told before it is another matter's) and the
// deadline follows its colon.
func termLabel(before string) (string, bool) {
	t := strings.TrimLeft(before, " -+*•0123456789.)")
	label, _, ok := strings.Cut(t, ":")
	if !ok || strings.ContainsAny(label, "0123456789;,") {
		return "", false
	}
	return label, strings.HasPrefix(label, "Thời hạn ") || strings.HasPrefix(label, "Hạn ")
}

// recalledPlan reports whether a sentence opens by recalling what a plan
// or an instruction asked ("Theo kế hoạch, Ủy ban nhân dân xã yêu cầu các
// thôn hoàn thành trước ngày 25/11/2026. Tuy nhiên, ..."): the request
// is told, not made now.
func recalledPlan(before string) bool {
	t := strings.TrimLeft(before, " -+*•0123456789.)")
	return strings.HasPrefix(t, "Theo ") && !strings.HasPrefix(t, "Theo đó")
}

// sentenceFrom is where the sentence holding offset off of s starts:
// after the last ". ", "! " or "? " before it, or 0.
func sentenceFrom(s string, off int) int {
	start := 0
	for _, end := range [...]string{". ", "! ", "? "} {
		if i := strings.LastIndex(s[:off], end); i >= 0 {
			start = max(start, i+len(end))
		}
	}
	return start
}
