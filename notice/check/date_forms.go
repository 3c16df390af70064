package check

import (
	"strconv"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// Full dates in the body: the long form "ngày 15 tháng 5 năm 2019" and the
// short "15/5/2019" (a day and a month of one or two digits, a year of
// four, no digit, "/" or "." before it, no digit or "/" after it).
var (
	// longDateRe is tried only where "ngày" starts, in any case (a
	// startExpr): the expression, folding case, has no literal the regexp
	// package could look for, and was tried from every byte.
	longDateStarts = newLitStarts(caseVariants("ngày")...)
	longDateRe     = sync.OnceValue(func() *startExpr {
		return longDateStarts.expr(`(?i)ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`)
	})
	// shortDateRe is tried only where a number starts (a leadExpr);
	// fullDates reads its matches with shortDates.
	shortDateRe = sync.OnceValue(func() *leadExpr {
		x := newLeadExpr(``, `[^\d/.]`, `(\d{1,2})/(\d{1,2})/(\d{4})(?:$|[^\d/])`)
		x.at = shortDateAt
		return x
	})
)

// fullDate is a date of the body in one of the two forms.
type fullDate struct {
	seg  *Seg
	off  int
	text string
	long bool
}

// dateForms reports, for date-style, a date of the body written in the
// other form than the date before it: "ngày 15 tháng 5 năm 2019" and then
// "ngày 15/5/2019" in one notice. A paragraph is reported once, at its
// first such date. A date in brackets ("(10/10/1954 - 10/10/2023)" after
// the name of an anniversary), but for a cited document's there
// (bracketCitationDate), or in quotation marks stands as written there,
// and the date written out that opens a paragraph ("Ngày 19 tháng 6
// năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp ...", the opening of a
// notice of conclusions) is the form practice gives it: neither sets the
// form of the dates after it.
//
// A date that goes back to the form of the dates before an odd one
// ("ngày 01 tháng 01 năm 2027" after "01/4/2027" among dates written out)
// is not said again: the slip is the odd date's, said there (one slip, one
// finding). A run of dates in the other form is said at its first; the
// date after the run, back in the first form, is said too, since which of
// the two runs is the slip is not known. A first date in figures alone
// before dates written out is said at itself (loneFirstDate).
func dateForms(p *Pass) {
	ds := bodyDates(p.View)
	if i := loneFirstDate(ds); i >= 0 {
		sayDateForm(p, ds[i], ds[i+1])
		return
	}
	var prev *fullDate
	prevOdd := false // prev differs from the date before it and was taken for the slip
	var saidSeg *Seg
	for i := range ds {
		d := &ds[i]
		odd := prev != nil && d.long != prev.long && !prevOdd
		if odd && saidSeg != d.seg {
			sayDateForm(p, *d, *prev)
			saidSeg = d.seg
		}
		prev, prevOdd = d, odd
	}
}

// bodyDates returns the full dates of the body that set or break the
// notice's form, in order: the date written out that opens a paragraph
// left out.
func bodyDates(v *View) []fullDate {
	var out []fullDate
	for _, seg := range v.bodySegs() {
		for _, d := range fullDates(v, seg) {
			if !d.long || d.off != 0 {
				out = append(out, d)
			}
		}
	}
	return out
}

// loneFirstDate returns 0 when the first date of ds, after "ngày", alone
// is written in figures and at least two dates after it all written out ("ngày
// 02/10/2026" and then "ngày 12 tháng 10 năm 2026", "ngày 20 tháng 11 năm
// 2026"): the slip is the first date's, said there rather than at the date
// after it; -1 otherwise. A first date written out before dates in
// figures is not taken for the slip: it is most often a cited document's
// date copied as its date line writes it (NĐ 30/2020/NĐ-CP, Phụ lục I,
// Mục II, khoản 4, điểm b), the dates after it the notice's own form.
func loneFirstDate(ds []fullDate) int {
	if len(ds) < 3 || ds[0].long || !afterNgay(ds[0]) {
		return -1
	}
	for _, d := range ds[1:] {
		if !d.long {
			return -1
		}
	}
	return 0
}

// afterNgay reports whether the word "ngày" stands right before d ("ngày
// 05/9/2026"): a date the clerk wrote as one, where "ngày 30/4, 01/5/2026"
// names two holidays by their days.
func afterNgay(d fullDate) bool {
	before := strings.TrimRight(d.seg.Text[:d.off], " ")
	return len(before) >= len("ngày") && strings.EqualFold(before[len(before)-len("ngày"):], "ngày")
}

// sayDateForm says that date d is written unlike the date other.
func sayDateForm(p *Pass, d, other fullDate) {
	p.Report(d.seg, d.off, diag.Msg("%q viết khác cách viết ngày ở %s (%q)", "%q is written unlike the date at %s (%q)", d.text, posOf(other.seg, other.off), other.text),
		diag.Msg("viết ngày theo một cách trong cả văn bản (%q hoặc %q)", "write dates one way throughout (%q or %q)", "ngày 15 tháng 5 năm 2019", "ngày 15/5/2019"))
}

// fullDates returns the full dates of a paragraph in order, without those
// in brackets or quotation marks and the codes shaped as dates
// (codeBefore: "Quyết định số 12/11/2026", "Túi máu mã 15/11/2026").
func fullDates(v *View, seg *Seg) []fullDate {
	s := seg.Text
	var out []fullDate
	if holdsThang(s) {
		for _, m := range longDateRe().findAllIn(v, s) {
			out = append(out, fullDate{seg, m[0], s[m[0]:m[1]], true})
		}
	}
	if strings.Count(s, "/") >= 2 {
		for _, m := range shortDates(s, v.validUTF8(s)) {
			if validDayMonth(s[m[2]:m[3]], s[m[4]:m[5]]) && !codeBefore(s, m[2]) && !labelDate(s, m[2]) { // "mã 15/11/2026" is a code's, "hạn dùng 15/4/2029" a label's (date_label.go)
				out = append(out, fullDate{seg, m[2], s[m[2]:m[7]], false})
			}
		}
	}
	kept := out[:0]
	for _, d := range out {
		if (!inBrackets(s, d.off) || bracketCitationDate(s, d)) && !quoted(s, d.off) {
			kept = append(kept, d)
		}
	}
	sortDates(kept)
	return kept
}

// holdsThang reports whether s holds "tháng", "Tháng" or "THÁNG": each
// "tháng" in any case (indexThang) looked at, rather than a search of s
// for each of the three.
func holdsThang(s string) bool {
	for i := indexThang(s, 0); i >= 0; i = indexThang(s, i+1) {
		switch s[i : i+len("tháng")] {
		case "tháng", "Tháng", "THÁNG":
			return true
		}
	}
	return false
}

// bracketCitationDate reports whether a short date in brackets is the
// date of a document cited there by its number, after "ngày" ("(Đính
// kèm Công văn số 847/UBND-VX1 ngày 22/3/2011)"): it is the notice's
// prose, written in the notice's form, where a bare date after an
// anniversary's name ("(10/10/1954 - 10/10/2023)") stands as written.
func bracketCitationDate(s string, d fullDate) bool {
	open := strings.LastIndexByte(s[:d.off], '(')
	return !d.long && open >= 0 && strings.HasSuffix(strings.TrimRight(s[:d.off], " "), " ngày") && containsLit(s[open:d.off], " số ")
}

// validDayMonth reports whether d and m can be a day and a month.
func validDayMonth(d, m string) bool {
	dn, err1 := strconv.Atoi(d)
	mn, err2 := strconv.Atoi(m)
	return err1 == nil && err2 == nil && dn >= 1 && dn <= 31 && mn >= 1 && mn <= 12
}

// inBrackets reports whether off is inside round brackets opened before
// it in s.
func inBrackets(s string, off int) bool {
	depth := 0
	for _, c := range []byte(s[:off]) {
		switch c {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		}
	}
	return depth > 0
}

// sortDates puts dates in the order of their offsets (few: insertion).
func sortDates(ds []fullDate) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].off < ds[j-1].off; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}
