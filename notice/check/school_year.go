package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "school-year", Severity: diag.Warning, Ref: diag.Practice, Run: schoolYear,
		Title: diag.Msg("năm học ghi hai năm liền nhau, nối bằng dấu gạch nối", "a school year is two years in a row joined by a hyphen"),
		Help: diag.Msg("một năm học bắt đầu năm này, kết thúc năm sau: \"năm học 2018-2019\", không \"2019-2019\", \"2020-2-21\" hay \"2013 2014\"",
			"a school year starts in one year and ends in the next: \"năm học 2018-2019\", not \"2019-2019\", \"2020-2-21\" or \"2013 2014\"")})
}

// schoolYearLeads are the ways a text writes "năm học" before the years.
var schoolYearLeads = []string{"năm học ", "Năm học ", "NĂM HỌC "}

// schoolYear finds a school year ("năm học 2018-2019") whose two years
// are not two years in a row: a second year that is not the next
// ("năm học 2019-2019", "năm học 2018-2020"), a second year broken by a
// stray hyphen ("năm học 2020-2-21"), or the two years written with no
// mark between them ("năm học 2013 2014"). A run of whole years ("năm
// học 2020-2021-2022", two school years) is left. Only the span right after
// "năm học" is read; a short second year ("2020-21") is lawful, and a
// dash followed by anything but figures ("năm học 2024 - Trường ...")
// is no span.
func schoolYear(p *Pass) {
	for _, seg := range p.View.textSegs() {
		t := seg.Text
		if !p.View.holds(t, litHoc) && !p.View.holds(t, litHocCaps) {
			continue
		}
		for _, lead := range schoolYearLeads {
			for at := 0; ; {
				i := strings.Index(t[at:], lead)
				if i < 0 {
					break
				}
				a := at + i + len(lead)
				at = a
				if !isYearAt(t, a) {
					continue
				}
				if msg, fix, ok := schoolYearSlip(t, a); ok {
					p.Report(seg, a, msg, fix)
				} else if msg, fix, ok := schoolYearSlash(t, a); ok {
					p.Report(seg, a, msg, fix) // school_year_slash.go: "2026/2027"
				}
			}
		}
	}
}

// schoolYearSlip reads the span of years at t[a:] and tells what is
// wrong with it, or reports false.
func schoolYearSlip(t string, a int) (msg, fix diag.Text, ok bool) {
	first, _ := strconv.Atoi(t[a : a+4])
	next := strconv.Itoa(first + 1)
	b := dashGapEnd(t, a+4)
	gap := t[a+4 : b]
	e := b
	for e < len(t) && (isDigit(t[e]) || t[e] == '-' && e+1 < len(t) && isDigit(t[e+1])) {
		e++
	}
	second := t[b:e]
	written := t[a:e]
	switch {
	case gap == " " && isYearAt(t, b) && e == b+4:
		if second != next {
			return msg, fix, false
		}
		return diag.Msg("năm học %q: thiếu dấu gạch nối giữa hai năm", "school year %q: no hyphen between the two years", written),
			diag.Msg("viết \"%s-%s\"", "write \"%s-%s\"", t[a:a+4], next), true
	case !dashGap(gap) || second == "":
		return msg, fix, false
	case isYearAt(t, b) && e == b+4:
		if second == next {
			return msg, fix, false
		}
		last, _ := strconv.Atoi(second)
		return diag.Msg("năm học %q: năm sau không liền năm trước", "school year %q: the second year does not follow the first", written),
			diag.Msg("viết \"%s-%s\" hoặc \"%d-%s\"", "write \"%s-%s\" or \"%d-%s\"", t[a:a+4], next, last-1, second), true
	case strings.Contains(second, "-") && strings.Index(second, "-") < 4:
		return diag.Msg("năm học %q: năm sau viết sai", "school year %q: the second year is mistyped", written),
			diag.Msg("viết \"%s-%s\"", "write \"%s-%s\"", t[a:a+4], next), true
	}
	return msg, fix, false
}

var litHoc, litHocCaps = newLiteral("học "), newLiteral("HỌC ")
