package check

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// kindThings open a clause that names a kind of land, of case or of paper
// by a date of law: "+ đất giao không đúng thẩm quyền trước ngày
// 01/7/2014;", "các trường hợp sử dụng đất ổn định trước ngày
// 15/10/1993", "hồ sơ nộp trước ngày 01/7/2014". A thing does nothing: a
// verb after it tells what was done to it ("nộp", filed). Folded.
var kindThings = folded("đất", "thửa đất", "trường hợp", "hồ sơ", "tờ khai", "giấy tờ")

// kindDoers open a clause that names a kind of household or person by a
// date of law ("hộ gia đình, cá nhân sử dụng đất ổn định trước ngày
// 15/10/1993"); unlike a thing, a doer may be the one who must act by the
// day ("hộ kinh doanh nộp thuế trước ngày 20/11/2026"), which dutyWords
// tell. Folded.
var kindDoers = folded("hộ", "cá nhân")

// openingKinds are the kinds a clause bounded by a date of law opens with.
var openingKinds = append(append([]string{}, kindThings...), kindDoers...)

// listedKinds may follow the first kind of a clause after a comma, as the
// law lists them: "hộ gia đình, cá nhân, cộng đồng dân cư sử dụng đất".
// "tổ chức" opens no clause (it is also a verb of work: "tổ chức hội nghị
// trước ngày ..."). Folded.
var listedKinds = append(folded("tổ chức", "cộng đồng dân cư"), openingKinds...)

// dutyWords are what a household or person must do by a day, beyond
// workWords: to pay, declare, move, pull down. After a thing they are
// participles ("hồ sơ nộp trước ngày ..."), after a doer its act.
// "đăng ký", "khai báo" are recentDuties. Folded.
var dutyWords = folded("nộp", "đóng", "đóng góp", "kê khai", "trả", "hoàn trả", "thanh toán", "di dời", "tháo dỡ", "bổ sung", "cung cấp", "chấp hành")

// recentDuties are a doer's duties by a day of the last year only: "các
// hộ đăng ký tham gia trước ngày 20/11/2026" in a notice of December 2026
// is a deadline (set before the meeting by a slip), "hộ đăng ký thường
// trú trước ngày 01/7/2021" a kind the law bounds by its date, years
// before the notice. Folded.
var recentDuties = folded("đăng ký", "khai báo")

// recentMonths is how far before the notice a day may lie for
// recentDuties to be duties: a year, a slipped year's deadline
// ("20/11/2025" in a notice of 03/12/2026) included.
const recentMonths = 13

// recentDay reports whether day lies within recentMonths before the
// notice's date issued, or after it; false when either is unknown.
func recentDay(day, issued cite.Date) bool {
	if day.Year == 0 || day.Month == 0 || issued.Year == 0 || issued.Month == 0 {
		return false
	}
	return (issued.Year*12+issued.Month)-(day.Year*12+day.Month) <= recentMonths
}

// passiveMarks, just before a verb of dutyWords, make it what was done to
// or by the kind before the day, not a duty: "hộ đã nộp tiền sử dụng đất
// trước ngày 01/01/2008", "được cấp", "bị thu hồi".
var passiveMarks = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"được": true, "bị": true, "đã": true}
})

// boundsKind reports whether d, a "trước ngày", bounds a kind rather than
// sets a deadline: its clause opens (after a list's marker, "các" or
// "những") with a kind (kindThings, kindDoers), each part after a comma
// opening with another (listedKinds: a comma before anything else is a
// condition's, "Trường hợp ..., " and the work after it, as is "Trường
// hợp ... thì bổ sung trước ngày ..."), and runs to it with no verb of
// work (workWords), no duty of a doer (doerActs; recentDuties when the
// day is within a year of the notice's date issued) and no word in capitals
// after its first (a body named: "Hồ sơ gửi về Sở Nội vụ trước ngày ...");
// or d tells when a thing came into a past state (qualifiesThing: "các
// tài liệu quá hạn trước ngày 01/02/2020").
func boundsKind(d foundDeadline, issued cite.Date) bool {
	if qualifiesThing(d) { // deadline_state.go
		return true
	}
	if d.Kind != cite.By || !spoken(d) || !strings.HasPrefix(cite.Fold(d.Text), "trước") {
		return false
	}
	clause := strings.TrimSpace(deadlineBefore(d))
	if _, rest := cite.ParseMarker(clause); rest > 0 {
		clause = strings.TrimSpace(clause[rest:])
	}
	if clause == "" || strings.Contains(clause, " thì ") || capitalAfterFirst(clause) {
		return false
	}
	c := cite.Fold(clause)
	c = strings.TrimPrefix(strings.TrimPrefix(c, "các "), "những ")
	first := kindOpening(c, openingKinds)
	if first == "" {
		return false
	}
	words, ok := listedWords(c)
	if !ok || asksWork(words) {
		return false
	}
	duties := dutyWords
	if recentDay(d.Date, issued) {
		duties = slices.Concat(recentDuties, dutyWords)
	}
	return !holdsWord(first, kindDoers) || !doerActs(words, duties) || kindGoesOn(deadlineAfter(d))
}

