package check

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "abbreviation", Severity: diag.Info, Ref: diag.Practice, Run: abbreviation,
		Title: diag.Msg("chữ viết tắt được viết đầy đủ ở lần dùng đầu tiên", "an abbreviation is written in full where it is first used"),
		Help:  diag.Msg("ở lần dùng đầu tiên, viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn, như \"bảo hiểm xã hội (BHXH)\"; các lần sau dùng chữ viết tắt", "where it is first used, write the words in full with the abbreviation in brackets after them, as in \"bảo hiểm xã hội (BHXH)\"; use the abbreviation after that")})
}

// abbrevUse is an abbreviation of the body: where it is first used, how
// often, and whether what stands before its first use writes it out.
type abbrevUse struct {
	seg   *Seg
	word  abbrevWord
	count int
	ok    bool // defined in brackets where it is first used
	// above: its full form is written before its first use, but the
	// abbreviation is never put in brackets after it ("Hội đồng quản
	// trị ... HĐQT").
	above   bool
	defined bool // defined in brackets at any of its uses
}

// abbreviation reports an abbreviation of the body (the Kính gửi, the
// body's paragraphs, and the phụ lục with its tables, where a decision's
// list of procedures writes "Trung tâm HCC", "qua BCCI") that is not given in brackets after its full form
// where it is first used ("bảo hiểm xã hội (BHXH)", or glossed,
// "GĐ (Giảng đường)"): one that no text before its first use writes
// out, and one whose words stand before it but which the text never
// puts in brackets after them ("Hội đồng quản trị ... HĐQT"), said as
// such. The trích yếu counts as text before the body. Said once an
// abbreviation, where it is first used. Left alone: a line in capitals (a heading) and
// words in capitals around it ("TRƯỜNG THPT VÕ GIỮ THÔNG BÁO"), codes and
// numbers ("26/QĐ-UBND", Roman numerals, a cited ký hiệu typed with
// spaces, "số 110/ KHLN – YT – GDĐT", whose spaces citation-code-space
// says), a passage quoted from another
// document, an enterprise's name as registered ("Công ty TNHH ..."),
// what data/abbreviations.txt lets stand (foreign bodies, units, brands),
// and a foreign name in capitals (abbrev_foreign.go: "TOEFL", "IELTS,
// TOEFL", "Samsung (Hàn Quốc), TEMIX (Ý), Bosch").
func abbreviation(p *Pass) {
	v := p.View
	sw := spelledWords{v: v}
	introduced := map[string]bool{} // defined in brackets in the trích yếu
	if v.Subject != nil {
		sw.add(v.Subject.Text)
		for _, w := range v.abbrevWordsOf(v.Subject.Text) {
			introduced[w.text] = introduced[w.text] || w.defined
		}
	}
	var segs []*Seg
	if v.Addressee != nil {
		segs = append(segs, v.Addressee)
	}
	segs = append(segs, v.bodySegs()...)
	segs = append(segs, withSegs(v.Appendix)...)
	qr := v.quotationsIn(segs)
	inQuote := qr.inside
	uses := map[string]*abbrevUse{}
	var order []string
	for _, seg := range segs {
		k := sw.add(seg.Text)
		if !hasLower(seg.Text) {
			if aloneInBrackets(seg.Text) {
				bracketedAlone(v, &sw, seg.Text, sw.wordsTo(k), introduced)
			}
			continue
		}
		if archiveText(seg.Text) {
			continue
		}
		ws := v.abbrevWordsOf(seg.Text)
		if len(ws) > 0 && len(inQuote) > 0 && inQuote[seg.PosAt(0)] && !qr.led[seg.PosAt(0)] {
			continue // a quoted paragraph (its position, costly, asked only when needed), not the one leading into it
		}
		for _, w := range ws {
			if !bodyAbbrev(seg.Text, w) || strings.TrimSpace(seg.Text[:w.off]) == "" && codeBrokenBefore(v, seg) {
				// a use let stand (or a code's tail the page's line end broke
				// off, citation_broken.go) still brings the abbreviation in
				// where it stands in brackets after its words: "các trường
				// trung học phổ thông (THPT)", a school's level after
				// "trường", then "Các trường THPT" said as a kind
				introduced[w.text] = introduced[w.text] || w.defined && uses[w.text] == nil
				continue
			}
			if inSpacedCode(v, seg, w.off) {
				continue // a part of a cited số, ký hiệu typed with spaces ("110/ KHLN – YT – GDĐT"), citation-code-space's
			}
			u := uses[w.text]
			if u == nil {
				u = &abbrevUse{seg: seg, word: w, ok: w.defined || introduced[w.text], defined: introduced[w.text]}
				if !u.ok && writtenOut(&sw, w, sw.wordsAt(k, w.off)) {
					// a part of "GD & ĐT" written out above stands, as it did
					u.ok, u.above = ampersandPart(seg.Text, w), true
				}
				uses[w.text] = u
				order = append(order, w.text)
			}
			u.count++
			u.defined = u.defined || w.defined
		}
	}
	for _, k := range order {
		if u := uses[k]; !u.ok && !(u.above && u.defined) {
			reportAbbrev(p, u)
		}
	}
	comradeShort(p)        // abbrev_comrade.go
	recipientShortForms(p) // abbrev_recipient_short.go
	recipientSwappedCodes(p)
}

