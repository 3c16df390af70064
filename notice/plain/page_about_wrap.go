package plain

import "strings"

// A Công văn's trích yếu ("V/v ...") stands in the header's narrow left
// cell, under its number, wrapped there at a width of its own: pdftotext
// gives its lines one under the other before the other column's cells,
// each piece at its own place, a capital as well as a small letter
// ("... Bến Thành - Suối" / "Tiên đến Trung tâm ...", "... quốc tế" /
// "Long Thành"). The V/v's cell holds nothing else: under it come the
// other column's cells, each a part set on its own line.

// aboutGoesOn reports whether raws[i], in the header of a page's text
// layer, goes on with a V/v right above it (the line above, with no
// blank line between, is in the V/v's cell, as opened says): it is no
// part set on its own line (the Quốc hiệu, the Tiêu ngữ, the number, the
// Kính gửi), no piece of the place and date nor a number's code, and not
// in capitals (an issuer's line, a mark "KHẨN") but an abbreviation left
// alone on the cell's last line under a V/v that ends with no mark
// ("V/v điều chỉnh tỷ lệ GTGT và tỷ lệ" / "TNCT", loneAbbrev).
func aboutGoesOn(raws []rawLine, opened []int, i int) bool {
	if i == 0 || !aboutRe().MatchString(strings.TrimSpace(raws[opened[i-1]].s)) {
		return false
	}
	p, t := strings.TrimSpace(raws[i-1].s), strings.TrimSpace(raws[i].s)
	if isUpper(t) && loneAbbrev(t) && wrappable(p) && !finished(p) && !strings.HasPrefix(raws[i].s, "\f") {
		return true
	}
	if p == "" || t == "" || !wrappable(t) || ownLine(t) || isUpper(t) || strings.HasPrefix(raws[i].s, "\f") {
		return false
	}
	return !placeDateRe().MatchString(t) && !dateOpenRe().MatchString(t) && !dateRestCell(t) && !codeCell(t)
}
