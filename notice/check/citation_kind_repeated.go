package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "citation-kind-repeated", Severity: diag.Info, Ref: diag.Practice, Run: citationKindRepeated,
		Title: diag.Msg("trích yếu của văn bản được dẫn không lặp lại tên loại của nó", "a cited document's subject does not repeat its type"),
		Help: diag.Msg("tên loại đã đứng trước số; sau \"về\" chỉ ghi nội dung: \"Kế hoạch số 119/KH-HĐTT ... về tổ chức kỳ thi\", không \"về kế hoạch tổ chức kỳ thi\"",
			"the type stands before the number; after \"về\" comes the content only: \"Kế hoạch số 119/KH-HĐTT ... về tổ chức kỳ thi\", not \"về kế hoạch tổ chức kỳ thi\"")})
}

// kindWordsAfter are words that make another word of a type's name:
// "kế hoạch hóa gia đình", "hướng dẫn viên".
var kindWordsAfter = []string{"hóa", "hoá", "viên"}

// citationKindRepeated finds a cited document whose subject, after "về"
// or "về việc", starts with the document's own type: "Kế hoạch số
// 119/KH-HĐTT ... về kế hoạch chi tiết tổ chức kỳ thi", "Thông báo số
// 361/TB-HV ... về việc thông báo tuyển sinh", "Hướng dẫn số 880/HD-ĐHVN
// ... về Hướng dẫn sử dụng ...". The type already names the document;
// the subject says what it is about. A word the type's name runs into
// ("kế hoạch hóa") is another word.
func citationKindRepeated(p *Pass) {
	for _, c := range citations(p.View) {
		if c.seg.Role == RoleRecipient || c.seg.Role == RoleArchive {
			continue
		}
		t := c.seg.Text
		if kindAfterDate(p, c) {
			continue
		}
		at, subj := citedSubjectAt(t, c.End)
		if at < 0 {
			continue
		}
		lead := "về "
		if s, ok := strings.CutPrefix(subj, "việc "); ok {
			subj, lead = s, "về việc "
		}
		kind := c.Type
		if kind == "" || len(subj) <= len(kind) || !strings.EqualFold(subj[:len(kind)], kind) || subj[len(kind)] != ' ' && subj[len(kind)] != ',' {
			continue
		}
		after := strings.TrimLeft(subj[len(kind):], " ,")
		if after == "" || startsWithAny(after, kindWordsAfter) {
			continue
		}
		written := lead + subj[:len(kind)]
		p.Report(c.seg, at, diag.Msg("%s số %s: trích yếu lặp lại tên loại (%q)", "%s %s: the subject repeats the type (%q)", c.Type, c.Number.Raw, written),
			diag.Msg("bỏ chữ %q lặp lại, sau %q chỉ ghi nội dung", "drop the repeated %q: after %q give the content only", subj[:len(kind)], strings.TrimSpace(lead)))
	}
}

// citedSubjectAt finds the "về" that opens the subject of the citation
// whose number ends at end: the first "về" before the citation's clause
// ends (";", a full stop, the next "số") within a few hundred bytes. It
// returns where "về" stands and the words after it, or -1.
func citedSubjectAt(t string, end int) (int, string) {
	window := t[end:min(len(t), end+240)]
	for _, stop := range []string{";", ". ", " số "} {
		if i := strings.Index(window, stop); i >= 0 {
			window = window[:i]
		}
	}
	i := indexLit(window, " về ")
	if i < 0 {
		return -1, ""
	}
	return end + i + 1, window[i+len(" về "):]
}

// startsWithAny reports whether s opens with one of words, whole: s is
// the word, or the word and a space or a comma.
func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if s == w || strings.HasPrefix(s, w+" ") || strings.HasPrefix(s, w+",") {
			return true
		}
	}
	return false
}

// kindAfterDate reports a cited document whose kind is said again right
// after its number and date, its subject run on with no "của" or "về"
// (r71): "Thông báo số 751-TB/HU ngày 09/8/2019 Thông báo kết luận Hội
// nghị ...", "Điều lệ số 117/ĐL-BTC ngày 23/7/2019 Điều lệ Đua thuyền
// ...". The kind is the type as read, or, for a kind the list of types
// does not hold ("Điều lệ"), the two words before "số", the first in its
// capital. Another citation of the same kind ("... ngày 2/3/2020 Thông
// báo số 12/TB") is a list that lacks its comma, no repeat.
func kindAfterDate(p *Pass, c cited) bool {
	t := c.seg.Text
	if c.DateOff < 0 || c.Shared {
		return false
	}
	kind := writtenKind(t, c)
	// the longest date, "ngày 30 tháng 12 năm 2020", is some 30 bytes: the
	// kind again within the window after it, before its date is read
	window := t[c.DateOff:min(len(t), c.DateOff+48+len(kind))]
	if kind == "" || !strings.Contains(window, " "+kind+" ") {
		return false
	}
	ds := cite.FindDates(window)
	if len(ds) == 0 || ds[0].Off != 0 {
		return false
	}
	after := t[c.DateOff+ds[0].End:]
	if !strings.HasPrefix(after, " ") || len(after) <= len(kind)+2 || after[1:1+len(kind)] != kind || after[1+len(kind)] != ' ' {
		return false
	}
	next := strings.Fields(after[1+len(kind):])
	if len(next) == 0 || strings.EqualFold(next[0], "số") || isDigit(next[0][0]) || !isLetter(firstRune(next[0])) {
		return false
	}
	if pointsBack()[strings.ToLower(strings.TrimRight(next[0], ",.;:"))] {
		return false // "... ngày 02/3/2020 Quyết định này có hiệu lực": a sentence run on, its full stop missing, not the kind said twice
	}
	at := c.DateOff + ds[0].End + 1
	p.Report(c.seg, at, diag.Msg("%s số %s: tên loại %q lặp lại sau số và ngày", "%s %s: the type %q said again after its number and date", kind, c.Number.Raw, kind),
		diag.Msg("bỏ chữ %q lặp lại; ghi cơ quan ban hành (\"của ...\") và trích yếu sau \"về\"", "drop the repeated %q; give the issuer (\"của ...\") and the subject after \"về\"", kind))
	return true
}

// pointsBack are the words that, right after a document's kind, point
// back to a document named before ("Quyết định này", "Thông báo đó"): the
// kind opens a new sentence there, it is not said twice.
var pointsBack = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"này": true, "đó": true, "trên": true, "ấy": true, "nêu": true, "nói": true}
})

// writtenKind is the kind of document written before the citation's
// number: its type as read, or the two words before "số" when the first
// opens with a capital and the second is in small letters ("Điều lệ"),
// or "".
func writtenKind(t string, c cited) string {
	if c.Type != "" {
		return c.Type
	}
	before := strings.TrimRight(t[:c.Off], " ")
	if !c.HasSo || !strings.HasSuffix(before, "số") {
		return ""
	}
	ws := strings.Fields(before[:len(before)-len("số")])
	if len(ws) < 2 {
		return ""
	}
	a, b := ws[len(ws)-2], ws[len(ws)-1]
	if !isUpperRune(firstRune(a)) || !allLower(a[len(string(firstRune(a))):]) || !allLower(b) || !isLetter(firstRune(b)) {
		return ""
	}
	return a + " " + b
}
