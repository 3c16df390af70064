package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "year-span-order", Severity: diag.Warning, Ref: diag.Practice, Run: yearSpanOrder,
		Title: diag.Msg("khoảng năm ghi năm đầu trước, năm cuối sau (\"giai đoạn 2026 - 2030\")",
			"a span of years gives its first year first (\"giai đoạn 2026 - 2030\")"),
		Help: diag.Msg("sửa năm ghi sai, hoặc đổi chỗ hai năm", "mend the year that is wrong, or swap the two years")})
}

// yearSpanOrder reports a span of two years joined by a dash whose second
// year comes before its first: "giai đoạn 2030 - 2026", "vụ Đông Xuân
// 2027 - 2026", a year mistyped or the two swapped. A difference of two
// years ("chênh lệch 2026 - 2025", "so sánh 2026-2025") is no span, nor is
// a year inside a date or a code ("15/7/2026 - 2025", "QĐ-2026-2025").
func yearSpanOrder(p *Pass) {
	for _, seg := range p.View.textSegs() {
		t := seg.Text
		if seg.Role == RoleArchive {
			continue
		}
		eachYearSpan(t, func(a, b int) {
			if t[b:b+4] < t[a:a+4] && freeYearSpan(t, a, b+4) {
				p.Report(seg, a, diag.Msg("khoảng năm \"%s\" ghi năm cuối (%s) trước năm đầu (%s)", "the span of years \"%s\" ends (%s) before it starts (%s)", t[a:b+4], t[b:b+4], t[a:a+4]),
					diag.Msg("sửa năm ghi sai, hoặc viết \"%s\"", "mend the year that is wrong, or write \"%s\"", t[b:b+4]+t[a+4:b]+t[a:a+4]))
			}
		})
	}
}

// spanNouns name a span of years just before its two years: "giai đoạn
// 2026 - 2030", "nhiệm kỳ 2026 - 2031", "năm học 2026 - 2027", "vụ Đông
// Xuân 2026 - 2027", "mùa khô năm 2026 - 2027". Two years with none of
// them before are as often a difference ("2026 - 2025" heading a table's
// column, "năm 2026 - 2025 chênh nhau 0,8 tạ/ha", "thu nhập bình quân
// (2026 - 2025) tăng") and are left.
var spanNouns = []string{"giai đoạn", "nhiệm kỳ", "năm học", "niên khóa", "niên khoá", "niên học", "niên độ", "thời kỳ", "khóa", "khoá", "đông xuân", "đông - xuân", "hè thu", "vụ mùa", "mùa vụ", "mùa khô", "mùa mưa", "mùa lũ", "mùa mưa lũ", "mùa khô năm", "mùa mưa năm", "mùa lũ năm", "niên vụ"}

// freeYearSpan reports whether the span t[a:e] stands as a span of its own:
// one of spanNouns right before it, no date, code or figure glued on
// either side, and not the two terms of a difference ("chênh lệch", "so
// sánh", "so với").
func freeYearSpan(t string, a, e int) bool {
	if a > 0 && !strings.ContainsRune(" (", rune(t[a-1])) || e < len(t) && strings.ContainsRune("/-0123456789", rune(t[e])) {
		return false
	}
	from := max(0, a-24)
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	before := cite.Fold(t[from:a])
	if !hasSpanNoun(before) {
		return false
	}
	for _, w := range []string{"chênh lệch", "so sánh", "so với", "tăng", "giảm"} {
		if strings.Contains(before, w) {
			return false
		}
	}
	return true
}

// hasSpanNoun reports whether before, folded, ends with one of spanNouns
// and a space.
func hasSpanNoun(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, w := range spanNouns {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || before[len(before)-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}
