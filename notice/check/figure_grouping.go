package check

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "figure-grouping", Severity: diag.Info, Ref: diag.Practice, Run: figureGrouping,
		Title: diag.Msg("số đếm, số đo viết có dấu chấm phân cách hàng nghìn, như các số khác trong văn bản", "a count or a measure groups its thousands with dots, as the notice's other figures do"),
		Help:  diag.Msg("thêm dấu chấm phân cách hàng nghìn: \"12.000 hộ\", \"68.000 ha\"", "group the thousands with dots: \"12.000 hộ\", \"68.000 ha\"")})
}

// figureGrouping finds a count or a measure of four digits or more
// written without the dots of its thousands ("2146 sinh viên", "68000
// ha") in a notice that groups another figure so ("12.000 hộ", "50.000
// đồng"): amount-grouping's reading of sums of money, for what is counted
// or measured. A figure is read only before a unit or a noun of what is
// counted (figureUnits), so that years, codes, numbers of documents,
// phone and account numbers, postcodes and house numbers, which no such
// word follows, are left; so is a figure after "năm", "số", "mã" ("số
// 2146"), and a four-digit figure that may be a year (1900 to 2100: "đến
// 2030 hộ nghèo còn ..."). A notice that groups none is told only of a
// figure of five digits or more, as amount-grouping does.
func figureGrouping(p *Pass) {
	texts := p.View.Texts()
	grouped := anyGrouped(texts)
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !hasDigitRun(seg.Text, 4) {
			continue
		}
		for at := 0; ; {
			start, end, unit := ungroupedFigure(seg.Text, at)
			if start < 0 {
				break
			}
			at = end
			whole := seg.Text[start:end]
			if !grouped && wholeDigits(whole) < 5 {
				continue
			}
			written := whole + " " + unit
			fix := diag.Msg("viết %q", "write %q", groupWhole(whole)+" "+unit)
			if grouped {
				p.Report(seg, start, diag.Msg("%q: số không có dấu chấm phân cách hàng nghìn, trong khi văn bản viết các số khác có dấu chấm", "%q: a figure without the dots of its thousands, where the notice groups its other figures", written), fix)
			} else {
				p.Report(seg, start, diag.Msg("%q: số không có dấu chấm phân cách hàng nghìn", "%q: a figure without the dots of its thousands", written), fix)
			}
		}
	}
}

// figureUnits are the units and the nouns of what is counted that a
// figure of figureGrouping stands before, as whole words.
var figureUnits = []string{"ha", "héc-ta", "hecta", "m2", "m²", "m3", "m³", "km", "km2", "km²", "tấn", "kg", "lít", "mét",
	"người", "hộ", "học sinh", "sinh viên", "thí sinh", "học viên", "hội viên", "đoàn viên", "đảng viên",
	"cán bộ", "công chức", "viên chức", "lao động", "nhân khẩu", "cử tri", "bệnh nhân", "trẻ", "em",
	"lượt", "suất", "phần quà", "con", "cây", "liều", "hồ sơ", "trường hợp", "doanh nghiệp", "căn hộ",
	"cuốn", "bản", "chiếc", "xe", "vé"}

// figureNotAfter are the words after which a figure is a number, a code
// or a year, not a count: "số 2146", "năm 2026", "mã 70000", "thửa 1234".
var figureNotAfter = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"năm": true, "khóa": true, "khoá": true, "số": true, "mã": true, "thửa": true, "lô": true, "tờ": true, "phòng": true, "nhà": true, "km": true, "quốc": true, "lộ": true,
		"đài": true, "hotline": true, "ngành": true, "soát": true}
}) // "tổng đài 1022", "mã ngành 7340101", "biển kiểm soát 37A"

// ungroupedFigure finds, from byte at of s on, the first whole figure of
// four digits or more with no dot inside, a decimal part after a comma
// or none ("2146", "1234,5"), followed by a space and one of
// figureUnits; it returns the figure's bounds and the unit, start -1
// when there is none.
func ungroupedFigure(s string, at int) (start, end int, unit string) {
	for i := at; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		start = i
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
		n := i - start
		if i+1 < len(s) && s[i] == ',' && isDigitByte(s[i+1]) {
			for i++; i < len(s) && isDigitByte(s[i]); i++ {
			}
		}
		if n < 4 || !freeBefore(s, start) || i < len(s) && (s[i] == '.' || s[i] == ',' || s[i] == '/') && i+1 < len(s) && isDigitByte(s[i+1]) {
			continue
		}
		if v, _ := strconv.Atoi(s[start : start+n]); n == 4 && v >= 1900 && v <= 2100 || s[start] == '0' {
			continue // a year, or a code or phone number (a leading zero)
		}
		prev := lastField(strings.TrimRight(s[:start], " "))
		if figureNotAfter()[strings.ToLower(strings.Trim(prev, ",.;:()"))] || start > 0 && s[start-1] == ' ' && strings.IndexFunc(prev, unicode.IsDigit) >= 0 {
			continue // a word that names a number; or a figure run on from another, a plate's or a phone's group ("37A 12345", "1800 1234")
		}
		if u := unitAt(s, i); u != "" {
			return start, i, u
		}
	}
	return -1, -1, ""
}

// unitAt is the unit of figureUnits that s holds after one space at byte
// i, a whole word; "" when none.
func unitAt(s string, i int) string {
	if i >= len(s) || s[i] != ' ' {
		return ""
	}
	rest := s[i+1:]
	for _, u := range figureUnits {
		if !strings.HasPrefix(rest, u) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest[len(u):]); len(rest) == len(u) || !isLetter(r) && !isDigitByte(rest[len(u)]) && r != '-' {
			return u
		}
	}
	return ""
}

// hasDigitRun reports whether s holds n digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			if run++; run >= n {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// wholeDigits is the number of digits of a figure's whole part.
func wholeDigits(f string) int {
	if i := strings.IndexByte(f, ','); i >= 0 {
		return i
	}
	return len(f)
}

// groupWhole writes the whole part of a figure with dots between its
// thousands, its decimal part as written: "1234,5" → "1.234,5".
func groupWhole(f string) string {
	n := wholeDigits(f)
	return groupThousands(f[:n]) + f[n:]
}