// bracketedAlone marks as introduced an abbreviation that stands alone in
// brackets on a paragraph of its own, "(TDP)", right after words that
// write it out and end the paragraph above: a table's heading cell the
// page serves over lines ("Gồm các" / "Tổ dân phố" / "(TDP)") brings it
// in as "Tổ dân phố (TDP)" does on one line. Words written out further
// up, with others after them ("Ban quản lý chợ, các hộ liên hệ:" /
// "(BQL)"), bring nothing in. n counts the words before s
// (aloneInBrackets(s)).
func bracketedAlone(v *View, sw *spelledWords, s string, n int, introduced map[string]bool) {
	t := strings.TrimSpace(s)
	for _, w := range v.abbrevWordsOf(s) {
		if w.defined && strings.TrimSpace(t[1:len(t)-1]) == w.text && writtenOutBefore(sw, w, n) {
			introduced[w.text] = true
		}
	}
}

// aloneInBrackets reports whether s is one pair of brackets and what
// they hold: "(TDP)".
func aloneInBrackets(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1
}

// writtenOutBefore is writtenOut of words that end right before the
// n-th: the full form, or a run of words whose initials spell w.
func writtenOutBefore(sw *spelledWords, w abbrevWord, n int) bool {
	e, known := abbrevTable()[w.text]
	for _, f := range e.fullFormWords() {
		if sw.holdsBefore(f, n) {
			return true
		}
	}
	return (!known || len(lettersOf(w.text)) >= 3) && sw.spellsBefore(w.text, n)
}

// archiveText reports whether s is a "- Lưu: VT, HCTH." line read as
// the body's (a Nơi nhận not read as such): its units are codes, as the
// decree's own Lưu lines write them.
func archiveText(s string) bool {
	t := strings.TrimLeft(s, "-+•* \t")
	return strings.HasPrefix(t, "Lưu:") || strings.HasPrefix(t, "Lưu VT") || strings.HasPrefix(t, "Lưu: ")
}

// bodyAbbrev reports whether w, written in s, is an abbreviation the body
// should write out: not one data/abbreviations.txt lets stand or the
// decree names as common (UBND, HĐND), not a school's level (THCS: the
// body writes schools by their names, "Trường THCS Xuân Lương", and
// reviewers let "cấp THCS" stand; but after "các trường" it names a kind
// of schools, and is said, and where no word of schooling stands before
// it, "Đài Phát thanh và TH", it shortens another word, and is said), not
// a word of a run in capitals, not part of an enterprise's name, not an
// app's name after "ứng dụng" that the table does not know, not a word
// of a name quoted after "mang tên" (abbrev_quoted_name.go).
func bodyAbbrev(s string, w abbrevWord) bool {
	kind := schoolLevels()[w.text] && (schoolLevelKind(s, w) || !schoolContext(s, w))
	e, known := abbrevTable()[w.text]
	if known && (e.keep || e.common) || keptGroups(w.text) || schoolLevels()[w.text] && !kind {
		return false
	}
	if !known && namedAfter(s[:w.off], "ứng dụng") {
		return false // an app's name as its store lists it: "ứng dụng TTDK - Đặt lịch đăng kiểm" (p92); "ứng dụng CNTT" is said
	}
	return !capsNeighbour(s, w) && !typedWithoutMarks(w.text) && !payerTyped(s[:w.off]) && !foreignAbbrev(s, w) && !designation(s, w) && !brandMark(s, w) && !numberColumnHead(s, w) && !quotedName(s, w.off) && (kind || !namedAfter(s[:w.off], "công ty", "tập đoàn", "ngân hàng", "cty", "trường", "kênh")) && !groupSuffix(s[:w.off]) && !unitCaseAt(s, w.off)
}

