package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// spaceGroupedSumRe is a sum of money whose thousands are parted by
// spaces, before its unit: "100 000 đồng", "1 500 000 VNĐ".
// Tried from a figure only; what stands before it is read by spaceGroupStart.
var spaceGroupedSumRe = lazyre.New(`(\d{1,3}(?: \d{3})+) ?(?:đồng|VNĐ|VND)(?:[^\p{L}\p{N}]|$)`)

// spaceGroupedSums reports a sum of money in đồng whose thousands are
// parted by spaces ("hỗ trợ tiền ăn 100 000 đồng một ngày", x101's
// probes), the French way: a Vietnamese text parts them with dots
// ("100.000 đồng"). Only figures right before the unit are read, so that a
// phone number ("0255 3822 415") or a row of figures set in columns is
// no sum; a figure after a dot, a comma or a slash is part of another.
func spaceGroupedSums(p *Pass, texts []Seg) {
	for _, seg := range withSegs(texts) {
		if seg.Role == RoleArchive || seg.Role == RoleRecipient || !spacedThousand(seg.Text) || !containsLit(seg.Text, "đồng") && !strings.Contains(seg.Text, "VN") {
			continue
		}
		for _, m := range spaceGroupedSumRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			num := seg.Text[m[2]:m[3]]
			if !spaceGroupStart(seg.Text[:m[2]]) || dongCompound(seg.Text[m[3]:]) {
				continue // "1 200 đồng bào", "2 000 đồng hồ nước": people or things counted, no sum
			}
			p.Report(seg, m[2], diag.Msg("số tiền %q phân cách hàng nghìn bằng dấu cách; tiếng Việt dùng dấu chấm", "the sum %q parts its thousands with spaces; Vietnamese parts them with dots", num),
				diag.Msg("viết %q", "write %q", strings.ReplaceAll(num, " ", ".")))
		}
	}
}

// spaceGroupStart reports whether a sum may start after before: at the
// text's start or after a character that is no letter, figure, ".", ","
// or "/" (the figure would be part of another), and not after figures
// set apart by a space (a row of a table, a phone number).
func spaceGroupStart(before string) bool {
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',' || r == '/' {
		return false
	}
	return !(r == ' ' && len(before) >= 2 && isDigit(before[len(before)-2]))
}

// dongCompound reports whether rest, the text after a number, opens with
// "đồng" and a word that makes it another word than the money's unit
// ("đồng bào", "đồng hồ": moneyAfter, amount_grouping.go).
func dongCompound(rest string) bool {
	after, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "đồng")
	return ok && !moneyAfter(after)
}

// spacedThousand reports whether s holds a figure, a space and three
// figures, which every match of spaceGroupedSumRe holds: the expression,
// tried on every text that says "đồng" (Hội đồng, đồng chí), cost some
// 0.3M instructions a notice. TestSpacedThousandGate holds the gate.
func spacedThousand(s string) bool {
	for i := 0; i+4 < len(s); i++ {
		if s[i+1] == ' ' && isDigit(s[i]) && isDigit(s[i+2]) && isDigit(s[i+3]) && isDigit(s[i+4]) {
			return true
		}
	}
	return false
}
