package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "currency-unit", Severity: diag.Warning, Ref: diag.Practice, Run: currencyUnit,
		Title: diag.Msg("số tiền ghi đơn vị \"đồng\", không viết tắt \"đ\"", "a sum of money gives its unit as \"đồng\", not \"đ\""),
		Help:  diag.Msg("viết đơn vị tiền đầy đủ: \"10.000 đồng\"", "write the unit in full: \"10.000 đồng\"")})
}

// currencyUnit finds a sum of money whose unit is the shop's "đ"
// ("10.530.000đ", "165.000 đ"): a notice writes "đồng", as the decree's
// own sums and every office's fee notice that writes it right do; so is
// "VNĐ" after a sum ("1.000.000 VNĐ/sinh viên"), the currency's shortened
// name in Vietnamese letters (the "VND" of an English passage is left
// alone). One finding a line: a table of fees repeats the slip on each row.
func currencyUnit(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive {
			continue
		}
		s := seg.Text
		for _, w := range p.View.index(s).words {
			if !currencyShort(w.text) {
				continue
			}
			start := amountBefore(s, w.off)
			if start < 0 {
				start = scaledAmountBefore(s, w.off)
			}
			if start < 0 {
				continue
			}
			written := s[start:w.end]
			right := s[start:w.off]
			for len(right) > 0 && right[len(right)-1] == ' ' {
				right = right[:len(right)-1]
			}
			right += " đồng"
			p.Report(seg, start, diag.Msg("%q: đơn vị tiền viết là \"đồng\"", "%q: the unit of money is written \"đồng\"", written),
				diag.Msg("viết %q", "write %q", right))
			break
		}
	}
}

// amountBefore is where the sum of money before byte off of s starts: a
// number of three digits or more, grouped by dots or commas, right before
// off or one space before it; -1 when there is none ("điểm đ" is a point,
// "khoản 2 điểm đ" no sum). A figure of one or two digits and a decimal
// part ("18.0 đ", "8,5 đ") is a score's điểm; "100.00đ", three figures
// before a short group, is a sum that lost a figure (amountShortGroup
// says that) and its unit is said here.
func amountBefore(s string, off int) int {
	i := off
	if i > 0 && s[i-1] == ' ' {
		i--
	}
	digits, last := 0, -1 // last: the digits after the last separator, once one is met
	for i > 0 {
		c := s[i-1]
		if c >= '0' && c <= '9' {
			digits++
		} else if c != '.' && c != ',' || digits == 0 || i < 2 || s[i-2] < '0' || s[i-2] > '9' {
			break
		} else if last < 0 {
			last = digits
		}
		i--
	}
	if digits < 3 || last >= 0 && last != 3 && digits-last < 3 {
		return -1 // a score's "18.0", "4.5"
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && (isLetter(r) || r == '/') {
		return -1 // part of a code or a word ("QĐ-123đ")
	}
	return i
}

// scaledAmounts are the words of scale a sum is written with before its
// unit ("1.250 triệu đ", "2,5 tỷ đ").
var scaledAmounts = []string{"triệu", "tỷ", "nghìn", "ngàn"}

// scaledAmountBefore is where the sum before byte off of s starts when it
// is written with a word of scale: a figure of any length, a space, the
// word, a space, then off ("1.250 triệu đ"). With the word no figure is a
// point's letter or a score; -1 when there is none.
func scaledAmountBefore(s string, off int) int {
	if off < 2 || s[off-1] != ' ' {
		return -1
	}
	head := s[:off-1]
	for _, w := range scaledAmounts {
		if !strings.HasSuffix(head, " "+w) {
			continue
		}
		i := len(head) - len(w) - 1
		digits := 0
		for i > 0 && (s[i-1] >= '0' && s[i-1] <= '9' || digits > 0 && (s[i-1] == '.' || s[i-1] == ',') && i > 1 && s[i-2] >= '0' && s[i-2] <= '9') {
			if s[i-1] >= '0' && s[i-1] <= '9' {
				digits++
			}
			i--
		}
		if digits == 0 {
			return -1
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && (isLetter(r) || r == '/') {
			return -1
		}
		return i
	}
	return -1
}

// currencyShort reports whether a word is a shortened unit of money of a
// Vietnamese text: the shop's "đ", or "VNĐ" in any case of its letters.
func currencyShort(w string) bool {
	switch w {
	case "đ", "VNĐ", "vnđ", "Vnđ", "VNđ":
		return true
	}
	return false
}
