package check

import (
	"strings"
	"sync"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

// scoreRe is a score told in words: a number of one or two figures with
// a decimal point or comma and one or two decimals, after "đạt", "từ" or
// "hơn" or before "điểm" or "trở lên" ("đạt từ 18.0 điểm", "không thấp
// hơn 6,0", "đạt 8.0 trở lên"). Group 1 is the word before, 2 the score,
// 3 the separator, 4 the word after.
// It is tried only where a word or a number starts (a leadExpr): run
// over a whole text, the regexp package tried its lead class from every
// byte.
var scoreRe = sync.OnceValue(func() *leadExpr {
	x := newLeadExpr(``, `[^\d.,\p{L}]`, `(?:(\p{L}+) )?(\d{1,2}([.,])\d{1,2})(?: (điểm|trở lên))?(?:[^\d.,/\p{L}]|[.,](?:\D|$)|$)`)
	x.at = scoreAt
	return x
})

// scoreBefore are the words before a score.
var scoreBefore = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"đạt": true, "từ": true, "hơn": true}
})

// scoreSpot is a score as scoreRe finds it.
type scoreSpot struct {
	seg      *Seg
	from, to int
	sep      byte
}

// scoresIn returns the scores of s told in words. A score after a word
// in capitals ("IELTS 5.5") is the foreign test's own scale, left out.
func scoresIn(seg *Seg) []scoreSpot {
	var out []scoreSpot
	for _, m := range scoreRe().findAll(seg.Text) {
		before, after := "", ""
		if m[2] >= 0 {
			before = seg.Text[m[2]:m[3]]
		}
		if m[8] >= 0 {
			after = seg.Text[m[8]:m[9]]
		}
		if before != "" && strings.ToUpper(before) == before && strings.IndexFunc(before, unicode.IsLetter) >= 0 {
			continue
		}
		if !scoreBefore()[strings.ToLower(before)] && after == "" && !afterAtLeast(seg.Text[:m[4]]) {
			continue
		}
		out = append(out, scoreSpot{seg: seg, from: m[4], to: m[5], sep: seg.Text[m[6]]})
	}
	return out
}

// decimalScores reports, for decimal-mixed, the scores told in words with
// a decimal point in a text whose other scores take the decimal comma
// ("đạt từ 18.0 điểm" beside "đạt từ 6,5"): one text, two separators.
// A text writing all its scores with a point is left alone here.
func decimalScores(p *Pass) {
	var spots []scoreSpot
	comma := false
	for _, seg := range p.View.textSegs() {
		if !p.View.mayHoldScore(seg.Text) {
			continue
		}
		for _, s := range scoresIn(seg) {
			comma = comma || s.sep == ','
			spots = append(spots, s)
		}
	}
	for _, s := range spots {
		if s.sep != '.' {
			continue
		}
		num := s.seg.Text[s.from:s.to]
		msg := diag.Msg("số thập phân %q dùng dấu chấm, chỗ khác dùng dấu phẩy", "the decimal %q uses a point where others use a comma", num)
		if !comma {
			if !scoreClause(s.seg.Text, s.from, s.to) {
				continue
			}
			msg = diag.Msg("điểm số %q dùng dấu chấm thập phân", "the score %q uses a decimal point", num)
		}
		p.Report(s.seg, s.from, msg,
			diag.Msg("viết %q (tiếng Việt dùng dấu phẩy thập phân)", "write %q (Vietnamese uses a decimal comma)", strings.Replace(num, ".", ",", 1)))
	}
}

// afterAtLeast reports whether before ends with a sign of "at least" or
// "more than" ("điểm trung bình >=7.0", "≥ 6.5"): a score's bound.
func afterAtLeast(before string) bool {
	b := strings.TrimSuffix(before, " ")
	return strings.HasSuffix(b, ">=") || strings.HasSuffix(b, "≥") || strings.HasSuffix(b, ">")
}

// scoreClause reports whether the score at t[from:to] is named a score by
// its clause: "điểm" within the words before it in the same clause
// ("Điểm tổng kết môn ngoại ngữ từ 8.0 trở lên", "điểm trung bình
// >=7.0") or right after it ("18.0 điểm", "6.0 trên thang điểm 10").
// Alone in its text, a figure with a point after "từ" may be a version
// ("Android từ 5.0 trở lên"); a score in points is one.
func scoreClause(t string, from, to int) bool {
	start := max(0, from-80)
	for i := from - 1; i >= start; i-- {
		if c := t[i]; c == ';' || c == '.' && (i == 0 || !isDigit(t[i-1])) || c == ':' {
			start = i + 1
			break
		}
	}
	if containsFold(t[start:from], "điểm") {
		return true
	}
	rest := strings.TrimLeft(t[to:], " ")
	return hasPrefixFold(rest, "điểm") || hasPrefixFold(rest, "trên thang điểm")
}
