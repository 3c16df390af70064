package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// shortGroupSums reports a sum of money in đồng whose last group after a
// full stop holds one or two figures ("100.00đ/tháng", "1.500.00 đồng"):
// a sum in đồng has no decimals, every group after a full stop holds
// three figures, so a figure is missing (or one too many stands before),
// and which one only the office knows. The figures before the last full
// stop are three at least: "18.0 đ", "5.5 đ" are scores (điểm), not sums.
// A last group of four figures or more is told by longGroupSum
// (amount_long_group.go).
func shortGroupSums(p *Pass, texts []Seg) {
	for _, seg := range withSegs(texts) {
		if seg.Role == RoleArchive || strings.IndexByte(seg.Text, '.') < 0 {
			continue
		}
		for from := 0; ; {
			start, end, ok := nextShortGroupSum(seg.Text, from)
			if !ok {
				break
			}
			num := seg.Text[start:end]
			if longGroupSum(p, seg, start, num) {
				from = end
				continue
			}
			p.Report(seg, start, diag.Msg("số tiền %q có nhóm cuối chỉ %s chữ số: số tiền bằng đồng không có phần lẻ, mỗi nhóm sau dấu chấm có ba chữ số", "the sum %q has only %s figures in its last group: a sum in đồng has no decimals, each group after a full stop holds three figures", num, shortGroupCount(num)),
				shortGroupFix(num))
			from = end
		}
	}
}

// shortGroupCount is the figures of num's last group in words, "một" or
// "hai".
func shortGroupCount(num string) diag.Text {
	if len(num)-strings.LastIndexByte(num, '.') == 2 {
		return diag.Text{VI: "một", EN: "one"}
	}
	return diag.Text{VI: "hai", EN: "two"}
}

// shortGroupFix is the fix of the sum num: three figures in its last
// group; or, when that group is zeros ("1.500.000.00"), as likely the
// decimals of a figure written the English way, the sum without them,
// which the clerk chooses between.
func shortGroupFix(num string) diag.Text {
	dot := strings.LastIndexByte(num, '.')
	if strings.Trim(num[dot+1:], "0") != "" {
		return diag.Msg("kiểm tra lại số tiền, viết đủ ba chữ số ở nhóm cuối (như \"100.000 đồng\")", "check the sum and write three figures in its last group (as \"100.000 đồng\")")
	}
	whole, filled := num[:dot], num+strings.Repeat("0", 3-(len(num)-dot-1))
	return diag.Msg("kiểm tra lại số tiền: bỏ phần lẻ (\"%s đồng\") hoặc viết đủ ba chữ số ở nhóm cuối (\"%s đồng\")", "check the sum: drop the decimals (\"%s đồng\") or write three figures in its last group (\"%s đồng\")", whole, filled)
}

// nextShortGroupSum finds from byte from of text the next figure that
// reads one to three figures, groups of three after full stops, then a
// last group of one or two, or of four or more, after a full stop
// (longGroupSum tells the latter), three figures at least
// before that last full stop, right before a unit of đồng
// (shortSumUnit): its start and end. A figure opening with 0 is no sum:
// a phone's "098.123.4567 đồng thời ..." reads so, "đồng" beginning the
// next word.
func nextShortGroupSum(text string, from int) (int, int, bool) {
	for {
		i := strings.IndexByte(text[from:], '.')
		if i < 0 {
			return 0, 0, false
		}
		dot := from + i
		from = dot + 1
		start := dot
		for start > 0 && isDigit(text[start-1]) {
			start--
		}
		if start == dot || dot-start > 3 || text[start] == '0' || start > 0 && (text[start-1] == '.' || text[start-1] == ',' || letterBefore(text[:start])) {
			continue
		}
		end, digits, last := lastGroup(text, start)
		if (last > 0 && last != 3) && digits >= 3 && shortSumUnit(text[end:]) {
			return start, end, true
		}
		if end > from {
			from = end
		}
	}
}

// lastGroup reads the figure opening at text[start]: its end, the
// number of figures before its last full stop, and the figures of its
// last group when its groups after the first are of three figures but
// the last (0 when they are not, or there is one group).
func lastGroup(text string, start int) (int, int, int) {
	i, digits := start, 0
	var groups []int
	for {
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j == i {
			return i, 0, 0
		}
		groups = append(groups, j-i)
		i = j
		if i+1 >= len(text) || text[i] != '.' || !isDigit(text[i+1]) {
			break
		}
		i++
	}
	if len(groups) < 2 || i < len(text) && (text[i] == ',' || isDigit(text[i])) {
		return i, 0, 0
	}
	last := groups[len(groups)-1]
	for _, g := range groups[1 : len(groups)-1] {
		if g != 3 {
			return i, 0, 0
		}
	}
	for _, g := range groups[:len(groups)-1] {
		digits += g
	}
	return i, digits, last
}

// shortSumUnit reports whether s, right after a figure, opens with a unit
// of đồng: "đồng", "VNĐ", "VND", "₫", or "đ" glued to the figure and not
// followed by a letter ("100.00đ/tháng"; "18.0 đ" is a score's "điểm").
func shortSumUnit(s string) bool {
	if rest, ok := strings.CutPrefix(s, "đ"); ok {
		r, _ := utf8.DecodeRuneInString(rest)
		return rest == "" || !isLetter(r)
	}
	t := strings.TrimPrefix(s, " ")
	for _, u := range []string{"đồng", "VNĐ", "VND", "vnđ", "₫"} {
		if rest, ok := strings.CutPrefix(t, u); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || !isLetter(r)
		}
	}
	return false
}
