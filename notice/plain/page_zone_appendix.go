package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A notice may carry its appendix below its end, after the signer: a
// "PHỤ LỤC", a "DANH SÁCH ..." of candidates, a "LỊCH THI", another
// document's tên loại ("KẾ HOẠCH", "QUY CHẾ") over its table, its items
// and its sentences. Such an appendix writes words the page's zones read
// as a page's by their kind alone: an exam's subject "Tiếng Anh" (a
// language switch), a heading "Đánh giá:" (a rating's label), "Ảnh minh
// họa" (a caption), "Viết bởi thí sinh ..." (a poster), "Biên tập viên"
// (a job in a recruitment list). So below the notice's end the zone knows
// the appendix: from its heading (appendixOpens) the word kinds do not
// apply, and the appendix runs until a line of a kind no appendix writes
// (zoneStrong: a post's stamp, a counter, a share or print widget, the
// heading of related posts or comments, a breadcrumb, a footer's credit).
// From there the zone reads as before, and the page's lines right above
// that line (a byline, a rating's label over its count, a credit), with
// only blank lines between, are the page's too: a page sets its widgets
// in one run.

// appendixHeadRe opens an appendix by its heading: "PHỤ LỤC", "Phụ lục
// II", "PHỤ LỤC: DANH SÁCH ...".
var appendixHeadRe = lazyre.New(`(?i)^phụ lục(?:\s|:|$)`)

// appendixPartRe is a heading in capitals of a part an appendix holds that
// is no tên loại: "DANH SÁCH THÍ SINH ...", "DANH MỤC ...", "BIỂU MẪU",
// "MẪU SỐ 01", "BẢNG TỔNG HỢP ...", "LỊCH THI".
var appendixPartRe = lazyre.New(`^(?:DANH SÁCH|DANH MỤC|BIỂU|MẪU|BẢNG|LỊCH)(?:\s|:|$)`)

// appendixTotalRe is a table's total as a counter's form writes it too:
// "Tổng cộng: 15", "Tổng: 12", "Tổng số 40".
var appendixTotalRe = lazyre.New(`(?i)^tổng(?: cộng| số)?\s*:?\s*\d`)

// appendixOpens reports whether t (trimmed), below the notice's end,
// heads an appendix of the notice's own: "PHỤ LỤC", a part's heading in
// capitals, another document's tên loại ("QUYẾT ĐỊNH:" over a decision's
// articles is its enacting word, no heading).
func appendixOpens(t string) bool {
	return appendixHeadRe().MatchString(t) || isUpper(t) && appendixPartRe().MatchString(t) || isTitle(t) && !strings.HasSuffix(t, ":")
}

// zoneStrong reports whether t (trimmed) is furniture of a kind no
// appendix writes: a post's stamp, a counter, a share or print widget, the
// heading of related posts or comments, a breadcrumb, a footer's credit.
// A weekday's date is a stamp only with its time of the clock: alone on
// its line it is a day of the appendix's schedule. A total "Tổng cộng: 15" is a table's as much as a counter's, and is left
// out.
func zoneStrong(t string) bool {
	if t == "" || isTitle(t) {
		return false
	}
	switch {
	case stampRe().MatchString(t), postDateRe().MatchString(t), stampRowDateRe().MatchString(t), countedStampRe().MatchString(t), printLineRe().MatchString(t), mayPortalClock(t) && portalClockRe().MatchString(t):
		return true // a stamp
	case weekdayDateRe().MatchString(t):
		return clockTime(t) // a post's stamp; a day alone is a schedule's (a lịch trực's "Thứ Hai, 16/02/2026")
	case zoneStampRe().MatchString(t), zoneStampFieldRe().MatchString(t), zoneBulletDateRe().MatchString(t), zoneWeekdayWordsRe().MatchString(t), zoneClockStampRe().MatchString(t), twoFieldLabels(t):
		return true // a stamp in a theme's order, a post's row of fields
	case zoneCounterRe().MatchString(t) && !appendixTotalRe().MatchString(t), visitsRe().MatchString(t), tailViewsRe().MatchString(t), bylineViewsRe().MatchString(t), zoneModuleRe().MatchString(t), zoneRatingCountRe().MatchString(t):
		return true // a counter
	case zoneWidgetRe().MatchString(t), zoneToolRow(t), zoneUntitledRe().MatchString(t), zonePollRe().MatchString(t), fontSizeRe().MatchString(t), printLinkRe().MatchString(t), widgetRe().MatchString(t), ratingRe().MatchString(t), ratingLineRe().MatchString(t), accountRe().MatchString(t):
		return true // a widget
	case relatedHead(t), zoneLinksRe().MatchString(t), mayBeBreadcrumb(t) && breadcrumbRe().MatchString(t), zoneBreadcrumbRe().MatchString(t):
		return true // related posts, comments, links, a breadcrumb
	case copyrightRe().MatchString(t), siteCreditRe().MatchString(t):
		return true // a footer's credit
	}
	return false
}