// kindGoesOn reports whether the words after a date of law go on telling
// the kind it bounds, what became of it since: "hộ nộp hồ sơ trước ngày
// 01/7/2014 nhưng chưa được cấp giấy", "... nay có nhu cầu cấp đổi", or
// what it is granted or spared, the clause before the day being its
// subject: "hộ gia đình kê khai trước ngày 01/7/2025 không phải kê khai
// lại", "cá nhân nộp hồ sơ trước ngày 01/01/2020 được giải quyết". A
// deadline set ends its clause or says how ("theo mẫu", "để tổng hợp").
func kindGoesOn(after string) bool {
	f := strings.Fields(cite.Fold(after))
	return len(f) > 0 && keptKind()[strings.Trim(f[0], ",")]
}

// keptKind open the words that go on telling a kind after its date.
var keptKind = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"nhưng": true, "nay": true, "mà": true, "chưa": true, "đã": true, "hiện": true, "được": true, "không": true, "thì": true, "vẫn": true, "đều": true, "sẽ": true, "cũng": true}
})

// kindOpening is the kind of kinds that c opens with, as whole words
// (before a space, a comma or the end), or "".
func kindOpening(c string, kinds []string) string {
	for _, k := range kinds {
		if strings.HasPrefix(c, k) && (len(c) == len(k) || c[len(k)] == ' ' || c[len(k)] == ',') {
			return k
		}
	}
	return ""
}

// listedWords is a clause's words with the kinds that open its parts after
// a comma taken out ("hộ gia đình, tổ chức sử dụng đất": "hộ gia đình sử
// dụng đất"), so a kind is not read as a verb; false when a part opens
// with no kind.
func listedWords(c string) (string, bool) {
	parts := strings.Split(c, ",")
	for i := 1; i < len(parts); i++ {
		p := strings.TrimSpace(parts[i])
		k := kindOpening(p, listedKinds)
		if k == "" {
			return "", false
		}
		parts[i] = p[len(k):]
	}
	return strings.Join(parts, " "), true
}

// doerActs reports whether the words of a doer's clause, folded, name one
// of duties not just after a passive mark: "hộ kinh doanh nộp thuế",
// "các hộ đã được cấp giấy phép nộp bản vẽ hoàn công", not "hộ đã nộp
// tiền".
func doerActs(words string, duties []string) bool {
	f := strings.Fields(words)
	for i := range f {
		for _, w := range duties {
			if strings.Join(f[i:min(i+strings.Count(w, " ")+1, len(f))], " ") == w && (i == 0 || !passiveMarks()[f[i-1]]) {
				return true
			}
		}
	}
	return false
}

// folded is words, each folded (cite.Fold).
func folded(words ...string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = cite.Fold(w)
	}
	return out
}

// capitalAfterFirst reports whether a word after the first of s opens
// with a capital.
func capitalAfterFirst(s string) bool {
	for _, w := range strings.Fields(s)[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// BoundsKind reports whether d, a deadline cite.FindDeadlines found in
// text, bounds a kind by a date of law rather than sets a deadline
// (boundsKind), in a notice dated issued: "hồ sơ nộp trước ngày
// 01/7/2014", "hộ gia đình sử dụng đất ổn định trước ngày 15/10/1993".
// The tasks register reads its deadlines so, as check does.
func BoundsKind(text string, d cite.Deadline, issued cite.Date) bool {
	return boundsKind(foundDeadline{d, &Seg{Text: text}}, issued)
}