// unitCaseAt reports whether a unit typed with a wrong capital stands at
// s[i:] ("2.000 KN" for "kN"): unit-case's, which tells its symbol.
func unitCaseAt(s string, i int) bool {
	_, _, ok := unitRead(s, i)
	return ok
}

// designationRe is a variety's or a model's number after its letters in
// a list of such names: " 24,", " 4900" ("ST 24", "OM 4900").
var designationRe = lazyre.New(`^ \d{1,5}[A-Z]?(?:[,;.)]|\s|$)`)

// designation reports whether w, written in s, is the letters of a
// variety's or a model's name, its number after it ("giống lúa OM 4900,
// ST 24"), in a list beside a name of letters and figures written as one
// ("OM5451"): a name as its breeder writes it, no abbreviation.
func designation(s string, w abbrevWord) bool {
	if !designationRe().MatchString(s[w.end:]) {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 && varietyListRe().MatchString(s)
}

// varietyListRe is a name of capitals and figures written as one
// ("OM5451", "RVT", "OM18"), beside which a spaced one is a name too.
var varietyListRe = lazyre.New(`\b[A-Z]{2,4}\d{2,5}\b`)

// schoolKindRe ends a text with "các trường" or "những trường" and the
// levels listed after it: what stands next is one more level of the list.
var schoolKindRe = lazyre.New(`(?i)(?:các|những) trường(?:[\s,\-–]+(?:và\s+)?(?:MN|MG|TH|THCS|THPT|TH&THCS|THCS&THPT|PTDTNT|PTDTBT)\b)*[\s,\-–]*(?:và\s+)?$`)

// schoolLevelKind reports whether the school level w, written in s, names a
// kind of schools, not a school: after "các trường" ("Hiệu trưởng các
// trường THCS", "các trường MN, TH, THCS") with neither a name nor a
// colon and the names after it ("các trường THCS Xuân Lương", "Các
// trường TH&THCS: Mai Đình, ..."). The body writes such a kind out:
// "các trường trung học cơ sở".
func schoolLevelKind(s string, w abbrevWord) bool {
	if !schoolKindRe().MatchString(s[:w.off]) {
		return false
	}
	rest := strings.TrimLeft(s[w.end:], " ")
	next := fieldAfter(s, w.end)
	return !strings.HasPrefix(rest, ":") && !titleCase(strings.Trim(next, abbrevMarks))
}

// keptGroups reports whether w joins with "." words the table lets stand
// ("PGS.TS") or initials ("M.V", of a person's name).
func keptGroups(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, g := range strings.Split(w, ".") {
		if e := abbrevTable()[g]; !e.keep && utf8.RuneCountInString(g) > 1 {
			return false
		}
	}
	return true
}

// capsNeighbour reports whether the word before w or after it is a word
// in capitals ("TRƯỜNG THPT VÕ GIỮ"): w is part of a name or a heading
// written in capitals, not an abbreviation of the prose.
func capsNeighbour(s string, w abbrevWord) bool {
	before, _ := fieldBefore(s, w.off) // the last of strings.Fields(s[:w.off])
	after := fieldAfter(s, w.end)      // the first of strings.Fields(s[w.end:])
	for _, n := range [2]string{before, after} {
		if n == "" {
			continue
		}
		n = strings.Trim(n, abbrevMarks+"-–")
		if len([]rune(n)) >= 2 && !hasLower(n) && vietSyllable(n) && !romanRe().MatchString(n) {
			return true
		}
	}
	return false
}

// namedAfter reports whether the text before an abbreviation ends with
// one of kinds (in small letters), maybe followed by other words in
// capitals and "và": the abbreviation is part of a name of that kind, an
// enterprise's as registered ("Công ty TNHH MTV", "Ngân hàng TMCP"), a
// school's ("Trường THCS và THPT") or a television channel's call sign
// ("kênh PTV", "kênh QTV1").
func namedAfter(before string, kinds ...string) bool {
	// the last words of strings.Fields(before) that the kinds may end
	// with, read from the end: as many as the longest kind has words
	most := 0
	for _, k := range kinds {
		most = max(most, strings.Count(k, " ")+1)
	}
	w, at := fieldBefore(before, len(before))
	for w != "" && (!hasLower(w) || w == "và") {
		w, at = fieldBefore(before, at)
	}
	var f []string
	for ; w != "" && len(f) < most; w, at = fieldBefore(before, at) {
		f = append(f, w)
	}
	slices.Reverse(f)
	for _, k := range kinds {
		n := strings.Count(k, " ") + 1
		if len(f) >= n && strings.ToLower(strings.Join(f[len(f)-n:], " ")) == k {
			return true
		}
	}
	return false
}

// writtenOut reports whether the first n words of the prose write out w:
// one of its full forms, or, for an abbreviation of three letters or more
// that the table does not know, words whose initials spell it.
func writtenOut(sw *spelledWords, w abbrevWord, n int) bool {
	e, known := abbrevTable()[w.text]
	for _, f := range e.fullFormWords() {
		if sw.holds(f, n) {
			return true
		}
	}
	return (!known || len(lettersOf(w.text)) >= 3) && sw.spells(w.text, n)
}

// reportAbbrev says an abbreviation used before it is written out, with
// the table's full form where it has one (but not for a school's level
// standing where no school is: "Đài Phát thanh và TH" shortens another
// word than "tiểu học").
func reportAbbrev(p *Pass, u *abbrevUse) {
	a := u.word.text
	if k, ok := swappedKnownCode(a); ok { // "của UBDN tỉnh": a slip for UBND, not a new abbreviation
		p.Report(u.seg, u.word.off, diag.Msg("chữ viết tắt %q đảo chỗ hai chữ của %q", "the abbreviation %q swaps two letters of %q", a, k),
			diag.Msg("viết %q", "write %q", k))
		return
	}
	if u.above {
		msg := withCount(diag.Msg("chữ viết tắt %q chưa được giới thiệu: không chỗ nào ghi %q trong ngoặc đơn sau các chữ viết đầy đủ", "the abbreviation %q is never introduced: nowhere does %q stand in brackets after the words in full", a, a), u.count)
		p.Report(u.seg, u.word.off, msg, diag.Msg("ở lần đầu viết đầy đủ, ghi %q trong ngoặc đơn ngay sau, như \"bảo hiểm xã hội (BHXH)\"; các lần sau dùng %q", "where the words are first written in full put %q in brackets after them, as in \"bảo hiểm xã hội (BHXH)\"; use %q after that", a, a))
		return
	}
	msg := withCount(diag.Msg("chữ viết tắt %q chưa được viết đầy đủ ở lần dùng đầu tiên", "the abbreviation %q is not written in full where it is first used", a), u.count)
	if full := abbrevTable()[a].only(); full != "" && (!schoolLevels()[a] || schoolContext(u.seg.Text, u.word)) {
		p.Report(u.seg, u.word.off, msg, diag.Msg("ở lần dùng đầu tiên viết \"%s (%s)\", các lần sau dùng %q", "where it is first used write \"%s (%s)\", then %q", full, a, a))
		return
	}
	p.Report(u.seg, u.word.off, msg, diag.Msg("ở lần dùng đầu tiên viết đầy đủ rồi ghi %q trong ngoặc đơn ngay sau, như \"bảo hiểm xã hội (BHXH)\"", "where it is first used write the words in full with %q in brackets after them, as in \"bảo hiểm xã hội (BHXH)\"", a))
}

// payerLeads are the words that lead into what a payer types into a
// transfer or a message: a code of capitals and no marks as its bank or
// service reads it ("Nội dung chuyển khoản: SONGNGANH - DOT-1 - HO TEN"),
// not an abbreviation of the prose.
var payerLeads = []string{"nội dung chuyển khoản", "nội dung chuyển tiền", "nội dung nộp tiền", "nội dung thanh toán", "cú pháp"}

// payerTyped reports whether the text before a word ends in what a payer
// types: one of payerLeads and a colon stand before it in the same
// sentence.
func payerTyped(before string) bool {
	if strings.IndexByte(before, ':') < 0 {
		return false // no colon after any lead: the text lowered and searched would find none
	}
	low := strings.ToLower(before)
	for _, lead := range payerLeads {
		i := strings.LastIndex(low, lead)
		if i < 0 {
			continue
		}
		rest := low[i+len(lead):]
		if strings.Contains(rest, ":") && !strings.ContainsAny(rest, ";") && !containsLit(rest, ". ") {
			return true
		}
	}
	return false
}

// typedWithoutMarks reports whether w is a known abbreviation typed
// without its marks ("BCD" for "BCĐ") or with other marks ("ƯBND" for
// "UBND"): lookalike says so, and one finding about one word is enough
// (issue 12); this rule said "ƯBND" a second time, as an abbreviation
// never written out.
func typedWithoutMarks(w string) bool {
	for k, bare := range knownAbbrevMarkless() {
		if k != w && bare == w {
			return true
		}
	}
	return len(markTwins(w)) > 0
}

// markTwins are the known abbreviations that w, written in capitals,
// differs from in its marks alone ("UBND" for "ƯBND", "BCĐ" for "BCD"),
// as lookalike says them.
func markTwins(w string) []string {
	if len(w) < 3 || knownAbbrev()[w] {
		return nil
	}
	var twins []string
	for _, k := range knownAbbrevByMarkless()[stripMarks(w)] {
		if k != w && utf8.RuneCountInString(k) == utf8.RuneCountInString(w) {
			twins = append(twins, k)
		}
	}
	return twins
}

// ampersandPart reports whether w is one part of an abbreviation typed
// with a space beside its "&" ("GD & ĐT", "GD& ĐT"): the whole is the
// abbreviation, and a word written out above is one of its parts.
func ampersandPart(s string, w abbrevWord) bool {
	before, _ := fieldBefore(s, w.off)
	after := fieldAfter(s, w.end)
	return strings.HasSuffix(before, "&") || strings.HasPrefix(after, "&") || strings.HasSuffix(s[:w.off], "&") || strings.HasPrefix(s[w.end:], "&")
}

// schoolContext reports whether the school level w, written in s, stands
// among words of schools: one of the six words before it is a word of
// schooling ("trường", "cấp", "lớp", "học sinh" ...) or another level,
// or a capitalised name follows it ("TH Kim Đồng").
func schoolContext(s string, w abbrevWord) bool {
	next := strings.Trim(fieldAfter(s, w.end), abbrevMarks)
	if titleCase(next) {
		return true
	}
	at := w.off
	for k := 0; k < 6; k++ {
		f, from := fieldBefore(s, at)
		if f == "" {
			return false
		}
		f = strings.ToLower(strings.Trim(f, abbrevMarks+"-–"))
		if schoolingWords()[f] || schoolLevels()[strings.ToUpper(f)] {
			return true
		}
		at = from
	}
	return false
}

// schoolingWords are words of schooling that, before a school's level, make it
// one ("trường", "cấp", "bậc", "khối", "lớp", "học sinh", "giáo viên",
// "tốt nghiệp", "thi", "học bạ").
var schoolingWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"trường": true, "cấp": true, "bậc": true, "khối": true, "lớp": true, "học": true, "sinh": true, "giáo": true, "viên": true, "mầm": true, "non": true, "tiểu": true, "phổ": true, "thông": true, "gd": true, "gdđt": true, "gd&đt": true, "pgd": true, "pgdđt": true, "pgd&đt": true, "điểm": true, "hiệu": true, "trưởng": true, "tuyển": true, "tốt": true, "nghiệp": true, "thi": true, "bằng": true, "bạ": true, "bổ": true, "túc": true, "nhóm": true, "trẻ": true, "mẫu": true, "dạy": true, "hệ": true, "chuẩn": true}
})
