package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// dayDateRe is a date the text gives a day of: "ngày 30/8/219",
// "ngày 31/6/2024". The year's digits are taken whole, however many.
// It stands for (?i)\bngày\s+(\d{1,2})/(\d{1,2})/(\d+)\b, whose \b is
// the start of the text or a character that is no ASCII letter, digit or
// "_" before "ngày" (the class taken without (?i), which would leave
// out the Kelvin sign and the long s): tried only where "ngày" starts
// after such a character (a leadExpr). A match starts at that character:
// its end and groups are the expression's.
var dayDateRe = sync.OnceValue(func() *leadExpr {
	x := newLeadExpr(`(?i)`, `(?-i:[^0-9A-Za-z_])`, `ngày\s+(\d{1,2})/(\d{1,2})/(\d+)\b`, "ngày")
	x.then = spaceThenDate
	return x
})

// dateUnreal reports a date in the text whose year cannot be: typed with
// three digits ("ngày 30/8/219") or five ("ngày 08/6/20210", told it has a
// digit too many, not too few), or cut to two ("ký ngày
// 07/01/08"; a year split by a space, "ngày 16/7/20 21", is spacing's,
// and one an ellipsis cuts, "ngày 31/12/20…", a quotation's cut). A day past its month's end is
// deadline-date's where a deadline holds it, and the citations' where a
// document is dated by it.
func dateUnreal(p *Pass, seg *Seg) {
	if !strings.Contains(seg.Text, "/") {
		return
	}
	for _, m := range dayDatesValid(seg.Text, p.View.validUTF8(seg.Text)) {
		if m[1] < len(seg.Text) && seg.Text[m[1]] == '/' {
			continue // a ký hiệu or a path, not a date
		}
		day, month, year := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]], seg.Text[m[6]:m[7]]
		date := day + "/" + month + "/" + year
		switch {
		case len(year) == 2 && !digitAfterSpace(seg.Text[m[7]:]) && !cutAfter(seg.Text[m[7]:]):
			p.Report(seg, m[6], diag.Msg("ngày %q có năm viết tắt hai chữ số %q", "the date %q gives its year in two digits, %q", date, year),
				diag.Msg("viết đủ năm, bốn chữ số (\"07/01/2008\")", "write the year in full, four digits (\"07/01/2008\")"))
		case len(year) > 4: // a figure typed twice, "08/6/20210"
			p.Report(seg, m[6], diag.Msg("ngày %q có năm %q thừa chữ số: năm viết bốn chữ số", "the date %q has the year %q, with a digit too many: a year has four", date, year),
				diag.Msg("bỏ chữ số thừa, để năm đủ bốn chữ số", "take out the extra digit, leaving the year's four"))
		case len(year) != 4 && len(year) != 2:
			p.Report(seg, m[6], diag.Msg("ngày %q có năm %q không đủ bốn chữ số", "the date %q has the year %q, not four digits", date, year),
				diag.Msg("viết đủ năm, bốn chữ số", "write the year in full, four digits"))
		}
	}
}

// digitAfterSpace reports whether s starts with spaces, then a digit: the
// rest of a year a space split ("16/7/20 21").
func digitAfterSpace(s string) bool {
	t := strings.TrimLeft(s, " ")
	return len(t) < len(s) && t != "" && t[0] >= '0' && t[0] <= '9'
}

// cutAfter reports whether s starts with an ellipsis: the text before it
// was cut there ("ngày 31/12/20…").
func cutAfter(s string) bool {
	return strings.HasPrefix(s, "…") || strings.HasPrefix(s, "..")
}
