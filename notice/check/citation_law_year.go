package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// lawYearMissing says a law or a resolution of the Quốc hội cited with
// no year in its number ("Luật Tổ chức chính quyền địa phương số
// 72/QH15"): since 2009 each carries its year between the number and the
// legislature's code ("số 72/2025/QH15"). With the date cited, the fix
// gives the year; without it, where the year goes. It reports whether it
// said the citation.
func lawYearMissing(p *Pass, c cited) bool {
	if !lawWithoutYear(c) {
		return false
	}
	n := c.Number
	if c.DateOff >= 0 && c.Date.Year >= legalYearSince {
		want := n.Seq + "/" + strconv.Itoa(c.Date.Year) + "/" + n.Issuer
		p.Report(c.seg, c.Off, diag.Msg("số %s thiếu năm ban hành; luật, nghị quyết của Quốc hội ghi năm trong số: %s", "the number %s lacks its year; a law or resolution of the Quốc hội carries it: %s", n.Raw, want),
			diag.Msg("viết %q", "write %q", want))
		return true
	}
	p.Report(c.seg, c.Off, diag.Msg("số %s thiếu năm ban hành; luật, nghị quyết của Quốc hội ghi năm giữa số và ký hiệu", "the number %s lacks its year; a law or resolution of the Quốc hội carries it between the number and the code", n.Raw),
		diag.Msg("viết \"%s/<năm ban hành>/%s\", như trên văn bản được viện dẫn", "write \"%s/<year of issue>/%s\", as the cited document reads", n.Seq, n.Issuer))
	return true
}

// lawWithoutYear reports whether a citation is a law's or a Quốc hội
// resolution's of the twelfth legislature on whose number lacks its year
// ("số 72/QH15"), as lawYearMissing says.
func lawWithoutYear(c cited) bool {
	n := c.Number
	if n.Year != "" || n.Seq == "" || !cite.LegislatureCode(n.Issuer) || strings.Count(n.Raw, "/") != 1 {
		return false
	}
	if atoi(strings.TrimPrefix(n.Issuer, "QH")) < 12 || c.DateOff >= 0 && c.Date.Year < legalYearSince {
		return false // numbered before the year went into every number (legalYearSince)
	}
	t := cite.Fold(c.Type)
	return t == "" || t == "luật" || t == "bộ luật" || t == "nghị quyết" // not another body's code "QH.."
}