// markBelow marks the page's furniture below the notice's end out[last]:
// each line of furniture by its kind, everything under the heading of
// related posts or comments, and in the notice's appendix only the lines
// of a strong kind, the appendix ending at the first of them
// (markAppendixEnd).
func markBelow(out []line, last int) {
	below, open := false, -1 // open: the appendix's heading, while it runs
	for i := last + 1; i < len(out); i++ {
		t := strings.TrimSpace(out[i].text)
		if below && out[i].cells == nil && t != "" {
			out[i].page = true
			continue
		}
		if open < 0 && out[i].cells == nil && !out[i].page && appendixOpens(t) {
			open = i
			continue
		}
		if open >= 0 {
			// a line of a strong kind closes the appendix, marked the page's
			// already or not (a foot's "Chia sẻ", page_stamps.go)
			if out[i].cells != nil || !zoneStrong(t) {
				continue
			}
			markAppendixEnd(out, open, i)
			open = -1
		}
		if markZoneLine(out, i) && out[i].page && relatedHead(t) {
			below = true
		}
	}
}

// markAppendixEnd marks the page's lines right above out[end], the first
// line of a strong kind under the appendix headed at out[open]: each line
// of furniture by its kind or a poll's answer, up to the first line of
// the appendix's own or a sentence ("Viết bởi thí sinh trên giấy thi do
// Hội đồng phát.").
func markAppendixEnd(out []line, open, end int) {
	for k := end - 1; k > open; k-- {
		t := strings.TrimSpace(out[k].text)
		if out[k].cells != nil {
			return
		}
		if out[k].page || t == "" || isDecor(t) || zoneSeparator(t) {
			continue
		}
		if strings.HasSuffix(t, ".") {
			return // a sentence: the appendix's text
		}
		if furnitureLine(t) {
			out[k].page = true
			continue
		}
		q := pollAbove(out, k) // a poll's answers under its question
		if q <= open {
			return
		}
		for j := q; j <= k; j++ {
			if strings.TrimSpace(out[j].text) != "" {
				out[j].page = true
			}
		}
		k = q
	}
}

// markZoneLine marks out[i] as the page's when it is furniture by its
// kind, and reports whether the zone goes on past it: a line of the
// page's, a blank line, a rule, a menu's separator "|".
func markZoneLine(out []line, i int) bool {
	if out[i].page {
		return true
	}
	t := strings.TrimSpace(out[i].text)
	if out[i].cells == nil && (t == "" || isDecor(t) || zoneSeparator(t)) {
		return true // passed over, as a blank line: a rule, a menu's separator "|"
	}
	if out[i].cells != nil || !furnitureLine(t) {
		return false
	}
	out[i].page = true
	return true
}

// appendixTail reports, for a text that shows no end and no heading of
// related posts under it, whether its last lines before out[end] are its
// appendix's: an appendix's heading stands under the notice's first line
// out[first] and its own tên loại, and the run of furniture and blank
// lines that closes the text holds no line of a strong kind.
func appendixTail(out []line, first, end int) bool {
	k := end - 1
	for ; k > first; k-- {
		t := strings.TrimSpace(out[k].text)
		if out[k].cells != nil || t != "" && !out[k].page && !furnitureLine(t) {
			break
		}
		if zoneStrong(t) {
			return false
		}
	}
	own := first // the notice's own tên loại, no appendix's heading
	for own < k && (own < 0 || out[own].cells != nil || !isTitle(strings.TrimSpace(out[own].text))) {
		own++
	}
	for ; k > own; k-- {
		if out[k].cells == nil && !out[k].page && appendixOpens(strings.TrimSpace(out[k].text)) {
			return true
		}
	}
	return false
}
